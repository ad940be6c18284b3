#!/usr/bin/env node
// npm run bench: coding speed and memory on a fixed corpus (the external gold suites' texts when ../shared is
// beside the repository, else the bundled example corpus), then the corpus engine's figures if it is built.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { loadKnowledge } from "../dist/data/knowledge.js";
import { codeDocument } from "../dist/pipeline/index.js";
import { splitSentences } from "../dist/text/segment.js";
import { gazetteer } from "../dist/places/gazetteer.js";
import { JIT_FLAGS } from "../dist/pipeline/jit.js";

const root = new URL("..", import.meta.url).pathname;
const shared = `${root}../shared/gold/`;
let docs = [];
let corpusName;
if (existsSync(`${shared}external`)) {
  for (const f of ["plover-gsr-en.json", "udp-es-protest.json", "udp-es-fight.json", "udp-es-1018.json"]) {
    docs.push(...JSON.parse(readFileSync(`${shared}external/${f}`, "utf8")).map((d) => ({ id: d.id, text: d.text, date: d.date, language: d.language })));
  }
  for (const f of ["dev-es.json", "dev-en.json"]) docs.push(...JSON.parse(readFileSync(`${shared}${f}`, "utf8")).map((d) => ({ id: d.id, text: d.text, date: d.date, language: d.language })));
  corpusName = "the external gold suites + dev files (texts only) + the bundled example corpus";
} else corpusName = "the bundled example corpus";
const dir = `${root}examples/corpus/`;
for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) docs.push(...readFileSync(dir + f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)));

