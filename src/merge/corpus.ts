import type { EventRecord } from "../model/event.js";
import { STATE } from "../decide/sides.js";

/** Who an actor is, without where the text said it: what cross-article merging compares. */
export interface Identity {
  readonly name: string | null;
  readonly country: string | null;
  readonly sector: string | null;
  readonly org: string | null;
  /** An unnamed actor told by a proper name alone ("México", "Washington"): a country acting as a whole. */
  readonly whole?: boolean;
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
  /** The past year or month a report recalls its act by ("2019"), when that is all its text says; absent for the day's news. */
  readonly period?: string | null;
  readonly places: readonly string[];
  /** The country of each place that has one. */
  readonly placeCountries?: Readonly<Record<string, string>>;
  /** A stored event's mentions, each as its own facts: a new report must contradict none of them. */
  readonly members?: readonly EventFacts[];
}

/** Reports of one event are published on the day or the day after: "ayer" and "on Tuesday" may resolve a day apart. */
export const DEFAULT_WINDOW_DAYS = 1;

const DAY = 86_400_000;
const days = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const words = (s: string): Set<string> => new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** The identity of an actor in an event record. */
export function identityOf(a: EventRecord["source"][number]): Identity {
  const whole = a.name === null && a.text.split(/\s+/u).every((w) => !/^\p{Ll}/u.test(w));
  return { name: a.name, country: a.country, sector: a.sector, org: a.org, ...(whole ? { whole } : {}) };
}

/** A stable string for an identity: `country|org|sector|name`. */
export function identityKey(i: Identity): string {
  return [i.country ?? "", i.org ?? "", i.sector ?? "", i.name ?? ""].join("|");
}

