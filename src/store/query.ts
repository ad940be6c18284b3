import type { ResolvedActor } from "./identity.js";
import { placeWhere } from "./place-key.js";
import type { EventFilter } from "./store.js";

/** Turns what was asked for one side into the actors it stands for (`actorResolver`). */
export type Resolve = (who: string) => ResolvedActor;

// An actor on one side of an event: one of the actors the query resolved to (a code's, or the whole-word name matches).
function side(role: "source" | "target" | null, who: string, params: unknown[], resolve: Resolve): string {
  params.push(JSON.stringify(resolve(who).ids));
  return `EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id
    ${role ? `AND ea.role = '${role}'` : ""} AND ea.actor_id IN (SELECT value FROM json_each(?)))`;
}

// The events with one of `a`'s actors as source and one of `b`'s as target, or the other way round, driven by the actor
// index (event_actors by actor and role) rather than a scan of every event. The unary + keeps SQLite from probing the
// key once per actor of the other side (a country has dozens of actor identities) and checks the list instead.
// A direction left out gets empty lists.
function dyadSides(a: string, b: string, direction: EventFilter["direction"], params: unknown[], resolve: Resolve): string {
  const [ia, ib] = [JSON.stringify(resolve(a).ids), JSON.stringify(resolve(b).ids)];
  params.push(...(direction === "ba" ? ["[]", "[]"] : [ia, ib]), ...(direction === "ab" ? ["[]", "[]"] : [ib, ia]));
  const one = `SELECT t.event_id FROM event_actors t JOIN event_actors s ON s.event_id = t.event_id AND s.role = 'source'
      AND +s.actor_id IN (SELECT value FROM json_each(?)) WHERE t.role = 'target' AND t.actor_id IN (SELECT value FROM json_each(?))`;
  return `e.id IN (${one} UNION ${one})`;
}

const list = (xs: readonly unknown[]): string => xs.map(() => "?").join(", ");

/**
 * The SQL that reads the events a filter selects, oldest event date first; `resolve` gives the actors each side stands for.
 * @example buildQuery({ dyad: ["MEX", "USA"], from: "2026-01-01" }, actorResolver(db))
 */
export function buildQuery(f: EventFilter, resolve: Resolve): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...ps: unknown[]): void => {
    where.push(sql);
    params.push(...ps);
  };
  if (f.dyad) {
    const [a, b] = f.dyad;
    add(dyadSides(a, b, f.direction, params, resolve));
  }
  if (f.actor) add(side(null, f.actor, params, resolve));
  if (f.from) add("e.date >= ?", f.from);
  if (f.to) add("e.date <= ?", f.to);
  if (f.types?.length) add(`e.type IN (${list(f.types)})`, ...f.types.map((t) => t.toUpperCase()));
  if (f.quads?.length) add(`e.quad IN (${list(f.quads)})`, ...f.quads);
  if (f.context) add("EXISTS (SELECT 1 FROM json_each(e.contexts) WHERE value = ?)", f.context);
  if (f.text) add("e.id IN (SELECT m.event_id FROM evidence_fts JOIN mentions m ON m.id = evidence_fts.rowid WHERE evidence_fts MATCH ?)", f.text);
  if (f.minArticles) add("e.num_articles >= ?", f.minArticles);
  if (f.placeCountry) add("e.place_country = ?", f.placeCountry.toUpperCase());
  if (f.admin1) add("e.place_admin1 = ?", f.admin1.toUpperCase());
  if (f.place) {
    const at = placeWhere(f.place);
    add(`(${at.sql})`, ...at.params);
  }
  const limit = f.limit ? ` LIMIT ${Math.max(0, Math.floor(f.limit))}` : "";
  return { sql: `SELECT e.* FROM events e${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY e.date, e.id${limit}`, params };
}
