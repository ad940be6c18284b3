import { knowledgeCoder, type Coder } from "../ingest/coder.js";
import { openSqliteStore } from "../store/sqlite.js";
import type { Store } from "../store/store.js";
import { pendingAlerts, raiseAlerts, recordDelivery, type AlertBody } from "./alerts.js";
import { readFeedList } from "./list.js";
import { pollFeed, type FeedPoll, type PollOptions } from "./poll.js";
import { DEFAULT_ALERTS, type AlertOptions } from "./score.js";
import { openWatchState, type WatchState } from "./state.js";
import { deliver, type DeliveryOptions } from "./webhook.js";

export interface WatchOptions {
  /** The SQLite file (created when missing, as `dyad ingest` does). */
  readonly db: string;
  /** The feeds file: read again at each cycle, so feeds added to it are polled without a restart. */
  readonly feedsFile: string;
  /** Interval between two polls of a feed (default 15 min). */
  readonly everyMs?: number;
  /** Default: the event coder with the knowledge base, as `dyad ingest`. */
  readonly code?: Coder;
  /** Where to POST alerts, signed with the secret; without it alerts are only stored. */
  readonly webhook?: DeliveryOptions;
  readonly alerts?: Partial<AlertOptions>;
  /** Feeds polled at once in one cycle (default 8). */
  readonly concurrency?: number;
  /** Per feed and per article page, in ms (default 15 s). */
  readonly timeoutMs?: number;
  /** Default 5 MB. */
  readonly maxFeedBytes?: number;
  /** Default 10 MB. */
  readonly maxPageBytes?: number;
  /** Days that may separate the dates of one event's reports, as `dyad ingest --window` (default 1). */
  readonly windowDays?: number;
  /** The clock and the dice, replaceable in tests. */
  readonly now?: () => Date;
  readonly random?: () => number;
}

/** What one cycle did: the feeds polled, the alerts raised, the webhook deliveries tried. */
export interface CycleReport {
  readonly at: Date;
  readonly feeds: readonly FeedPoll[];
  readonly alerts: readonly AlertBody[];
  readonly deliveries: readonly { readonly id: string; readonly ok: boolean; readonly reason?: string }[];
  /** The feeds file could not be read again: the list read before was used. */
  readonly warning?: string;
  readonly seconds: number;
}

export interface Watcher {
  /** Poll the feeds that are due (all of them with `all`), then score the dyads and send what alerts are pending. */
  cycle(opts?: { all?: boolean }): Promise<CycleReport>;
  readonly state: WatchState;
  readonly store: Store;
  close(): Promise<void>;
}

/**
 * Open the database and the feeds file for watching. Rejects with a one-line reason when the feeds file cannot be
 * used (missing, no URL, a line that is not a URL), before the database is touched.
 * @example const w = await openWatcher({ db: "dyad.sqlite", feedsFile: "feeds.txt" }); await w.cycle({ all: true }); await w.close()
 */
export async function openWatcher(opts: WatchOptions): Promise<Watcher> {
  let urls = await readFeedList(opts.feedsFile);
  const code = opts.code ?? (await knowledgeCoder());
  const store = openSqliteStore(opts.db, { windowDays: opts.windowDays ?? 1 });
  const state = openWatchState(opts.db);
  const now = opts.now ?? (() => new Date());
  const alertOpts: AlertOptions = { ...DEFAULT_ALERTS, ...opts.alerts };
  const poll: PollOptions = {
    store, code, state, now, random: opts.random ?? Math.random, everyMs: opts.everyMs ?? 15 * 60_000, timeoutMs: opts.timeoutMs ?? 15_000,
    maxFeedBytes: opts.maxFeedBytes ?? 5 * 1024 * 1024, maxPageBytes: opts.maxPageBytes ?? 10 * 1024 * 1024, maxItemAttempts: 3,
  };
  return {
    state,
    store,
    async cycle({ all = false } = {}) {
      const started = performance.now();
      const at = now();
      let warning: string | undefined;
      try {
        urls = await readFeedList(opts.feedsFile);
      } catch (e) {
        warning = `${(e as Error).message}: polling the ${urls.length} feed${urls.length === 1 ? "" : "s"} read before`;
      }
      state.syncFeeds(urls, at);
      const due = all ? urls : urls.filter((u) => {
        const next = state.feed(u)?.next_poll;
        return !next || next <= at.toISOString();
      });
      const feeds = await mapLimit(due, opts.concurrency ?? 8, async (url) => {
        try {
          return await pollFeed(url, poll);
        } catch (e) {
          // Not the feed's fault (the database, a bug): reported, and the other feeds go on.
          return { url, status: "failed" as const, reason: (e as Error).message.split("\n")[0], items: 0, fetched: 0, added: 0, duplicates: 0, created: 0, merged: 0, failures: [] };
        }
      });
      const alerts = raiseAlerts(state.db, now(), alertOpts, opts.webhook !== undefined);
      const deliveries: { id: string; ok: boolean; reason?: string }[] = [];
      if (opts.webhook) {
        for (const p of pendingAlerts(state.db, now())) {
          const r = await deliver(p.body, p.key, opts.webhook);
          recordDelivery(state.db, p.id, p.attempts + r.attempts, r, now());
          deliveries.push(r.ok ? { id: p.key, ok: true } : { id: p.key, ok: false, reason: r.reason });
          // A receiver that failed one alert three times is down: the others wait for a later cycle rather than hold this one.
          if (!r.ok) break;
        }
      }
      return { at, feeds, alerts, deliveries, warning, seconds: (performance.now() - started) / 1000 };
    },
    async close() {
      state.close();
      await store.close();
    },
  };
}

/** Run `fn` over the items with at most `limit` at once; results in the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
