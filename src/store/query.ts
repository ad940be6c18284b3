import type { EventFilter } from "./store.js";

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

// An actor on one side of an event: a country or organisation code ("MEX", "UN"), or part of a name ("Sheinbaum").
function side(role: "source" | "target" | null, who: string, params: unknown[]): string {
  params.push(who.toUpperCase(), who.toUpperCase(), fold(who));
  return `EXISTS (SELECT 1 FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id = e.id
    ${role ? `AND ea.role = '${role}'` : ""} AND (ac.country = ? OR ac.org = ? OR instr(ac.name_fold, ?) > 0))`;
}

const list = (xs: readonly unknown[]): string => xs.map(() => "?").join(", ");

/**
 * The SQL that reads the events a filter selects, oldest event date first.
 * @example buildQuery({ dyad: ["MEX", "USA"], from: "2026-01-01" })
 */
export function buildQuery(f: EventFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...ps: unknown[]): void => {
    where.push(sql);
    params.push(...ps);
  };
  if (f.dyad) {
    const [a, b] = f.dyad;
    add(`((${side("source", a, params)} AND ${side("target", b, params)}) OR (${side("source", b, params)} AND ${side("target", a, params)}))`);
  }
  if (f.actor) add(side(null, f.actor, params));
  if (f.from) add("e.date >= ?", f.from);
  if (f.to) add("e.date <= ?", f.to);
  if (f.types?.length) add(`e.type IN (${list(f.types)})`, ...f.types.map((t) => t.toUpperCase()));
  if (f.quads?.length) add(`e.quad IN (${list(f.quads)})`, ...f.quads);
  if (f.context) add("EXISTS (SELECT 1 FROM json_each(e.contexts) WHERE value = ?)", f.context);
  if (f.text) add("e.id IN (SELECT m.event_id FROM evidence_fts JOIN mentions m ON m.id = evidence_fts.rowid WHERE evidence_fts MATCH ?)", f.text);
  if (f.minArticles) add("e.num_articles >= ?", f.minArticles);
  if (f.placeCountry) add("e.place_country = ?", f.placeCountry.toUpperCase());
  if (f.admin1) add("e.place_admin1 = ?", f.admin1.toUpperCase());
  const limit = f.limit ? ` LIMIT ${Math.max(0, Math.floor(f.limit))}` : "";
  return { sql: `SELECT e.* FROM events e${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY e.date, e.id${limit}`, params };
}
