import CachePolicy from "http-cache-semantics";
import type { Coder } from "../ingest/coder.js";
import { looksLikeFeed, parseFeed, type FeedItem } from "../ingest/feed.js";
import { fetchText } from "../ingest/fetch.js";
import { storeDocument } from "../ingest/ingest.js";
import { feedItemDocument } from "../ingest/sources.js";
import type { Store } from "../store/store.js";
import { nextPoll } from "./schedule.js";
import type { ItemRow, WatchState } from "./state.js";

export interface PollOptions {
  readonly store: Store;
  readonly code: Coder;
  readonly state: WatchState;
  /** The interval between a feed's polls (its next poll is set from it, with jitter and backoff). */
  readonly everyMs: number;
  readonly now: () => Date;
  readonly random: () => number;
  /** Whole-request limit for a feed and for each article page, in ms. */
  readonly timeoutMs: number;
  /** Largest feed read, in bytes; a larger one is a failure of that feed. */
  readonly maxFeedBytes: number;
  /** Largest article page read, in bytes. */
  readonly maxPageBytes: number;
  /** Fetches of an item that keeps failing, after which it is left alone. */
  readonly maxItemAttempts: number;
}

/** What polling one feed did. */
export interface FeedPoll {
  readonly url: string;
  readonly status: "ok" | "not-modified" | "failed";
  /** Why the feed itself failed (timeout, HTTP status, size, malformed XML …). */
  readonly reason?: string;
  /** Items the feed lists. */
  items: number;
  /** Article pages requested. */
  fetched: number;
  added: number;
  duplicates: number;
  created: number;
  merged: number;
  /** Items that could not be stored, with why. */
  readonly failures: { readonly url: string; readonly reason: string }[];
}

const ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
const CONDITIONAL = ["if-none-match", "if-modified-since"];

/**
 * Poll one feed: a conditional GET with the validators of the last good poll (a 304 reads nothing more), then each item
 * whose GUID or URL is not stored yet is fetched and goes through the same ingest and merge as `dyad ingest`. The
 * feed's new validators are written last, once every item has been handled: a watcher killed mid-poll gets the whole
 * feed again next time, and the items it had stored are skipped by their URL. Never throws for a network or feed
 * problem: the failure is recorded on the feed with its reason and a backed-off next poll.
 * @example const r = await pollFeed("https://example.org/rss.xml", options)
 */
export async function pollFeed(url: string, o: PollOptions): Promise<FeedPoll> {
  const feed = o.state.feed(url);
  if (!feed) throw new Error(`${url} is not among the watched feeds`);
  const result: FeedPoll = { url, status: "ok", items: 0, fetched: 0, added: 0, duplicates: 0, created: 0, merged: 0, failures: [] };
  const fail = (reason: string, retryAfterMs?: number): FeedPoll => {
    const now = o.now();
    // A server that says when to come back (429/503 with Retry-After) is not asked before then; at most a day.
    const backoff = nextPoll(now, o.everyMs, feed.failures + 1, o.random);
    const asked = retryAfterMs !== undefined ? new Date(now.getTime() + Math.min(retryAfterMs, 86_400_000)) : backoff;
    o.state.feedFailed(feed.id, retryAfterMs !== undefined ? `${reason} (retry after ${Math.round(retryAfterMs / 1000)} s)` : reason, now, asked > backoff ? asked : backoff);
    return { ...result, status: "failed", reason };
  };
  const request = { url, method: "GET", headers: { accept: ACCEPT } };
  const old = feed.cache_policy ? CachePolicy.fromObject(JSON.parse(feed.cache_policy) as CachePolicy.CachePolicyObject) : null;
  const revalidate = old ? old.revalidationHeaders(request) : {};
  const headers = Object.fromEntries(CONDITIONAL.flatMap((h) => (typeof revalidate[h] === "string" ? [[h, revalidate[h]]] : [])));
  const got = await fetchText(url, { timeoutMs: o.timeoutMs, maxBytes: o.maxFeedBytes, headers: { accept: ACCEPT, ...headers } });
  if (!got.ok) return fail(got.reason, got.retryAfterMs);
  const response = { status: got.status, headers: got.headers };
  let policy: CachePolicy;
  let title: string | undefined;
  if (got.status === 304) {
    policy = old ? old.revalidatedPolicy(request, response).policy : new CachePolicy(request, response, { shared: false });
    // Items that failed before are tried again though the feed has not changed.
    for (const item of o.state.failedItems(feed.id, o.maxItemAttempts)) {
      await handleItem({ link: item.link, title: item.title ?? undefined, date: item.date ?? undefined }, item.key, feed.title ?? undefined, feed.id, o, result, item);
    }
  } else {
    if (!looksLikeFeed(got.body, got.contentType)) return fail(`not a feed (${got.contentType.split(";")[0] || "no content type"})`);
    const parsed = parseFeed(got.body);
    if (!parsed.ok) return fail(parsed.reason);
    title = parsed.title;
    result.items = parsed.items.length;
    const done = new Set<string>();
    for (const item of parsed.items) {
      const key = item.guid ?? item.link;
      if (done.has(key)) continue;
      done.add(key);
      await handleItem(item, key, parsed.title, feed.id, o, result, o.state.item(feed.id, key));
    }
    policy = new CachePolicy(request, response, { shared: false });
  }
  const now = o.now();
  const status = got.status === 304 ? "not-modified" : "ok";
  o.state.feedPolled(feed.id, { title, policy: JSON.stringify(policy.toObject()), status, newItems: result.added, now, next: nextPoll(now, o.everyMs, 0, o.random) });
  return { ...result, status };
}

// One item: skipped when stored (or given up on), marked known when its URL was stored from elsewhere, else fetched,
// coded and stored; the item's state is written after the article's own transaction.
async function handleItem(item: FeedItem, key: string, feedTitle: string | undefined, feedId: number, o: PollOptions, r: FeedPoll, known: ItemRow | undefined): Promise<void> {
  if (known && (known.state !== "failed" || known.attempts >= o.maxItemAttempts)) return;
  if (await o.store.hasArticle({ url: item.link })) {
    o.state.markItem(feedId, key, item, "known", null, o.now());
    r.duplicates++;
    return;
  }
  r.fetched++;
  const feedUrl = r.url;
  const got = await feedItemDocument(item, feedTitle, feedUrl, { timeoutMs: o.timeoutMs, maxBytes: o.maxPageBytes });
  if (got.kind === "diagnostic") {
    const reason = got.message.replace(/ \(item of .*\)$/, "");
    o.state.markItem(feedId, key, item, "failed", reason, o.now());
    r.failures.push({ url: item.link, reason });
    return;
  }
  if (got.kind !== "document") return;
  const stored = await storeDocument(got.doc, feedUrl, o);
  if (stored.kind === "failed") {
    o.state.markItem(feedId, key, item, "failed", stored.failure.message, o.now());
    r.failures.push({ url: item.link, reason: stored.failure.message });
  } else if (stored.kind === "duplicate") {
    o.state.markItem(feedId, key, item, "known", null, o.now());
    r.duplicates++;
  } else {
    o.state.markItem(feedId, key, item, "stored", null, o.now());
    r.added++;
    r.created += stored.created;
    r.merged += stored.merged;
  }
}
