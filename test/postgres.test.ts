import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { knowledgeCoder } from "../src/ingest/coder.js";
import { textHash } from "../src/ingest/hash.js";
import { DEFAULT_WINDOW_DAYS, mergeBuckets } from "../src/merge/corpus.js";
import type { Document } from "../src/model/document.js";
import { openStore } from "../src/store/open.js";
import { PG_SCHEMA_VERSION } from "../src/store/postgres/schema.js";
import { openPostgresStore } from "../src/store/postgres/store.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { CorpusEvent, NewArticle, NewMention, Store } from "../src/store/store.js";
import { fakeCoder, FIXTURES } from "./fixtures/corpus/fake-coder.js";
import { ROOT } from "./helpers.js";
import { noPostgres, startPostgres, type TestServer } from "./postgres.js";

/**
 * The timeline and agenda sums the triggers kept while events were merged, moved and deleted equal those summed afresh
 * from the events (dyad_series_rebuild), and no row counts 0.
 */
async function sameAsSummedAfresh(url: string, label: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const read = async (): Promise<string[]> => [
      ...(await c.query(`SELECT s.sources || s.targets || ' ' || d.day || ' q' || d.quad || ' n' || d.n || ' g' || d.g10 || '/' || d.gn AS r
        FROM series_days d JOIN series_sides s ON s.id = d.sides ORDER BY 1`)).rows.map((r) => r.r as string),
      ...(await c.query(`SELECT s.sources || s.targets || ' ' || d.day || ' ' || d.context || ' n' || d.n AS r
        FROM series_day_contexts d JOIN series_sides s ON s.id = d.sides ORDER BY 1`)).rows.map((r) => r.r as string),
    ];
    const kept = await read();
    assert.ok(kept.length > 100 && kept.every((r) => !/ n0 /.test(r)), `${label}: ${kept.length} summed rows`);
    await c.query("SELECT dyad_series_rebuild()");
    assert.deepEqual(kept, await read(), `${label}: the sums kept equal the sums made afresh`);
  } finally {
    await c.end();
  }
}

const tmp = (): string => mkdtempSync(join(tmpdir(), "dyad-pgt-"));
const CORPUS = join(ROOT, "examples", "corpus");

async function all(store: Store): Promise<CorpusEvent[]> {
  const out: CorpusEvent[] = [];
  for await (const e of store.events()) out.push(e);
  return out;
}

