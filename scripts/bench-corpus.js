#!/usr/bin/env node
// The corpus engine's figures, on a fixed corpus: the example corpus copied five times (each copy with its own ids,
// URLs and text, 150 days apart so copies never merge), ingested into a fresh database.
// Prints ingest throughput (coding + storing, and storing alone), database size per 1,000 articles, and how the
// example corpus's planted events merged. Run after `npm run build`; `npm run bench` imports it.
// Each phase also prints its CPU time and the machine's load: on a shared machine wall-clock rates fall with the load,
// CPU time much less. Coding alone is the second coding pass (JIT warm); the first, in "ingest", includes the warm-up.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { knowledgeCoder } from "../dist/ingest/coder.js";
import { textHash } from "../dist/ingest/hash.js";
import { ingest } from "../dist/ingest/ingest.js";
import { openSqliteStore } from "../dist/store/sqlite.js";

const root = new URL("..", import.meta.url).pathname;
const corpus = join(root, "examples", "corpus");
const COPIES = 5;
const work = mkdtempSync(join(tmpdir(), "dyad-bench-"));

const base = readdirSync(corpus).filter((f) => f.endsWith(".jsonl")).sort()
  .flatMap((f) => readFileSync(join(corpus, f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)));
const shift = (date, days) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const docs = Array.from({ length: COPIES }, (_, k) => base.map((d) => ({
  ...d, id: `${d.id}-${k}`, url: d.url && `${d.url}-${k}`, date: d.date && shift(d.date, k * 150), text: k ? `${d.text} (${k})` : d.text,
}))).flat();
const input = join(work, "bench.jsonl");
await import("node:fs/promises").then((fs) => fs.writeFile(input, docs.map((d) => JSON.stringify(d)).join("\n")));

const code = await knowledgeCoder();
const mb = (bytes) => (bytes / 1048576).toFixed(2);
// Wall and CPU seconds of one phase.
const clock = () => ({ wall: performance.now(), cpu: process.cpuUsage() });
const since = (c) => {
  const u = process.cpuUsage(c.cpu);
  return { wall: (performance.now() - c.wall) / 1000, cpu: (u.user + u.system) / 1e6 };
};
const load = loadavg()[0];

// 1. Coding + storing, as `dyad ingest` does it.
const fullPath = join(work, "full.sqlite");
let store = openSqliteStore(fullPath);
let t = clock();
const summary = await ingest([input], { store, code });
const full = since(t);
const stats = await store.stats();
await store.close();
const bytes = statSync(fullPath).size;

// 2. Storing alone: the same articles coded beforehand, then one transaction each.
const coded = [];
t = clock();
for (const d of docs) coded.push({ d, mentions: await code({ ...d, language: d.language ?? "es" }) });
const coding = since(t);
const only = join(work, "store.sqlite");
store = openSqliteStore(only);
t = clock();
for (const { d, mentions } of coded) {
  await store.addArticle({ doc: d.id, url: d.url, source: d.source, title: d.title, date: d.date, language: d.language ?? "es", text: d.text, textHash: textHash(d.text), origin: input }, mentions);
}
const storing = since(t);
await store.close();

console.log(`corpus engine: ${summary.added} articles (example corpus × ${COPIES}), ${stats.events} events, ${stats.mentions} mentions, ${stats.merged} events told by 2+ articles`);
const cpu = (p) => `${p.cpu.toFixed(2)} s CPU`;
console.log(`  ingest (code + store):  ${(summary.added / full.wall).toFixed(0)} articles/s (${full.wall.toFixed(1)} s, ${cpu(full)})`);
console.log(`  code only:              ${(coded.length / coding.wall).toFixed(0)} articles/s (${coding.wall.toFixed(2)} s, ${cpu(coding)}, second pass)`);
console.log(`  store only:             ${(coded.length / storing.wall).toFixed(0)} articles/s (${storing.wall.toFixed(2)} s, ${cpu(storing)}, one transaction per article)`);
console.log(`  database size:          ${mb((bytes / summary.added) * 1000)} MB per 1,000 articles (${mb(bytes)} MB for ${summary.added}, article text included)`);
console.log(`  merging on examples/corpus: ${mergeReport(fullPath)}`);
console.log(`  load average at start: ${load.toFixed(2)} on ${cpus().length} CPUs`);
rmSync(work, { recursive: true, force: true });

// How the planted events of examples/corpus/EVENTS.md came out in the first copy.
function mergeReport(path) {
  const md = readFileSync(join(corpus, "EVENTS.md"), "utf8");
  const rows = (p) => md.split("\n").filter((l) => new RegExp(`^\\| ${p}\\d`).test(l)).map((l) => l.split("|").map((c) => c.trim()));
  const ids = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => `${m[1]}-0`);
  const db = new Database(path, { readonly: true });
  const events = db.prepare(`SELECT e.type, group_concat(DISTINCT a.doc) docs FROM events e JOIN mentions m ON m.event_id = e.id
    JOIN articles a ON a.id = m.article_id GROUP BY e.id`).all().map((e) => ({ type: e.type, docs: new Set(e.docs.split(",")) }));
  db.close();
  const planted = rows("M").map((c) => ({ name: c[1], types: c[3].split("(")[0].split("/").map((x) => x.trim()), reports: ids(c[6]), mentioned: ids(c[7]) }));
  const best = (p) => Math.max(0, ...events.filter((e) => p.types.includes(e.type)).map((e) => p.reports.filter((d) => e.docs.has(d)).length));
  const found = (p) => p.reports.filter((d) => events.some((e) => p.types.includes(e.type) && e.docs.has(d))).length;
  const merged3 = planted.filter((p) => best(p) >= 3).length;
  const complete = planted.filter((p) => best(p) === p.reports.length).length;
  const codable = planted.filter((p) => found(p) >= 3).length;
  const looks = rows("L").map((c) => ({ reports: ids(c[6]), other: planted.find((p) => p.name === /M\d+/.exec(c[7])[0]) }));
  // An article that reports the look-alike and mentions the planted event in passing may attach to either.
  const foreign = (l, d) => !l.other.reports.includes(d) && !l.other.mentioned.includes(d);
  const apart = looks.filter((l) => !events.some((e) => l.reports.some((d) => e.docs.has(d) && foreign(l, d)) && l.other.reports.some((d) => e.docs.has(d)))).length;
  return `${merged3}/${planted.length} planted events merged into one event of 3+ articles (${complete} with every report; the coder found the event in 3+ reports for ${codable}), ${apart}/${looks.length} look-alikes kept apart`;
}
