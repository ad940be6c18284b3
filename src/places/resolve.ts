import type { NameMatch, Place, PlaceKind } from "./gazetteer.js";
import type { PlaceMention } from "./mentions.js";

/** What the output says of an event's place (see README, "Output contract"). */
export interface EventPlace {
  text: string;
  start: number;
  end: number;
  name: string;
  country: string;
  admin1: string | null;
  admin1_code: string | null;
  admin2: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: number | null;
  precision: PlaceKind;
}

/** What the rest of the document says, for ranking: its home country and the places and countries named. */
export interface PlaceContext {
  home: string | null;
  /** Countries of the event's actors and of the sentence's named actors. */
  countries: ReadonlySet<string>;
  /** First-level divisions and countries of places already resolved in the document. */
  seenAdmin1: ReadonlySet<string>;
  seenCountries: ReadonlySet<string>;
  /** Nationalities of the doers of the mention's own sentence ("Nicaraguan police", "la policía india"). */
  nationalities?: ReadonlySet<string>;
}

/**
 * The ranking, in the manner of Mordecai: each feature adds to a candidate's score, and the best one wins. The
 * weights are read together: a cue word or a parent outweighs everything; a country or first-level division
 * outweighs a town of the same name; population orders the rest; the document's countries break ties.
 */
export const WEIGHTS = {
  /** log10(population) per unit. */
  population: 1,
  feature: { PPLC: 3, PPLG: 3, PPLA: 2, PPLA2: 1, PCLI: 6, ADM1: 4, ADM2: 0 } as Record<string, number>,
  /** The name is the place's own, not an alternate name or an exonym of ours. */
  ownName: 0.5,
  /** An exonym or short form from our names file ("Nueva York", "Washington"): chosen on purpose. */
  curated: 6,
  /** "el estado de X", "the city of X": the cue names the kind. */
  cueMatch: 20,
  cueMismatch: -20,
  /** "Córdoba, Veracruz": the parent is the candidate's division or country. */
  parent: 30,
  /** A small town far from the story (no parent, not in the home country): "Congress", Arizona for "Congress". */
  smallTown: -10,
  /** Below this, a name is not read as a place at all. */
  minimum: 3,
  /**
   * A division named as a large city of its country ("San José", "La Paz", "Amman", "Córdoba, Veracruz", "Buenos
   * Aires"): news means the city unless a cue says otherwise.
   */
  seatNamesake: -8,
  home: 3,
  actorCountry: 2,
  /**
   * A nationality said in the same sentence ("Nicaraguan police arrested a priest in Granada", "Indian police fired
   * tear gas … in the state of Punjab"): after a parent, a cue word and the dateline, the reader's next clue — more
   * than a home country counted from the names (which the ambiguous name itself may have set).
   */
  nationality: 6,
  seenAdmin1: 2,
  seenCountry: 1.5,
} as const;

/** The most populous city among a mention's candidates, per country: of any name, and of those our names file names so. */
interface LargestCity { any: Map<string, number>; alias: Map<string, number> }

/** What a candidate scores whatever the document says: its name, kind, cue and parent. */
interface OwnScore { s: number; parented: boolean; namesake: boolean }

// A place's population and feature score, once per place (a common name's candidates recur in every document).
const priors = new WeakMap<Place, number>();
function prior(p: Place): number {
  let s = priors.get(p);
  if (s === undefined) priors.set(p, (s = WEIGHTS.population * Math.log10(p.population + 1) + (WEIGHTS.feature[p.feature] ?? 0)));
  return s;
}

// A division's cue word says a division, not its level: a province is GeoNames' second level in Peru, Spain and the
// Philippines ("la provincia de Nasca", "Northern Samar province") and its first in Argentina; so is a district in
// India and a region in Chile. The level the word names usually wins (cueMatch); the other level is not refused.
const division = (k: PlaceKind): boolean => k === "admin1" || k === "admin2";

// A town and its municipality share a name: "the city of X" may be read as the municipality, and "la comuna de
// Mirebalais", "el municipio de X" as its seat when the gazetteer holds no such division (a Haitian commune is a town in
// GeoNames). Both stay below the level the word names.
const seatOrDivision = (cue: PlaceKind, k: PlaceKind): boolean => (cue === "city" && k === "admin2") || (cue === "admin2" && k === "city");

// (A mention is complete when it is ranked: its cue and parent are set by placeMentions before.)

