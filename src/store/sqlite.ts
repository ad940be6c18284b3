import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { absorb, absorbSwaps, DEFAULT_WINDOW_DAYS, factsOf, identityKey, identityOf, pickEvent, sameActor, UNDIRECTED, type EventFacts, type Identity } from "../merge/corpus.js";
import type { EventRecord } from "../model/event.js";
import { migrate } from "./schema.js";
import { actorResolver, shown, type ResolvedActor } from "./identity.js";
import { buildQuery } from "./query.js";
import { displayActors, mentionRef, mentionValues, mostFrequent, placeOfReports, recordOf, sidesSpecificity, type MentionRow } from "./rows.js";
import { implausibleDate } from "../time/plausible.js";
import type { AddResult, ConfirmResult, CorpusEvent, EventFilter, HeldArticle, NewArticle, NewMention, Store, StoreStats } from "./store.js";

export interface SqliteOptions {
  /** Days that may separate the dates of one event's reports (default 1). */
  readonly windowDays?: number;
  /** How long to wait for another process's write lock, in ms (default 30 s). */
  readonly busyTimeoutMs?: number;
  readonly readonly?: boolean;
}

interface EventRow {
  id: number; key: string; type: string; mode: string | null; quad: number; date_min: string; date_max: string; symmetric: number;
  source: string; target: string; places: string; place_countries: string; record: string; num_mentions: number; num_articles: number;
  num_sources: number; first_seen: string; last_seen: string; added_at: string;
}

const MENTIONS_OF = `SELECT m.*, a.doc, a.url, a.outlet, a.source AS article_source, COALESCE(a.date, substr(a.ingested_at, 1, 10)) AS seen
  FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY m.id`;