// The place stage's gazetteer, loaded first so that its own cost is measured (issue #11: ≤ 1 s, ≤ 150 MiB).
const g0 = { t: performance.now(), mem: process.memoryUsage(), cpu: process.cpuUsage() };
const gz = gazetteer();
const gazetteerMs = performance.now() - g0.t;
const gazetteerCpu = process.cpuUsage(g0.cpu);
const gazetteerCpuMs = (gazetteerCpu.user + gazetteerCpu.system) / 1000;
const g1 = process.memoryUsage();
const gazetteerMiB = (g1.rss - g0.mem.rss) / 2 ** 20;
// RSS can under-count what the heap had reserved before; the heap and the file's buffer (external) say it too.
const gazetteerHeapMiB = (g1.heapUsed + g1.external - g0.mem.heapUsed - g0.mem.external) / 2 ** 20;
const GAZETTEER_LIMITS = { ms: 1000, MiB: 150 };
const t0 = performance.now();
const k = await loadKnowledge();
const loadMs = performance.now() - t0;
const sentences = docs.reduce((n, d) => n + splitSentences(d.text, d.language ?? "es").length, 0);
for (const d of docs.slice(0, 50)) await codeDocument(d, k); // warm-up
let peak = process.memoryUsage().rss;
let events = 0;
let placed = 0;
// The coding thread's own CPU time (Linux), apart from V8's background compiler and GC threads.
const threadStat = `/proc/self/task/${process.pid}/stat`;
const threadCpuMs = () => {
  if (!existsSync(threadStat)) return null;
  const f = readFileSync(threadStat, "utf8").split(") ")[1].split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
};
const t1 = performance.now();
const cpu0 = process.cpuUsage();
const thread0 = threadCpuMs();
for (const d of docs) {
  const coded = await codeDocument(d, k);
  events += coded.length;
  placed += coded.filter((e) => e.place).length;
  // (process.memoryUsage.rss() reads the RSS alone: memoryUsage() walks the heap's spaces too, a tenth of the loop's time.)
  peak = Math.max(peak, process.memoryUsage.rss());
}
const secs = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const threadSecs = thread0 === null ? null : (threadCpuMs() - thread0) / 1000;
// The same documents again: the rate once V8 has compiled every path and the lazy indexes are built, as in a long run.
const t2 = performance.now();
for (const d of docs) await codeDocument(d, k);
const steadySecs = (performance.now() - t2) / 1000;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`machine: ${machine}`);
console.log(`V8: ${process.env.DYAD_V8_DEFAULTS === "1" ? "defaults (DYAD_V8_DEFAULTS=1)" : `${JIT_FLAGS.join(" ")}, set by the pipeline (src/pipeline/jit.ts; DYAD_V8_DEFAULTS=1 for V8's defaults)`}`);
console.log(`corpus: ${corpusName}: ${docs.length} documents, ${sentences} sentences`);
{
  const within = gazetteerMs <= GAZETTEER_LIMITS.ms && Math.max(gazetteerMiB, gazetteerHeapMiB) <= GAZETTEER_LIMITS.MiB;
  // (Wall-clock is what a user waits; on a shared machine the CPU time says what the load costs by itself.)
  console.log(`gazetteer load: ${gazetteerMs.toFixed(0)} ms (${gazetteerCpuMs.toFixed(0)} ms CPU), +${gazetteerMiB.toFixed(0)} MiB RSS, +${gazetteerHeapMiB.toFixed(0)} MiB heap and buffers (${gz.size} places; limits ${GAZETTEER_LIMITS.ms} ms, ${GAZETTEER_LIMITS.MiB} MiB: ${within ? "within" : "OVER"})`);
}
console.log(`knowledge load: ${loadMs.toFixed(0)} ms`);
console.log(`coded ${sentences} sentences (${events} events, ${placed} placed) in ${secs.toFixed(2)} s: ${(sentences / secs).toFixed(0)} sentences/s, ${(docs.length / secs).toFixed(0)} documents/s (target ≥ 2,000 sentences/s with the place stage on)`);
console.log(`  a second pass over the same documents (steady state): ${(sentences / steadySecs).toFixed(0)} sentences/s`);
console.log(`  CPU time ${cpuSecs.toFixed(2)} s: ${(sentences / cpuSecs).toFixed(0)} sentences per CPU-second (what the rate would be on an idle core; load average now ${loadavg()[0].toFixed(1)})`);
console.log(`  per 1,000 sentences: ${((1000 * cpuSecs) / sentences).toFixed(2)} s CPU${threadSecs === null ? "" : `, of which ${((1000 * threadSecs) / sentences).toFixed(2)} s on the coding thread (the rest: V8 compiling and collecting on its own threads)`}`);
console.log(`peak RSS: ${(peak / 2 ** 20).toFixed(0)} MiB`);
// A run-on text (issue #13: 177 KB of "… se reunieron y acordaron y firmaron …" took 5.4 s): coding time must grow
// linearly with length, so four times the text takes about four times as long.
{
  const verbs = ["se reunieron", "acordaron", "firmaron", "rechazaron", "condenaron", "amenazaron"];
  const runOn = (n) => `Sheinbaum y Trump ${Array.from({ length: n }, (_, i) => verbs[i % verbs.length]).join(" y ")}.`;
  const time = async (text) => {
    const t = performance.now();
    await codeDocument({ id: "run-on", text, date: "2026-03-10", language: "es" }, k);
    return performance.now() - t;
  };
  const [small, large] = [runOn(3500), runOn(14000)];
  const [a, b] = [await time(small), await time(large)];
  console.log(`run-on text: ${(small.length / 1000).toFixed(0)} KB in ${a.toFixed(0)} ms, ${(large.length / 1000).toFixed(0)} KB in ${b.toFixed(0)} ms (×${(b / a).toFixed(1)} for ×4 the text)`);
  // Far above ×4 is a scan per act over the whole sentence (this session's merge made 180 KB take 9.8 s).
  if (b / a > 8 && b > 2000) {
    console.log("  NOT LINEAR: coding time grows faster than the text (profile the run-on text: node --cpu-prof)");
    process.exitCode = 1;
  }
}
// The same documents coded on worker threads, one per core, as `dyad ingest --threads N` codes (each thread loads its
// own knowledge base and gazetteer: their start-up is counted). What a multi-core machine gets; the rates above are
// one thread's.
if (availableParallelism() > 1 && process.env.BENCH_THREADS !== "0") {
  const { codePool } = await import("../dist/api/code-pool.js");
  const threads = availableParallelism();
  const pool = codePool({ threads, budgetMs: 600_000 });
  const pass = async () => {
    const t = performance.now();
    await Promise.all(docs.map((d) => pool.code(d)));
    return (performance.now() - t) / 1000;
  };
  const [first, second] = [await pass(), await pass()];
  await pool.close();
  console.log(`on ${threads} worker threads (dyad ingest --threads ${threads}): ${(sentences / first).toFixed(0)} sentences/s with the threads' start-up, ${(sentences / second).toFixed(0)} sentences/s on a second pass`);
}
if (existsSync(`${root}scripts/bench-corpus.js`) && process.env.BENCH_CORPUS !== "0") await import("./bench-corpus.js");
if (existsSync(`${root}scripts/bench-watch.js`) && process.env.BENCH_WATCH !== "0") await import("./bench-watch.js");
if (existsSync(`${root}scripts/bench-api.js`) && process.env.BENCH_API !== "0") await import("./bench-api.js");
// PostgreSQL and its workers (issue #10), when Debian's PostgreSQL 15 is installed.
if (existsSync(`${process.env.DYAD_PGBIN ?? "/usr/lib/postgresql/15/bin"}/initdb`) && process.env.BENCH_POSTGRES !== "0") await import("./bench-postgres.js");
