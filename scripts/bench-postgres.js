#!/usr/bin/env node
/* global fetch */
// dyad on PostgreSQL (issue #10), run by `npm run bench` when Debian's PostgreSQL 15 binaries are installed
// (/usr/lib/postgresql/15/bin, or DYAD_PGBIN). A server is started in a temporary directory, as the tests do.
//  1. Ingest speed, articles/s, for a synthetic corpus of 10,000 articles (BENCH_PG_ARTICLES) made from our own sentence
//     templates: SQLite in one process, PostgreSQL in one process, and PostgreSQL fed by `dyad enqueue` to 1 and to 2
//     `dyad worker` processes (one coding slot each).
//  2. The store's size per 1,000 articles, on each store.
//  3. The timeline endpoint on PostgreSQL with 1,000,000 synthetic events (BENCH_PG_EVENTS), bulk-loaded with
//     generate_series (series triggers off, the sums made afresh after): `dyad serve --db URL`, autocannon with 50 connections for 20 s (BENCH_PG_SECONDS), p99 latency.
// For a quick run: BENCH_PG_ARTICLES=1000 BENCH_PG_EVENTS=100000 BENCH_PG_SECONDS=5. One part only: BENCH_PG_INGEST=0 or BENCH_PG_TIMELINE=0.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import pg from "pg";
import { knowledgeCoder } from "../dist/ingest/coder.js";
import { ingest } from "../dist/ingest/ingest.js";
import { openPostgresStore } from "../dist/store/postgres/store.js";
import { openSqliteStore } from "../dist/store/sqlite.js";
import { serve } from "./bench-serve.js";

const root = new URL("..", import.meta.url).pathname;
const PGBIN = process.env.DYAD_PGBIN ?? "/usr/lib/postgresql/15/bin";
const ARTICLES = Number(process.env.BENCH_PG_ARTICLES ?? 10_000);
const EVENTS = Number(process.env.BENCH_PG_EVENTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_PG_SECONDS ?? 20);
const CONNECTIONS = 50;
const say = (line) => process.stdout.write(`${line}\n`);
const loadNow = () => `load average ${loadavg().map((x) => x.toFixed(2)).join(" ")} on ${cpus().length} CPUs`;

