import { inGrammar, type LanguagePack } from "../data/knowledge.js";
import type { AnalyzedSentence } from "./analyze.js";
import { tokenize } from "../text/tokenize.js";
import { datelineOf } from "../text/dateline.js";
import type { GivenNames } from "../actors/gender.js";
import { gazetteer, type Gazetteer, type Place } from "../places/gazetteer.js";
import { datelinePlace, placeMentions, type PlaceMention } from "../places/mentions.js";
import { isParentOf, rankPlace } from "../places/resolve.js";
import { pairsOf } from "../data/grammar.js";
import { fold } from "../model/token.js";
import type { ActorPhrase } from "../model/actor.js";

/**
 * The country a document is about: its dateline ("MADRID, 8 sep.—", "PANAMA CITY —"), else the country
 * named most often by places, countries and identified actors.
 */
export function homeCountry(analyzed: readonly AnalyzedSentence[], text: string, pack: LanguagePack): string | null {
  return homeCountries(analyzed, text, pack)[0] ?? null;
}

/** A place name of an event sentence, as the places gazetteer reads it with no context. */
export interface PlaceReading {
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
  readonly country: string;
  /** Named with its division ("Granada, Meta"), as a division of another ("Meta, Granada") or after a cue word. */
  readonly settled: boolean;
  /** Governed by a locative ("en Aguachica"). */
  readonly locative: boolean;
}

/** The lead: the sentences whose unqualified titles say the outlet's country. */
const LEAD_SENTENCES = 2;
/** What an unqualified title with its article in the lead counts for the home country (a place named counts 2). */
const UNQUALIFIED_TITLE = 4;
/** How many times more often than its dateline's a story must name a country to be about it. */
const FAR_DATELINE = 3;


/**
 * Countries the document is about, most likely first: the dateline's, then by how often they are named. A town
 * the actors' gazetteer knows counts for the country its division says ("Granada, Meta" is Colombia's, not
 * Spain's); towns named with their division count even when the actors' gazetteer does not know them; with no
 * country named at all, the towns the events happen in tell it ("asesinaron a un campesino en Aguachica").
 */
