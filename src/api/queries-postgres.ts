import { performance } from "node:perf_hooks";
import pg from "pg";
import { resolverOver, shown, type ResolvedActor } from "../store/identity.js";
import { SERIES_VERSION } from "../store/postgres/schema.js";
import { POSTGRES_DIALECT, PG_TYPES } from "../store/postgres/store.js";
import { buildQuery } from "../store/query.js";
import type { EventFilter } from "../store/store.js";
import { EARLIEST_DATE } from "../time/plausible.js";
import { answerCache } from "./cache.js";
import { next, type Interval } from "./periods.js";
import { groupPlaces, type Place } from "./places.js";
import {
  actorPatterns, articleDetail, countryNames, eventDetail, eventOf, findActors, rankPartners,
  type ArticleMentionRow, type ArticleRow, type Direction, type EventRow, type MentionRow,
} from "./queries.js";
import type { ReadModel } from "./read-model.js";
import { agendaOf, timelineOf, type ContextRow, type QuadRow } from "./series.js";

/** The first day of the interval a `YYYY-MM-DD` text column falls in, as text: weeks start on Monday, as on SQLite. */
function bucketSql(interval: Interval, column: string): string {
  if (interval === "day") return column;
  if (interval === "week") return `to_char(date_trunc('week', (${column})::date), 'YYYY-MM-DD')`;
  return `substr(${column}, 1, 7) || '-01'`;
}

// One side of a dyad: the actors its query resolved to, an array of ids (an array, not JSON, so that the planner knows
// how many and can read a short list through the actor index).
const side = (n: number): string => `SELECT unnest($${n}::bigint[]) AS id`;

// The events between two actors, from the actor index, as on SQLite (src/api/queries.ts): $1–$4 are the lists of each
// direction (an empty pair for a direction left out), $5 and $6 the dates.
const DYAD_EVENTS = `WITH a1 AS (${side(1)}), b1 AS (${side(2)}), a2 AS (${side(3)}), b2 AS (${side(4)}), dy AS (
  SELECT t.event_id AS id FROM event_actors t JOIN event_actors s ON s.event_id = t.event_id AND s.role = 'source' AND s.actor_id IN (SELECT id FROM a1)
    WHERE t.role = 'target' AND t.actor_id IN (SELECT id FROM b1)
  UNION
  SELECT t.event_id FROM event_actors t JOIN event_actors s ON s.event_id = t.event_id AND s.role = 'source' AND s.actor_id IN (SELECT id FROM b2)
    WHERE t.role = 'target' AND t.actor_id IN (SELECT id FROM a2))`;

const VERSION_MS = 100;

const MENTION_DETAIL = `m.article_id, m.sentence, m.evidence, m.trigger_text, m.trigger_start, m.trigger_end, m.date, m.rule, m.language,
  m.mode, m.quad, m.source AS source_actors, m.target AS target_actors`;

interface SeriesOptions { interval: Interval; from?: string; to?: string; direction?: Direction }

/**
 * The API's read model on PostgreSQL: the queries of `openQueries` (src/api/queries.ts) over the shared database, with
 * the same answers. Timelines and agendas are read from the sums the database keeps per pair of sides and day
 * (`summed: false`: from the events one by one; the tests compare the two); the watcher's alerts are not kept there, so
 * `alerts` is empty.
 * @example const q = await openPostgresQueries("postgres://dyad@db/dyad"); await q.timeline("MEX", "USA", { interval: "month" })
 */
