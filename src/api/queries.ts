import Database from "better-sqlite3";
import { readJson } from "../data/files.js";
import type { EventRecord } from "../model/event.js";
import { actorResolver, fold, shown, type ResolvedActor } from "../store/identity.js";
import { buildQuery, SQLITE_DIALECT } from "../store/query.js";
import { EARLIEST_DATE } from "../time/plausible.js";
import { shownOutlet, webUrl } from "../store/rows.js";
import { listAlerts } from "../watch/alerts.js";
import type { EventFilter } from "../store/store.js";
import { answerCache } from "./cache.js";
import { bucketOf, bucketSql, next, type Interval } from "./periods.js";
import { groupPlaces, type Place } from "./places.js";
import { agendaOf, timelineOf, type ContextRow, type QuadRow } from "./series.js";

type Actor = EventRecord["source"][number];

export interface EventRow {
  id: number; key: string; record: string; places: string; num_mentions: number; num_articles: number; num_sources: number;
  first_seen: string; last_seen: string;
}

export interface MentionRow {
  article_id: number; doc: string; url: string | null; source: string | null; outlet: string; title: string | null; published: string | null;
  sentence: number; evidence: string; trigger_text: string; trigger_start: number; trigger_end: number; date: string; rule: string;
  language: string; source_actors: string; target_actors: string;
}

/** An event as the API shows it: the record `dyad code` prints, with who reported it. */
export type ApiEvent = EventRecord & {
  readonly num_mentions: number; readonly num_articles: number; readonly num_sources: number;
  readonly first_seen: string; readonly last_seen: string; readonly places: readonly string[];
};

/** A highlighted stretch of an article: an event's trigger or one of its actors. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: "trigger" | "source" | "target";
  readonly event: string;
  readonly label: string;
}

/** An event as the list shows it: its record and counts (either store). */
export const eventOf = (r: EventRow): ApiEvent => ({
  ...(JSON.parse(r.record) as EventRecord), num_mentions: r.num_mentions, num_articles: r.num_articles, num_sources: r.num_sources,
  first_seen: r.first_seen, last_seen: r.last_seen, places: JSON.parse(r.places) as string[],
});

// One side of a dyad matches as `dyad query --dyad` does: the actors its query resolved to (src/store/identity.ts),
// given as a JSON array of ids.
const SIDE = "SELECT value FROM json_each(?)";

// The events between two actors, driven by the actor index (not a scan of all events): the targets of one side, then
// each event's sources by primary key. The unary + keeps SQLite from probing the key once per actor of the other side
// (a country has dozens of actor identities) and checks the list instead. Each direction has its own pair of lists
// (`dyadParams`): a direction left out gets empty ones.
const DYAD_EVENTS = `WITH a1 AS (${SIDE}), b1 AS (${SIDE}), a2 AS (${SIDE}), b2 AS (${SIDE}), dy AS (
  SELECT t.event_id AS id FROM event_actors t JOIN event_actors s ON s.event_id = t.event_id AND s.role = 'source' AND +s.actor_id IN a1
    WHERE t.role = 'target' AND t.actor_id IN b1
  UNION
  SELECT t.event_id FROM event_actors t JOIN event_actors s ON s.event_id = t.event_id AND s.role = 'source' AND +s.actor_id IN b2
    WHERE t.role = 'target' AND t.actor_id IN a2)`;

/** Which events between a and b: both directions, a's actors acting on b's ("ab"), or b's on a's ("ba"). */
export type Direction = "both" | "ab" | "ba";

/** What a timeline or agenda covers: its intervals, dates and direction. */
interface SeriesOptions { interval: Interval; from?: string; to?: string; direction?: Direction }

interface Countries {
  entries: { country: string; name: string; terms: { es?: string[]; en?: string[]; any?: string[] } }[];
}

