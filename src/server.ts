import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp, type AppOptions } from "./api/app.js";
import { loadKnowledge } from "./data/knowledge.js";
import { openQueries } from "./api/queries.js";
import { openSqliteStore } from "./store/sqlite.js";

export interface ServerOptions {
  readonly db: string;
  readonly port: number;
  /** Default 127.0.0.1: only this machine can connect unless told otherwise. */
  readonly host?: string;
  /** Turns on the endpoint that writes (`POST /api/articles`) and guards it. */
  readonly token?: string;
  readonly codeRate?: AppOptions["codeRate"];
  /** Timelines and agendas kept until the database changes (default 256; 0 keeps none). */
  readonly cacheSize?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Open the database and listen: the only place a port is opened. Read-only unless a token allows writing.
 * @example const s = await startServer({ db: "dyad.sqlite", port: 8080 }); console.log(s.url); await s.close()
 */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const store = openSqliteStore(opts.db, { readonly: !opts.token });
  const queries = openQueries(opts.db, { cacheSize: opts.cacheSize });
  const app = createApp(store, { queries, token: opts.token, codeRate: opts.codeRate });
  const host = opts.host ?? "127.0.0.1";
  const server = serve({ fetch: app.fetch, port: opts.port, hostname: host });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
  } catch (e) {
    queries.close();
    await store.close();
    throw e;
  }
  // Load the coder's knowledge base now, so the first "code a text" does not wait for it.
  loadKnowledge().catch((e: Error) => process.stderr.write(`dyad serve: the knowledge base cannot be loaded: ${e.message}\n`));
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
      queries.close();
      await store.close();
    },
  };
}