export async function openPostgresQueries(url: string, opts: { cacheSize?: number; connections?: number; summed?: boolean } = {}): Promise<ReadModel> {
  const pool = new pg.Pool({ connectionString: url, types: PG_TYPES, max: opts.connections ?? 8 });
  pool.on("error", () => undefined);
  // Fail now, with the store's message, when the server cannot be reached.
  (await pool.connect()).release();
  const cacheSize = opts.cacheSize ?? 256;
  const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await pool.query(sql, params)).rows as T[];
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await rows<T>(sql, params))[0]!;

  // Every write adds an article or a mention (regrouping moves mentions only while it adds one): the sum of the highest
  // ids moves whenever an answer could change.
  // One query answers every request that asks meanwhile, and its answer stands for VERSION_MS: under load a request
  // does not wait for its own, and an answer lags a write by at most that long.
  let asked: { at: number; v: Promise<number> } | undefined;
  const version = (): Promise<number> => {
    if (!asked || performance.now() - asked.at > VERSION_MS) {
      const v = one<{ v: number }>("SELECT (coalesce((SELECT max(id) FROM mentions), 0) + coalesce((SELECT max(id) FROM articles), 0))::bigint AS v").then((r) => r.v);
      asked = { at: performance.now(), v };
      v.catch(() => (asked = undefined));
    }
    return asked.v;
  };
  let current = -1;
  const cache = answerCache(cacheSize, () => current);
  const cached = async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    if (cacheSize > 0) current = await version();
    return cache(key, compute);
  };
  const countries = countryNames();
  // The actors as a small in-memory table the shared resolver reads, kept until the database changes (whatever the
  // answer cache's size: SQLite's resolver reads its table in place).
  let actors: { v: number; resolve: Promise<(who: string) => ResolvedActor> } | undefined;
  const resolver = async (): Promise<(who: string) => ResolvedActor> => {
    const v = await version();
    if (actors?.v !== v) {
      const resolve = rows<{ id: number; name: string | null; name_fold: string | null; country: string | null; org: string | null }>(
        "SELECT id, name, name_fold, country, org FROM actors ORDER BY id").then(resolverOver);
      actors = { v, resolve };
      resolve.catch(() => (actors = undefined));
    }
    return actors.resolve;
  };
  const resolve = async (who: string): Promise<ResolvedActor> => (await resolver())(who);
  const ids = async (who: string): Promise<number[]> => [...(await resolve(who)).ids];
  const dyadParams = async (a: string, b: string, from?: string, to?: string, direction: Direction = "both"): Promise<unknown[]> => {
    const [ia, ib] = [await ids(a), await ids(b)];
    return [...(direction === "ba" ? [[], []] : [ia, ib]), ...(direction === "ab" ? [[], []] : [ia, ib]), from ?? "0000-00-00", to ?? "9999-99-99"];
  };

  // The summed series (migration 3, src/store/postgres/schema.ts) when both sides resolved to a code: an event between
  // a and b is then one whose pair of code sets holds a's code on one side and b's on the other, as on SQLite. A side
  // that resolved to named actors has its events read one by one; so has every request with `summed: false`.
  const hasSeries = opts.summed === false ? Promise.resolve(false)
    : one<{ v: number }>("SELECT coalesce(max(version), 0)::integer AS v FROM dyad_migrations").then((r) => r.v >= SERIES_VERSION, () => false);
  // The pairs of code sets whose events lie between the two sides, read first: with their ids in hand, the planner reads
  // just their rows of the daily sums through the primary key.
  const summedSides = async (a: string, b: string, direction: Direction = "both"): Promise<number[] | null> => {
    if (!(await hasSeries)) return null;
    const [ra, rb] = [await resolve(a), await resolve(b)];
    const code = (r: ResolvedActor): string | null => (r.kind === "country" || r.kind === "org" ? r.as : null);
    const [ca, cb] = [code(ra), code(rb)];
    if (!ca || !cb) return null;
    const [x, y] = [`,${ca},`, `,${cb},`];
    const found = await rows<{ id: number }>(`SELECT id FROM series_sides
      WHERE (strpos(sources, $1) > 0 AND strpos(targets, $2) > 0) OR (strpos(sources, $3) > 0 AND strpos(targets, $4) > 0)`,
    direction === "ab" ? [x, y, x, y] : direction === "ba" ? [y, x, y, x] : [x, y, y, x]);
    return found.map((r) => r.id);
  };

  const quadRows = async (a: string, b: string, opt: SeriesOptions): Promise<QuadRow[]> => {
    const sides = await summedSides(a, b, opt.direction);
    if (sides) {
      return rows<QuadRow>(`SELECT ${bucketSql(opt.interval, "d.day")} AS period, d.quad AS quad, sum(d.n)::integer AS n,
          (CASE WHEN sum(d.gn) > 0 THEN sum(d.g10) / 10.0 END)::float8 AS g, sum(d.gn)::integer AS gn
        FROM series_days d WHERE d.sides = ANY($1::integer[]) AND d.day >= $2 AND d.day <= $3 GROUP BY 1, 2 ORDER BY 1, 2`,
      [sides, opt.from ?? "0000-00-00", opt.to ?? "9999-99-99"]);
    }
    const period = bucketSql(opt.interval, "e.date");
    // Sums of integer tenths, as the series tables keep them, so both round alike.
    return rows<QuadRow>(`${DYAD_EVENTS} SELECT ${period} AS period, e.quad AS quad, count(*) AS n,
        (sum(round(e.goldstein * 10)::integer) / 10.0)::float8 AS g, count(e.goldstein) AS gn
      FROM dy JOIN events e ON e.id = dy.id WHERE e.date >= $5 AND e.date <= $6 GROUP BY 1, 2 ORDER BY 1, 2`, await dyadParams(a, b, opt.from, opt.to, opt.direction));
  };
  const contextRows = async (a: string, b: string, opt: SeriesOptions): Promise<ContextRow[]> => {
    const sides = await summedSides(a, b, opt.direction);
    if (sides) {
      return rows<ContextRow>(`SELECT ${bucketSql(opt.interval, "d.day")} AS period, nullif(d.context, '') AS context, sum(d.n)::integer AS n
        FROM series_day_contexts d WHERE d.sides = ANY($1::integer[]) AND d.day >= $2 AND d.day <= $3 GROUP BY 1, 2 ORDER BY 1, 2 NULLS FIRST`,
      [sides, opt.from ?? "0000-00-00", opt.to ?? "9999-99-99"]);
    }
    const period = bucketSql(opt.interval, "e.date");
    return rows<ContextRow>(`${DYAD_EVENTS} SELECT ${period} AS period, c.value AS context, count(*) AS n
      FROM dy JOIN events e ON e.id = dy.id LEFT JOIN LATERAL json_array_elements_text(e.contexts) AS c (value) ON true
      WHERE e.date >= $5 AND e.date <= $6 GROUP BY 1, 2 ORDER BY 1, 2 NULLS FIRST`, await dyadParams(a, b, opt.from, opt.to, opt.direction));
  };
  /** Articles stored per interval between two periods (those held for an implausible date left out), from the daily counts. */
  const articlesPer = async (interval: Interval, first?: string, last?: string): Promise<Map<string, number>> => {
    if (!first || !last) return new Map();
    const day = "substr(coalesce(date, ingested_at), 1, 10)";
    const counted = await hasSeries;
    const found = await (counted
      ? rows<{ period: string; n: number }>(`SELECT ${bucketSql(interval, "day")} AS period, sum(n)::integer AS n FROM article_days
          WHERE day >= $1 AND day < $2 GROUP BY 1`, [first, next(interval, last)])
      : rows<{ period: string; n: number }>(`SELECT ${bucketSql(interval, day)} AS period, count(*) AS n FROM articles
          WHERE ${day} >= $1 AND ${day} < $2 AND date_flag IS DISTINCT FROM 'implausible' GROUP BY 1`, [first, next(interval, last)]));
    return new Map(found.map((r) => [r.period, r.n]));
  };
  const implausible = `date IS NOT NULL AND (date < '${EARLIEST_DATE}' OR date > to_char(substr(ingested_at, 1, 10)::date + 1, 'YYYY-MM-DD'))`;

  const model: ReadModel = {
    kind: "queries",
    cacheSize,

    async events(filter: EventFilter, limit: number, offset: number) {
      const { sql, params } = buildQuery({ ...filter, limit: undefined }, POSTGRES_DIALECT, await resolver());
      const n = params.length;
      const [{ total }, page] = [await one<{ total: number }>(`SELECT count(*) AS total FROM (${sql}) q`, params),
        await rows<EventRow>(`${sql} LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, limit, offset])];
      return { total, events: page.map(eventOf) };
    },

    async event(key: string) {
      const row = (await rows<EventRow & { id: number }>("SELECT * FROM events WHERE key = $1", [key]))[0];
      if (!row) return null;
      const ms = await rows<MentionRow>(`SELECT ${MENTION_DETAIL}, a.doc, a.url, a.source, a.outlet, a.title, a.date AS published
        FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = $1 ORDER BY a.date NULLS FIRST, m.id`, [row.id]);
      return eventDetail(row, ms);
    },

    timeline(a: string, b: string, opt: SeriesOptions) {
      return cached(JSON.stringify(["timeline", a, b, opt.interval, opt.from, opt.to, opt.direction ?? "both"]), async () => {
        const periods = timelineOf(await quadRows(a, b, opt), opt);
        const articles = await articlesPer(opt.interval, periods[0]?.period, periods.at(-1)?.period);
        return periods.map((p) => {
          const n = articles.get(p.period) ?? 0;
          return { ...p, articles: n, per_100_articles: n ? Math.round((p.events / n) * 10_000) / 100 : null };
        });
      });
    },

    agenda(a: string, b: string, opt: SeriesOptions) {
      return cached(JSON.stringify(["agenda", a, b, opt.interval, opt.from, opt.to, opt.direction ?? "both"]), async () => agendaOf(await contextRows(a, b, opt), opt));
    },

    places(a: string, b: string, opt: { from?: string; to?: string; direction?: Direction }) {
      return cached(JSON.stringify(["places", a, b, opt.from, opt.to, opt.direction ?? "both"]), async () => {
        const found = await rows<{ quad: number; place: string | null }>(`${DYAD_EVENTS} SELECT e.quad AS quad,
            CASE WHEN json_typeof(e.record -> 'place') = 'object' THEN (e.record -> 'place')::text END AS place
          FROM dy JOIN events e ON e.id = dy.id WHERE e.date >= $5 AND e.date <= $6`, await dyadParams(a, b, opt.from, opt.to, opt.direction));
        const { places, unplaced } = groupPlaces(found.map((r) => ({ quad: r.quad, place: r.place ? (JSON.parse(r.place) as Place) : null })));
        return { total: found.length, unplaced, places };
      });
    },

    async actors(query: string, limit: number) {
      const { start, word, code } = actorPatterns(query);
      const counts = await rows<{ code: string; events: number }>(`SELECT ac.country AS code, count(DISTINCT ea.event_id) AS events FROM actors ac
        JOIN event_actors ea ON ea.actor_id = ac.id WHERE ac.country IS NOT NULL GROUP BY ac.country ORDER BY events DESC, code`);
      const named = await rows<{ name: string; country: string | null; org: string | null; events: number }>(`SELECT min(ac.name) AS name,
          min(ac.country) AS country, min(ac.org) AS org, count(DISTINCT ea.event_id) AS events
        FROM actors ac JOIN event_actors ea ON ea.actor_id = ac.id
        WHERE ac.name IS NOT NULL AND (ac.name_fold LIKE $1 ESCAPE '\\' OR ac.name_fold LIKE '%' || $2 ESCAPE '\\' OR ac.org = $3)
        GROUP BY ac.name_fold ORDER BY events DESC, name LIMIT $4`, [start, word, code, limit]);
      return findActors(query, limit, countries, counts, named);
    },

    async dyads(limit: number) {
      return rows<{ a: string; b: string; events: number }>(`SELECT least(sa.country, ta.country) AS a, greatest(sa.country, ta.country) AS b,
          count(DISTINCT s.event_id) AS events
        FROM event_actors s JOIN actors sa ON sa.id = s.actor_id
        JOIN event_actors t ON t.event_id = s.event_id AND t.role = 'target' JOIN actors ta ON ta.id = t.actor_id
        WHERE s.role = 'source' AND sa.country IS NOT NULL AND ta.country IS NOT NULL AND sa.country <> ta.country
        GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT $1`, [limit]);
    },

    // The watcher keeps its alerts in SQLite only (dyad watch takes a file).
    alerts: () => [],

    version,

    partners(a: string, opt: { by: "events" | "conflict"; from?: string; to?: string; limit: number }) {
      return cached(JSON.stringify(["partners", a, opt]), async () => {
        const r = await resolve(a);
        const found = await rows<{ partner: string; events: number; cooperation: number; conflict: number }>(`WITH a AS (${side(1)}), pairs AS (
            SELECT DISTINCT other.country AS partner, e.id AS id, e.quad AS quad FROM event_actors mine
            JOIN event_actors theirs ON theirs.event_id = mine.event_id AND theirs.role <> mine.role
            JOIN actors other ON other.id = theirs.actor_id JOIN events e ON e.id = mine.event_id
            WHERE mine.actor_id IN (SELECT id FROM a) AND theirs.actor_id NOT IN (SELECT id FROM a) AND other.country IS NOT NULL
              AND other.country IS DISTINCT FROM $2::text AND e.date >= $3 AND e.date <= $4)
          SELECT partner, count(*) AS events, count(*) FILTER (WHERE quad <= 2) AS cooperation, count(*) FILTER (WHERE quad >= 3) AS conflict
          FROM pairs GROUP BY partner`, [[...r.ids], r.kind === "country" ? r.as : null, opt.from ?? "0000-00-00", opt.to ?? "9999-99-99"]);
        return rankPartners(found, opt);
      });
    },

    async resolve(who: string) {
      return shown(await resolve(who));
    },

    extent(a: string, b: string, direction: Direction = "both") {
      return cached(JSON.stringify(["extent", a, b, direction]), async () => {
        const sides = await summedSides(a, b, direction);
        return sides
          ? one<{ first: string | null; last: string | null; events: number }>(`SELECT min(day) AS first, max(day) AS last,
              coalesce(sum(n), 0)::integer AS events FROM series_days WHERE sides = ANY($1::integer[])`, [sides])
          : one<{ first: string | null; last: string | null; events: number }>(`${DYAD_EVENTS} SELECT min(e.date) AS first, max(e.date) AS last,
              count(*) AS events FROM dy JOIN events e ON e.id = dy.id WHERE e.date >= $5 AND e.date <= $6`, await dyadParams(a, b, undefined, undefined, direction));
      });
    },

    held(limit = 10) {
      return cached(JSON.stringify(["held", limit]), async () => ({
        count: (await one<{ n: number }>("SELECT count(*) AS n FROM articles WHERE date_flag = 'implausible'")).n,
        articles: await rows<{ id: number; doc: string; title: string | null; date: string }>(
          "SELECT id, doc, title, date FROM articles WHERE date_flag = 'implausible' ORDER BY id LIMIT $1", [limit]),
        unchecked: (await one<{ n: number }>(`SELECT count(*) AS n FROM articles WHERE date_flag IS NULL AND ${implausible}`)).n,
      }));
    },

    range() {
      return one<{ first: string | null; last: string | null }>("SELECT min(date) AS first, max(date) AS last FROM events");
    },

    async article(ref: string) {
      const columns = "id, doc, url, source, outlet, title, date, language, text";
      const byId = /^\d+$/.test(ref) && Number(ref) <= Number.MAX_SAFE_INTEGER ? (await rows<ArticleRow>(`SELECT ${columns} FROM articles WHERE id = $1`, [Number(ref)]))[0] : undefined;
      const a = byId ?? (await rows<ArticleRow>(`SELECT ${columns} FROM articles WHERE doc = $1 ORDER BY id LIMIT 1`, [ref]))[0];
      if (!a) return null;
      const ms = await rows<ArticleMentionRow>(`SELECT ${MENTION_DETAIL}, e.key, e.type FROM mentions m JOIN events e ON e.id = m.event_id
        WHERE m.article_id = $1 ORDER BY m.trigger_start`, [a.id]);
      return articleDetail(a, ms);
    },

    close() {
      return pool.end();
    },
  };
  return model;
}