/** Each country's English and Spanish names, and every name it goes by, folded: what the actor search matches. */
export function countryNames(): Map<string, { en: string; es: string; folded: string[] }> {
  const countries = new Map<string, { en: string; es: string; folded: string[] }>();
  for (const c of (readJson("actors/countries.json") as Countries).entries) {
    const terms = [...(c.terms.any ?? []), ...(c.terms.es ?? [])];
    // The Spanish name is the first written as a name, not an abbreviation: "México" (not "Méjico"), "Estados Unidos" (not "USA").
    const es = terms.find((t) => /\p{Ll}/u.test(t)) ?? c.name;
    countries.set(c.country, { en: c.name, es, folded: [c.name, ...terms, ...(c.terms.en ?? [])].map(fold) });
  }
  return countries;
}

/** One event with every mention that told it, from its row and its mentions' rows (either store). */
export function eventDetail(row: EventRow, rows: readonly MentionRow[]) {
  const event = eventOf(row);
  const mentions = rows.map((m) => ({
    article: m.article_id, doc: m.doc, url: webUrl(m.url), source: shownOutlet(m.source, m.outlet), title: m.title, published: m.published,
    date: m.date, sentence: m.sentence, evidence: m.evidence, language: m.language, rule: m.rule,
    trigger: { text: m.trigger_text, start: m.trigger_start, end: m.trigger_end },
    source_actors: JSON.parse(m.source_actors) as Actor[], target_actors: JSON.parse(m.target_actors) as Actor[],
    representative: m.doc === event.doc && m.trigger_start === event.trigger.start,
  }));
  return { ...event, mentions };
}

/** A stored article as `article()` reads it. */
export interface ArticleRow { id: number; doc: string; url: string | null; source: string | null; outlet: string; title: string | null; date: string | null; language: string; text: string }
/** A mention of an article with its event's key and type, as `article()` reads it. */
export type ArticleMentionRow = MentionRow & { key: string; type: string; quad: number; mode: string | null };

/** An article with the spans of its events' triggers and actors (either store). */
export function articleDetail(article: ArticleRow, ms: readonly ArticleMentionRow[]) {
  const spans: Span[] = [];
  const inText = (s: number, e: number): boolean => s >= 0 && e > s && e <= article.text.length;
  const events = ms.map((m) => {
    const source = JSON.parse(m.source_actors) as Actor[];
    const target = JSON.parse(m.target_actors) as Actor[];
    if (inText(m.trigger_start, m.trigger_end)) spans.push({ start: m.trigger_start, end: m.trigger_end, kind: "trigger", event: m.key, label: m.type });
    for (const [kind, xs] of [["source", source], ["target", target]] as const) {
      for (const x of xs) if (inText(x.start, x.end)) spans.push({ start: x.start, end: x.end, kind, event: m.key, label: x.name ?? [x.country, x.sector, x.org].filter(Boolean).join(" ") });
    }
    return { id: m.key, type: m.type, mode: m.mode, quad: m.quad, date: m.date, sentence: m.sentence, trigger: { text: m.trigger_text, start: m.trigger_start, end: m.trigger_end }, source, target };
  });
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const { outlet, ...shown } = article;
  return { ...shown, url: webUrl(article.url), source: shownOutlet(article.source, outlet), events, spans };
}

/** A found actor, as `actors()` lists it. */
export type FoundActor = { value: string; label: string; kind: "country" | "actor"; country: string | null; org: string | null; events: number };

/** What the named-actor search takes for a query: LIKE patterns for a name's start and a later word's start, and the code. */
export function actorPatterns(query: string): { start: string; word: string; code: string } {
  const like = fold(query).replace(/[\\%_]/g, (c) => `\\${c}`);
  return { start: `${like}%`, word: ` ${like}%`, code: query.trim().toUpperCase() };
}