const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const shift = (date: string, n: number): string => new Date(Date.parse(date) + n * 86_400_000).toISOString().slice(0, 10);
interface MemberRow { date: string; mode: string | null; quad: number; symmetric: number; source: string; target: string; places: string }
/** The columns of `events` that merging reads: not the representative record, the largest one. */
type CandidateRow = Pick<EventRow, "id" | "key" | "type" | "mode" | "quad" | "date_min" | "date_max" | "symmetric" | "source" | "target" | "places" | "place_countries">;
const identities = (json: string): Identity[] => (JSON.parse(json) as EventRecord["source"]).map(identityOf);
const memberFacts = (type: string, m: MemberRow): EventFacts => ({
  type, mode: m.mode, quad: m.quad, dateMin: m.date, dateMax: m.date, symmetric: m.symmetric === 1,
  source: identities(m.source), target: identities(m.target), places: JSON.parse(m.places) as string[],
});
// A stored event's facts. Its mentions are read (one query) and parsed only when merging gets that far: type, dates and
// places rule most candidates out before their reports are compared.
const factsOfRow = (r: CandidateRow, members: () => readonly MemberRow[]): EventFacts => {
  let cached: readonly EventFacts[] | undefined;
  return {
    type: r.type, mode: r.mode, quad: r.quad, dateMin: r.date_min, dateMax: r.date_max, symmetric: r.symmetric === 1,
    source: JSON.parse(r.source) as Identity[], target: JSON.parse(r.target) as Identity[], places: JSON.parse(r.places) as string[],
    placeCountries: JSON.parse(r.place_countries) as Record<string, string>,
    get members(): readonly EventFacts[] {
      return (cached ??= members().map((m) => memberFacts(r.type, m)));
    },
  };
};
/** What refreshing an event needs of it, as merging left it: no need to read the row back. */
interface Touched {
  readonly key: string;
  readonly type: string;
  readonly source: readonly Identity[];
  readonly target: readonly Identity[];
  /** Whether its actor links must be redone: a side changed. */
  readonly relink: boolean;
  /** Created by this article: it has no links yet. */
  readonly fresh: boolean;
}

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
  /** One transaction function for every article (better-sqlite3 builds its BEGIN/COMMIT statements once). */
  private addTx?: Database.Transaction<(a: NewArticle, mentions: readonly NewMention[]) => AddResult>;
  /**
   * Actor ids by identity key, as committed: actors are never deleted or renumbered, so a known key needs no upsert.
   * Cleared when a transaction fails, since ids it inserted are rolled back.
   */
  private readonly actorIds = new Map<string, number>();

  /**
   * Statements on the columns of schema 6, prepared when first used: a read-only store (`dyad serve` without a token)
   * may open a file an older dyad wrote and never migrate it.
   */
  private readonly w: Record<"article" | "held" | "heldByRef" | "confirm", Database.Statement>;
  private static readonly WRITES = {
    article: `INSERT INTO articles (doc, url, source, outlet, title, date, language, text_hash, text, origin, ingested_at, date_flag, held_mentions)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    held: `SELECT id, doc, title, date, url, language, text, json_array_length(held_mentions) AS mentions, ingested_at FROM articles
        WHERE date_flag = 'implausible' ORDER BY id`,
    heldByRef: `SELECT id, doc, date, date_flag, held_mentions, text_hash FROM articles WHERE id = ? OR doc = ? ORDER BY date_flag = 'implausible' DESC, id LIMIT 1`,
    confirm: "UPDATE articles SET date = ?, date_flag = 'confirmed', held_mentions = NULL WHERE id = ?",
  };

  constructor(private readonly db: Database.Database, private readonly windowDays: number) {
    this.w = lazyStatements(db, SqliteStore.WRITES);
    this.q = {
      byUrl: db.prepare("SELECT 1 FROM articles WHERE url = ?").pluck(),
      byHash: db.prepare("SELECT 1 FROM articles WHERE text_hash = ?").pluck(),
      // Every date of an event lies within the window of every other, so a mention dated d can only join an event whose
      // whole range lies within [d - window, d + window]: both ends are bounded, and (type, date_min) is indexed.
      candidates: db.prepare(`SELECT id, key, type, mode, quad, date_min, date_max, symmetric, source, target, places, place_countries
        FROM events WHERE type = ? AND date_min BETWEEN ? AND ? AND date_max BETWEEN ? AND ? ORDER BY id`),
      newEvent: db.prepare(`INSERT INTO events (key, type, mode, cameo, goldstein, quad, date, date_min, date_max, symmetric, source, target,
        contexts, places, place_countries, record, num_mentions, num_articles, num_sources, first_seen, last_seen, added_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, '{}', 0, 0, 0, '', '', ?)`),
      facts: db.prepare("UPDATE events SET mode = ?, date_min = ?, date_max = ?, symmetric = ?, source = ?, target = ?, places = ?, place_countries = ? WHERE id = ?"),
      mention: db.prepare(`INSERT INTO mentions (event_id, article_id, record_id, sentence, evidence, trigger_text, trigger_start, trigger_end,
        date, mode, cameo, goldstein, quad, rule, language, symmetric, source, target, contexts, places, place)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      mentionsOf: db.prepare(MENTIONS_OF),
      members: db.prepare("SELECT date, mode, quad, symmetric, source, target, places FROM mentions WHERE event_id = ? ORDER BY id"),
      summary: db.prepare(`UPDATE events SET date = ?, mode = ?, cameo = ?, goldstein = ?, quad = ?, contexts = ?, record = ?,
        num_mentions = ?, num_articles = ?, num_sources = ?, first_seen = ?, last_seen = ?, place_country = ?, place_admin1 = ? WHERE id = ?`),
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

  async addArticle(article: NewArticle, mentions: readonly NewMention[]): Promise<AddResult> {
    // IMMEDIATE takes the write lock before the duplicate check, so two processes cannot both add one article.
    this.addTx ??= this.db.transaction((a: NewArticle, ms: readonly NewMention[]) => this.add(a, ms));
    try {
      return this.addTx.immediate(article, mentions);
    } catch (e) {
      this.actorIds.clear();
      throw e;
    }
  }

  private add(a: NewArticle, mentions: readonly NewMention[]): AddResult {
    if (a.url !== undefined && this.q.byUrl.get(a.url) !== undefined) return { kind: "duplicate", reason: "url" };
    if (this.q.byHash.get(a.textHash) !== undefined) return { kind: "duplicate", reason: "text" };
    const now = new Date();
    const outlet = a.source ?? (a.url ? hostOf(a.url) : null) ?? a.origin;
    // An implausible date (a scraper's 1970-01-01) would put its events decades away from the rest: the article is kept,
    // its mentions held apart until a person confirms the date.
    const held = implausibleDate(a.date, now);
    const articleId = Number(this.w.article.run(a.doc, a.url ?? null, a.source ?? null, outlet, a.title ?? null, a.date ?? null,
      a.language, a.textHash, a.text, a.origin, now.toISOString(), held ? "implausible" : null, held ? JSON.stringify(mentions) : null).lastInsertRowid);
    if (held) return { kind: "added", article: articleId, created: 0, merged: 0, held };
    return { kind: "added", article: articleId, ...this.merge(articleId, a.textHash, mentions, now.toISOString()) };
  }

  async resolveActor(who: string): Promise<Omit<ResolvedActor, "ids">> {
    return shown(actorResolver(this.db)(who));
  }

  async heldArticles(): Promise<HeldArticle[]> {
    return this.w.held.all() as HeldArticle[];
  }

  async confirmDate(ref: string, opts: { date?: string; mentions?: readonly NewMention[] } = {}): Promise<ConfirmResult> {
    const tx = this.db.transaction((): ConfirmResult => {
      const row = this.w.heldByRef.get(/^\d+$/.test(ref) ? Number(ref) : -1, ref) as
        { id: number; doc: string; date: string; date_flag: string | null; held_mentions: string | null; text_hash: string } | undefined;
      if (!row) return { kind: "not-held", reason: "unknown" };
      if (row.date_flag !== "implausible") return { kind: "not-held", reason: "not held" };
      const date = opts.date ?? row.date;
      // The held mentions carry dates reckoned from the old date: a new date needs the article coded again.
      if (date !== row.date && !opts.mentions) throw new Error(`confirmDate: a new date for ${row.doc} needs its mentions coded again for that date`);
      this.w.confirm.run(date, row.id);
      const mentions = opts.mentions ?? (JSON.parse(row.held_mentions ?? "[]") as NewMention[]);
      return { kind: "confirmed", article: row.id, date, ...this.merge(row.id, row.text_hash, mentions, new Date().toISOString()) };
    });
    try {
      return tx.immediate();
    } catch (e) {
      this.actorIds.clear();
      throw e;
    }
  }

  /** Merge an article's mentions into the events: each joins a stored event it reports, or makes a new one. */
  private merge(articleId: number, textHash: string, mentions: readonly NewMention[], now: string): { created: number; merged: number } {
    const touched = new Map<number, Touched>();
    let created = 0;
    for (const { record, places, placeCountries } of mentions) {
      const facts = factsOf(record, places, placeCountries);
      const [lo, hi] = [shift(record.date, -this.windowDays), shift(record.date, this.windowDays)];
      const rows = this.q.candidates.all(record.type, lo, hi, lo, hi) as CandidateRow[];
      const hit = pickEvent(rows.map((r) => ({ row: r, facts: factsOfRow(r, () => this.q.members.all(r.id) as MemberRow[]) })), facts, this.windowDays);
      let eventId: number;
      if (hit) {
        eventId = hit.row.id;
        const f = absorb(hit.facts, facts);
        const [source, target] = [JSON.stringify(f.source), JSON.stringify(f.target)];
        this.q.facts.run(f.mode, f.dateMin, f.dateMax, f.symmetric ? 1 : 0, source, target, JSON.stringify(f.places), JSON.stringify(f.placeCountries ?? {}), eventId);
        // Actor links follow the event's sides: redone only when a side changed (or was changed by an earlier mention).
        const before = touched.get(eventId);
        const relink = (before?.relink ?? false) || source !== hit.row.source || target !== hit.row.target;
        touched.set(eventId, { key: hit.row.key, type: hit.row.type, source: f.source, target: f.target, relink, fresh: before?.fresh ?? false });
      } else {
        const key = createHash("sha1").update(`${textHash}|${record.id}`).digest("hex").slice(0, 16);
        eventId = Number(this.q.newEvent.run(key, record.type, record.mode, record.cameo, record.goldstein, record.quad, record.date, record.date,
          record.date, record.symmetric ? 1 : 0, JSON.stringify(facts.source), JSON.stringify(facts.target), JSON.stringify(places),
          JSON.stringify(placeCountries ?? {}), now).lastInsertRowid);
        touched.set(eventId, { key, type: record.type, source: facts.source, target: facts.target, relink: true, fresh: true });
        created++;
      }
      this.q.mention.run(...mentionValues(record, places, eventId, articleId));
    }
    for (const [id, e] of touched) this.refresh(id, e);
    return { created, merged: mentions.length - created };
  }

  // Recompute what an event says from all its mentions: counts, dates, the representative record, actor links.
  private refresh(id: number, e: Touched): void {
    const rows = this.q.mentionsOf.all(id) as MentionRow[];
    // Each mention's sides parsed once: the representative's specificity, its record and the others' sides read them.
    const ms = rows.map((row) => {
      const [source, target] = [JSON.parse(row.source) as EventRecord["source"], JSON.parse(row.target) as EventRecord["target"]];
      return { row, source, target, specificity: sidesSpecificity(source, target) };
    });
    const rep = ms.reduce((best, m) => (m.specificity > best.specificity ? m : best));
    const contexts = [...new Set(rows.flatMap((m) => JSON.parse(m.contexts) as string[]))].sort();
    const date = mostFrequent(rows.map((m) => m.date));
    const seen = rows.map((m) => m.seen).sort();
    const base = recordOf(rep.row, e.key, date, contexts, e.type, rep);
    // Other mentions read the rep's way round: an undirected report with its roles swapped gives its sides crossed.
    const repFacts = factsOf(base);
    const sides = ms.filter((m) => m !== rep).map(({ row, source, target }) => {
      const swap = absorbSwaps(repFacts, factsOf({ ...base, source, target, symmetric: row.symmetric === 1 }));
      return swap ? { source: target, target: source } : { source, target };
    });
    const same = (a: EventRecord["source"][number], b: EventRecord["source"][number]) => sameActor(identityOf(a), identityOf(b));
    const fill = !base.symmetric && !UNDIRECTED.has(e.type);
    const place = base.place ?? placeOfReports(rows);
    const record = {
      ...base, place, source: displayActors(base.source, sides.map((x) => x.source), same, fill), target: displayActors(base.target, sides.map((x) => x.target), same, fill),
    };
    const r = rep.row;
    this.q.summary.run(date, r.mode, r.cameo, r.goldstein, r.quad, JSON.stringify(contexts), JSON.stringify(record), rows.length,
      new Set(rows.map((m) => m.article_id)).size, new Set(rows.map((m) => m.outlet)).size, seen[0], seen.at(-1), place?.country ?? null, place?.admin1_code ?? null, id);
    if (!e.relink) return;
    // Only the links that changed are written: each write to event_actors also updates the series tables (schema 3).
    const old = new Set(e.fresh ? [] : (this.q.links.all(id) as { role: string; actor_id: number }[]).map((l) => `${l.role}|${l.actor_id}`));
    const keep = new Set<string>();
    for (const role of ["source", "target"] as const) {
      for (const who of e[role]) {
        const key = identityKey(who);
        let actorId = this.actorIds.get(key);
        if (actorId === undefined) {
          actorId = this.q.actor.get(key, who.name, who.name ? fold(who.name) : null, who.country, who.sector, who.org) as number;
          this.actorIds.set(key, actorId);
        }
        keep.add(`${role}|${actorId}`);
        if (!old.has(`${role}|${actorId}`)) this.q.link.run(id, role, actorId);
      }
    }
    for (const link of old) {
      if (keep.has(link)) continue;
      const [role, actorId] = link.split("|");
      this.q.unlink.run(id, role, Number(actorId));
    }
  }

  async *events(filter: EventFilter = {}): AsyncIterable<CorpusEvent> {
    const { sql, params } = buildQuery(filter, actorResolver(this.db));
    for (const r of this.db.prepare(sql).iterate(...params) as Iterable<EventRow>) {
      const ms = this.q.mentionsOf.all(r.id) as MentionRow[];
      yield {
        ...(JSON.parse(r.record) as CorpusEvent), num_mentions: r.num_mentions, num_articles: r.num_articles, num_sources: r.num_sources,
        first_seen: r.first_seen, last_seen: r.last_seen, places: JSON.parse(r.places) as string[], added_at: r.added_at, mentions: ms.map(mentionRef),
      };
    }
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

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
