import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp, type AppOptions } from "./api/app.js";
import { openQueries } from "./api/queries.js";
import type { ReadModel } from "./api/read-model.js";
import { isPostgresUrl, openStore } from "./store/open.js";
import { openSqliteStore } from "./store/sqlite.js";
import { codePool } from "./api/code-pool.js";
import { hostGuard } from "./api/hosts.js";

export interface ServerOptions {
  readonly db: string;
  readonly port: number;
  /** Default 127.0.0.1: only this machine can connect unless told otherwise. */
  readonly host?: string;
  /** Turns on the endpoint that writes (`POST /api/articles`) and guards it. */
  readonly token?: string;
  readonly codeRate?: AppOptions["codeRate"];
  /** Time one coding request may take (default 20 s); past it the request gets 503 and its thread is stopped. */
  readonly codeBudgetMs?: number;
  /** Timelines and agendas kept until the database changes (default 256; 0 keeps none). */
  readonly cacheSize?: number;
  /** Names besides the bound address that the Host header may give (a reverse proxy's, the machine's). */
  readonly allowHosts?: readonly string[];
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Open the database (a SQLite file or a postgres:// URL) and listen: the only place a port is opened. Read-only unless a token allows writing.
 * @example const s = await startServer({ db: "dyad.sqlite", port: 8080 }); console.log(s.url); await s.close()
 */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  // A postgres:// URL is the shared database (issue #10): its read model answers the same queries with promises.
  const onPostgres = isPostgresUrl(opts.db);
  const store = onPostgres ? await openStore(opts.db) : openSqliteStore(opts.db, { readonly: !opts.token });
  let queries: ReadModel;
  try {
    queries = onPostgres ? await (await import("./api/queries-postgres.js")).openPostgresQueries(opts.db, { cacheSize: opts.cacheSize }) : openQueries(opts.db, { cacheSize: opts.cacheSize });
  } catch (e) {
    await store.close();
    throw e;
  }
  // Coding ("code a text", articles posted with the token) runs in worker threads with a time budget, never on the
  // event loop that answers every other request.
  const pool = codePool({ budgetMs: opts.codeBudgetMs });
  const host = opts.host ?? "127.0.0.1";
  const app = createApp(store, { queries, token: opts.token, codeRate: opts.codeRate, code: (doc) => pool.code(doc), hostAllowed: hostGuard(host, opts.allowHosts) });
  const server = serve({ fetch: app.fetch, port: opts.port, hostname: host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
  } catch (e) {
    await queries.close();
    await store.close();
    await pool.close();
    throw e;
  }
  // Load the coder's knowledge base in a coding thread now, so the first "code a text" does not wait for it.
  pool.code({ id: "warm-up", text: ".", language: "es" }).catch((e: Error) => process.stderr.write(`dyad serve: the coder cannot start: ${e.message}\n`));
  const port = (server.address() as AddressInfo).port;
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await queries.close();
      await store.close();
      await pool.close();
    },
  };
}
