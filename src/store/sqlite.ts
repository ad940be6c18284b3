import Database from "better-sqlite3";
import { DEFAULT_WINDOW_DAYS, identityKey, type Identity } from "../merge/corpus.js";
import { migrate } from "./schema.js";
import { buildQuery, SQLITE_DIALECT } from "./query.js";
import { addArticleIn, foldName, mergeMentionsIn, type MergeTx, type TypeMentionRow } from "./merging.js";
import { actorResolver, shown, type ResolvedActor } from "./identity.js";
import { corpusEvent, type EventRow, type MentionRow } from "./rows.js";
import type { AddOptions, AddResult, ConfirmResult, CorpusEvent, EventFilter, HeldArticle, NewArticle, NewMention, Store, StoreStats } from "./store.js";

export interface SqliteOptions {
  /** Days that may separate the dates of one event's reports (default 1). */
  readonly windowDays?: number;
  /** How long to wait for another process's write lock, in ms (default 30 s). */
  readonly busyTimeoutMs?: number;
  readonly readonly?: boolean;
}

const MENTIONS_OF = `SELECT m.*, a.doc, a.date AS article_date, a.text_hash, a.url, a.outlet, a.source AS article_source, COALESCE(a.date, substr(a.ingested_at, 1, 10)) AS seen
  FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY m.id`;

/**
 * The embedded store: one SQLite file in WAL mode, so readers never wait and a second writer waits its turn.
 * @example const store = openSqliteStore("dyad.sqlite", { windowDays: 1 })
 */
export function openSqliteStore(path: string, opts: SqliteOptions = {}): Store {
  const db = new Database(path, { readonly: opts.readonly ?? false, timeout: opts.busyTimeoutMs ?? 30_000, fileMustExist: opts.readonly ?? false });
  try {
    if (!opts.readonly) {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      db.pragma("foreign_keys = ON");
      migrate(db);
    }
  } catch (e) {
    db.close();
    throw e;
  }
  return new SqliteStore(db, opts.windowDays ?? DEFAULT_WINDOW_DAYS);
}

class SqliteStore implements Store {
  readonly kind = "store";
  private readonly q;
  /** The last addArticle: the next one starts when it has finished. */
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Actor ids by identity key, as committed: actors are never deleted or renumbered, so a known key needs no upsert.
   * Cleared when a transaction fails, since ids it inserted are rolled back.
   */
  private readonly actorIds = new Map<string, number>();

  /**
   * Statements on the columns of schemas 6 and 7, prepared when first used: a read-only store (`dyad serve` without a token)
   * may open a file an older dyad wrote and never migrate it.
   */
  private readonly w: Record<"article" | "held" | "heldByRef" | "confirm" | "mention" | "typeMentions", Database.Statement>;
  private static readonly WRITES = {
    article: `INSERT INTO articles (doc, url, source, outlet, title, date, language, text_hash, text, origin, ingested_at, date_flag, held_mentions)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    held: `SELECT id, doc, title, date, url, language, text, json_array_length(held_mentions) AS mentions, ingested_at FROM articles
        WHERE date_flag = 'implausible' ORDER BY id`,
    heldByRef: `SELECT id, doc, date, date_flag, held_mentions, text_hash FROM articles WHERE id = ? OR doc = ? ORDER BY date_flag = 'implausible' DESC, id LIMIT 1`,
    confirm: "UPDATE articles SET date = ?, date_flag = 'confirmed', held_mentions = NULL WHERE id = ?",
    // Every date of an event lies within the window of every other, so its mentions dated in [lo, hi] belong to events
    // that begin in [lo - window, hi]: both ends are bounded, and (type, date_min) is indexed.
    typeMentions: `SELECT m.id, m.event_id, e.key AS event_key, e.date_min AS event_date_min, m.date, a.date AS article_date, a.text_hash, m.record_id,
        m.mode, m.cameo, m.goldstein, m.quad, m.symmetric, m.source, m.target, m.places, m.place, m.period
        FROM events e JOIN mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id
        WHERE e.type = ? AND e.date_min BETWEEN ? AND ? AND m.date BETWEEN ? AND ?`,
    mention: `INSERT INTO mentions (event_id, article_id, record_id, sentence, evidence, trigger_text, trigger_start, trigger_end,
        date, mode, cameo, goldstein, quad, rule, language, symmetric, source, target, contexts, places, place, period)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  };

