import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startServer, type RunningServer } from "../src/server.js";
import { codePool, CodeTimeout } from "../src/api/code-pool.js";
import { exampleDb } from "./api-db.js";

// Coding runs in worker threads with a time budget: a long text never holds up the server (issue #13).

let db: Awaited<ReturnType<typeof exampleDb>>;
let server: RunningServer;
const verbs = ["se reunieron", "acordaron", "firmaron", "rechazaron", "condenaron", "amenazaron"];
const runOn = (n: number): string => `Sheinbaum y Trump ${Array.from({ length: n }, (_, i) => verbs[i % verbs.length]).join(" y ")}.`;
const post = (path: string, body: unknown) => fetch(`${server.url}${path.slice(1)}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

before(async () => {
  db = await exampleDb();
  server = await startServer({ db: db.file, port: 0 });
});
after(async () => {
  await server.close();
  db.dispose();
});

test("POST /api/code codes in a worker thread: the events come back as before", async () => {
  const r = await post("/api/code", { text: "La Secretaría de Marina detuvo el lunes en Mazatlán a dos presuntos narcotraficantes.", date: "2026-03-10", language: "es" });
  assert.equal(r.status, 200);
  const body = (await r.json()) as { events: { type: string; place: { name: string } | null }[] };
  assert.equal(body.events[0]?.type, "COERCE");
  assert.equal(body.events[0]?.place?.name, "Mazatlán");
});

test("while a long text is being coded, other requests are answered first", async () => {
  const order: string[] = [];
  const coding = post("/api/code", { text: runOn(14_000), date: "2026-03-10", language: "es" }).then(async (r) => {
    order.push("code");
    return r.status;
  });
  // Let the long request reach its thread, then ask for the statistics.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const stats = await fetch(`${server.url}api/stats`);
  order.push("stats");
  assert.equal(stats.status, 200);
  assert.equal(await coding, 200);
  assert.deepEqual(order, ["stats", "code"], "the statistics did not wait for the coding");
});

test("a request past its time budget gets 503 and stops its thread; the pool goes on", async () => {
  const pool = codePool({ threads: 1, budgetMs: 50 });
  try {
    await assert.rejects(pool.code({ id: "long", text: runOn(40_000), date: "2026-03-10", language: "es" }), (e: unknown) => e instanceof CodeTimeout && /longer than/.test((e as Error).message));
    const pool2 = codePool({ threads: 1, budgetMs: 60_000 });
    try {
      const events = await pool2.code({ id: "short", text: "Police arrested two men in Quito.", date: "2026-03-10", language: "en" });
      assert.equal(events[0]?.type, "COERCE");
    } finally {
      await pool2.close();
    }
  } finally {
    await pool.close();
  }
});