export function homeCountries(
  analyzed: readonly AnalyzedSentence[], text: string, pack: LanguagePack, places: readonly PlaceReading[] = [],
  dateline: StoryDateline = storyDateline(analyzed, text, pack),
): string[] {
  const { country: where, seat } = dateline;
  const counts = new Map<string, number>();
  const add = (c: string, n: number) => counts.set(c, (counts.get(c) ?? 0) + n);
  const settled = places.filter((r) => r.settled);
  const used = new Set<PlaceReading>();
  const inLead = new Set<string>();
  for (const a of analyzed) {
    // ("summoned the Russian ambassador": a country named by its envoy is the one the story's state deals with, no home;
    // nor does the envoy put his country in the lead: "MIAMI - Cuba summoned the top U.S. diplomat in Havana".)
    for (const p of a.phrases) {
      if (p.parts.some((m) => m.entryId === DIPLOMAT)) continue;
      for (const m of p.parts) if (m.country) { add(m.country, 1); if (a === analyzed[0]) inLead.add(m.country); }
    }
    for (const m of pack.gazetteer.match(a.sentence.tokens)) {
      if (m.entry.kind !== "place" || !m.entry.country) continue;
      // ("China's envoy in Geneva" in a story filed from the body's seat: the seat again, not the story's country.)
      if (seat && a.sentence.tokens.slice(m.first, m.last).map((t) => t.norm).join(" ") === seat) continue;
      const r = settled.find((x) => x.sentence === a.sentence.index && x.first < m.last && m.first < x.last);
      if (r) used.add(r);
      add(r?.country ?? m.entry.country, 2);
      if (a === analyzed[0]) inLead.add(r?.country ?? m.entry.country);
    }
  }
  // "La presidenta Claudia Sheinbaum confirmó…": a title with its article and no country before a person, in the
  // story's lead, is the outlet's own country's office ("el presidente de Estados Unidos, Donald Trump" says its own).
  for (const a of analyzed.slice(0, LEAD_SENTENCES)) {
    for (const p of a.phrases) {
      const [role, person] = p.parts;
      if (p.anaphor || p.parts.length !== 2 || role?.kind !== "role" || person?.kind !== "person" || !person.country || role.country) continue;
      // ("Defence Minister Richard Marles has accused…", "On Saturday, President Donald Trump said…": English writes
      // the outlet's own officials' titles capitalised and bare, with no article, at the start of a clause.)
      const prev = a.sentence.tokens[role.first - 1];
      const bare = /^\p{Lu}/u.test(a.sentence.tokens[role.first]!.text) && (!prev || prev.text === ",");
      if (inGrammar(pack.grammar, "definite_articles", prev?.norm ?? "") || bare) add(person.country, UNQUALIFIED_TITLE);
    }
  }
  for (const r of settled) if (!used.has(r)) add(r.country, 2);
  // ("A court in Jakarta sentenced…": the lead's body named by its place is an actor of that place's country.)
  const placed = leadPlace(analyzed, text, pack);
  if (placed) add(placed, 1);
  if (!counts.size) for (const r of places) if (r.locative) add(r.country, 1);
  // "SANTA CRUZ.- El candidato a gobernador … rechazó el cómputo del Tribunal Electoral Departamental": a story that
  // names no country at all is about the country of its dateline's city, when one city of that name is far the
  // largest (Santa Cruz de la Sierra, not Santa Cruz, California).
  if (!counts.size && !where) {
    const town = datelineTown(text);
    if (town) return [town];
  }
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([c]) => c);
  if (!where) return ranked;
  // A far dateline: "DOHA — Congo's government and the M23 rebel group signed…", "EL CAIRO, 4 nov (AFP) - Al menos 14
  // palestinos murieron … en Nuseirat": a story that names another country at least FAR_DATELINE times as often as the
  // dateline's is about that one; the dateline's comes second. (Counted as named twice at least: a country whose
  // bodies the knowledge hardly knows, named once or never, keeps its dateline against a few mentions of another.)
  const own = Math.max(counts.get(where) ?? 0, 2);
  const top = ranked[0];
  // ("KUWAIT CITY: The Ministry of Foreign Affairs summoned Iraq's ambassador…": a story that opens on a state body
  // named by no country is the dateline's state's, however often it names the other.)
  const bare = bareStateLead(analyzed, text, pack);
  if (top && top !== where && counts.get(top)! >= FAR_DATELINE * own && !bare) return [top, where, ...ranked.filter((c) => c !== where && c !== top)];
  const lead = leadCountry(analyzed, text, pack);
  if (lead && lead !== where && !bare && !inLead.has(where) && (counts.get(lead) ?? 0) >= Math.max(counts.get(where) ?? 0, 2) && !answersLead(analyzed, lead)) return [lead, where, ...ranked.filter((c) => c !== where && c !== lead)];
  return [where, ...ranked.filter((c) => c !== where)];
}

/**
 * The country of the story's first actor when it opens the story right after the dateline and names a country
 * ("AMMAN, July 15 (Reuters) - Syrian government forces pulled out of…", "TAIPEI - China imposed sanctions…"), else null.
 */
function leadCountry(analyzed: readonly AnalyzedSentence[], text: string, pack: LanguagePack): string | null {
  const lead = analyzed[0];
  const dateline = datelineOf(text);
  if (!lead || !dateline || lead.sentence.start < dateline.end) return null;
  const first = lead.phrases[0];
  const act = Math.min(...lead.found.map((f) => f.trigger.first));
  if (first && !first.actor.country && first.last <= act) return leadPlace(analyzed, text, pack);
  if (!first || first.anaphor || first.actor.org || !first.actor.country || first.last > act) return null;
  // (Named by its country: "Syrian government forces", "Belarus", "Sudan's army", "Iraqi security forces"; not a body
  // the lexicon places, as "The Department of Justice" is read as the US one in a Manila story.)
  const country = first.actor.country;
  const named = (t: number) => pack.gazetteer.match(lead.sentence.tokens.slice(t, t + 1)).some((m) => m.entry.country === country && COUNTRY_KINDS.has(m.entry.kind));
  return first.parts.some((m) => m.country === country && (COUNTRY_KINDS.has(m.kind) || named(m.first))) ? country : null;
}

/** The country of the place that puts the story's opening subject, a state body named by no country, in a place (placedBody). */
function leadPlace(analyzed: readonly AnalyzedSentence[], text: string, pack: LanguagePack): string | null {
  const lead = analyzed[0];
  const dateline = datelineOf(text);
  const first = lead?.phrases[0];
  if (!lead || !dateline || lead.sentence.start < dateline.end || !first || first.anaphor || first.actor.country || first.actor.org) return null;
  return first.first <= 1 ? placedBody(lead, first, pack) : null;
}

