import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { openQueue, QUEUE, queueStatus } from "../src/queue/queue.js";
import { openPostgresStore } from "../src/store/postgres/store.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { CorpusEvent, Store } from "../src/store/store.js";
import { ROOT } from "./helpers.js";
import { noPostgres, startPostgres, type TestServer } from "./postgres.js";

const CORPUS = join(ROOT, "examples", "corpus");

interface Run {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Start the built CLI (bin/dyad.js: `npm run build` first) as its own process. */
function start(args: string[]): Run {
  const child = spawn(process.execPath, [join(ROOT, "bin", "dyad.js"), ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let [stdout, stderr] = ["", ""];
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  return { child, done: new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))) };
}
const dyad = (args: string[]) => start(args).done;

async function all(store: Store): Promise<CorpusEvent[]> {
  const out: CorpusEvent[] = [];
  for await (const e of store.events()) out.push(e);
  await store.close();
  return out;
}

// As in test/postgres.test.ts: each event's type, date, actors, number of articles and places.
const who = (xs: CorpusEvent["source"]) => xs.map((a) => [a.name, a.country, a.sector, a.org].join("/")).join("+");
const summary = (events: readonly CorpusEvent[]): string[] =>
  events.map((e) => `${e.id} ${e.type} ${e.date} ${who(e.source)} > ${who(e.target)} ×${e.num_articles} [${e.places.join(",")}] ${e.place?.name ?? "-"} ${e.mentions.map((m) => `${m.article}#${m.sentence}`).join(",")}`).sort();
// Every report, once: its article, sentence, type and date, whichever event it joined.
const reports = (events: readonly CorpusEvent[]): string[] =>
  events.flatMap((e) => e.mentions.map((m) => `${m.article}#${m.sentence} ${e.type} ${m.date}`)).sort();


describe("coder workers on a PostgreSQL job queue", { skip: noPostgres }, () => {
  let server: TestServer;
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());

  test("the example corpus, queued, coded by two workers of which one is killed mid-run and a third that runs until the queue is empty, equals a single-process SQLite ingest", async () => {
    const url = await server.database();
    const queued = await dyad(["enqueue", CORPUS, "--db", url, "--lease", "3", "--retry-delay", "1"]);
    assert.equal(queued.code, 0, queued.stderr);
    const n = Number(/^queued (\d+) documents \(0 already stored, 0 failed to read\)$/m.exec(queued.stdout)?.[1]);
    assert.ok(n > 200, queued.stdout);

    const [first, second] = [start(["worker", "--db", url]), start(["worker", "--db", url])];
    // Mid-run: some documents are done, most are not.
    for (let i = 0; i < 1500 && (await queueStatus(url)).done < 20; i++) await sleep(100);
    assert.ok((await queueStatus(url)).done < n, "the first worker is killed before the queue is empty");
    first.child.kill("SIGKILL");
    assert.equal((await first.done).signal, "SIGKILL");

    const third = await dyad(["worker", "--db", url, "--until-empty"]);
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stdout, /^worker: stored \d+ new articles? \(\d+ already stored, 0 failed\)/m);
    // Ctrl-C: the second worker finishes what it holds and reports.
    second.child.kill("SIGINT");
    const stopped = await second.done;
    assert.equal(stopped.code, 0, stopped.stderr);
    assert.match(stopped.stderr, /stopping: finishing the jobs in hand/);
    assert.match(stopped.stdout, /^worker: stored \d+ new articles? /m);

    const status = await dyad(["queue", "--db", url]);
    assert.equal(status.stdout, `queued 0, retrying 0, active 0, done ${n}, failed 0\n`);

    const file = join(mkdtempSync(join(tmpdir(), "dyad-wk-")), "db.sqlite");
    const single = await dyad(["ingest", CORPUS, "--db", file, "--quiet"]);
    assert.equal(single.code, 0, single.stderr);
    const [onSqlite, onPostgres] = [await all(openSqliteStore(file)), await all(await openPostgresStore(url))];
    // Nothing lost, nothing stored twice: every article and every report, once.
    assert.deepEqual(reports(onPostgres), reports(onSqlite));
    assert.ok(onSqlite.length > 200 && onSqlite.some((e) => e.num_articles > 1), "a corpus with merged events");
    // The same events, whatever order the workers merged the articles in: count, types, dates, actors, articles, places,
    // the reports each groups and the event's key.
    assert.equal(onPostgres.length, onSqlite.length);
    assert.deepEqual(summary(onPostgres), summary(onSqlite));
    const again = await dyad(["enqueue", CORPUS, "--db", url]);
    assert.match(again.stdout, new RegExp(`^queued 0 documents \\(${n} already stored, 0 failed to read\\)$`, "m"));
  });

  test("a poison job is retried, then lands in the dead-letter queue with its reason while the rest is stored", async () => {
    const url = await server.database();
    const queued = await dyad(["enqueue", join(CORPUS, "2026-01.jsonl"), "--db", url, "--retries", "1", "--retry-delay", "1"]);
    assert.equal(queued.code, 0, queued.stderr);
    const boss = await openQueue(url);
    await boss.send(QUEUE, { doc: { id: "poison", text: 42 }, origin: "test" });
    await boss.stop({ graceful: false, close: true });

    const run = await dyad(["worker", "--db", url, "--until-empty", "--concurrency", "2"]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^worker: stored 59 new articles \(0 already stored, 2 failed\)/m);
    assert.match(run.stderr, /^dyad: poison: not a document: text /m);
    const status = await dyad(["queue", "--db", url]);
    assert.match(status.stdout, /^queued 0, retrying 0, active 0, done 59, failed 1$/m);
    assert.match(status.stdout, /^dead-letter queue: 1 job\n {2}poison \(test\): not a document: text .+$/m);
  });

  test("connections cut mid-run: the worker reports it, retries and stores every article once", async () => {
    const url = await server.database();
    const queued = await dyad(["enqueue", join(CORPUS, "2026-01.jsonl"), "--db", url, "--lease", "3", "--retry-delay", "1"]);
    assert.equal(queued.code, 0, queued.stderr);
    const worker = start(["worker", "--db", url, "--until-empty"]);
    for (let i = 0; i < 1500 && (await queueStatus(url)).done < 5; i++) await sleep(100);
    const admin = new pg.Client(url);
    await admin.connect();
    try {
      // Every other connection to the database, the worker's store and queue alike, is cut.
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
    } finally {
      await admin.end();
    }
    const run = await worker.done;
    assert.equal(run.code, 0, run.stderr);
    const status = await dyad(["queue", "--db", url]);
    assert.match(status.stdout, /^queued 0, retrying 0, active 0, done 59, failed 0$/m);
    const store = await openPostgresStore(url);
    assert.equal((await store.stats()).articles, 59);
    await store.close();
  });

  test("the database down at start: one line and exit code 2; a SQLite file is refused", async () => {
    for (const args of [["worker"], ["enqueue", CORPUS], ["queue"]]) {
      const down = await dyad([...args, "--db", "postgres://dyad@127.0.0.1:1/none"]);
      assert.equal(down.code, 2, args[0]);
      assert.match(down.stderr, /^dyad: cannot reach the PostgreSQL server \(127\.0\.0\.1:1\): is it running\?\n$/);
    }
    const file = await dyad(["worker", "--db", "x.sqlite"]);
    assert.equal(file.code, 2);
    assert.match(file.stderr, /worker needs a PostgreSQL database/);
  });
});