// What must be the same on both stores, whatever order the articles arrived in: each event's key, type, date, actors,
// number of articles, places, and the reports it groups in their order.
const who = (xs: CorpusEvent["source"]) => xs.map((a) => [a.name, a.country, a.sector, a.org].join("/")).join("+");
const summary = (events: readonly CorpusEvent[]): string[] =>
  events.map((e) => `${e.id} ${e.type} ${e.date} ${who(e.source)} > ${who(e.target)} ×${e.num_articles} [${e.places.join(",")}] ${e.place?.name ?? "-"} ${e.mentions.map((m) => `${m.article}#${m.sentence}`).join(",")}`).sort();

/** Run the built CLI without blocking the event loop (the test's server keeps answering meanwhile). */
function dyadAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "dyad.js"), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let [stdout, stderr] = ["", ""];
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe("PostgreSQL store", { skip: noPostgres }, () => {
  let server: TestServer;
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());

  test("migrations: recorded in dyad_migrations, run once even when two processes open a new database at once; a newer schema is refused", async () => {
    const url = await server.database();
    const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    await Promise.all(stores.map((s) => s.close()));
    await (await openPostgresStore(url)).close();
    const client = new pg.Client(url);
    await client.connect();
    try {
      const { rows } = await client.query<{ version: number }>("SELECT version FROM dyad_migrations ORDER BY version");
      assert.deepEqual(rows.map((r) => r.version), Array.from({ length: PG_SCHEMA_VERSION }, (_, i) => i + 1));
      await client.query("INSERT INTO dyad_migrations (version) VALUES ($1)", [PG_SCHEMA_VERSION + 1]);
    } finally {
      await client.end();
    }
    await assert.rejects(openPostgresStore(url), /newer than this dyad understands/);
  });

  test("two reports of one event stored at the same moment on two connections make one event of two articles", async () => {
    const url = await server.database();
    const [a, b] = [await openPostgresStore(url), await openPostgresStore(url)];
    const docs = readFileSync(`${FIXTURES}articles.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Document);
    const report = async (id: string): Promise<[NewArticle, NewMention[]]> => {
      const d = docs.find((x) => x.id === id)!;
      const article = { doc: d.id, url: d.url, source: d.source, date: d.date, language: d.language ?? "es", text: d.text, textHash: textHash(d.text), origin: "fixture" };
      return [article, await fakeCoder({ ...d, language: d.language ?? "es" })];
    };
    const [first, second] = [await report("n1-0504-call"), await report("g2-0505-call")];
    // A third connection holds the event's merge buckets until both writers wait for them, so both have stored their
    // article and look for candidates at once when it lets go: without the lock each would create the event.
    const gate = new pg.Client(url);
    await gate.connect();
    try {
      await gate.query("BEGIN");
      const buckets = mergeBuckets(first[1][0]!.record.type, first[1][0]!.record.date, DEFAULT_WINDOW_DAYS);
      await gate.query("SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k", [buckets]);
      const racing = Promise.all([a.addArticle(...first), b.addArticle(...second)]);
      let waiting = 0;
      for (let i = 0; i < 500 && waiting < 2; i++) {
        await new Promise((r) => setTimeout(r, 20));
        waiting = (await gate.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rows[0]!.n;
      }
      assert.equal(waiting, 2, "both writers wait for the event's merge bucket");
      await gate.query("COMMIT");
      const results = await racing;
      assert.deepEqual(results.map((r) => r.kind), ["added", "added"]);
    } finally {
      await gate.end();
    }
    const events = await all(a);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.num_articles, 2);
    assert.deepEqual(events[0]!.mentions.map((m) => m.article).sort(), ["g2-0505-call", "n1-0504-call"]);
    await Promise.all([a.close(), b.close()]);
  });

  test("the same article stored by two writers at once is stored once", async () => {
    const url = await server.database();
    const [a, b] = [await openPostgresStore(url), await openPostgresStore(url)];
    const d = { doc: "x", url: "https://news.test/x", language: "es", text: "El texto.", textHash: textHash("El texto."), origin: "test" };
    const results = await Promise.all([a.addArticle(d, []), b.addArticle({ ...d, doc: "y", url: "https://news.test/y" }, [])]);
    assert.deepEqual(results.map((r) => r.kind).sort(), ["added", "duplicate"]);
    assert.equal((await a.stats()).articles, 1);
    await Promise.all([a.close(), b.close()]);
  });

  test("the example corpus gives the same events on SQLite and on PostgreSQL, in reading order, backwards, shuffled, or by two writers", async () => {
    const code = await knowledgeCoder();
    const docs = readdirSync(CORPUS).filter((f) => f.endsWith(".jsonl")).sort()
      .flatMap((f) => readFileSync(join(CORPUS, f), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Document));
    const coded: [NewArticle, NewMention[]][] = [];
    for (const d of docs) {
      const language = d.language ?? "es";
      coded.push([{ doc: d.id, url: d.url, source: d.source, date: d.date, language, text: d.text, textHash: textHash(d.text), origin: "corpus" }, await code({ ...d, language })]);
    }
    const sqlite = openSqliteStore(join(tmp(), "db.sqlite"));
    for (const c of coded) await sqlite.addArticle(...c);
    const expected = summary(await all(sqlite));
    await sqlite.close();
    assert.ok(expected.length > 200 && expected.some((e) => !e.includes("×1 ")), "a corpus with merged events");

    // Backwards, every report arrives before the earlier-dated reports it may join; shuffled, in a fixed pseudo-random order.
    let seed = 10;
    const shuffled = coded.map((c) => ({ c, k: (seed = (seed * 48_271) % 2_147_483_647) })).sort((a, b) => a.k - b.k).map((x) => x.c);
    const orders = { reading: coded, backwards: [...coded].reverse(), shuffled };
    for (const [name, order] of Object.entries(orders)) {
      const onSqlite = openSqliteStore(join(tmp(), "db.sqlite"));
      for (const c of order) await onSqlite.addArticle(...c);
      assert.deepEqual(summary(await all(onSqlite)), expected, `SQLite, ${name}`);
      await onSqlite.close();
      const url = await server.database();
      const one = await openStore(url);
      for (const c of order) await one.addArticle(...c);
      assert.deepEqual(summary(await all(one)), expected, `PostgreSQL, ${name}`);
      await one.close();
      await sameAsSummedAfresh(url, `PostgreSQL, ${name}`);
    }
    // Two writers taking the next article as each finishes: reports of one event commit in another order than in one process.
    for (const order of [coded, shuffled]) {
      const url = await server.database();
      const writers = [await openPostgresStore(url), await openPostgresStore(url)];
      let next = 0;
      await Promise.all(writers.map(async (w) => {
        while (next < order.length) await w.addArticle(...order[next++]!);
      }));
      assert.deepEqual(summary(await all(writers[0]!)), expected, "two writers");
      await Promise.all(writers.map((w) => w.close()));
      await sameAsSummedAfresh(url, "two writers");
    }
  });

  test("CLI: ingest with DYAD_DB, then query, export and serve with --db, print and answer what they do on SQLite", async () => {
    const url = await server.database();
    const file = join(tmp(), "db.sqlite");
    const input = join(CORPUS, "2026-01.jsonl");
    const pgIngest = await dyadAsync(["ingest", input, "--quiet"], { DYAD_DB: url });
    assert.equal(pgIngest.code, 0, pgIngest.stderr);
    assert.equal((await dyadAsync(["ingest", input, "--quiet", "--db", file])).code, 0);
    const again = await dyadAsync(["ingest", input, "--db", url]);
    assert.match(again.stdout, /ingested 0 new articles \(59 already stored, 0 failed\)/);
    for (const args of [["query", "--format", "jsonl"], ["query", "--dyad", "MEX:USA", "--format", "jsonl"], ["export", "--format", "csv"]]) {
      const [onPg, onSqlite] = [await dyadAsync([...args, "--db", url]), await dyadAsync([...args, "--db", file])];
      assert.equal(onPg.code, 0, onPg.stderr);
      assert.ok(onSqlite.stdout.length > 100);
      assert.equal(onPg.stdout, onSqlite.stdout, args.join(" "));
    }
    const down = await dyadAsync(["query", "--db", "postgres://dyad@127.0.0.1:1/none"]);
    assert.equal(down.code, 2);
    assert.match(down.stderr, /cannot reach the PostgreSQL server/);
    // dyad serve on either: the same timeline and events list.
    const answers: string[] = [];
    for (const db of [url, file]) {
      const child = spawn(process.execPath, [join(ROOT, "bin", "dyad.js"), "serve", "--db", db, "--port", "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      try {
        const at = await new Promise<string>((resolve, reject) => {
          let out = "";
          child.stdout.on("data", (d: Buffer) => {
            out += d.toString();
            const m = /at (http:\/\/\S+\/)/.exec(out);
            if (m) resolve(m[1]!);
          });
          child.on("close", () => reject(new Error(`serve exited: ${out}`)));
        });
        const timeline = await (await fetch(`${at}api/dyads/MEX/USA/timeline?interval=week`)).text();
        const events = await (await fetch(`${at}api/events?dyad=MEX:USA&limit=500`)).text();
        assert.match(timeline, /"periods":\[\{"period":"2026-/);
        answers.push(timeline + events);
      } finally {
        child.kill("SIGTERM");
      }
    }
    assert.equal(answers[0], answers[1]);
  });
});