/**
 * The country of the place a lead's subject is put in by a locative right after it, when the subject is a state body
 * named by no country ("A court in Hanoi sentenced…", "Security forces in Togo fired…", "Police in Almaty detained…"):
 * the body is that place's. Null when no place the gazetteer knows follows.
 */
function placedBody(lead: AnalyzedSentence, first: ActorPhrase, pack: LanguagePack): string | null {
  if (!STATE_SECTORS.has(first.actor.sector ?? "")) return null;
  const tokens = lead.sentence.tokens;
  if (!inGrammar(pack.grammar, "locative_preps", tokens[first.last]?.norm ?? "")) return null;
  const at = first.last + 1;
  const hit = pack.gazetteer.match(tokens.slice(at, at + 4)).find((m) => m.first === 0 && m.entry.country && (PLACE_KINDS.has(m.entry.kind) || COUNTRY_KINDS.has(m.entry.kind)));
  return hit?.entry.country ?? null;
}

/**
 * Does a state body named by no country act on the lead's country ("BUENOS AIRES - Spain demanded an apology. The
 * presidency ruled out any apology to Madrid")? Then it is another state's, the dateline's: the story is told from
 * the country that answers the lead.
 */
function answersLead(analyzed: readonly AnalyzedSentence[], lead: string): boolean {
  // (A body, not a person: "Envoy John Coale met President Lukashenko" is an official of a state the text names elsewhere.)
  const bareState = (p: ActorPhrase) => !p.anaphor && !p.actor.country && !p.actor.org && !p.actor.name && STATE_SECTORS.has(p.actor.sector ?? "");
  return analyzed.some((a) => a.found.some((f) => f.roles.source.some(bareState) && f.roles.target.some((p) => p.actor.country === lead)));
}

/**
 * Does the story open, right after its dateline, on a state body or official named by no country ("The Ministry of
 * Foreign Affairs summoned…", "Police fired tear gas…")? Such a subject is the dateline's own state.
 */
function bareStateLead(analyzed: readonly AnalyzedSentence[], text: string, pack: LanguagePack): boolean {
  const lead = analyzed[0];
  const dateline = datelineOf(text);
  if (!lead || !dateline || lead.sentence.start < dateline.end) return false;
  const first = lead.phrases[0];
  if (!first || first.anaphor || first.actor.country || first.actor.org || !STATE_SECTORS.has(first.actor.sector ?? "")) return false;
  // ("BANGKOK - A court in Hanoi sentenced…": a body placed by a locative is that place's, not the dateline's.)
  if (placedBody(lead, first, pack)) return false;
  // (The subject opens the sentence: nothing before it but an article.)
  return first.first <= 1 && lead.phrases.every((p) => p === first || p.first > first.last);
}

/**
 * The country whose state a story's bare state nouns ("the government", "every minister", "the army") stand for: the
 * home country, unless the story never names that country's state while it names another's. A story told from a
 * place whose state does not act in it ("Israel's government signs off on Gaza ceasefire": Gaza counts as the home
 * place, yet only Israel's government is named) means the state it does name. A dateline is no exception: it says
 * where the story was filed, and a paper in exile or a foreign bureau files from a country whose state does not act
 * in the story ("SAN JOSÉ.— El régimen de Ortega … el Ministerio del Interior canceló …" is Nicaragua's ministry).
 */
export function stateCountry(analyzed: readonly AnalyzedSentence[], home: string | null): string | null {
  if (!home) return home;
  const states = new Map<string, number>();
  for (const a of analyzed) {
    for (const p of a.phrases) {
      const { country, sector, org } = p.actor;
      if (p.anaphor || !country || org || !STATE_SECTORS.has(sector ?? "")) continue;
      // Named as a state: a country, a state body or an official ("Israel", "the Israeli government", "Netanyahu",
      // "Turkish police"). A demonym alone modifies a noun we may not know ("Palestinian factions"), and a capital read
      // as its state may be a namesake town ("San José"): neither shows the state acting.
      const named = p.parts.some((m) => STATE_NAMES.has(m.kind)) || (p.parts.some((m) => m.kind === "demonym") && p.parts.some((m) => m.kind === "role"));
      if (named) states.set(country, (states.get(country) ?? 0) + 1);
    }
  }
  // (Named once or twice, a country may be a misread town ("en zona rural, META, PUERTO RICO") or just whom home's
  // unnamed state deals with ("protests in Caracas … the government criticized Colombia"): the story must tell of it.)
  const [top, times] = [...states.entries()].sort((x, y) => y[1] - x[1])[0] ?? [home, 0];
  return states.has(home) || times < 3 ? home : top;
}
const DIPLOMAT = "role.diplomat";
const COUNTRY_KINDS = new Set(["country", "demonym"]);
/** A town or a capital read as its state ("in Hanoi"). */
const PLACE_KINDS = new Set(["place", "metonym"]);
const STATE_SECTORS = new Set(["GOV", "MIL", "LEG", "JUD", "COP", "SPY"]);
const STATE_NAMES = new Set(["country", "institution", "person"]);

