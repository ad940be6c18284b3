#!/usr/bin/env node
/* global fetch */
// `dyad watch`: the cost of one poll cycle over 200 feeds (BENCH_FEEDS) served on loopback by a separate process
// (scripts/bench-watch-site.js), after a first poll has stored their items: with no change (every feed answers 304),
// and with 10 new items (10 feeds changed, 10 article pages fetched, coded and stored). Each is the median of 7 cycles,
// the two kinds taken in turn after a warm-up cycle.
// Prints wall and CPU time of the watcher's process. Run after `npm run build`; `npm run bench` imports it.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { knowledgeCoder } from "../dist/ingest/coder.js";
import { openWatcher } from "../dist/watch/watch.js";

const FEEDS = Number(process.env.BENCH_FEEDS ?? 200);
const NEW = 10;
const ROUNDS = 7;
const root = new URL("..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "dyad-bench-watch-"));
const site = spawn(process.execPath, [join(root, "scripts/bench-watch-site.js"), String(FEEDS), "2"], { stdio: ["pipe", "pipe", "inherit"] });
const [chunk] = await once(site.stdout, "data");
const base = chunk.toString().trim();
writeFileSync(join(work, "feeds.txt"), Array.from({ length: FEEDS }, (_, f) => `${base}/feeds/${f}.xml`).join("\n"));

const code = await knowledgeCoder();
const watcher = await openWatcher({ db: join(work, "watch.sqlite"), feedsFile: join(work, "feeds.txt"), code });
const measure = async (before) => {
  if (before) await before();
  const cpu = process.cpuUsage();
  const t = performance.now();
  const r = await watcher.cycle({ all: true });
  const u = process.cpuUsage(cpu);
  return { wall: performance.now() - t, cpu: (u.user + u.system) / 1000, r };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sum = (r, k) => r.feeds.reduce((n, f) => n + f[k], 0);
const count = (r, s) => r.feeds.filter((f) => f.status === s).length;

const first = await measure();
await measure(); // warm-up: the first revalidation of every feed
// Interleaved, so that warming up and the machine's load weigh on both alike.
const unchanged = [];
const changed = [];
for (let i = 0; i < ROUNDS; i++) {
  unchanged.push(await measure());
  changed.push(await measure(() => fetch(`${base}/_add?n=${NEW}`, { method: "POST" })));
}

const last = (xs) => xs.at(-1).r;
const line = (name, xs, detail) =>
  console.log(`watch: ${name}: ${median(xs.map((x) => x.wall)).toFixed(0)} ms wall, ${median(xs.map((x) => x.cpu)).toFixed(0)} ms CPU (median of ${xs.length}); ${detail}`);
console.log(`watch: machine load ${loadavg()[0].toFixed(2)} on ${cpus().length} cores; ${FEEDS} feeds on loopback, concurrency 8`);
line(`first poll (${sum(first.r, "added")} articles stored)`, [first], `${count(first.r, "ok")} feeds read`);
line(`poll of ${FEEDS} feeds, no change`, unchanged, `${count(last(unchanged), "not-modified")} answered 304, ${sum(last(unchanged), "fetched")} article pages fetched`);
line(`poll of ${FEEDS} feeds, ${NEW} new items`, changed, `${count(last(changed), "not-modified")} answered 304, ${count(last(changed), "ok")} read, ` +
  `${sum(last(changed), "fetched")} pages fetched, ${sum(last(changed), "added")} articles stored`);
await watcher.close();
site.stdin.end();
site.kill();
rmSync(work, { recursive: true, force: true });