/** Countries, organisations and named actors whose code or name holds the query, most events first (either store). */
export function findActors(query: string, limit: number, countries: ReadonlyMap<string, { en: string; es: string; folded: string[] }>,
  countryCounts: readonly { code: string; events: number }[], named: readonly { name: string; country: string | null; org: string | null; events: number }[]): FoundActor[] {
  const f = fold(query);
  const code = query.trim().toUpperCase();
  // How well a name fits: the code or a whole name (3), a name's start (2), a later word's start (1), not at all (0):
  // never inside a word ("bra" does not find "Gibraltar").
  const fit = (code_: string, names: readonly string[]): number =>
    !f ? 1 : code_ === code || names.includes(f) ? 3 : names.some((n) => n.startsWith(f)) ? 2 : names.some((n) => n.includes(` ${f}`)) ? 1 : 0;
  const out: (FoundActor & { fit: number })[] = [];
  for (const c of countryCounts) {
    const names = countries.get(c.code);
    const score = fit(c.code, names?.folded ?? []);
    if (!score) continue;
    const label = names ? (names.es === names.en ? names.en : `${names.en} / ${names.es}`) : c.code;
    out.push({ value: c.code, label: `${label} (${c.code})`, kind: "country", country: c.code, org: null, events: c.events, fit: score });
  }
  for (const n of named) {
    const value = n.org && n.org === code ? n.org : n.name;
    out.push({ value, label: n.name, kind: "actor", country: n.country, org: n.org, events: n.events, fit: fit(n.org ?? "", [fold(n.name)]) });
  }
  return out.sort((x, y) => y.fit - x.fit || y.events - x.events).slice(0, limit).map(({ fit: _fit, ...a }) => a);
}

/** Partner countries ranked by events or by conflict, with the share of conflict (either store). */
export function rankPartners(rows: readonly { partner: string; events: number; cooperation: number; conflict: number }[], opt: { by: "events" | "conflict"; limit: number }) {
  return rows.map((x) => ({ ...x, conflict_share: Math.round((x.conflict / x.events) * 100) / 100 }))
    .sort((x, y) => (opt.by === "conflict" ? y.conflict - x.conflict : 0) || y.events - x.events || (x.partner < y.partner ? -1 : 1))
    .slice(0, opt.limit);
}

/**
 * Read-only queries the dashboard needs and the Store interface does not offer, on a second connection to the
 * same SQLite file (WAL lets it read while an ingest writes). `summed: false` reads timelines and agendas from the events
 * one by one rather than from the series tables (the tests compare the two).
 * @example const q = openQueries("dyad.sqlite"); q.timeline("MEX", "USA", { interval: "month" })
 */
