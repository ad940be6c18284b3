import { Cron } from "croner";

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A duration as the command line writes it: `30s`, `15m`, `2h`, `1d` → milliseconds; null when it is not one.
 * @example parseDuration("15m") // 900000
 */
export function parseDuration(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([smhd])$/.exec(s.trim());
  if (!m) return null;
  const ms = Number(m[1]) * UNITS[m[2]!]!;
  return ms > 0 ? ms : null;
}

/** How much a feed's next poll is moved at random, as a share of the interval (±10 %): feeds drift apart. */
export const JITTER = 0.1;
/** The longest a failing feed waits between polls, however often it has failed. */
export const MAX_BACKOFF_MS = 6 * 3_600_000;

/**
 * When a feed is polled next: one interval after this poll, jittered by ±10 %; after `failures` failures in a row,
 * 2^failures intervals (capped at 6 h, or the interval itself when that is longer), jittered alike.
 * @example nextPoll(new Date(), 900_000, 0, Math.random) // in 13.5 to 16.5 minutes
 */
export function nextPoll(now: Date, everyMs: number, failures: number, random: () => number): Date {
  const base = failures > 0 ? Math.min(everyMs * 2 ** Math.min(failures, 20), Math.max(MAX_BACKOFF_MS, everyMs)) : everyMs;
  return new Date(now.getTime() + base * (1 + JITTER * (2 * random() - 1)));
}

/**
 * How often the scheduler looks for due feeds: a tenth of the interval, between 1 s and 60 s, so that jittered feeds
 * are polled close to their time rather than all at the next whole interval.
 */
export const tickSeconds = (everyMs: number): number => Math.min(60, Math.max(1, Math.round(everyMs / 10_000)));

/**
 * Run `cycle` now and then every `tick` seconds with croner, never two at once (`protect`: a tick that comes while a
 * cycle runs is skipped). `stop()` ends the schedule and resolves once the cycle in progress, if any, has finished.
 * @example const s = schedule(60, () => watcher.cycle()); process.once("SIGINT", () => s.stop())
 */
export function schedule(tick: number, cycle: () => Promise<void>, onError: (e: Error) => void): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const run = async (): Promise<void> => {
    running = cycle().catch(onError);
    await running;
    running = null;
  };
  const job = new Cron("* * * * * *", { interval: tick, protect: true }, run);
  void job.trigger();
  return {
    async stop() {
      job.stop();
      if (running) await running;
    },
  };
}