/**
 * The dateline as the story reads it: its place's country, and the place itself when it is the seat of an
 * international body the story names and the story never names that country's own state, people or institutions
 * (then the country is null: the story is not about it).
 * "GENEVA (Reuters) - The UN human rights chief urged Myanmar's junta…" is about Myanmar and the UN, not Switzerland;
 * "GENEVA - Swiss police arrested…" stays Swiss, and so does a story that names no other country.
 */
export function storyDateline(analyzed: readonly AnalyzedSentence[], text: string, pack: LanguagePack): StoryDateline {
  const dated = datelineCountry(text, pack);
  const seat = dated ? hubSeat(analyzed, text, pack, dated) : null;
  return { country: seat ? null : dated, seat };
}

/** The dateline's country for the story (null at a body's seat), and that seat's folded name when it is one. */
export interface StoryDateline { readonly country: string | null; readonly seat: string | null }

// Kinds of mention that name a country's own state, people or institutions (a place or a capital may be the seat itself).
const OWN_KINDS = new Set(["country", "demonym", "institution", "person", "role", "group"]);

// The folded dateline place when it is the seat (grammar list org_seats) of a body the story names, in a story that
// does not name the seat's country `dated` by its own state, people or institutions; else null.
function hubSeat(analyzed: readonly AnalyzedSentence[], text: string, pack: LanguagePack, dated: string): string | null {
  const place = fold(datelineOf(text)?.place ?? "");
  const orgs = pairsOf(pack.grammar, "org_seats").find(([p]) => p === place)?.[1].split("|");
  if (!orgs) return null;
  // (A story that names no other country is the seat's own or the body's: "GENEVA - Protesters marched to the UN
  // offices; police fired tear gas" keeps Switzerland.)
  let body = false;
  let other = false;
  for (const a of analyzed) {
    for (const p of a.phrases) {
      if (p.anaphor) continue;
      if (p.actor.org && orgs.includes(fold(p.actor.org))) body = true;
      if (p.parts.some((m) => m.country === dated && OWN_KINDS.has(m.kind))) return null;
      if (p.parts.some((m) => m.country && m.country !== dated)) other = true;
    }
  }
  return body && other ? place : null;
}

/**
 * The country of the dateline's place ("PANAMA CITY —" → PAN), null without a dateline we know. The country or
 * state the dateline names after its place says which namesake it is: "PARIS, Texas" is in the US, "JÁRKOV
 * (Ucrania)" in Ukraine, "SAN JOSE, Costa Rica" in Costa Rica.
 */
export function datelineCountry(text: string, pack: LanguagePack, gz: Gazetteer = gazetteer()): string | null {
  const dateline = datelineOf(text);
  if (!dateline) return null;
  // With a region, the places gazetteer reads the place under it ("ATHENS, Georgia" is Georgia's Athens, in the US).
  const place = dateline.region ? datelinePlace(text, gz) : null;
  const read = place?.parent ? rankPlace(place, { home: null, countries: new Set(), seenAdmin1: new Set(), seenCountries: new Set() }) : null;
  if (read) return read.country;
  const toks = tokenize(dateline.place, 0, dateline.place.length);
  const matches = pack.gazetteer.match(toks);
  const known = matches.find((m) => m.entry.country)?.entry.country;
  // ("BRUSELAS" is the EU's seat, which stands for no state.)
  if (known || matches.some((m) => m.entry.org)) return known ?? null;
  // "MALABO, 20 oct (EFE).-", "LA PAZ, 16 Oct (AFP) -", "SANTIAGO, 15 abr (AFP) -": a place the actors' gazetteer does
  // not know by a country, that the places gazetteer has as a state's capital or seat of government, is that state's:
  // a wire files from a capital under its name alone. (No other town: "DUBAI" or "LAMU" says no country by itself.)
  const capitals = new Set(gz.lookup(dateline.place).filter((c) => CAPITAL_FEATURES.has(c.place.feature)).map((c) => c.place.country));
  return capitals.size === 1 ? [...capitals][0]! : null;
}
/**
 * The country of the dateline's city when one populated place of that name is far the largest (at least TOWN_LEAD
 * times any namesake in another country, and a city of TOWN_SIZE people or more), else null.
 */
