#!/usr/bin/env node
/* global fetch */
// The API under load: a synthetic database of 60,000 events (BENCH_EVENTS), `dyad serve` on loopback, and
// autocannon with 50 connections for 20 s (BENCH_SECONDS) against the MEX–USA weekly timeline, then a page of its events
// (/api/events?dyad=MEX:USA&limit=100; issue #13: p99 at most 100 ms, no errors). BENCH_ENDPOINT=timeline, agenda or
// events runs that one only. Prints p99 latency and errors, as served and with --cache-size 0 (BENCH_UNCACHED=0 skips that run).
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { migrate } from "../dist/store/schema.js";
import { serve } from "./bench-serve.js";

const EVENTS = Number(process.env.BENCH_EVENTS ?? 60_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 50;
const ENDPOINTS = ["timeline", "agenda", "events"].includes(process.env.BENCH_ENDPOINT) ? [process.env.BENCH_ENDPOINT] : ["timeline", "events"];

// A fixed pseudo-random sequence, so every run measures the same database.
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const COUNTRIES = ["MEX", "USA", "COL", "VEN", "CAN", "GTM", "BRA", "CUB", "ESP", "CHN", "HND", "SLV", "ECU", "PER", "ARG", "CHL"];
const SECTORS = ["GOV", "MIL", "COP", "JUD", "LEG", "CVL", "BUS", "CRM"];
const TYPES = [["AGREE", 1, "030", 4], ["CONSULT", 1, "040", 1], ["SUPPORT", 1, "051", 3.4], ["COOPERATE", 2, "061", 6.4], ["AID", 2, "070", 7],
  ["REQUEST", 3, "020", 3], ["ACCUSE", 3, "112", -2], ["REJECT", 3, "120", -4], ["THREATEN", 3, "130", -4.4], ["PROTEST", 4, "140", -6.5],
  ["SANCTION", 4, "163", -8], ["COERCE", 4, "173", -5], ["ASSAULT", 4, "190", -10]];
const CONTEXTS = ["economic", "migration", "crime", "illegal_drugs", "trafficking", "diplomatic", "military", "executive", "legal"];
const START = Date.parse("2023-01-01T00:00:00Z");
const DAYS = 1216;

function build(file) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  migrate(db);
  const actor = db.prepare("INSERT INTO actors (key, name, name_fold, country, sector, org) VALUES (?, ?, ?, ?, ?, NULL)");
  const ids = new Map();
  db.transaction(() => {
    for (const c of COUNTRIES) for (const s of SECTORS) ids.set(`${c}|${s}`, Number(actor.run(`${c}||${s}|`, null, null, c, s).lastInsertRowid));
    for (const c of COUNTRIES) for (let i = 0; i < 10; i++) ids.set(`${c}|person${i}`, Number(actor.run(`${c}||GOV|Person ${c} ${i}`, `Person ${c} ${i}`, `person ${c.toLowerCase()} ${i}`, c, "GOV").lastInsertRowid));
  })();
  const article = db.prepare(`INSERT INTO articles (doc, url, source, outlet, title, date, language, text_hash, text, origin, ingested_at)
    VALUES (?, NULL, 'Bench Wire', 'Bench Wire', NULL, ?, 'en', ?, ?, 'bench', '2026-05-01T00:00:00Z')`);
  const event = db.prepare(`INSERT INTO events (key, type, mode, cameo, goldstein, quad, date, date_min, date_max, symmetric, source, target, contexts, places,
    record, num_mentions, num_articles, num_sources, first_seen, last_seen, added_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, '[]', ?, 1, 1, 1, ?, ?, ?)`);
  const link = db.prepare("INSERT OR IGNORE INTO event_actors (event_id, role, actor_id) VALUES (?, ?, ?)");
  const mention = db.prepare(`INSERT INTO mentions (event_id, article_id, record_id, sentence, evidence, trigger_text, trigger_start, trigger_end, date, mode, cameo,
    goldstein, quad, rule, language, symmetric, source, target, contexts, places) VALUES (?, ?, ?, 0, ?, 'met', 2, 5, ?, NULL, ?, ?, ?, 'bench', 'en', 0, ?, ?, ?, '[]')`);
  db.transaction(() => {
    let articleId = 0;
    for (let i = 0; i < EVENTS; i++) {
      // A quarter of all events are between Mexico and the United States, as in a corpus that follows that relation.
      const [a, b] = rand() < 0.25 ? (rand() < 0.5 ? ["MEX", "USA"] : ["USA", "MEX"]) : (() => { const x = pick(COUNTRIES); let y = pick(COUNTRIES); while (y === x) y = pick(COUNTRIES); return [x, y]; })();
      const [type, quad, cameo, goldstein] = pick(TYPES);
      const date = new Date(START + Math.floor(rand() * DAYS) * 86_400_000).toISOString().slice(0, 10);
      const src = rand() < 0.3 ? `${a}|person${Math.floor(rand() * 10)}` : `${a}|${pick(SECTORS)}`;
      const tgt = `${b}|${pick(SECTORS)}`;
      const contexts = JSON.stringify([...new Set([pick(CONTEXTS), ...(rand() < 0.4 ? [pick(CONTEXTS)] : [])])].sort());
      const side = (c) => JSON.stringify([{ text: c, name: null, country: c, sector: "GOV", org: null, start: 0, end: 1 }]);
      const evidence = `Officials of ${a} and ${b} met on ${date}.`;
      if (i % 3 === 0) articleId = Number(article.run(`bench-${i}`, date, `hash-${i}`, evidence).lastInsertRowid);
      const key = i.toString(16).padStart(16, "0");
      const record = JSON.stringify({ doc: `bench-${i}`, id: key, type, mode: null, cameo, goldstein, quad, date, source: JSON.parse(side(a)), target: JSON.parse(side(b)),
        contexts: JSON.parse(contexts), sentence: 0, evidence, trigger: { text: "met", start: 2, end: 5 }, language: "en", rule: "bench", symmetric: false });
      const id = Number(event.run(key, type, cameo, goldstein, quad, date, date, date, side(a), side(b), contexts, record, date, date, "2026-05-01T00:00:00Z").lastInsertRowid);
      link.run(id, "source", ids.get(src));
      link.run(id, "target", ids.get(tgt));
      mention.run(id, articleId, key, evidence, date, cameo, goldstein, quad, side(a), side(b), contexts);
    }
  })();
  const n = db.prepare("SELECT count(*) FROM events").pluck().get();
  db.close();
  return n;
}


