import type { EventFilter } from "./store.js";

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

/** What the event query says differently in each store's SQL. `p` is the placeholder of a value, in the order of use. */
export interface QueryDialect {
  readonly placeholder: (n: number) => string;
  /** `haystack` contains `needle` (both SQL expressions). */
  readonly contains: (haystack: string, needle: string) => string;
  /** The event `e` has this context (JSON array `e.contexts`). */
  readonly hasContext: (p: string) => string;
  /** The ids of the events whose evidence matches this search. */
  readonly textMatch: (p: string) => string;
}

export const SQLITE_DIALECT: QueryDialect = {
  placeholder: () => "?",
  contains: (h, n) => `instr(${h}, ${n}) > 0`,
  hasContext: (p) => `EXISTS (SELECT 1 FROM json_each(e.contexts) WHERE value = ${p})`,
  textMatch: (p) => `SELECT m.event_id FROM evidence_fts JOIN mentions m ON m.id = evidence_fts.rowid WHERE evidence_fts MATCH ${p}`,
};

/**
 * The SQL that reads the events a filter selects, oldest event date first.
 * @example buildQuery({ dyad: ["MEX", "USA"], from: "2026-01-01" })
 */
export function buildQuery(f: EventFilter, d: QueryDialect = SQLITE_DIALECT): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown): string => {
    params.push(v);
    return d.placeholder(params.length);
  };
  const list = (xs: readonly unknown[]): string => xs.map(p).join(", ");
  // An actor on one side of an event: a country or organisation code ("MEX", "UN"), or part of a name ("Sheinbaum").
  const side = (role: "source" | "target" | null, who: string): string =>
    `EXISTS (SELECT 1 FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id = e.id
    ${role ? `AND ea.role = '${role}'` : ""} AND (ac.country = ${p(who.toUpperCase())} OR ac.org = ${p(who.toUpperCase())} OR ${d.contains("ac.name_fold", p(fold(who)))}))`;
  if (f.dyad) {
    const [a, b] = f.dyad;
    const ab = `${side("source", a)} AND ${side("target", b)}`;
    where.push(`((${ab}) OR (${side("source", b)} AND ${side("target", a)}))`);
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
  const limit = f.limit ? ` LIMIT ${Math.max(0, Math.floor(f.limit))}` : "";
  return { sql: `SELECT e.* FROM events e${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY e.date, e.id${limit}`, params };
}