  constructor(private readonly db: Database.Database, private readonly windowDays: number) {
    this.w = lazyStatements(db, SqliteStore.WRITES);
    this.q = {
      byUrl: db.prepare("SELECT 1 FROM articles WHERE url = ?").pluck(),
      byHash: db.prepare("SELECT 1 FROM articles WHERE text_hash = ?").pluck(),
      move: db.prepare("UPDATE mentions SET event_id = ? WHERE id = ?"),
      setKey: db.prepare("UPDATE events SET key = ? WHERE id = ?"),
      dropLinks: db.prepare("DELETE FROM event_actors WHERE event_id = ?"),
      hasMentions: db.prepare("SELECT 1 FROM mentions WHERE event_id = ? LIMIT 1"),
      dropEvent: db.prepare("DELETE FROM events WHERE id = ?"),
      newEvent: db.prepare(`INSERT INTO events (key, type, mode, cameo, goldstein, quad, date, date_min, date_max, symmetric, source, target,
        contexts, places, place_countries, record, num_mentions, num_articles, num_sources, first_seen, last_seen, added_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, '{}', 0, 0, 0, '', '', ?)`),
      mentionsOf: db.prepare(MENTIONS_OF),
      summary: db.prepare(`UPDATE events SET date = ?, mode = ?, cameo = ?, goldstein = ?, quad = ?, contexts = ?, record = ?,
        num_mentions = ?, num_articles = ?, num_sources = ?, first_seen = ?, last_seen = ?, place_country = ?, place_admin1 = ?,
        date_min = ?, date_max = ?, symmetric = ?, source = ?, target = ?, places = ?, place_countries = ? WHERE id = ?`),
      actor: db.prepare(`INSERT INTO actors (key, name, name_fold, country, sector, org) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id`).pluck(),
      links: db.prepare("SELECT role, actor_id FROM event_actors WHERE event_id = ?"),
      unlink: db.prepare("DELETE FROM event_actors WHERE event_id = ? AND role = ? AND actor_id = ?"),
      link: db.prepare("INSERT OR IGNORE INTO event_actors (event_id, role, actor_id) VALUES (?, ?, ?)"),
    };
  }

  async hasArticle(ref: { url?: string; textHash?: string }): Promise<boolean> {
    return (ref.url !== undefined && this.q.byUrl.get(ref.url) !== undefined) || (ref.textHash !== undefined && this.q.byHash.get(ref.textHash) !== undefined);
  }

  async addArticle(article: NewArticle, mentions: readonly NewMention[], opts: AddOptions = {}): Promise<AddResult> {
    if (opts.inTransaction) throw new Error("work inside the article's transaction needs the PostgreSQL store");
    return this.serially(() => addArticleIn(this.tx, article, mentions, this.windowDays));
  }

