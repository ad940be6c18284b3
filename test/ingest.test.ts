import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { ingest } from "../src/ingest/ingest.js";
import { progressBar } from "../src/ingest/progress.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { FIXTURES, fakeCoder } from "./fixtures/corpus/fake-coder.js";
import { dyad, ROOT } from "./helpers.js";

// A port nothing listens on: bind one, then let it go.
async function freePort(): Promise<number> {
  const srv = createServer().listen(0, "127.0.0.1");
  await once(srv, "listening");
  const { port } = srv.address() as AddressInfo;
  srv.close();
  await once(srv, "close");
  return port;
}

const tmp = (): string => mkdtempSync(join(tmpdir(), "dyad-ingest-"));
const CORPUS = join(ROOT, "examples", "corpus");
const hasCorpus = existsSync(join(CORPUS, "EVENTS.md"));

function count(db: string, sql: string): number {
  const d = new Database(db, { readonly: true, timeout: 5000 });
  try {
    return d.prepare(sql).pluck().get() as number;
  } finally {
    d.close();
  }
}

function rowsOf(db: string, sql: string): { doc: string; n: number }[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all() as { doc: string; n: number }[];
  } finally {
    d.close();
  }
}

// The DB as a comparable fingerprint: counts and every event's articles.
function fingerprint(db: string): unknown {
  const d = new Database(db, { readonly: true });
  try {
    const n = (t: string) => d.prepare(`SELECT count(*) FROM ${t}`).pluck().get();
    const events = d.prepare(`SELECT e.type, e.date, e.num_articles, group_concat(a.doc, ' ') docs FROM events e JOIN mentions m ON m.event_id = e.id
      JOIN articles a ON a.id = m.article_id GROUP BY e.id ORDER BY docs, e.type`).all();
    return { articles: n("articles"), events: n("events"), mentions: n("mentions"), list: events, integrity: d.pragma("integrity_check", { simple: true }) };
  } finally {
    d.close();
  }
}

describe("ingest (library, hand-coded events)", () => {
  test("a folder of JSONL, text and HTML is stored once; a second run adds nothing", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "in", "sub"), { recursive: true });
    copyFileSync(`${FIXTURES}articles.jsonl`, join(dir, "in", "articles.jsonl"));
    writeFileSync(join(dir, "in", "sub", "nota.txt"), "La cancillería envió una nota diplomática sobre el muro fronterizo.");
    writeFileSync(join(dir, "in", "sub", "vacia.txt"), "");
    const store = openSqliteStore(join(dir, "db.sqlite"));
    const first = await ingest([join(dir, "in")], { store, code: fakeCoder });
    assert.equal(first.added, 10, "9 JSONL articles and the text file");
    assert.equal(first.duplicates, 1, "the copy with the same text");
    assert.equal(first.failed, 1);
    assert.match(first.failures[0]!.message, /empty/);
    assert.equal(first.created, 5, "a call, its look-alike, an arrest, its look-alike, another force's arrest");
    assert.equal(first.merged, 4, "two more reports of the call and of the arrest");
    const second = await ingest([join(dir, "in")], { store, code: fakeCoder });
    assert.equal(second.added, 0);
    assert.equal(second.duplicates, 11);
    assert.equal((await store.stats()).articles, 10);
    await store.close();
  });

  test("several articles coded at once, finishing in any order, are stored as one at a time stores them", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "in"));
    copyFileSync(`${FIXTURES}articles.jsonl`, join(dir, "in", "articles.jsonl"));
    writeFileSync(join(dir, "in", "vacia.txt"), "");
    const serial = openSqliteStore(join(dir, "serial.sqlite"));
    const one = await ingest([join(dir, "in")], { store: serial, code: fakeCoder });
    await serial.close();
    // Each article's coding takes a different time, so later articles finish before earlier ones.
    let n = 0;
    const slow: typeof fakeCoder = async (doc) => {
      await new Promise((r) => setTimeout(r, [30, 5, 20, 0, 10][n++ % 5]));
      return fakeCoder(doc);
    };
    const parallel = openSqliteStore(join(dir, "parallel.sqlite"));
    const many = await ingest([join(dir, "in")], { store: parallel, code: slow, concurrency: 4 });
    await parallel.close();
    const counts = ({ read, added, duplicates, failed, created, merged }: typeof one) => ({ read, added, duplicates, failed, created, merged });
    assert.deepEqual(counts(many), counts(one));
    assert.deepEqual(fingerprint(join(dir, "parallel.sqlite")), fingerprint(join(dir, "serial.sqlite")));
  });
});