/** A mention's facts: its own date is both ends of its range. */
export function factsOf(e: EventRecord, places: readonly string[] = [], placeCountries: Readonly<Record<string, string>> = {}): EventFacts {
  return {
    type: e.type, mode: e.mode, quad: e.quad, dateMin: e.date, dateMax: e.date, symmetric: e.symmetric,
    source: e.source.map(identityOf), target: e.target.map(identityOf), places, placeCountries, period: e.period ?? null,
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
// are whoever the other report names more precisely: any sector of the same country matches them. An unnamed organ of
// government ("Mexican aviation authorities", "el gobierno") stands only for the state's own bodies, not for the
// country's ranchers or companies.
const generic = (i: Identity): boolean => i.name === null && (i.sector === null || i.sector === "GOV" || i.sector === "CVL");
const covers = (g: Identity, other: Identity): boolean =>
  generic(g) && (g.sector !== "GOV" || g.whole === true || other.sector === null || STATE.has(other.sector));
const same = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

/**
 * Two actors can be the same one: country, organisation and name agree where both are known, and so does the
 * sector unless one of them is a country acting as a whole.
 * @example sameActor({name: "Claudia Sheinbaum", country: "MEX", sector: "GOV", org: null},
 *                    {name: null, country: "MEX", sector: "GOV", org: null}) // true
 */
export function sameActor(a: Identity, b: Identity): boolean {
  if (!same(a.country, b.country) || !same(a.org, b.org) || !sameName(a.name, b.name)) return false;
  return same(a.sector, b.sector) || covers(a, b) || covers(b, a);
}

// How much an identity says: a name first, then country or organisation, then sector.
const detail = (i: Identity): number => (i.name !== null ? 4 : 0) + (i.country !== null || i.org !== null ? 2 : 0) + (i.sector !== null ? 1 : 0);

/** The actors of a side that no more specific actor of the same side stands for ("Secretaría de Marina" stands for "la Marina"). */
export function specific(xs: readonly Identity[]): Identity[] {
  return xs.filter((x) => !xs.some((y) => y !== x && detail(y) > detail(x) && sameActor(x, y)));
}

/** Types whose two sides act together whatever the grammar says: a call, a meeting, an agreement. */
export const UNDIRECTED: ReadonlySet<string> = new Set(["CONSULT", "AGREE"]);
const undirected = (e: EventFacts, m: EventFacts): boolean => e.symmetric || m.symmetric || UNDIRECTED.has(e.type);

// "match": one actor is the same in both; "unknown": one report leaves the side empty; "near": only unnamed actors of
// one sector outside the state that two reports place in different countries ("companies", Mexican in one, American in the other);
// "clash": named actors differ (Guardia Nacional vs Ejército, Ebrard–Greer vs Ebrard–Lutnick); "differ": anything else
// (Mexico's government vs Washington's, unnamed soldiers vs unnamed police).
type Side = "match" | "unknown" | "near" | "differ" | "clash";

const isNamed = (i: Identity): boolean => i.name !== null || i.org !== null;

function side(a: readonly Identity[], b: readonly Identity[]): Side {
  if (a.length === 0 || b.length === 0) return "unknown";
  const [x, y] = [specific(a), specific(b)];
  if (x.some((i) => y.some((j) => sameActor(i, j)))) return "match";
  if (x.some((i) => i.name !== null) && y.some((j) => j.name !== null)) return "clash";
  // Unnamed organs of two states are two states ("[USA GOV]" and "[CAN GOV]"), never near.
  const unnamed = [...x, ...y].every((i) => !isNamed(i));
  return unnamed && x.some((i) => y.some((j) => i.sector !== null && i.sector === j.sector && !STATE.has(i.sector))) ? "near" : "differ";
}

// Whether the report names (a person, a body) an actor of the event's side.
const namedIn = (report: readonly Identity[], event: readonly Identity[]): boolean =>
  specific(report).some((j) => isNamed(j) && specific(event).some((i) => sameActor(i, j)));

// Whether a side's match rests on a name: then the other side may be "near".
const namedMatch = (a: readonly Identity[], b: readonly Identity[]): boolean =>
  specific(a).some((i) => specific(b).some((j) => sameActor(i, j) && (isNamed(i) || isNamed(j))));

/**
 * How two reports' actors compare: "agree" (one side the same, the other the same or unknown, or only "near" when
 * the first rests on a named actor), "neutral" (nothing in common, nothing contradicting), "differ" (unnamed actors
 * that do not fit), "clash" (named actors that differ). The second report is read as it is or with its roles swapped.
 */
type Relation = "agree" | "neutral" | "differ" | "clash";

function relate(e: EventFacts, m: EventFacts, crossed: boolean): Relation {
  const [ms, mt] = crossed ? [m.target, m.source] : [m.source, m.target];
  const s = side(e.source, ms);
  const t = side(e.target, mt);
  if (s === "clash" || t === "clash") return "clash";
  // A call, a meeting or an agreement has two parties: a report silent on one joins by the other only when that one
  // is named the same ("la SRE", "Sheinbaum"), not by an unnamed government of the same country ("el gobierno
  // estatal ofreció apoyo" is no report of the presidents' agreement).
  // (`quiet`: the side that is silent, in the event and in the report; `told`: the other side, in each. Whichever is
  // silent must name the party it tells, unless it tells the act jointly, every party on one side.)
  const speaks = (quiet: readonly Identity[], f: EventFacts, told: readonly Identity[], other: readonly Identity[]) => quiet.length > 0 || joint(f) || namedIn(told, other);
  const silent = (x: Side, [eq, mq]: [readonly Identity[], readonly Identity[]], [et, mtold]: [readonly Identity[], readonly Identity[]]) =>
    x === "unknown" && (!UNDIRECTED.has(e.type) || (speaks(eq, e, et, mtold) && speaks(mq, m, mtold, et)));
  if (s === "match" && (t === "match" || silent(t, [e.target, mt], [e.source, ms]) || (t === "near" && namedMatch(e.source, ms)))) return "agree";
  if (t === "match" && (silent(s, [e.source, ms], [e.target, mt]) || (s === "near" && namedMatch(e.target, mt)))) return "agree";
  return s === "unknown" && t === "unknown" ? "neutral" : "differ";
}

const RANK: Record<Relation, number> = { agree: 3, neutral: 2, differ: 1, clash: 0 };

// For an undirected event, roles say little ("Petro y Maduro hablaron" has both on one side, and the coder may put the
// topic on the other): the reports agree when both name two of the same named participants and none the other lacks.
function sameParticipants(e: EventFacts, m: EventFacts): boolean {
  const named = (f: EventFacts) => specific([...f.source, ...f.target]).filter((i) => i.name !== null);
  const [a, b] = [named(e), named(m)];
  if (!b.every((j) => a.some((i) => sameActor(i, j)))) return false;
  return a.filter((i) => b.some((j) => sameActor(i, j))).length >= 2;
}

// A call, a meeting or an agreement told jointly ("Estados Unidos y México acordaron…": every party a source, no
// target) names all its parties: its empty target is not a report silent on one side. Another report of it names no
// country outside them, nor it one outside the other's: an agreement between Washington and Mexico City is not a
// Mexican minister's trip to Ottawa told the same day.
const countriesOf = (f: EventFacts): Set<string> =>
  new Set([...f.source, ...f.target].map((i) => i.country).filter((c): c is string => c !== null));
const joint = (f: EventFacts): boolean => f.target.length === 0 && countriesOf(f).size >= 2;
const nested = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((c) => b.has(c)) || [...b].every((c) => a.has(c));

/**
 * How two reports' actors compare, the best reading. Roles may be swapped when the coder found either report
 * symmetric, or, for a call, a meeting or an agreement, when the swap lines up both sides ("Rubio recibió a De la
 * Fuente" and "De la Fuente met Rubio"); a lone "México" on one side is not enough to swap on.
 */
function relation(e: EventFacts, m: EventFacts): Relation {
  if (undirected(e, m) && (joint(e) || joint(m)) && !nested(countriesOf(e), countriesOf(m))) return "differ";
  const straight = relate(e, m, false);
  if (straight === "agree" || !undirected(e, m)) return straight;
  if (sameParticipants(e, m)) return "agree";
  const crossed = relate(e, m, true);
  if (!e.symmetric && !m.symmetric && !(side(e.source, m.target) === "match" && side(e.target, m.source) === "match")) return straight;
  return RANK[crossed] > RANK[straight] ? crossed : straight;
}

// Whether the mention's roles line up with the event's only when swapped.
function swapped(e: EventFacts, m: EventFacts): boolean {
  if (!undirected(e, m) || relate(e, m, false) === "agree") return false;
  const crossed = relate(e, m, true);
  return crossed === "agree" && (e.symmetric || m.symmetric || (side(e.source, m.target) === "match" && side(e.target, m.source) === "match"));
}

/**
 * The actors of two reports agree: for each side, the same actor (a named one and an unnamed one of the same country
 * and sector count as the same) or one report silent; at least one side the same; either way round for a call, a
 * meeting, an agreement or an event the coder found symmetric.
 */
export const actorsAgree = (e: EventFacts, m: EventFacts): boolean => relation(e, m) === "agree";

// An arrest or an attack happens somewhere; a call or a threat only names places as topics ("more water to Texas").
const material = (e: EventFacts): boolean => e.quad === 2 || e.quad === 4;

// Places are paths from country down ("MEX/MX.25/Culiacán/4012176"): one lies within the other when it extends it.
const within = (p: string, q: string): boolean => p === q || p.startsWith(`${q}/`) || q.startsWith(`${p}/`);

// Two reports of a material act place it apart when both name places, none in common, in one country: Culiacán,
// Sinaloa and Hermosillo, Sonora. Places in two countries are the two ends of one act (a border bridge between Cúcuta
// and Ureña, a transfer from Mexico to Texas); a place whose country is unknown counts as in every country.
function placedApart(e: EventFacts, m: EventFacts): boolean {
  if (!material(e) || e.places.length === 0 || m.places.length === 0 || e.places.some((p) => m.places.some((q) => within(p, q)))) return false;
  const countries = (f: EventFacts) => f.places.map((p) => f.placeCountries?.[p] ?? null);
  const [a, b] = [countries(e), countries(m)];
  return a.includes(null) || b.includes(null) || a.some((c) => b.includes(c));
}

/**
 * What `compatible` checks before it compares actors, without the event's mentions: the same type, all dates within
 * `windowDays` of each other, the same recalled period (none for the day's news), and places that do not set a
 * material act apart. A store reads an event's mentions only
 * for the candidates that pass.
 */
export function mayJoin(e: EventFacts, m: EventFacts, windowDays = DEFAULT_WINDOW_DAYS): boolean {
  if (e.type !== m.type) return false;
  // History a report recalls ("firmaron un acuerdo en 2019") is not the day's news, nor history of another period.
  if ((e.period ?? null) !== (m.period ?? null)) return false;
  const lo = e.dateMin < m.dateMin ? e.dateMin : m.dateMin;
  const hi = e.dateMax > m.dateMax ? e.dateMax : m.dateMax;
  return days(lo, hi) <= windowDays && !placedApart(e, m);
}

/**
 * Whether a mention can be another report of a stored event: same type, all dates within `windowDays` of each other,
 * for material acts places that overlap when both name some, and actors that agree (either way round when the event is
 * undirected). When the event's mentions are known, the new one must agree with one of them and contradict none, so
 * an event does not grow by chaining: a report that names only "the Navy" joins the Navy's arrest, and a later report
 * of the Guardia Nacional's arrest does not join through it.
 */
export function compatible(e: EventFacts, m: EventFacts, windowDays = DEFAULT_WINDOW_DAYS): boolean {
  if (!mayJoin(e, m, windowDays)) return false;
  if (!e.members?.length) return actorsAgree(e, m);
  // No named actor contradicts any report; the reports it agrees with outnumber those whose unnamed actors do not fit
  // (one report's stray reading does not keep the others' agreement out).
  const rel = e.members.map((k) => relation(k, m));
  const n = (r: Relation) => rel.filter((x) => x === r).length;
  return n("clash") === 0 && n("agree") > 0 && n("agree") >= n("differ");
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

/** Whether a report joins an event with its roles swapped (an undirected event told the other way round). */
export const absorbSwaps = (e: EventFacts, m: EventFacts): boolean => swapped(e, m);

/** The event's facts once the mention is part of it: ranges widen, actors and places accumulate. */
export function absorb(e: EventFacts, m: EventFacts): EventFacts {
  const swap = swapped(e, m);
  return {
    type: e.type, mode: e.mode ?? m.mode, quad: e.quad,
    dateMin: m.dateMin < e.dateMin ? m.dateMin : e.dateMin,
    dateMax: m.dateMax > e.dateMax ? m.dateMax : e.dateMax,
    symmetric: e.symmetric || m.symmetric,
    source: union(e.source, swap ? m.target : m.source),
    target: union(e.target, swap ? m.source : m.target),
    places: [...new Set([...e.places, ...m.places])],
    placeCountries: { ...m.placeCountries, ...e.placeCountries },
    period: e.period ?? null,
    ...(e.members ? { members: [...e.members, m] } : {}),
  };
}

/** The ISO 8601 week of a date: "2026-W19". */
export function isoWeek(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/**
 * The merge buckets a mention may touch: its type with each ISO week that a date within `windowDays` of its own falls
 * in. Two mentions that could join one event share a bucket, so a store that serialises writers by bucket never lets
 * two reports of one event each create it. Sorted, so that writers take them in one order.
 * @example mergeBuckets("CONSULT", "2026-05-04", 1) // ["CONSULT|2026-W18", "CONSULT|2026-W19"]
 */
export function mergeBuckets(type: string, date: string, windowDays = DEFAULT_WINDOW_DAYS): string[] {
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  const weeks = new Set<string>();
  for (let n = -windowDays; n <= windowDays; n++) weeks.add(isoWeek(new Date(t + n * DAY).toISOString()));
  return [...weeks].sort().map((w) => `${type}|${w}`);
}