function ownScore(c: { place: Place; how: NameMatch }, m: PlaceMention, largestCity: LargestCity): OwnScore {
  const p = c.place;
  let s = prior(p);
  if (c.how === "name") s += WEIGHTS.ownName;
  else if (c.how === "alias" || c.how === "abbreviation") s += WEIGHTS.curated;
  if (m.cue) s += m.cue === p.kind ? WEIGHTS.cueMatch : seatOrDivision(m.cue, p.kind) || (division(m.cue) && division(p.kind)) ? 0 : WEIGHTS.cueMismatch;
  const parented = !!m.parent && m.parent.candidates.some((q) => isParentOf(q.place, p));
  if (parented) s += WEIGHTS.parent;
  // A city of the same name in the same country, at least a fiftieth of the division's population. (A division our
  // names file gives the name to on purpose — "Gaza" is the Strip — yields only to a city the file names so too:
  // "Ciudad de México" is the city.)
  const cities = c.how === "alias" ? largestCity.alias : largestCity.any;
  const namesake = (p.kind === "admin1" || p.kind === "admin2") && m.cue !== p.kind && (cities.get(p.country) ?? -1) >= p.population / 50;
  return { s, parented, namesake };
}

// The document-free part of every candidate's score, once per mention (a mention is ranked several times, and a
// common name has hundreds of candidates).
const ownScores = new WeakMap<PlaceMention, OwnScore[]>();
function ownScoresOf(m: PlaceMention): OwnScore[] {
  let scores = ownScores.get(m);
  if (scores) return scores;
  const largestCity: LargestCity = { any: new Map(), alias: new Map() };
  for (const { place: q, how } of m.candidates) {
    if (q.kind !== "city") continue;
    if (q.population > (largestCity.any.get(q.country) ?? -1)) largestCity.any.set(q.country, q.population);
    if (how === "alias" && q.population > (largestCity.alias.get(q.country) ?? -1)) largestCity.alias.set(q.country, q.population);
  }
  scores = m.candidates.map((c) => ownScore(c, m, largestCity));
  ownScores.set(m, scores);
  return scores;
}

function score(c: { place: Place; how: NameMatch }, own: OwnScore, ctx: PlaceContext): number {
  const p = c.place;
  let s = own.s;
  if (p.kind === "city" && p.population < 5000 && !own.parented && ctx.home !== p.country) s += WEIGHTS.smallTown;
  if (own.namesake) s += WEIGHTS.seatNamesake;
  if (ctx.home === p.country) s += WEIGHTS.home;
  if (ctx.countries.has(p.country)) s += WEIGHTS.actorCountry;
  if (ctx.nationalities?.has(p.country)) s += WEIGHTS.nationality;
  if (p.admin1Code && ctx.seenAdmin1.has(p.admin1Code)) s += WEIGHTS.seenAdmin1;
  if (ctx.seenCountries.has(p.country)) s += WEIGHTS.seenCountry;
  return s;
}

/** Does `parent` contain `child` (a country its divisions and towns, a division its towns)? */
export function isParentOf(parent: Place, child: Place): boolean {
  if (parent.kind === "country") return parent.country === child.country && child.kind !== "country";
  if (parent.kind === "admin1") return parent.admin1Code === child.admin1Code && child.kind !== "admin1" && child.kind !== "country";
  if (parent.kind === "admin2") return child.kind === "city" && parent.admin2Code !== null && parent.admin2Code === child.admin2Code;
  return false;
}

/** The best reading of a mention, or null when it has none. */
export function rankPlace(m: PlaceMention, ctx: PlaceContext): Place | null {
  let best: Place | null = null;
  let bestScore: number = WEIGHTS.minimum;
  const own = ownScoresOf(m);
  for (let i = 0; i < m.candidates.length; i++) {
    const c = m.candidates[i]!;
    const s = score(c, own[i]!, ctx);
    if (s > bestScore) {
      best = c.place;
      bestScore = s;
    }
  }
  return best;
}

/** The output record of a resolved mention. A division or a country carries no coordinates. */
export function eventPlace(m: PlaceMention, p: Place): EventPlace {
  const city = p.kind === "city";
  return {
    text: m.text, start: m.start, end: m.end, name: p.name, country: p.country,
    admin1: p.kind === "country" ? null : p.admin1, admin1_code: p.kind === "country" ? null : p.admin1Code,
    admin2: city || p.kind === "admin2" ? p.admin2 : null,
    lat: city ? p.lat : null, lon: city ? p.lon : null, geonameid: city && /^\d+$/.test(p.id) ? Number(p.id) : null, precision: p.kind,
  };
}