describe("ingest from feeds and URLs (local server on 127.0.0.1)", () => {
  let server: ChildProcess;
  let base = "";
  before(async () => {
    server = spawn(process.execPath, [`${FIXTURES}server.mjs`], { stdio: ["ignore", "pipe", "inherit"] });
    const [chunk] = (await once(server.stdout!, "data")) as [Buffer];
    base = chunk.toString().trim();
  });
  after(() => server.kill());

  test("good items are stored; 404, timeout, non-article, malformed XML and refused connections are reported and skipped", async () => {
    const dir = tmp();
    const list = join(dir, "feeds.txt");
    const closed = `http://127.0.0.1:${await freePort()}/nada`;
    writeFileSync(list, `# feeds\n${base}/rss.xml\n${base}/atom.xml\n${base}/roto.xml\n${closed}\n`);
    const store = openSqliteStore(join(dir, "db.sqlite"));
    const s = await ingest([list, `${base}/nota/llamada`], { store, code: fakeCoder, timeoutMs: 1000 });
    const why = Object.fromEntries(s.failures.map((d) => [d.file.replace(base, ""), d.message]));
    assert.equal(s.added, 2, JSON.stringify(why));
    assert.equal(s.duplicates, 1, "the page given directly was already stored from the Atom feed");
    assert.match(why["/nota/no-existe"]!, /HTTP 404/);
    assert.match(why["/lenta"]!, /timed out after 1 s/);
    assert.match(why["/nota/imagen"]!, /not a news page \(image\/png\)/);
    assert.match(why["/nota/vacia"]!, /no readable article body/);
    assert.match(why["/roto.xml"]!, /malformed XML/);
    assert.match(why[closed]!, /connection refused/);
    assert.equal(s.failed, 6);
    assert.equal((await store.stats()).articles, 2);
    await store.close();
  });

  test("the CLI lists what failed and why, and exits 1 while keeping what worked", () => {
    const dir = tmp();
    const r = dyad(["ingest", `${base}/rss.xml`, "--db", join(dir, "db.sqlite"), "--timeout", "1"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /\/nota\/no-existe: HTTP 404 Not Found/);
    assert.match(r.stdout, /ingested 1 new article \(0 already stored, 3 failed\)/);
    assert.match(r.stdout, /failed: 1 × HTTP 404 Not Found; 1 × timed out after 1 s; 1 × not a news page \(image\/png\)/);
    assert.doesNotMatch(r.stderr, /\r|at .*\.js:\d+/, "no progress bar on a pipe, no stack trace");
  });
});

describe("progress", () => {
  const counts = { read: 3, added: 2, held: 0, duplicates: 1, failed: 0, created: 2, merged: 1 };
  test("quiet on a pipe", () => {
    let out = "";
    const p = progressBar({ isTTY: false, write: (s) => ((out += s), true) }, 10);
    p.update(counts);
    p.done();
    assert.equal(out, "");
  });
  test("a bar with counts and rate on a terminal", () => {
    let out = "";
    const p = progressBar({ isTTY: true, columns: 120, write: (s) => ((out += s), true) }, 10);
    p.update(counts);
    assert.ok(out.startsWith("\r") && out.endsWith("\u001b[K"), "redraws one line in place");
    assert.match(out, /ingest \[#+-+\] 3\/10 [\d.]+\/s · 2 new · 1 known · 0 failed · 2 events \(\+1 merged\)/);
  });
});

describe("ingest CLI on the example corpus", { skip: !hasCorpus && "examples/corpus is not there" }, () => {
  test("200+ articles: every reported group merges into one event of 3+ articles, look-alikes stay apart, a re-run adds nothing", () => {
    const db = join(tmp(), "db.sqlite");
    const r = dyad(["ingest", CORPUS, "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(count(db, "SELECT count(*) FROM articles") >= 200);
    const planted = readPlanted();
    const groups = bestGroups(db, planted.events);
    const unmerged = planted.events.filter((e) => (groups.get(e.name) ?? 0) < 3).map((e) => `${e.name} (${groups.get(e.name) ?? 0} of ${e.reports.length})`);
    assert.deepEqual(unmerged, [], `planted events not merged into one event of 3+ articles: ${unmerged.join(", ")}`);
    for (const l of planted.lookalikes) {
      const m = planted.events.find((e) => e.name === l.not)!;
      // An article that reports the look-alike and mentions the planted event in passing may attach to either.
      const ofM = [...m.reports, ...m.mentioned];
      const mixed = eventsHolding(db, l.reports).filter((docs) => docs.some((d) => m.reports.includes(d)) && docs.some((d) => l.reports.includes(d) && !ofM.includes(d)));
      assert.deepEqual(mixed, [], `${l.name} merged with ${l.not}`);
    }
    const before = fingerprint(db);
    const again = dyad(["ingest", CORPUS, "--db", db]);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /ingested 0 new articles \(\d+ already stored, 0 failed\)/);
    assert.deepEqual(fingerprint(db), before);
  });
});

interface Planted { name: string; types: string[]; reports: string[]; mentioned: string[] }
function readPlanted(): { events: Planted[]; lookalikes: { name: string; reports: string[]; not: string }[] } {
  const md = readFileSync(join(CORPUS, "EVENTS.md"), "utf8");
  const rows = (p: string) => md.split("\n").filter((l) => new RegExp(`^\\| ${p}\\d`).test(l)).map((l) => l.split("|").map((c) => c.trim()));
  const ids = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  return {
    events: rows("M").map((c) => ({ name: c[1]!, types: c[3]!.split("(")[0]!.split("/").map((t) => t.trim()), reports: ids(c[6]!), mentioned: ids(c[7]!) })),
    lookalikes: rows("L").map((c) => ({ name: c[1]!, reports: ids(c[6]!), not: /M\d+/.exec(c[7]!)![0] })),
  };
}

// For each planted event, the most of its reports that one stored event of its type holds.
function bestGroups(db: string, planted: Planted[]): Map<string, number> {
  const d = new Database(db, { readonly: true });
  const rows = d.prepare(`SELECT e.type, group_concat(DISTINCT a.doc) docs FROM events e JOIN mentions m ON m.event_id = e.id
    JOIN articles a ON a.id = m.article_id GROUP BY e.id`).all() as { type: string; docs: string }[];
  d.close();
  const out = new Map<string, number>();
  for (const p of planted) {
    const best = Math.max(0, ...rows.filter((r) => p.types.includes(r.type)).map((r) => p.reports.filter((x) => r.docs.split(",").includes(x)).length));
    out.set(p.name, best);
  }
  return out;
}

function eventsHolding(db: string, docs: string[]): string[][] {
  const d = new Database(db, { readonly: true });
  const rows = d.prepare(`SELECT group_concat(DISTINCT a.doc) docs FROM events e JOIN mentions m ON m.event_id = e.id
    JOIN articles a ON a.id = m.article_id GROUP BY e.id`).all() as { docs: string }[];
  d.close();
  return rows.map((r) => r.docs.split(",")).filter((ds) => ds.some((x) => docs.includes(x)));
}

// A bigger input than the example corpus, so an ingest can be caught half-way: four copies with their own ids,
// URLs and text, months apart so copies do not merge with each other.
function bigInput(): string {
  const dir = join(tmp(), "big");
  mkdirSync(dir);
  const src = hasCorpus ? readdirSync(CORPUS).filter((f) => f.endsWith(".jsonl")).map((f) => join(CORPUS, f)) : [`${FIXTURES}articles.jsonl`];
  for (let k = 0; k < 4; k++) {
    const lines = src.flatMap((f) => readFileSync(f, "utf8").trim().split("\n")).map((l) => {
      const d = JSON.parse(l) as { id: string; url?: string; text: string; date?: string };
      const date = d.date ? new Date(Date.parse(d.date) + k * 150 * 86_400_000).toISOString().slice(0, 10) : undefined;
      return JSON.stringify({ ...d, id: `${d.id}-${k}`, url: d.url && `${d.url}-${k}`, date, text: k ? `${d.text} (${k})` : d.text });
    });
    writeFileSync(join(dir, `copy-${k}.jsonl`), `${lines.join("\n")}\n`);
  }
  return dir;
}

describe("crash safety and concurrency (CLI)", () => {
  const input = bigInput();
  const clean = join(tmp(), "clean.sqlite");

  before(() => {
    const r = dyad(["ingest", input, "--db", clean]);
    assert.equal(r.code, 0, r.stderr);
  });

  test("kill -9 half-way, then the same command: the same database as a clean run", async () => {
    const db = join(tmp(), "killed.sqlite");
    const total = count(clean, "SELECT count(*) FROM articles");
    const child = spawn(process.execPath, [join(ROOT, "bin", "dyad.js"), "ingest", input, "--db", db], { stdio: "ignore" });
    let seen = 0;
    for (let i = 0; i < 600 && seen < total / 4; i++) {
      await new Promise((r) => setTimeout(r, 20));
      if (existsSync(db)) seen = (() => { try { return count(db, "SELECT count(*) FROM articles"); } catch { return 0; } })();
    }
    child.kill("SIGKILL");
    await once(child, "exit");
    const partial = count(db, "SELECT count(*) FROM articles");
    assert.ok(partial > 0 && partial < total, `killed after ${partial} of ${total} articles`);
    const perArticle = (path: string) => new Map(rowsOf(path, "SELECT a.doc, count(m.id) n FROM articles a LEFT JOIN mentions m ON m.article_id = a.id GROUP BY a.id").map((r) => [r.doc, r.n]));
    const whole = perArticle(clean);
    for (const [doc, n] of perArticle(db)) assert.equal(n, whole.get(doc), `${doc}: stored with all its mentions or not at all`);
    const r = dyad(["ingest", input, "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fingerprint(db), fingerprint(clean));
  });

  test("--threads 2 (coding on worker threads) stores the same events as one thread; a bad --threads is refused", () => {
    const db = join(tmp(), "threads.sqlite");
    const r = dyad(["ingest", input, "--db", db, "--threads", "2"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fingerprint(db), fingerprint(clean));
    const bad = dyad(["ingest", input, "--db", join(tmp(), "bad.sqlite"), "--threads", "zero"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--threads must be a whole number from 1 to 64, not 'zero'/);
  });

  test("two ingest processes on one database: both finish, nothing is stored twice, the file is intact", async () => {
    const db = join(tmp(), "two.sqlite");
    const run = () => spawn(process.execPath, [join(ROOT, "bin", "dyad.js"), "ingest", input, "--db", db, "--quiet"], { stdio: ["ignore", "ignore", "pipe"] });
    const [a, b] = [run(), run()];
    let err = "";
    for (const c of [a, b]) c.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    const codes = await Promise.all([once(a, "exit"), once(b, "exit")]);
    assert.deepEqual(codes.map(([c]) => c), [0, 0], err);
    const fp = fingerprint(db) as { articles: number; integrity: string };
    assert.equal(fp.integrity, "ok");
    assert.equal(fp.articles, count(clean, "SELECT count(*) FROM articles"));
    assert.equal(count(db, "SELECT count(*) FROM (SELECT text_hash FROM articles GROUP BY text_hash HAVING count(*) > 1)"), 0);
  });
});

describe("decoding what a server sends", () => {
  test("the encoding a feed or page declares only inside itself is honoured", async () => {
    const { decodeBody } = await import("../src/ingest/fetch.js");
    const latin1 = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
    const feed = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Señal: Piñera y Peñalosa</title></channel></rss>');
    assert.match(decodeBody(feed, "application/rss+xml"), /Piñera y Peñalosa/);
    const page = latin1('<html><head><meta charset="iso-8859-1"><title>Camión</title></head><body>Acción</body></html>');
    assert.match(decodeBody(page, "text/html"), /Camión.*Acción/s);
    // The header wins over the document; without either, UTF-8.
    assert.match(decodeBody(new Uint8Array(Buffer.from("<p>Año</p>", "utf8")), "text/html; charset=utf-8"), /Año/);
    assert.match(decodeBody(new Uint8Array(Buffer.from("<p>Año</p>", "utf8")), "text/html"), /Año/);
    assert.match(decodeBody(feed, "text/xml; charset=bogus-encoding"), /<rss>/, "an unknown name falls back to UTF-8, no crash");
  });
});
