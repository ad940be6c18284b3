import type { EventRecord } from "../model/event.js";

/** Who an actor is, without where the text said it: what cross-article merging compares. */
export interface Identity {
  readonly name: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly org: string | null;
}

/** What merging needs to know of one coded event (one mention) or of a stored event (all its mentions). */
export interface EventFacts {
  readonly type: string;
  readonly mode: string | null;
  /** PLOVER quad class: places tell events apart only for material acts (2 and 4). */
  readonly quad: number;
  readonly dateMin: string;
  readonly dateMax: string;
  readonly symmetric: boolean;
  readonly source: readonly Identity[];
  readonly target: readonly Identity[];
  readonly places: readonly string[];
}

/** Reports of one event are published on the day or the day after: "ayer" and "on Tuesday" may resolve a day apart. */
export const DEFAULT_WINDOW_DAYS = 1;

const DAY = 86_400_000;
const days = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const words = (s: string): Set<string> => new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** The identity of an actor in an event record. */
export function identityOf(a: EventRecord["source"][number]): Identity {
  return { name: a.name, country: a.country, sector: a.sector, org: a.org };
}

/** A stable string for an identity: `country|org|sector|name`. */
export function identityKey(i: Identity): string {
  return [i.country ?? "", i.org ?? "", i.sector ?? "", i.name ?? ""].join("|");
}

/** A mention's facts: its own date is both ends of its range. */
export function factsOf(e: EventRecord, places: readonly string[] = []): EventFacts {
  return {
    type: e.type, mode: e.mode, quad: e.quad, dateMin: e.date, dateMax: e.date, symmetric: e.symmetric,
    source: e.source.map(identityOf), target: e.target.map(identityOf), places,
  };
}

// Names from the knowledge base are canonical; names read off the text may be shorter forms of each other
// ("Montero Pinzón" and "Julio César Montero Pinzón").
function sameName(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const [x, y] = [words(a), words(b)];
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  return small.size > 0 && [...small].every((w) => big.has(w));
}

// A country acting as such ("México", "Washington") is its government at large, and unnamed "people" ("seis personas")
// are whoever the other report names more precisely: any sector of the same country matches them.
const generic = (i: Identity): boolean => i.name === null && (i.sector === null || i.sector === "GOV" || i.sector === "CVL");
const same = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

/**
 * Two actors can be the same one: country, organisation and name agree where both are known, and so does the
 * sector unless one of them is a country acting as a whole.
 * @example sameActor({name: "Claudia Sheinbaum", country: "MEX", sector: "GOV", org: null},
 *                    {name: null, country: "MEX", sector: "GOV", org: null}) // true
 */
export function sameActor(a: Identity, b: Identity): boolean {
  if (!same(a.country, b.country) || !same(a.org, b.org) || !sameName(a.name, b.name)) return false;
  return same(a.sector, b.sector) || generic(a) || generic(b);
}

// "weak": the two sides differ only in unnamed actors ("companies" given two countries by two reports); "clash":
// named actors differ ("Guardia Nacional" and "Ejército").
type Side = "match" | "unknown" | "weak" | "clash";

function side(a: readonly Identity[], b: readonly Identity[]): Side {
  if (a.length === 0 || b.length === 0) return "unknown";
  if (a.some((x) => b.some((y) => sameActor(x, y)))) return "match";
  return a.some((x) => x.name !== null) && b.some((y) => y.name !== null) ? "clash" : "weak";
}

// No named actors differ and at least one side has the same actor in both; "crossed" reads the mention's roles swapped.
function agree(e: EventFacts, m: EventFacts, crossed: boolean): boolean {
  const s = side(e.source, crossed ? m.target : m.source);
  const t = side(e.target, crossed ? m.source : m.target);
  return s !== "clash" && t !== "clash" && (s === "match" || t === "match");
}

const actorsAgree = (e: EventFacts, m: EventFacts): boolean => agree(e, m, false) || ((e.symmetric || m.symmetric) && agree(e, m, true));

// An arrest or an attack happens somewhere; a call or a threat only names places as topics ("more water to Texas").
const material = (e: EventFacts): boolean => e.quad === 2 || e.quad === 4;

/**
 * Whether a mention can be another report of a stored event: same type, actors that agree (either way round
 * when the event is symmetric), all dates within `windowDays` of each other, and, for material acts, places that
 * overlap when both name some.
 */
export function compatible(e: EventFacts, m: EventFacts, windowDays = DEFAULT_WINDOW_DAYS): boolean {
  if (e.type !== m.type) return false;
  const lo = e.dateMin < m.dateMin ? e.dateMin : m.dateMin;
  const hi = e.dateMax > m.dateMax ? e.dateMax : m.dateMax;
  if (days(lo, hi) > windowDays) return false;
  if (material(e) && e.places.length > 0 && m.places.length > 0 && !e.places.some((p) => m.places.includes(p))) return false;
  return actorsAgree(e, m);
}

// How well a compatible event fits: shared names and places, the same mode, the nearest date.
function fit(e: EventFacts, m: EventFacts): number {
  const names = (xs: readonly Identity[]) => new Set(xs.map((x) => x.name).filter((n): n is string => n !== null));
  const en = names([...e.source, ...e.target]);
  const shared = [...names([...m.source, ...m.target])].filter((n) => en.has(n)).length;
  const places = m.places.filter((p) => e.places.includes(p)).length;
  const gap = Math.min(Math.abs(days(e.dateMin, m.dateMin)), Math.abs(days(e.dateMax, m.dateMin)));
  return shared * 4 + places * 2 + (e.mode === m.mode ? 1 : 0) - gap;
}

/**
 * The stored event a mention belongs to, or null for a new event. Candidates come oldest first; ties keep the oldest.
 * @example pickEvent([{ id: 7, facts }], factsOf(record)) // 7
 */
export function pickEvent<T extends { readonly facts: EventFacts }>(candidates: readonly T[], m: EventFacts, windowDays = DEFAULT_WINDOW_DAYS): T | null {
  let best: T | null = null;
  let bestFit = -Infinity;
  for (const c of candidates) {
    if (!compatible(c.facts, m, windowDays)) continue;
    const f = fit(c.facts, m);
    if (f > bestFit) [best, bestFit] = [c, f];
  }
  return best;
}

const union = (a: readonly Identity[], b: readonly Identity[]): Identity[] => {
  const keys = new Set(a.map(identityKey));
  return [...a, ...b.filter((x) => !keys.has(identityKey(x)) && keys.add(identityKey(x)))];
};

/** The event's facts once the mention is part of it: ranges widen, actors and places accumulate. */
export function absorb(e: EventFacts, m: EventFacts): EventFacts {
  const swap = (e.symmetric || m.symmetric) && !agree(e, m, false);
  return {
    type: e.type, mode: e.mode ?? m.mode, quad: e.quad,
    dateMin: m.dateMin < e.dateMin ? m.dateMin : e.dateMin,
    dateMax: m.dateMax > e.dateMax ? m.dateMax : e.dateMax,
    symmetric: e.symmetric || m.symmetric,
    source: union(e.source, swap ? m.target : m.source),
    target: union(e.target, swap ? m.source : m.target),
    places: [...new Set([...e.places, ...m.places])],
  };
}