async function load(file, cacheSize, label, ENDPOINT) {
  const server = await serve(file, cacheSize, { stderr: "inherit" });
  try {
    const url = ENDPOINT === "events" ? `${server.url}api/events?dyad=MEX:USA&limit=100` : `${server.url}api/dyads/MEX/USA/${ENDPOINT}?interval=week`;
    const t0 = performance.now();
    const sample = await (await fetch(url)).json();
    const first = performance.now() - t0;
    const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
    const errors = result.errors + result.timeouts + result.non2xx;
    process.stdout.write([
      ENDPOINT === "events" ? `${label}: first request ${first.toFixed(0)} ms (a page of ${sample.events.length} of ${sample.total.toLocaleString("en")} MEX–USA events)`
        : `${label}: first request ${first.toFixed(0)} ms (${sample.periods.length} weeks${ENDPOINT === "timeline" ? `, ${sample.periods.reduce((n, p) => n + p.events, 0).toLocaleString("en")} MEX–USA events` : ""})`,
      `  ${CONNECTIONS} connections for ${SECONDS} s: ${result.requests.total.toLocaleString("en")} requests, ${Math.round(result.requests.average)} req/s`,
      `  latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      `  errors: ${errors} (${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx)`,
    ].join("\n") + "\n");
    return errors;
  } finally {
    server.child.kill("SIGTERM");
  }
}

const dir = mkdtempSync(join(tmpdir(), "dyad-bench-api-"));
const file = join(dir, "bench.sqlite");
try {
  const t0 = performance.now();
  const events = build(file);
  process.stdout.write(`database: ${events.toLocaleString("en")} synthetic events in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  let errors = 0;
  for (const ENDPOINT of ENDPOINTS) {
    const path = ENDPOINT === "events" ? "/api/events?dyad=MEX:USA&limit=100" : `/api/dyads/MEX/USA/${ENDPOINT}?interval=week`;
    process.stdout.write(`GET ${path} on 127.0.0.1 (load average ${loadavg().map((x) => x.toFixed(2)).join(" ")} on ${cpus().length} CPUs)\n`);
    // As served (answers kept until the database changes), then with every request going to SQLite (the series tables
    // of schema 3: about a millisecond each, so 50 connections wait in turn for tens of ms): neither may have errors.
    errors += await load(file, 256, "dyad serve", ENDPOINT);
    if (process.env.BENCH_UNCACHED !== "0") errors += await load(file, 0, "dyad serve --cache-size 0", ENDPOINT);
  }
  process.exitCode = errors ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