export function datelineTown(text: string, gz: Gazetteer = gazetteer()): string | null {
  const dateline = datelineOf(text);
  if (!dateline) return null;
  const towns = gz.lookup(dateline.place).map((c) => c.place).filter((p) => p.feature.startsWith("PPL")).sort((a, b) => b.population - a.population);
  const [first] = towns;
  const rival = towns.find((p) => p.country !== first?.country);
  return first && first.population >= TOWN_SIZE && (!rival || first.population >= TOWN_LEAD * rival.population) ? first.country : null;
}
const TOWN_SIZE = 500_000;
const TOWN_LEAD = 5;

/** GeoNames feature codes of a state's capital and of a seat of government that is not the capital (La Paz). */
const CAPITAL_FEATURES = new Set(["PPLC", "PPLG"]);

/**
 * The place names of the sentences with an event, each with its likeliest reading: local news names the town and
 * its division ("en Culiacán, Sinaloa", "Puerto Rico, Meta"), not the country. Only names read as places count:
 * governed by a locative, named with a division or a cue word ("el municipio de Tibú"); not any capitalised word
 * the gazetteer knows ("the Union of Teachers").
 */
export function placeReadings(analyzed: readonly AnalyzedSentence[], pack: LanguagePack, names: GivenNames, gz: Gazetteer = gazetteer()): PlaceReading[] {
  const out: PlaceReading[] = [];
  const ctx = { home: null, countries: new Set<string>(), seenAdmin1: new Set<string>(), seenCountries: new Set<string>() };
  for (const a of analyzed) {
    if (!a.found.length) continue;
    const mentions = placeMentions(a.sentence, a.phrases, pack.grammar, gz, names);
    const paired = new Set<PlaceMention>();
    const reading = (m: PlaceMention, country: string, settled: boolean) =>
      out.push({ sentence: a.sentence.index, first: m.first, last: m.last, country, settled, locative: m.locative });
    for (const m of mentions) {
      // "Granada, Meta" and "META, GRANADA" alike: the one reading where either contains the other.
      const country = m.parent && m.parent.sentence === m.sentence ? nested(m, m.parent) : null;
      if (!country) continue;
      reading(m, country, true);
      reading(m.parent!, country, true);
      paired.add(m).add(m.parent!);
    }
    for (const m of mentions) {
      if (paired.has(m) || (!m.cue && !m.locative)) continue;
      const p = rankPlace(m, ctx);
      if (p) reading(m, p.country, !!m.cue && m.cue === p.kind);
    }
  }
  return out;
}

// The country of the likeliest pair of readings of two names where one contains the other, null when none does.
function nested(m: PlaceMention, n: PlaceMention): string | null {
  let best: Place | null = null;
  for (const { place: c } of m.candidates) {
    for (const { place: q } of n.candidates) {
      const inner = isParentOf(q, c) ? c : isParentOf(c, q) ? q : null;
      if (inner && (!best || inner.population > best.population)) best = inner;
    }
  }
  return best?.country ?? null;
}

/**
 * A town an actor is named with takes the country its division says: "un campesino en Granada, Meta" is
 * Colombian, though Granada alone is Spain's for the actors' gazetteer.
 */
export function settleActorPlaces(analyzed: readonly AnalyzedSentence[], places: readonly PlaceReading[]): void {
  for (const r of places) {
    if (!r.settled) continue;
    for (const p of analyzed[r.sentence]?.phrases ?? []) {
      p.parts.forEach((m, i) => {
        if (m.last <= r.first || r.last <= m.first) return;
        // "…en Granada, Meta": the division after the town is no one's name.
        if (m.kind === "name" && !m.entryId) {
          const { tokens, text, start } = analyzed[r.sentence]!.sentence;
          if (p.actor.name === text.slice(tokens[m.first]!.start - start, tokens[m.last - 1]!.end - start)) p.actor.name = null;
          p.parts[i] = { ...m, kind: "place", country: r.country };
          return;
        }
        if (m.kind !== "place" || !m.country || m.country === r.country) return;
        if (p.actor.country === m.country) p.actor.country = r.country;
        p.parts[i] = { ...m, country: r.country };
      });
    }
  }
}