// --- A PostgreSQL server in a temporary directory (as test/postgres.ts starts one; initdb refuses root).
async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
const asServerUser = (cmd, args) => (process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args]);
const run = (cmd, args) => {
  const [c, a] = asServerUser(cmd, args);
  execFileSync(c, a, { stdio: ["ignore", "ignore", "pipe"] });
};
export async function startPostgres(dir) {
  if (process.getuid?.() === 0) {
    chownSync(dir, Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })));
  }
  const data = join(dir, "data");
  run(`${PGBIN}/initdb`, ["-D", data, "-U", "dyad", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  // Settings for a 2-core machine with a few GiB, as a small production server would have them.
  run(`${PGBIN}/pg_ctl`, ["-D", data, "-l", join(dir, "pg.log"), "-w", "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB -c work_mem=16MB -c synchronous_commit=on`, "start"]);
  const url = `postgres://dyad@127.0.0.1:${port}/postgres`;
  let n = 0;
  return {
    stop: () => {
      const [c, a] = asServerUser(`${PGBIN}/pg_ctl`, ["-D", data, "-m", "fast", "-w", "stop"]);
      spawnSync(c, a, { stdio: "ignore" });
    },
    async database() {
      const name = `bench${++n}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return url.replace(/\/postgres$/, `/${name}`);
    },
  };
}

// --- The synthetic corpus, from our own sentence templates: news items between two of 15 countries (a quarter between
// Mexico and the United States), in Spanish and English, dated over two years from 2024, each with a reference
// number of its own. Reports of one act on one day by several articles merge, as in a real feed.
const NAMES = {
  MEX: ["México", "Mexico"], USA: ["Estados Unidos", "the United States"], COL: ["Colombia", "Colombia"], VEN: ["Venezuela", "Venezuela"],
  BRA: ["Brasil", "Brazil"], ARG: ["Argentina", "Argentina"], CAN: ["Canadá", "Canada"], CHN: ["China", "China"], GTM: ["Guatemala", "Guatemala"],
  HND: ["Honduras", "Honduras"], ESP: ["España", "Spain"], CUB: ["Cuba", "Cuba"], PER: ["Perú", "Peru"], CHL: ["Chile", "Chile"], ECU: ["Ecuador", "Ecuador"],
};
const TEMPLATES = {
  es: ["El gobierno de {A} condenó las declaraciones del gobierno de {B}.", "El presidente de {A} se reunió con el presidente de {B}.",
    "{A} acusó a {B} de violar el acuerdo comercial.", "{A} y {B} firmaron un acuerdo de cooperación energética.",
    "La policía de {A} detuvo a tres ciudadanos de {B}.", "{A} amenazó con imponer sanciones a {B}.", "{A} envió ayuda humanitaria a {B}."],
  en: ["The government of {A} condemned remarks by the government of {B}.", "The president of {A} met the president of {B}.",
    "{A} accused {B} of breaking the trade deal.", "{A} and {B} signed an energy cooperation agreement.",
    "Police in {A} arrested three citizens of {B}.", "{A} threatened to impose sanctions on {B}.", "{A} sent humanitarian aid to {B}."],
};
const FILLER = { es: "El texto completo del comunicado está disponible en el sitio oficial (ref. {N}).", en: "The full text of the statement is available on the official website (ref. {N})." };

export function corpus(file) {
  // Park and Miller's generator: its products stay below 2^53, so the sequence is exact in doubles and does not cycle early.
  let seed = 7;
  const rand = () => ((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const codes = Object.keys(NAMES);
  const docs = [];
  for (let i = 0; i < ARTICLES; i++) {
    const language = rand() < 0.5 ? "es" : "en";
    const k = language === "es" ? 0 : 1;
    const date = new Date(Date.parse("2024-01-01") + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
    const sentences = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => {
      const [a, b] = rand() < 0.25 ? (rand() < 0.5 ? ["MEX", "USA"] : ["USA", "MEX"]) : (() => { const x = pick(codes); let y = pick(codes); while (y === x) y = pick(codes); return [x, y]; })();
      const t = pick(TEMPLATES[language]).replace("{A}", NAMES[a][k]).replace("{B}", NAMES[b][k]);
      return t.charAt(0).toUpperCase() + t.slice(1);
    });
    const text = [...sentences, FILLER[language].replace("{N}", String(i))].join(" ");
    docs.push({ id: `bench-${i}`, url: `https://bench.example/${language}/${i}`, source: `Bench ${pick(["Wire", "Post", "Diario", "Noticias"])}`, date, language, text });
  }
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join("\n"));
  return docs.length;
}

const dyadCli = (args) => new Promise((resolve, reject) => {
  const child = spawn(process.execPath, [`${root}bin/dyad.js`, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let [out, err] = ["", ""];
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`dyad ${args[0]} exited ${code}: ${err}`))));
});

async function ingestSpeed(server, input, n) {
  const code = await knowledgeCoder();
  const rate = (secs) => `${(n / secs).toFixed(1)} articles/s (${secs.toFixed(1)} s)`;
  const work = mkdtempSync(join(tmpdir(), "dyad-bench-pg-sqlite-"));
  const rates = {};
  try {
    // One process: read, code and store each article in turn (dyad ingest), on each store.
    const file = join(work, "bench.sqlite");
    let t = performance.now();
    let store = openSqliteStore(file);
    await ingest([input], { store, code });
    const sqliteStats = await store.stats();
    await store.close();
    rates.sqlite = (performance.now() - t) / 1000;
    say(`SQLite, one process: ${rate(rates.sqlite)}; ${sqliteStats.events.toLocaleString("en")} events`);
    say(`  size: ${(statSync(file).size / 2 ** 20 / (n / 1000)).toFixed(2)} MiB per 1,000 articles (the file)`);

    const url = await server.database();
    t = performance.now();
    store = await openPostgresStore(url);
    await ingest([input], { store, code });
    const pgStats = await store.stats();
    await store.close();
    rates.postgres = (performance.now() - t) / 1000;
    say(`PostgreSQL, one process: ${rate(rates.postgres)}; ${pgStats.events.toLocaleString("en")} events`);
    say(`  size: ${(pgStats.bytes / 2 ** 20 / (n / 1000)).toFixed(2)} MiB per 1,000 articles (tables and indexes)`);
    if (pgStats.events !== sqliteStats.events) say(`  DIFFERENT EVENT COUNT from SQLite: ${pgStats.events} vs ${sqliteStats.events}`);

    // Workers: the queue filled by dyad enqueue, then N `dyad worker --until-empty` processes started together.
    for (const workers of [1, 2]) {
      const url = await server.database();
      let t0 = performance.now();
      await dyadCli(["enqueue", input, "--db", url]);
      const enqueued = (performance.now() - t0) / 1000;
      t0 = performance.now();
      await Promise.all(Array.from({ length: workers }, () => dyadCli(["worker", "--db", url, "--until-empty", "--concurrency", "1"])));
      const secs = (performance.now() - t0) / 1000;
      rates[workers] = secs;
      const s = await openPostgresStore(url);
      const stats = await s.stats();
      await s.close();
      say(`PostgreSQL, ${workers} worker process${workers > 1 ? "es" : ""}: ${rate(secs)}; ${stats.events.toLocaleString("en")} events (enqueue: ${enqueued.toFixed(1)} s)`);
      if (stats.events !== sqliteStats.events || stats.articles !== n) say(`  DIFFERENT FROM SQLITE: ${stats.articles} articles, ${stats.events} events`);
    }
    say(`  2 workers / 1 worker: ×${(rates[1] / rates[2]).toFixed(2)} (${loadNow()})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// --- A million events, bulk-loaded: a quarter between Mexico and the United States, over 3 years and a third.
const COUNTRIES = ["MEX", "USA", "COL", "VEN", "CAN", "GTM", "BRA", "CUB", "ESP", "CHN", "HND", "SLV", "ECU", "PER", "ARG", "CHL"];
const SECTORS = ["GOV", "MIL", "COP", "JUD", "LEG", "CVL", "BUS", "CRM"];
const TYPES = [["AGREE", 1, "030", 4], ["CONSULT", 1, "040", 1], ["SUPPORT", 1, "051", 3.4], ["COOPERATE", 2, "061", 6.4], ["AID", 2, "070", 7],
  ["REQUEST", 3, "020", 3], ["ACCUSE", 3, "112", -2], ["REJECT", 3, "120", -4], ["THREATEN", 3, "130", -4.4], ["PROTEST", 4, "140", -6.5],
  ["SANCTION", 4, "163", -8], ["COERCE", 4, "173", -5], ["ASSAULT", 4, "190", -10]];
const CONTEXTS = ["economic", "migration", "crime", "illegal_drugs", "trafficking", "diplomatic", "military", "executive", "legal"];

export async function bulkLoad(url) {
  await (await openPostgresStore(url)).close();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const arr = (xs) => `ARRAY[${xs.map((x) => (typeof x === "number" ? x : `'${x}'`)).join(",")}]`;
    await c.query(`INSERT INTO actors (key, country, sector) SELECT co || '||' || se || '|', co, se FROM unnest(${arr(COUNTRIES)}) co, unnest(${arr(SECTORS)}) se`);
    // A bulk load: the series triggers off (the server's superuser may), the sums made afresh once at the end.
    await c.query("SET session_replication_role = replica");
    await c.query("SELECT setseed(0.42)");
    // Each event's draws, once: pair, type, date, sectors, contexts.
    await c.query(`CREATE TEMP TABLE gen AS SELECT n, random() AS r_pair, random() AS r_dir, floor(random() * ${COUNTRIES.length})::int + 1 AS ca,
      floor(random() * ${COUNTRIES.length - 1})::int + 1 AS cb, floor(random() * ${TYPES.length})::int + 1 AS t, floor(random() * 1216)::int AS d,
      floor(random() * ${SECTORS.length})::int + 1 AS sa, floor(random() * ${SECTORS.length})::int + 1 AS sb, floor(random() * ${CONTEXTS.length})::int + 1 AS cx
      FROM generate_series(1, ${EVENTS}) AS n`);
    await c.query(`CREATE TEMP TABLE ev AS SELECT n,
      CASE WHEN r_pair < 0.25 THEN (CASE WHEN r_dir < 0.5 THEN 'MEX' ELSE 'USA' END) ELSE (${arr(COUNTRIES)})[ca] END AS a,
      CASE WHEN r_pair < 0.25 THEN (CASE WHEN r_dir < 0.5 THEN 'USA' ELSE 'MEX' END)
        ELSE (array_remove(${arr(COUNTRIES)}, (${arr(COUNTRIES)})[ca]))[cb] END AS b,
      (${arr(TYPES.map((x) => x[0]))})[t] AS type, (${arr(TYPES.map((x) => x[1]))})[t] AS quad, (${arr(TYPES.map((x) => x[2]))})[t] AS cameo,
      (${arr(TYPES.map((x) => x[3]))})[t]::float8 AS goldstein, to_char(date '2023-01-01' + d, 'YYYY-MM-DD') AS date,
      (${arr(SECTORS)})[sa] AS sa, (${arr(SECTORS)})[sb] AS sb, (${arr(CONTEXTS)})[cx] AS context FROM gen`);
    const side = (col) => `json_build_array(json_build_object('text', ${col}, 'name', NULL, 'country', ${col}, 'sector', 'GOV', 'org', NULL, 'start', 0, 'end', 1))`;
    await c.query(`INSERT INTO events (id, key, type, cameo, goldstein, quad, date, date_min, date_max, "symmetric", source, target, contexts, places, record,
        num_mentions, num_articles, num_sources, first_seen, last_seen, added_at) OVERRIDING SYSTEM VALUE
      SELECT n, lpad(to_hex(n), 16, '0'), type, cameo, goldstein, quad, date, date, date, 0, ${side("a")}, ${side("b")}, json_build_array(context), '[]',
        json_build_object('doc', 'bench-' || n, 'id', lpad(to_hex(n), 16, '0'), 'type', type, 'mode', NULL, 'cameo', cameo, 'goldstein', goldstein, 'quad', quad,
          'date', date, 'source', ${side("a")}, 'target', ${side("b")}, 'contexts', json_build_array(context), 'sentence', 0,
          'evidence', 'Officials of ' || a || ' and ' || b || ' met on ' || date || '.', 'trigger', json_build_object('text', 'met', 'start', 2, 'end', 5),
          'language', 'en', 'rule', 'bench', 'symmetric', false, 'place', NULL),
        1, 1, 1, date, date, '2026-05-01T00:00:00Z' FROM ev`);
    await c.query(`INSERT INTO event_actors (event_id, role, actor_id)
      SELECT ev.n, 'source', ac.id FROM ev JOIN actors ac ON ac.country = ev.a AND ac.sector = ev.sa
      UNION ALL SELECT ev.n, 'target', ac.id FROM ev JOIN actors ac ON ac.country = ev.b AND ac.sector = ev.sb`);
    // An article for every three events, for the timeline's coverage (articles per interval).
    await c.query(`INSERT INTO articles (doc, outlet, date, language, text_hash, text, origin, ingested_at)
      SELECT 'bench-' || n, 'Bench Wire', date, 'en', md5(n::text), 'Officials met.', 'bench', '2026-05-01T00:00:00Z' FROM ev WHERE n % 3 = 0`);
    await c.query("SET session_replication_role = DEFAULT");
    await c.query("SELECT dyad_series_rebuild()");
    await c.query("ANALYZE");
    const { rows } = await c.query("SELECT count(*)::int AS n, pg_database_size(current_database()) AS bytes FROM events");
    return rows[0];
  } finally {
    await c.end();
  }
}


async function timelineLoad(url, cacheSize, label) {
  const server = await serve(url, cacheSize);
  try {
    const path = `${server.url}api/dyads/MEX/USA/timeline?interval=week`;
    const t0 = performance.now();
    const sample = await (await fetch(path)).json();
    const first = performance.now() - t0;
    const result = await autocannon({ url: path, connections: CONNECTIONS, duration: SECONDS });
    const errors = result.errors + result.timeouts + result.non2xx;
    say(`${label}: first request ${first.toFixed(0)} ms (${sample.periods.length} weeks, ${sample.periods.reduce((n, p) => n + p.events, 0).toLocaleString("en")} MEX–USA events)`);
    say(`  ${CONNECTIONS} connections for ${SECONDS} s: ${result.requests.total.toLocaleString("en")} requests, ${Math.round(result.requests.average)} req/s`);
    say(`  latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${errors}`);
    return errors;
  } finally {
    server.child.kill("SIGTERM");
  }
}

const dir = mkdtempSync(join(tmpdir(), "dyad-bench-pg-"));
let server;
if (process.env.BENCH_PG_MAIN !== "0") try {
  say(`\nPostgreSQL 15 (${PGBIN}), ${loadNow()}`);
  server = await startPostgres(dir);
  const input = join(dir, "corpus.jsonl");
  const n = corpus(input);
  say(`ingest: ${n.toLocaleString("en")} synthetic articles (our templates, es and en, two years)`);
  if (process.env.BENCH_PG_INGEST !== "0") await ingestSpeed(server, input, n);
  if (process.env.BENCH_PG_TIMELINE !== "0") {
    const url = await server.database();
    const t0 = performance.now();
    const loaded = await bulkLoad(url);
    say(`timeline: ${loaded.n.toLocaleString("en")} synthetic events bulk-loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s (database ${(Number(loaded.bytes) / 2 ** 30).toFixed(2)} GiB)`);
    say(`GET /api/dyads/MEX/USA/timeline?interval=week (${loadNow()})`);
    if (await timelineLoad(url, 256, "dyad serve --db postgres://…")) process.exitCode = 1;
    // No answer kept: every request read from the daily sums, as while workers write and each write makes answers stale.
    if (process.env.BENCH_UNCACHED !== "0") await timelineLoad(url, 0, "dyad serve --db postgres://… --cache-size 0 (every request read from the daily sums)");
  }
} finally {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