  /**
   * One write at a time on this connection, in its own BEGIN IMMEDIATE transaction: IMMEDIATE takes the write lock
   * before the duplicate check, so two processes cannot both add one article. Every statement runs synchronously:
   * the awaits only resolve values.
   */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(async () => {
      this.db.exec("BEGIN IMMEDIATE");
      try {
        const result = await work();
        this.db.exec("COMMIT");
        return result;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
        this.actorIds.clear();
        throw e;
      }
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** The merge's statements on this connection (SQLite's dialect). */
  private readonly tx: MergeTx = {
    insertArticle: async (a, outlet, now, held) => {
      if (a.url !== undefined && this.q.byUrl.get(a.url) !== undefined) return "url";
      if (this.q.byHash.get(a.textHash) !== undefined) return "text";
      return Number(this.w.article.run(a.doc, a.url ?? null, a.source ?? null, outlet, a.title ?? null, a.date ?? null,
        a.language, a.textHash, a.text, a.origin, now, held ? "implausible" : null, held).lastInsertRowid);
    },
    // BEGIN IMMEDIATE holds the whole database: there is no finer lock to take.
    lockBuckets: async () => undefined,
    typeMentions: async (type, lo, hi, eventLo) => this.w.typeMentions.all(type, eventLo, hi, lo, hi) as TypeMentionRow[],
    moveMention: async (id, eventId) => void this.q.move.run(eventId, id),
    setKey: async (id, key) => void this.q.setKey.run(key, id),
    deleteEvent: async (id) => {
      if (this.q.hasMentions.get(id) !== undefined) return;
      this.q.dropLinks.run(id);
      this.q.dropEvent.run(id);
    },
    newEvent: async (e) => Number(this.q.newEvent.run(e.key, e.type, e.mode, e.cameo, e.goldstein, e.quad, e.date, e.date, e.date, e.symmetric,
      e.source, e.target, e.places, e.placeCountries, e.addedAt).lastInsertRowid),
    insertMention: async (values) => void this.w.mention.run(...values),
    mentionsOf: async (id) => this.q.mentionsOf.all(id) as MentionRow[],
    summarise: async (id, s) => void this.q.summary.run(s.date, s.mode, s.cameo, s.goldstein, s.quad, s.contexts, s.record, s.numMentions,
      s.numArticles, s.numSources, s.firstSeen, s.lastSeen, s.placeCountry, s.placeAdmin1, s.dateMin, s.dateMax, s.symmetric, s.source, s.target,
      s.places, s.placeCountries, id),
    links: async (id) => this.q.links.all(id) as { role: string; actor_id: number }[],
    actorIds: async (actors: readonly Identity[]) => {
      const ids = new Map<string, number>();
      for (const who of actors) {
        const key = identityKey(who);
        let id = this.actorIds.get(key);
        if (id === undefined) {
          id = this.q.actor.get(key, who.name, who.name ? foldName(who.name) : null, who.country, who.sector, who.org) as number;
          this.actorIds.set(key, id);
        }
        ids.set(key, id);
      }
      return ids;
    },
    link: async (id, links) => links.forEach((l) => this.q.link.run(id, l.role, l.actorId)),
    unlink: async (id, links) => links.forEach((l) => this.q.unlink.run(id, l.role, l.actorId)),
  };

  async resolveActor(who: string): Promise<Omit<ResolvedActor, "ids">> {
    return shown(actorResolver(this.db)(who));
  }

  async heldArticles(): Promise<HeldArticle[]> {
    return this.w.held.all() as HeldArticle[];
  }

  async confirmDate(ref: string, opts: { date?: string; mentions?: readonly NewMention[] } = {}): Promise<ConfirmResult> {
    return this.serially(() => this.confirmIn(ref, opts));
  }

  private async confirmIn(ref: string, opts: { date?: string; mentions?: readonly NewMention[] }): Promise<ConfirmResult> {
    const row = this.w.heldByRef.get(/^\d+$/.test(ref) ? Number(ref) : -1, ref) as
      { id: number; doc: string; date: string; date_flag: string | null; held_mentions: string | null; text_hash: string } | undefined;
    if (!row) return { kind: "not-held", reason: "unknown" };
    if (row.date_flag !== "implausible") return { kind: "not-held", reason: "not held" };
    const date = opts.date ?? row.date;
    // The held mentions carry dates reckoned from the old date: a new date needs the article coded again.
    if (date !== row.date && !opts.mentions) throw new Error(`confirmDate: a new date for ${row.doc} needs its mentions coded again for that date`);
    this.w.confirm.run(date, row.id);
    const mentions = opts.mentions ?? (JSON.parse(row.held_mentions ?? "[]") as NewMention[]);
    return { kind: "confirmed", article: row.id, date, ...(await mergeMentionsIn(this.tx, { id: row.id, textHash: row.text_hash, date }, mentions, this.windowDays, new Date().toISOString())) };
  }

  async *events(filter: EventFilter = {}): AsyncIterable<CorpusEvent> {
    const { sql, params } = buildQuery(filter, SQLITE_DIALECT, actorResolver(this.db));
    for (const r of this.db.prepare(sql).iterate(...params) as Iterable<EventRow>) yield corpusEvent(r, this.q.mentionsOf.all(r.id) as MentionRow[]);
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string): number => this.db.prepare(sql).pluck().get() as number;
    return {
      articles: n("SELECT count(*) FROM articles"), events: n("SELECT count(*) FROM events"), mentions: n("SELECT count(*) FROM mentions"),
      actors: n("SELECT count(*) FROM actors"), merged: n("SELECT count(*) FROM events WHERE num_articles > 1"),
      bytes: n("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"),
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** Prepared statements by name, each prepared on first use. */
function lazyStatements<K extends string>(db: Database.Database, sql: Record<K, string>): Record<K, Database.Statement> {
  const done = new Map<K, Database.Statement>();
  const out = {} as Record<K, Database.Statement>;
  for (const k of Object.keys(sql) as K[]) {
    Object.defineProperty(out, k, { get: () => done.get(k) ?? done.set(k, db.prepare(sql[k])).get(k)! });
  }
  return out;
}
