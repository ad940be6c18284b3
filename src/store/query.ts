import type { ResolvedActor } from "./identity.js";
import { placeWhere } from "./place-key.js";
import type { EventFilter } from "./store.js";

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

/** Turns what was asked for one side into the actors it stands for (`actorResolver`). */
export type Resolve = (who: string) => ResolvedActor;

/** What the event query says differently in each store's SQL. `p` is the placeholder of a value, in the order of use. */
export interface QueryDialect {
  readonly placeholder: (n: number) => string;
  /** `haystack` contains `needle` (both SQL expressions). */
  readonly contains: (haystack: string, needle: string) => string;
  /** The event `e` has this context (JSON array `e.contexts`). */
  readonly hasContext: (p: string) => string;
  /** The ids of the events whose evidence matches this search. */
  readonly textMatch: (p: string) => string;
  /** The ids in a JSON array parameter, as a subquery ("[3,7]"). */
  readonly idsIn: (p: string) => string;
  /** A value of the event's record JSON at a path of keys (`place`, `geonameid`), as text. */
  readonly recordText: (...keys: string[]) => string;
}

export const SQLITE_DIALECT: QueryDialect = {
  placeholder: () => "?",
  contains: (h, n) => `instr(${h}, ${n}) > 0`,
  hasContext: (p) => `EXISTS (SELECT 1 FROM json_each(e.contexts) WHERE value = ${p})`,
  textMatch: (p) => `SELECT m.event_id FROM evidence_fts JOIN mentions m ON m.id = evidence_fts.rowid WHERE evidence_fts MATCH ${p}`,
  idsIn: (p) => `(SELECT value FROM json_each(${p}))`,
  recordText: (...keys) => `json_extract(e.record, '$.${keys.join(".")}')`,
};

/**
 * The SQL that reads the events a filter selects, oldest event date first. With `resolve`, each side is the actors it
 * stands for (a code's, or the whole-word name matches: `BRA` never finds "Ebrard"); without, a code or part of a name.
 * @example buildQuery({ dyad: ["MEX", "USA"], from: "2026-01-01" }, SQLITE_DIALECT, actorResolver(db))
 */
export function buildQuery(f: EventFilter, d: QueryDialect = SQLITE_DIALECT, resolve?: Resolve): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown): string => {
    params.push(v);
    return d.placeholder(params.length);
  };
  const list = (xs: readonly unknown[]): string => xs.map(p).join(", ");
  const ids = (who: string): string => d.idsIn(p(JSON.stringify(resolve!(who).ids)));
  // An actor on one side of an event.
  const side = (role: "source" | "target" | null, who: string): string => resolve
    ? `EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id ${role ? `AND ea.role = '${role}'` : ""} AND ea.actor_id IN ${ids(who)})`
    : `EXISTS (SELECT 1 FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id = e.id
    ${role ? `AND ea.role = '${role}'` : ""} AND (ac.country = ${p(who.toUpperCase())} OR ac.org = ${p(who.toUpperCase())} OR ${d.contains("ac.name_fold", p(fold(who)))}))`;
  if (f.dyad) {
    const [a, b] = f.dyad;
    // `ab` is a's actors acting on b's; a direction left out is left out.
    const ways: [string, string][] = [...(f.direction === "ba" ? [] : [[a, b] as [string, string]]), ...(f.direction === "ab" ? [] : [[b, a] as [string, string]])];
    if (resolve) {
      // Driven by the actor index (event_actors by actor and role) rather than a scan of every event; the unary +
      // keeps SQLite from probing the key once per actor of the other side and checks the list instead.
      const one = ([s, t]: [string, string]) => `SELECT t.event_id FROM event_actors t JOIN event_actors s ON s.event_id = t.event_id AND s.role = 'source'
      AND +s.actor_id IN ${ids(s)} WHERE t.role = 'target' AND t.actor_id IN ${ids(t)}`;
      where.push(`e.id IN (${ways.map(one).join(" UNION ")})`);
    } else where.push(`(${ways.map(([s, t]) => `(${side("source", s)} AND ${side("target", t)})`).join(" OR ")})`);
  }
  if (f.actor) where.push(side(null, f.actor));
  if (f.from) where.push(`e.date >= ${p(f.from)}`);
  if (f.to) where.push(`e.date <= ${p(f.to)}`);
  if (f.types?.length) where.push(`e.type IN (${list(f.types.map((t) => t.toUpperCase()))})`);
  if (f.quads?.length) where.push(`e.quad IN (${list(f.quads)})`);
  if (f.context) where.push(d.hasContext(p(f.context)));
  if (f.text) where.push(`e.id IN (${d.textMatch(p(f.text))})`);
  if (f.minArticles) where.push(`e.num_articles >= ${p(f.minArticles)}`);
  if (f.placeCountry) where.push(`e.place_country = ${p(f.placeCountry.toUpperCase())}`);
  if (f.admin1) where.push(`e.place_admin1 = ${p(f.admin1.toUpperCase())}`);
  if (f.place) {
    const at = placeWhere(f.place);
    // placeWhere writes SQLite's "?" and json_extract: each "?" takes the next parameter in this dialect.
    let k = 0;
    where.push(`(${at.sql.replace(/\?/g, () => p(at.params[k++])).replace(/json_extract\(e\.record, '\$\.([a-z_.]+)'\)/g, (_, path: string) => d.recordText(...path.split(".")))})`);
  }
  const limit = f.limit ? ` LIMIT ${Math.max(0, Math.floor(f.limit))}` : "";
  return { sql: `SELECT e.* FROM events e${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY e.date, e.id${limit}`, params };
}
