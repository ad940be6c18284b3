#!/usr/bin/env node
// npm start: ingest the bundled example corpus into a fresh SQLite file and serve the dashboard on it.
// PORT (default 8080) and HOST (default 127.0.0.1) change where it listens.
import { mkdirSync, rmSync } from "node:fs";
import { knowledgeCoder } from "../dist/ingest/coder.js";
import { ingest } from "../dist/ingest/ingest.js";
import { startServer } from "../dist/server.js";
import { openSqliteStore } from "../dist/store/sqlite.js";

const root = new URL("..", import.meta.url).pathname;
const db = `${root}.cache/example.sqlite`;
mkdirSync(`${root}.cache`, { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${db}${suffix}`, { force: true });

const store = openSqliteStore(db);
const summary = await ingest([`${root}examples/corpus`], { store, code: await knowledgeCoder() });
const stats = await store.stats();
await store.close();
process.stdout.write(`ingested ${summary.added} example articles: ${stats.events} events (${summary.failed} failed) into ${db}\n`);

const port = Number(process.env.PORT ?? 8080);
let server;
try {
  server = await startServer({ db, port, host: process.env.HOST ?? "127.0.0.1" });
} catch (e) {
  process.stderr.write(`dyad: cannot listen on port ${port}: ${e.code === "EADDRINUSE" ? "it is in use (set PORT to another)" : e.message}\n`);
  process.exit(2);
}
process.stdout.write(`dyad dashboard: ${server.url.replace("127.0.0.1", "localhost")}  (Ctrl-C to stop)\n`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
