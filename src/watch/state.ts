import Database from "better-sqlite3";

/** A feed as `dyad feeds` shows it: its last poll, last new item, failures and next poll. */
export interface FeedRow {
  readonly id: number;
  readonly url: string;
  readonly title: string | null;
  readonly cache_policy: string | null;
  readonly polls: number;
  readonly last_poll: string | null;
  /** ok (new content read), not-modified (304), failed. */
  readonly last_status: string | null;
  readonly last_new: string | null;
  readonly new_items: number;
  /** Failures in a row (0 after a good poll): the backoff grows with it. */
  readonly failures: number;
  readonly failures_total: number;
  readonly last_error: string | null;
  readonly last_error_at: string | null;
  readonly next_poll: string | null;
}

/** What the watcher knows of one feed item: stored, known (its URL was stored from elsewhere) or failed so far. */
export interface ItemRow {
  readonly key: string;
  readonly link: string;
  /** What the feed said of it, kept for a retry after a 304 (the date dates the article's events). */
  readonly title: string | null;
  readonly date: string | null;
  readonly state: "stored" | "known" | "failed";
  readonly attempts: number;
  readonly reason: string | null;
}

/**
 * The watcher's own tables (schema 5, src/store/schema.ts) on a second connection to the store's SQLite file; the
 * store's connection has run the migrations. Every write is one statement or one transaction, so a watcher killed at
 * any point leaves them consistent.
 * @example const state = openWatchState("dyad.sqlite"); state.syncFeeds(["https://example.org/rss.xml"], new Date())
 */
export function openWatchState(path: string, opts: { readonly?: boolean } = {}) {
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: true, timeout: 30_000 });
  if ((db.pragma("user_version", { simple: true }) as number) < 4) {
    db.close();
    throw new Error(`${path} has no watched feeds yet (run dyad watch first)`);
  }
  const q = {
    insertFeed: db.prepare("INSERT INTO feeds (url, added_at) VALUES (?, ?) ON CONFLICT (url) DO NOTHING"),
    feed: db.prepare("SELECT * FROM feeds WHERE url = ?"),
    all: db.prepare("SELECT * FROM feeds ORDER BY id"),
    item: db.prepare("SELECT key, link, title, date, state, attempts, reason FROM feed_items WHERE feed_id = ? AND key = ?"),
    article: db.prepare("SELECT 1 FROM articles WHERE url = ?").pluck(),
    markItem: db.prepare(`INSERT INTO feed_items (feed_id, key, link, title, date, state, attempts, reason, first_seen, last_tried) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
      ON CONFLICT (feed_id, key) DO UPDATE SET link = excluded.link, title = coalesce(excluded.title, title), date = coalesce(excluded.date, date),
      state = excluded.state, attempts = attempts + 1, reason = excluded.reason, last_tried = excluded.last_tried`),
    failedItems: db.prepare("SELECT key, link, title, date, state, attempts, reason FROM feed_items WHERE feed_id = ? AND state = 'failed' AND attempts < ? ORDER BY first_seen, key"),
    polled: db.prepare(`UPDATE feeds SET title = coalesce(?, title), cache_policy = ?, polls = polls + 1, last_poll = ?, last_status = ?,
      last_new = CASE WHEN ? > 0 THEN ? ELSE last_new END, new_items = new_items + ?, failures = 0, next_poll = ? WHERE id = ?`),
    failed: db.prepare(`UPDATE feeds SET polls = polls + 1, last_poll = ?, last_status = 'failed', failures = failures + 1, failures_total = failures_total + 1,
      last_error = ?, last_error_at = ?, next_poll = ? WHERE id = ?`),
  };
  return {
    db,
    /** Add the feeds of the list that the database does not have yet (due at once). */
    syncFeeds(urls: readonly string[], now: Date): void {
      db.transaction(() => {
        for (const url of urls) q.insertFeed.run(url, now.toISOString());
      }).immediate();
    },
    feed(url: string): FeedRow | undefined {
      return q.feed.get(url) as FeedRow | undefined;
    },
    feeds(): FeedRow[] {
      return q.all.all() as FeedRow[];
    },
    item(feedId: number, key: string): ItemRow | undefined {
      return q.item.get(feedId, key) as ItemRow | undefined;
    },
    articleStored(url: string): boolean {
      return q.article.get(url) !== undefined;
    },
    markItem(feedId: number, key: string, item: { link: string; title?: string; date?: string }, state: ItemRow["state"], reason: string | null, now: Date): void {
      q.markItem.run(feedId, key, item.link, item.title ?? null, item.date ?? null, state, reason, now.toISOString(), now.toISOString());
    },
    /** Items whose fetch failed fewer than `maxAttempts` times: tried again at the next poll, even after a 304. */
    failedItems(feedId: number, maxAttempts: number): ItemRow[] {
      return q.failedItems.all(feedId, maxAttempts) as ItemRow[];
    },
    /** A poll that read the feed (or got 304): its validators, written only once every new item has been handled. */
    feedPolled(feedId: number, p: { title?: string; policy: string | null; status: "ok" | "not-modified"; newItems: number; now: Date; next: Date }): void {
      const now = p.now.toISOString();
      q.polled.run(p.title ?? null, p.policy, now, p.status, p.newItems, now, p.newItems, p.next.toISOString(), feedId);
    },
    feedFailed(feedId: number, reason: string, now: Date, next: Date): void {
      q.failed.run(now.toISOString(), reason, now.toISOString(), next.toISOString(), feedId);
    },
    close(): void {
      db.close();
    },
  };
}

export type WatchState = ReturnType<typeof openWatchState>;