/** An event as the place stage sees it: its sentence, its trigger's position, its actors' countries. */
export interface Placeable {
  sentence: number;
  trigger: { start: number; end: number };
  countries: readonly string[];
  /** A said act (a demand, an accusation): placed where it is said, see saidHere in stage.ts. */
  said?: boolean;
  /** Its doers' countries: a said act is where its speakers are. */
  sources?: readonly string[];
}

/**
 * Which mention is an event's place: a locative place of its own clause (nearer its trigger than any other
 * trigger of the sentence, event or not, and that `fits` it), else a locative place that another event of its sentence owns, else the
 * dateline when the event's actors (a said act's speakers) belong to the dateline's country or have none, else none. A place only talked
 * about ("la violencia en Sinaloa", "condenó el asesinato de un sacerdote en Celaya": the murder's place, not the
 * condemnation's) or serving as another's parent never is.
 */
export function placeOf(e: Placeable, siblings: readonly Placeable[], others: readonly Placeable[], mentions: readonly PlaceMention[], dateline: PlaceMention | null, datelineCountry: string | null, fits: (m: PlaceMention) => boolean = () => true, apart: (m: PlaceMention) => boolean = () => false): PlaceMention | null {
  // (`apart`: a place that belongs to another act whatever owns it, as past a cause: "sancionó … por la represión de
  // las protestas en Maracaibo".)
  const usable = mentions.filter((m) => m.sentence === e.sentence && m.locative && !m.topic && !m.isParent && !apart(m));
  const dist = (x: Placeable, m: PlaceMention) => (m.start >= x.trigger.end ? m.start - x.trigger.end : x.trigger.start - m.end);
  // A place after a trigger is its complement; one before it belongs to it less surely ("In Guayaquil, police
  // arrested…" but "detuvieron en Culiacán durante cateos"): it counts three times as far. Among the sentence's
  // events the nearest owns a place; another act that is no event takes it only when it lies between
  // ("condenó el asesinato de un sacerdote en Celaya").
  const weighed = (x: Placeable, m: PlaceMention) => (m.start >= x.trigger.end ? dist(x, m) : 3 * dist(x, m));
  const between = (x: Placeable, m: PlaceMention, o: Placeable) => (m.start >= x.trigger.end ? o.trigger.start >= x.trigger.end && o.trigger.end <= m.start : o.trigger.end <= x.trigger.start && o.trigger.start >= m.end);
  const owner = (m: PlaceMention): Placeable | null => {
    let best: Placeable | null = null;
    for (const x of siblings) if (x.sentence === e.sentence && (!best || weighed(x, m) < weighed(best, m))) best = x;
    if (best && others.some((o) => o.sentence === e.sentence && between(best!, m, o))) return null;
    return best;
  };
  const pick = (ms: PlaceMention[]) => ms.sort((a, b) => dist(e, a) - dist(e, b))[0] ?? null;
  const own = usable.filter((m) => owner(m) === e && fits(m));
  // A said act shares the place of a done act told before it ("protested in Tel Aviv, demanding…"), not of
  // another said act ("Protesters in Santiago demanded…, which the government condemned") nor of the act it is
  // about ("condemned an Israeli raid on a refugee camp in the West Bank"), nor of another side's act before it ("Iran
  // condemned Israeli strikes on Beirut, calling them…": the strikes are Israel's, the words Iran's).
  const sameDoers = (o: Placeable) => !o.sources?.length || !e.sources?.length || o.sources.some((c) => e.sources!.includes(c));
  const events = usable.filter((m) => {
    const o = owner(m);
    return !!o && siblings.includes(o) && !(e.said && (o.said || o.trigger.start > e.trigger.start || !sameDoers(o)));
  });
  const found = pick(own) ?? pick(events);
  if (found) return found;
  // (A said act is said where its speakers are: "WASHINGTON — Venezuela's foreign ministry rejected the measures" was
  // not said in Washington, though it is aimed at Washington.)
  const parties = e.said && e.sources?.length ? e.sources : e.countries;
  if (dateline && datelineCountry && (!parties.length || parties.includes(datelineCountry))) return dateline;
  return null;
}