export function openQueries(path: string, opts: { cacheSize?: number; summed?: boolean } = {}) {
  const cacheSize = opts.cacheSize ?? 256;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  // Reads jump between events rows: keep more of the file at hand than SQLite's 2 MB default.
  db.pragma("cache_size = -65536");
  db.pragma("mmap_size = 268435456");
  const cached = answerCache(opts.cacheSize ?? 256, () => db.pragma("data_version", { simple: true }) as number);
  const countries = countryNames();
  const q = {
    eventByKey: db.prepare("SELECT * FROM events WHERE key = ?"),
    mentionsOf: db.prepare(`SELECT m.*, m.source AS source_actors, m.target AS target_actors, a.id AS article_id, a.doc, a.url, a.source,
      a.outlet, a.title, a.date AS published FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.date, m.id`),
    articleById: db.prepare("SELECT id, doc, url, source, outlet, title, date, language, text FROM articles WHERE id = ?"),
    articleByDoc: db.prepare("SELECT id, doc, url, source, outlet, title, date, language, text FROM articles WHERE doc = ? ORDER BY id LIMIT 1"),
    articleMentions: db.prepare(`SELECT m.*, m.source AS source_actors, m.target AS target_actors, e.key, e.type FROM mentions m JOIN events e ON e.id = m.event_id
      WHERE m.article_id = ? ORDER BY m.trigger_start`),
    countryCounts: db.prepare(`SELECT ac.country AS code, count(DISTINCT ea.event_id) AS events FROM actors ac
      JOIN event_actors ea ON ea.actor_id = ac.id WHERE ac.country IS NOT NULL GROUP BY ac.country ORDER BY events DESC, code`),
    // Names with a word that starts with the query ("ebr" finds "Marcelo Ebrard"; "bra" does not), or the organisation code.
    named: db.prepare(`SELECT min(ac.name) AS name, min(ac.country) AS country, min(ac.org) AS org, count(DISTINCT ea.event_id) AS events
      FROM actors ac JOIN event_actors ea ON ea.actor_id = ac.id
      WHERE ac.name IS NOT NULL AND (ac.name_fold LIKE ? ESCAPE '\\' OR ac.name_fold LIKE '%' || ? ESCAPE '\\' OR ac.org = ?)
      GROUP BY ac.name_fold ORDER BY events DESC, name LIMIT ?`),
    dyads: db.prepare(`SELECT min(sa.country, ta.country) AS a, max(sa.country, ta.country) AS b, count(DISTINCT s.event_id) AS events
      FROM event_actors s JOIN actors sa ON sa.id = s.actor_id
      JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target' JOIN actors ta ON ta.id = t.actor_id
      WHERE s.role = 'source' AND sa.country IS NOT NULL AND ta.country IS NOT NULL AND sa.country <> ta.country
      GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?`),
    range: db.prepare("SELECT min(date) AS first, max(date) AS last FROM events"),
    // The countries on the other side of an actor's events (its own country left out), with counts per quad class.
    partners: db.prepare(`WITH a AS (SELECT value FROM json_each(@ids)), pairs AS (
        SELECT DISTINCT other.country AS partner, e.id AS id, e.quad AS quad FROM event_actors mine
        JOIN event_actors theirs ON theirs.event_id = mine.event_id AND theirs.role <> mine.role
        JOIN actors other ON other.id = theirs.actor_id JOIN events e ON e.id = mine.event_id
        WHERE mine.actor_id IN a AND theirs.actor_id NOT IN a AND other.country IS NOT NULL AND other.country IS NOT @own
          AND e.date >= @from AND e.date <= @to)
      SELECT partner, count(*) AS events, sum(quad <= 2) AS cooperation, sum(quad >= 3) AS conflict FROM pairs GROUP BY partner`),
    // The first and last dates of the events between two actors, and how many there are, whatever dates are asked.
    dyadExtent: db.prepare(`${DYAD_EVENTS} SELECT min(e.date) AS first, max(e.date) AS last, count(*) AS events FROM dy JOIN events e ON e.id = dy.id
      WHERE e.date >= ? AND e.date <= ?`),
    // The place of each event between two actors, as its record keeps it (JSON text, or null).
    dyadPlaces: db.prepare(`${DYAD_EVENTS} SELECT e.quad AS quad, json_extract(e.record, '$.place') AS place
      FROM dy JOIN events e ON e.id = dy.id WHERE e.date >= ? AND e.date <= ?`),
  };
  const series = new Map<string, Database.Statement>();
  const seriesStatement = (kind: "timeline" | "agenda", interval: Interval): Database.Statement => {
    const id = `${kind}:${interval}`;
    let st = series.get(id);
    if (!st) {
      const period = bucketSql(interval, "e.date");
      st = db.prepare(kind === "timeline"
        // Sums of integer tenths, as the series tables keep them (schema.ts), so both paths round alike.
        ? `${DYAD_EVENTS} SELECT ${period} AS period, e.quad AS quad, count(*) AS n, sum(CAST(round(e.goldstein * 10) AS INTEGER)) / 10.0 AS g, count(e.goldstein) AS gn
            FROM dy JOIN events e ON e.id = dy.id WHERE e.date >= ? AND e.date <= ? GROUP BY period, e.quad`
        : `${DYAD_EVENTS} SELECT ${period} AS period, c.value AS context, count(*) AS n
            FROM dy JOIN events e ON e.id = dy.id LEFT JOIN json_each(e.contexts) c WHERE e.date >= ? AND e.date <= ? GROUP BY period, context`);
      series.set(id, st);
    }
    return st;
  };
  const resolveNow = actorResolver(db);
  /** What one side stands for, kept until the database changes. */
  const resolve = (who: string): ResolvedActor => cached(JSON.stringify(["resolve", who.trim()]), () => resolveNow(who));
  const ids = (who: string): string => JSON.stringify(resolve(who).ids);
  const dyadParams = (a: string, b: string, from?: string, to?: string, direction: Direction = "both"): unknown[] => {
    const [ia, ib] = [ids(a), ids(b)];
    return [...(direction === "ba" ? ["[]", "[]"] : [ia, ib]), ...(direction === "ab" ? ["[]", "[]"] : [ia, ib]), from ?? "0000-00-00", to ?? "9999-99-99"];
  };

  // The summed series (schema 3, src/store/schema.ts): an event between a and b is one whose side pair holds a's code on
  // one side and b's on the other. That equals the SIDE match exactly when both sides resolved to a code (the actors SIDE
  // reads are then those with that code); a side that resolved to named actors (or a database not yet migrated) has its
  // events read one by one.
  let summed: ReturnType<typeof summedStatements> | undefined;
  const summedStatements = () => {
    const sides = "SELECT id FROM series_sides WHERE (instr(sources, ?) AND instr(targets, ?)) OR (instr(sources, ?) AND instr(targets, ?))";
    // All rows as one JSON array ([period, quad, n, g10, gn] or [period, context, n]), since making a JS object of each
    // row costs more than the query; not grouped here: timelineRows and agendaRows add the rows up by period.
    const statement = (kind: "timeline" | "agenda", period: string, where: string): Database.Statement => db.prepare(kind === "timeline"
      ? `SELECT json_group_array(json_array(${period}, quad, n, g10, gn)) FROM series_quads WHERE sides IN (${sides}) AND ${where}`
      : `SELECT json_group_array(json_array(${period}, context, n)) FROM series_contexts WHERE sides IN (${sides}) AND ${where}`).pluck();
    const whole = "interval = ? AND period >= ? AND period < ?";
    const days = "interval = 'day' AND period >= ? AND period < ?";
    return {
      whole: { timeline: statement("timeline", "period", whole), agenda: statement("agenda", "period", whole) },
      days: Object.fromEntries((["day", "week", "month"] as const).map((i) =>
        [i, { timeline: statement("timeline", bucketSql(i, "period"), days), agenda: statement("agenda", bucketSql(i, "period"), days) }])) as
        Record<Interval, Record<"timeline" | "agenda", Database.Statement>>,
    };
  };
  /** The code a side's events are summed under, when it resolved to one. */
  const summedCode = (who: string): string | null => {
    const r = resolve(who);
    return r.kind === "country" || r.kind === "org" ? r.as : null;
  };
  /** Articles stored per interval between two periods (those held for an implausible date left out). */
  const articlesPer = (interval: Interval, first?: string, last?: string): Map<string, number> => {
    if (!first || !last) return new Map();
    const day = "coalesce(date, substr(ingested_at, 1, 10))";
    const held = (db.pragma("user_version", { simple: true }) as number) >= 6 ? "AND date_flag IS NOT 'implausible'" : "";
    const rows = db.prepare(`SELECT ${bucketSql(interval, day)} AS period, count(*) AS n FROM articles WHERE ${day} >= ? AND ${day} < ? ${held} GROUP BY period`)
      .all(first, next(interval, last)) as { period: string; n: number }[];
    return new Map(rows.map((r) => [r.period, r.n]));
  };
  const DAY = 86_400_000;
  const dayAfter = (d: string): string => new Date(Date.parse(`${d}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  /**
   * The rows the series functions take, from the summed tables: whole intervals from the interval's sums, and the days
   * of an interval that `from` or `to` cuts from the daily sums. Null when the sums cannot answer.
   */
  const summedRows = (kind: "timeline" | "agenda", a: string, b: string, opt: SeriesOptions): unknown[] | null => {
    if (opts.summed === false || (db.pragma("user_version", { simple: true }) as number) < 3) return null;
    summed ??= summedStatements();
    const [codeA, codeB] = [summedCode(a), summedCode(b)];
    if (!codeA || !codeB) return null;
    return db.transaction(() => {
      const [ca, cb] = [`,${codeA},`, `,${codeB},`];
      // Sources holding one code and targets the other: either way round, or the one way asked.
      const sides = opt.direction === "ab" ? [ca, cb, ca, cb] : opt.direction === "ba" ? [cb, ca, cb, ca] : [ca, cb, cb, ca];
      const { interval, from, to } = opt;
      // Whole intervals: from the first starting on or after `from` to the last ending on or before `to`.
      const lo = !from ? "0000-00-00" : bucketOf(interval, from) === from ? from : next(interval, bucketOf(interval, from));
      const hi = !to ? "9999-99-99" : next(interval, bucketOf(interval, to)) === dayAfter(to) ? next(interval, bucketOf(interval, to)) : bucketOf(interval, to);
      const parts: string[] = [];
      if (lo < hi) {
        parts.push(summed!.whole[kind].get(...sides, interval, lo, hi) as string);
        if (from && from < lo) parts.push(summed!.days[interval][kind].get(...sides, from, lo) as string);
        if (to && hi <= to) parts.push(summed!.days[interval][kind].get(...sides, hi, dayAfter(to)) as string);
      } else {
        parts.push(summed!.days[interval][kind].get(...sides, from ?? "0000-00-00", to ? dayAfter(to) : "9999-99-99") as string);
      }
      return parts.flatMap((p) => JSON.parse(p) as unknown[]);
    })();
  };
  // Rows of several parts added up by period and quad (or context), in the order GROUP BY period, quad gives.
  const timelineRows = (rows: readonly [string, number, number, number, number][]): QuadRow[] => {
    const by = new Map<string, { period: string; quad: number; n: number; g10: number; gn: number }>();
    for (const [period, quad, n, g10, gn] of rows) {
      const k = `${period}|${quad}`;
      const x = by.get(k);
      if (x) {
        x.n += n;
        x.g10 += g10;
        x.gn += gn;
      } else by.set(k, { period, quad, n, g10, gn });
    }
    return [...by.values()].sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : x.quad - y.quad))
      .map((r) => ({ period: r.period, quad: r.quad, n: r.n, g: r.gn ? r.g10 / 10 : null, gn: r.gn }));
  };
  const agendaRows = (rows: readonly [string, string, number][]): ContextRow[] => {
    const by = new Map<string, Map<string, number>>();
    for (const [period, context, n] of rows) {
      let m = by.get(period);
      if (!m) by.set(period, (m = new Map()));
      m.set(context, (m.get(context) ?? 0) + n);
    }
    // An event with no context is '' in the sums and null (sorted first, as SQLite sorts NULL) in the rows.
    const out: ContextRow[] = [];
    for (const period of [...by.keys()].sort()) {
      const m = by.get(period)!;
      for (const context of [...m.keys()].sort()) out.push({ period, context: context === "" ? null : context, n: m.get(context)! });
    }
    return out;
  };
  const quadRows = (a: string, b: string, opt: SeriesOptions): QuadRow[] => {
    const rows = summedRows("timeline", a, b, opt) as Parameters<typeof timelineRows>[0] | null;
    return rows ? timelineRows(rows) : (seriesStatement("timeline", opt.interval).all(...dyadParams(a, b, opt.from, opt.to, opt.direction)) as QuadRow[]);
  };
  const contextRows = (a: string, b: string, opt: SeriesOptions): ContextRow[] => {
    const rows = summedRows("agenda", a, b, opt) as Parameters<typeof agendaRows>[0] | null;
    return rows ? agendaRows(rows) : (seriesStatement("agenda", opt.interval).all(...dyadParams(a, b, opt.from, opt.to, opt.direction)) as ContextRow[]);
  };

  const eventsPage = (filter: EventFilter, limit: number, offset: number): { total: number; events: ApiEvent[] } => {
    const { sql, params } = buildQuery({ ...filter, limit: undefined }, SQLITE_DIALECT, resolve);
    const total = db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get(...params) as number;
    const rows = db.prepare(`${sql} LIMIT ? OFFSET ?`).all(...params, limit, offset) as EventRow[];
    return { total, events: rows.map(eventOf) };
  };

  return {
    kind: "queries" as const,

    /**
     * The events a filter selects, oldest first, one page of them, and how many there are in all. `place` is a key of
     * `places()`: the events placed there, at that precision.
     */
    events(filter: EventFilter, limit: number, offset: number): { total: number; events: ApiEvent[] } {
      return eventsPage(filter, limit, offset);
    },

    /** One event with every mention that told it: article, sentence, trigger and actors as that sentence gave them. */
    event(key: string) {
      const row = q.eventByKey.get(key) as EventRow | undefined;
      return row ? eventDetail(row, q.mentionsOf.all(row.id) as MentionRow[]) : null;
    },

    /** Events per interval between two actors, both directions: counts per quad class and mean Goldstein score. */
    timeline(a: string, b: string, opt: SeriesOptions) {
      return cached(JSON.stringify(["timeline", a, b, opt.interval, opt.from, opt.to, opt.direction ?? "both"]), () => {
        const periods = timelineOf(quadRows(a, b, opt), opt);
        // Coverage: the articles stored for each interval (all outlets and pairs), and the pair's events per 100 of them,
        // so that a quiet interval can be told from one with few articles.
        const articles = articlesPer(opt.interval, periods[0]?.period, periods.at(-1)?.period);
        return periods.map((p) => {
          const n = articles.get(p.period) ?? 0;
          return { ...p, articles: n, per_100_articles: n ? Math.round((p.events / n) * 10_000) / 100 : null };
        });
      });
    },

    /** Events per PLOVER context and interval between two actors, both directions ("none": no context found). */
    agenda(a: string, b: string, opt: SeriesOptions) {
      return cached(JSON.stringify(["agenda", a, b, opt.interval, opt.from, opt.to, opt.direction ?? "both"]), () =>
        agendaOf(contextRows(a, b, opt), opt));
    },

    /**
     * The events between two actors, both directions, grouped by where they happened: cities with coordinates, divisions
     * and countries without; `unplaced` counts the events the place stage found no place for.
     */
    places(a: string, b: string, opt: { from?: string; to?: string; direction?: Direction }) {
      return cached(JSON.stringify(["places", a, b, opt.from, opt.to, opt.direction ?? "both"]), () => {
        const rows = q.dyadPlaces.all(...dyadParams(a, b, opt.from, opt.to, opt.direction)) as { quad: number; place: string | null }[];
        const { places, unplaced } = groupPlaces(rows.map((r) => ({ quad: r.quad, place: r.place ? (JSON.parse(r.place) as Place) : null })));
        return { total: rows.length, unplaced, places };
      });
    },

    /** Countries, organisations and named actors whose code or name holds the query, most events first. */
    actors(query: string, limit: number): FoundActor[] {
      const { start, word, code } = actorPatterns(query);
      return findActors(query, limit, countries, q.countryCounts.all() as { code: string; events: number }[],
        q.named.all(start, word, code, limit) as { name: string; country: string | null; org: string | null; events: number }[]);
    },

    /** The country pairs with the most events between them. */
    dyads(limit: number) {
      return q.dyads.all(limit) as { a: string; b: string; events: number }[];
    },

    /** The alerts `dyad watch` raised, newest first (none in a database it has not watched into). */
    alerts(since: string | undefined, limit: number) {
      if ((db.pragma("user_version", { simple: true }) as number) < 4) return [];
      return listAlerts(db, { since: since === undefined ? undefined : new Date(since).toISOString(), limit });
    },

    /** Moves whenever the database changes (SQLite's data_version): what a cache of answers is keyed on. */
    version(): number {
      return db.pragma("data_version", { simple: true }) as number;
    },

    /**
     * The countries an actor deals with, ranked by events between them (either direction) or by conflict events (quad
     * classes 3–4): events, cooperation and conflict counts, and the share of conflict.
     */
    partners(a: string, opt: { by: "events" | "conflict"; from?: string; to?: string; limit: number }) {
      return cached(JSON.stringify(["partners", a, opt]), () => {
        const r = resolve(a);
        const own = r.kind === "country" ? r.as : null;
        const rows = q.partners.all({ ids: JSON.stringify(r.ids), own, from: opt.from ?? "0000-00-00", to: opt.to ?? "9999-99-99" }) as
          { partner: string; events: number; cooperation: number; conflict: number }[];
        return rankPartners(rows, opt);
      });
    },

    /** What one side of a dyad stands for: a code, the actors its words name, or nothing (src/store/identity.ts). */
    resolve(who: string) {
      return shown(resolve(who));
    },

    /** The first and last dates of the events between two actors, and how many there are, over all dates. */
    extent(a: string, b: string, direction: Direction = "both") {
      return cached(JSON.stringify(["extent", a, b, direction]), () => q.dyadExtent.get(...dyadParams(a, b, undefined, undefined, direction)) as { first: string | null; last: string | null; events: number });
    },

    /**
     * The articles held out of the events for an implausible date (schema 6), how many and the first few: the page says
     * that something lies outside what it shows.
     */
    held(limit = 10): { count: number; articles: { id: number; doc: string; title: string | null; date: string }[]; unchecked: number } {
      // Articles an older dyad stored with such a date, before ingest checked: their events are in, and the page says so.
      const implausible = `date IS NOT NULL AND (date < '${EARLIEST_DATE}' OR date > date(ingested_at, '+1 day'))`;
      if ((db.pragma("user_version", { simple: true }) as number) < 6) {
        return { count: 0, articles: [], unchecked: db.prepare(`SELECT count(*) FROM articles WHERE ${implausible}`).pluck().get() as number };
      }
      return cached(JSON.stringify(["held", limit]), () => ({
        count: db.prepare("SELECT count(*) FROM articles WHERE date_flag = 'implausible'").pluck().get() as number,
        articles: db.prepare("SELECT id, doc, title, date FROM articles WHERE date_flag = 'implausible' ORDER BY id LIMIT ?").all(limit) as
          { id: number; doc: string; title: string | null; date: string }[],
        unchecked: db.prepare(`SELECT count(*) FROM articles WHERE date_flag IS NULL AND ${implausible}`).pluck().get() as number,
      }));
    },

    /** The first and last event dates in the database. */
    range() {
      return q.range.get() as { first: string | null; last: string | null };
    },

    /** An article (by number or document id) with the spans of its events' triggers and actors. */
    article(ref: string) {
      const a = (/^\d+$/.test(ref) ? q.articleById.get(Number(ref)) : undefined) ?? q.articleByDoc.get(ref);
      if (!a) return null;
      return articleDetail(a as ArticleRow, q.articleMentions.all((a as ArticleRow).id) as ArticleMentionRow[]);
    },

    /** How many answers the caches keep (0: none). */
    cacheSize,

    close(): void {
      db.close();
    },
  };
}

export type Queries = ReturnType<typeof openQueries>;
