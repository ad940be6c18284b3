import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { FeedListError } from "../../watch/list.js";
import { parseDuration, schedule, tickSeconds } from "../../watch/schedule.js";
import { DEFAULT_ALERTS } from "../../watch/score.js";
import { openWatcher, type CycleReport } from "../../watch/watch.js";
import { fail, guarded, sqliteOnly, UsageError } from "./common.js";

/**
 * `dyad watch FEEDS.txt --db dyad.sqlite [--every 15m | --once] [--webhook URL --secret-file FILE]`: poll the feeds,
 * store what is new as `dyad ingest` does, raise alerts. `--once`: one poll of every feed, exit 0 (1 when a feed or an
 * item failed or a webhook could not be delivered). Otherwise until Ctrl-C, which lets the poll in progress finish.
 */
export async function watchCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: {
        db: { type: "string", default: "dyad.sqlite" }, every: { type: "string", default: "15m" }, once: { type: "boolean" },
        webhook: { type: "string" }, "secret-file": { type: "string" }, timeout: { type: "string", default: "15" },
        concurrency: { type: "string", default: "8" }, window: { type: "string", default: "1" },
        "alert-window": { type: "string", default: `${DEFAULT_ALERTS.windowHours}h` }, baseline: { type: "string", default: String(DEFAULT_ALERTS.baselineDays) },
        threshold: { type: "string", default: String(DEFAULT_ALERTS.threshold) }, "min-articles": { type: "string", default: String(DEFAULT_ALERTS.minArticles) },
        "min-sd": { type: "string", default: String(DEFAULT_ALERTS.minSd) }, quiet: { type: "boolean", short: "q" },
      },
    });
    if (positionals.length !== 1) return fail("watch: give one feeds file (feed URLs one a line, # comments), e.g. dyad watch feeds.txt --db dyad.sqlite");
    sqliteOnly("watch", values.db);
    const everyMs = parseDuration(values.every);
    if (everyMs === null || everyMs < 10_000) throw new UsageError(`--every must be a duration of 10s or more (30s, 15m, 1h), not '${values.every}'`);
    const alertMs = parseDuration(values["alert-window"]);
    if (alertMs === null || alertMs < 3_600_000) throw new UsageError(`--alert-window must be a duration of 1h or more (24h, 2d), not '${values["alert-window"]}'`);
    const whole = (name: string, v: string, min: number): number => {
      if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, not '${v}'`);
      return Number(v);
    };
    const positive = (name: string, v: string): number => {
      if (!/^\d+(\.\d+)?$/.test(v) || !(Number(v) > 0)) throw new UsageError(`--${name} must be a positive number, not '${v}'`);
      return Number(v);
    };
    const timeout = positive("timeout", values.timeout);
    const concurrency = whole("concurrency", values.concurrency, 1);
    const windowDays = whole("window", values.window, 0);
    const alerts = {
      windowHours: alertMs / 3_600_000, baselineDays: whole("baseline", values.baseline, 2), threshold: positive("threshold", values.threshold),
      minArticles: whole("min-articles", values["min-articles"], 1), minSd: positive("min-sd", values["min-sd"]),
    };
    const webhook = webhookOf(values.webhook, values["secret-file"]);
    let watcher;
    try {
      watcher = await openWatcher({ db: values.db, feedsFile: positionals[0]!, everyMs, timeoutMs: timeout * 1000, concurrency, windowDays, alerts, webhook });
    } catch (e) {
      if (e instanceof FeedListError) throw new UsageError(e.message);
      throw e;
    }
    const w = watcher;
    try {
      if (values.once) {
        const r = await w.cycle({ all: true });
        print(r, values.quiet ?? false, true);
        return r.feeds.some((f) => f.status === "failed" || f.failures.length > 0) || r.deliveries.some((d) => !d.ok) ? 1 : 0;
      }
      if (!values.quiet) process.stdout.write(`dyad: watching ${positionals[0]} every ${values.every} into ${values.db}${webhook ? `, alerts to ${new URL(webhook.url).host}` : ""} — Ctrl-C to stop\n`);
      const s = schedule(tickSeconds(everyMs), async () => print(await w.cycle(), values.quiet ?? false, false), (e) => process.stderr.write(`dyad watch: ${e.message.split("\n")[0]}\n`));
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.stderr.write("dyad watch: stopping once the poll in progress has finished (Ctrl-C again to stop at once)\n");
          process.once("SIGINT", () => process.exit(130));
          resolve();
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await s.stop();
      return 0;
    } finally {
      await w.close();
    }
  });
}

function webhookOf(url: string | undefined, secretFile: string | undefined): { url: string; secret: string } | undefined {
  if (!url && !secretFile) return undefined;
  if (!url) throw new UsageError("--secret-file goes with --webhook URL");
  if (!/^https?:\/\/[^/\s]+/i.test(url)) throw new UsageError(`--webhook must be an http(s) URL, not '${url}'`);
  const secret = secretFile ? (existsSync(secretFile) ? readFileSync(secretFile, "utf8").trim() : null) : process.env.DYAD_WEBHOOK_SECRET?.trim();
  if (secretFile && secret === null) throw new UsageError(`no secret file at ${secretFile}`);
  if (!secret) throw new UsageError("--webhook needs --secret-file FILE (or DYAD_WEBHOOK_SECRET): the body is signed with it");
  if (secret.length < 16) throw new UsageError("the webhook secret must be at least 16 characters");
  return { url, secret };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

// One line per cycle (with --once) or per cycle that stored or failed something; failures on stderr, one a line, naming
// the feed or the item.
function print(r: CycleReport, quiet: boolean, always: boolean): void {
  if (r.warning) process.stderr.write(`dyad watch: ${r.warning}\n`);
  for (const f of r.feeds) {
    if (f.status === "failed") process.stderr.write(`dyad watch: ${f.url}: ${f.reason}\n`);
    for (const x of f.failures) process.stderr.write(`dyad watch: ${x.url}: ${x.reason} (item of ${f.url})\n`);
  }
  for (const d of r.deliveries) if (!d.ok) process.stderr.write(`dyad watch: webhook for alert ${d.id} not delivered: ${d.reason} (retried at later polls)\n`);
  // Running on, a cycle that found nothing new and nothing wrong prints nothing.
  const eventful = r.feeds.some((f) => f.added > 0 || f.status === "failed" || f.failures.length > 0) || r.alerts.length > 0 || r.deliveries.length > 0;
  if (quiet || (!always && !eventful)) return;
  const sum = (k: "added" | "created" | "merged" | "fetched") => r.feeds.reduce((n, f) => n + f[k], 0);
  const count = (s: string) => r.feeds.filter((f) => f.status === s).length;
  const time = r.at.toISOString().slice(11, 19);
  process.stdout.write(`${time} polled ${plural(r.feeds.length, "feed")} in ${r.seconds.toFixed(1)} s: ${plural(sum("added"), "new article")} ` +
    `(${plural(sum("created"), "new event")}, ${sum("merged")} merged into known ones), ${count("not-modified")} not modified, ${count("failed")} failed\n`);
  for (const a of r.alerts) {
    process.stdout.write(`${time} ALERT ${a.dyad.a}–${a.dyad.b}: conflict score ${a.score} in ${a.window.from}…${a.window.to} against a baseline of ` +
      `${a.baseline.mean} ± ${a.baseline.sd} (z ${a.z}), ${plural(a.num_events, "event")} from ${plural(a.articles, "article")}\n`);
  }
  for (const d of r.deliveries) if (d.ok) process.stdout.write(`${time} webhook delivered: ${d.id}\n`);
}
