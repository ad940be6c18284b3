import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startServer } from "../../server.js";
import { isPostgresUrl } from "../../store/open.js";
import { DEFAULT_DB, guarded, UsageError } from "./common.js";

/**
 * `dyad serve --db dyad.sqlite|postgres://… [--port 8080] [--host 127.0.0.1] [--token-file FILE] [--cache-size N] [--allow-host NAME]…`:
 * the HTTP API and the dashboard until Ctrl-C. Requests must name the server in their Host header: the bound address, or a
 * name given with --allow-host (against DNS rebinding). Binds 127.0.0.1 unless told otherwise; the endpoint that writes is on only with a token (from
 * `--token-file` or the DYAD_TOKEN variable, never the command line, where other users could read it).
 */
export async function serveCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: { db: { type: "string", default: DEFAULT_DB }, port: { type: "string", default: "8080" }, host: { type: "string", default: "127.0.0.1" }, "token-file": { type: "string" }, "cache-size": { type: "string", default: "256" }, "allow-host": { type: "string", multiple: true } },
    });
    if (positionals.length) throw new UsageError(`serve takes options only, not '${positionals[0]}'`);
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port must be a port number (0-65535), not '${values.port}'`);
    const cacheSize = Number(values["cache-size"]);
    if (!/^\d+$/.test(values["cache-size"])) throw new UsageError(`--cache-size must be a whole number of answers (0: none), not '${values["cache-size"]}'`);
    if (!isPostgresUrl(values.db) && !existsSync(values.db)) throw new UsageError(`no database at ${values.db} (run dyad ingest first)`);
    const token = values["token-file"] ? readFileSync(values["token-file"], "utf8").trim() : process.env.DYAD_TOKEN?.trim() || undefined;
    if (token !== undefined && token.length < 16) throw new UsageError("the token must be at least 16 characters");
    let server;
    try {
      server = await startServer({ db: values.db, port, host: values.host, token, cacheSize, allowHosts: values["allow-host"] });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === "EADDRINUSE") throw new UsageError(`port ${port} is in use on ${values.host}: choose another with --port`);
      if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") throw new UsageError(`cannot listen on ${values.host}`);
      throw e;
    }
    process.stdout.write(`dyad: serving ${values.db.replace(/\/\/[^@/]*@/, "//…@")} at ${server.url}${token ? " (writing on, token required)" : ""} — Ctrl-C to stop\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await server.close();
    return 0;
  });
}
