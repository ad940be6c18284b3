import type { Grammar } from "../data/knowledge.js";
import { has } from "../data/grammar.js";
import type { GivenNames } from "../actors/gender.js";
import type { Actor } from "../model/actor.js";
import type { AnalyzedSentence } from "../pipeline/analyze.js";
import { isCapitalized } from "../model/token.js";
import { gazetteer, type Gazetteer, type Place } from "./gazetteer.js";
import { datelinePlace, placeMentions, streetNameAt, type PlaceMention } from "./mentions.js";
import { eventPlace, isParentOf, placeOf, rankPlace, type EventPlace, type PlaceContext } from "./resolve.js";

/** An event draft as the place stage reads and fills it. */
export interface PlaceDraft {
  type: string;
  cameo: string;
  sentence: number;
  trigger: { start: number; end: number };
  source: Actor[];
  target: Actor[];
  place?: EventPlace | null;
  trace: string[];
}

// CAMEO 174, expel or deport: where people are sent ("deportaron a 120 hondureños a San Pedro Sula", "deported 90
// migrants to Guatemala City") is their destination, not where the act happened.
const EXPEL = "174";
// CAMEO 163, impose embargo, boycott or sanctions: "imposed sanctions on settlers and outposts in the West Bank", "…on
// officials over the crackdown on protests in Tehran" name where the sanctioned act happened, not where sanctions were.
const SANCTIONS = "163";

// Acts of control over territory: CAMEO 191 (blockade, siege), 192 (seize territory), 1723 (curfew), 1724 (state of
// emergency, martial law). Like an attack, one with no party named falls on the place it is imposed on ("imposed a
// curfew on Basra", "the siege of el-Fasher"); a seizure takes the place from its government, the others weigh on its
// people.
const CONTROL = new Set(["191", "192", "1723", "1724"]);
// Curfews and states of emergency threatened (CAMEO 1323, 1324) or eased (0813, 0814): like one imposed (1723,
// 1724), they weigh on the people of the territory they are "in".
const RESTRICTION = new Set(["1723", "1724", "1323", "1324", "0813", "0814"]);
const SEIZE = "192";

// A few words away, within the clause: "envió 500 efectivos a Sinaloa", not "expulsó a un obispo y lo envió a Roma".
const near = (gap: string): boolean => gap.split(/\s+/u).filter(Boolean).length <= 5 && !/[,;:()]/u.test(gap);

/**
 * May a said act have happened at this place? After its trigger, only a place that follows the trigger or its
 * target directly ("demanded in Geneva", "acusó a Rusia en la ONU"), not one inside an actor ("civilians in
 * Ukraine", unless it is the speakers': "Protesters in Santiago demanded") or after other words of its object ("condenó el asesinato de un sacerdote en Celaya"). Before its
 * trigger, only a place that opens the sentence or a parenthesis ("En Ginebra, el canciller condenó…"), not one
 * that qualifies a noun ("Attacks on peacekeepers in southern Lebanon were condemned…").
 */
/**
 * "impuso sanciones a diez funcionarios por la represión de las protestas en Maracaibo", "arrested for the killing of
 * a journalist in Celaya": past a cause preposition and the act it names, a place is where that act happened, not
 * this one (a doer after "por" names no act: "detenidos por la policía en Culiacán" keeps Culiacán).
 */
function pastCause(a: AnalyzedSentence, d: PlaceDraft, m: PlaceMention, g: Grammar): boolean {
  const tokens = a.sentence.tokens;
  for (let i = 0; i < m.first; i++) {
    if (tokens[i]!.start < d.trigger.end || !has(g, "cause_preps", tokens[i]!.norm)) continue;
    if (a.found.some((f) => f.trigger.first > i && f.trigger.first < m.first)) return true;
  }
  return false;
}

function saidHere(a: AnalyzedSentence, d: PlaceDraft, m: PlaceMention, g: Grammar, text: string): boolean {
  const { trigger } = d;
  const tokens = a.sentence.tokens;
  const prep = m.prep >= 0 ? m.prep : m.first;
  // "Protesters in Santiago demanded…": where the speakers are is where it is said.
  if (d.source.some((s) => (s.start <= m.start && m.end <= s.end) || (s.end <= tokens[prep]!.start && /^\s*$/u.test(text.slice(s.end, tokens[prep]!.start))))) return true;
  if (a.phrases.some((p) => p.first < prep && m.first < p.last)) return false;
  if (m.start < trigger.start) return prep === 0 || !/\p{L}/u.test(tokens[prep - 1]!.text);
  for (let i = 0; i < prep; i++) {
    const t = tokens[i]!;
    if (t.start < trigger.end) continue;
    if (a.phrases.some((p) => p.first <= i && i < p.last) || has(g, "place_skip", t.norm) || !/\p{L}/u.test(t.text)) continue;
    return false;
  }
  return true;
}

// The items of one sentence, grouped once per list: placeOf compares an event with its sentence's acts only.
const groups = new WeakMap<readonly { sentence: number }[], Map<number, { sentence: number }[]>>();
function sameSentence<T extends { sentence: number }>(xs: readonly T[], sentence: number): T[] {
  let g = groups.get(xs);
  if (!g) {
    g = new Map();
    for (const x of xs) {
      const list = g.get(x.sentence);
      if (list) list.push(x);
      else g.set(x.sentence, [x]);
    }
    groups.set(xs, g);
  }
  return (g.get(sentence) ?? []) as T[];
}

/** Is the preposition of direction before a mention one that aims an attack ("contra", "against"), not a way ("hacia")? */
function aimedAt(a: AnalyzedSentence, m: PlaceMention, g: Grammar): boolean {
  const tokens = a.sentence.tokens;
  for (let i = m.first - 1; i >= 0; i--) if (has(g, "place_directional", tokens[i]!.norm)) return has(g, "place_aimed", tokens[i]!.norm);
  return false;
}

/** A word that may stand between a verb and the place it acts on: an article, an adjective of place, a cue word. */
const glue = (g: Grammar, w: string): boolean => has(g, "place_skip", w) || has(g, "place_cue_city", w) || has(g, "place_cue_admin1", w) || has(g, "place_cue_admin2", w);
const demonymAt = (a: AnalyzedSentence, i: number): boolean => a.phrases.some((p) => p.parts.some((m) => m.kind === "demonym" && m.first <= i && i < m.last));

const countriesOf = (d: PlaceDraft): string[] => [...new Set([...d.source, ...d.target].map((a) => a.country).filter((c): c is string => !!c))];
const describe = (p: Place): string => [p.name, p.kind === "city" || p.kind === "admin2" ? p.admin1 : null, p.country].filter(Boolean).join(", ");

/**
 * "Policías municipales de Zapopan detuvieron en la colonia Miramar…", "Vecinos de Ecatepec bloquearon la avenida
 * Central…": an act placed only in a neighbourhood or a street, which names no town, happened in the town its doers
 * are named after (more closely than a dateline says).
 */
function doersTown(a: AnalyzedSentence, d: PlaceDraft, mentions: readonly PlaceMention[], g: Grammar): PlaceMention | null {
  const tokens = a.sentence.tokens;
  let inside = false;
  for (const t of tokens) {
    if (t.start < d.trigger.start) continue;
    if (t.text === "," || t.text === ";") break;
    if (has(g, "place_quarter", t.norm) || has(g, "place_street", t.norm)) inside = true;
  }
  if (!inside) return null;
  // (The town the doers are "of", not a word of their body's name: "la Guardia Nacional".)
  const ofTown = (m: PlaceMention) => m.first > 0 && !isCapitalized(tokens[m.first - 1]!) && has(g, "place_skip", tokens[m.first - 1]!.norm);
  return mentions.find((m) => m.sentence === d.sentence && m.end <= d.trigger.start && !m.isParent && !m.topic && ofTown(m) && d.source.some((s) => s.start <= m.start && m.end <= s.end)) ?? null;
}

/**
 * A heading's place ("Atacan bar en Irapuato", "Clashes in Dhaka" on a first line of their own, with no closing
 * mark): where the story happened, as a dateline would say, when the heading names one place behind a locative.
 */
function headingPlace(text: string, analyzed: readonly AnalyzedSentence[], g: Grammar, gz: Gazetteer, names: GivenNames, home: string | null): PlaceMention | null {
  const a = analyzed[0];
  if (!a || a.sentence.tokens.length > 12 || /[\p{P}]$/u.test(a.sentence.text) || !/^[ \t]*\r?\n/u.test(text.slice(a.sentence.end))) return null;
  const places = placeMentions(a.sentence, a.phrases, g, gz, names, home).filter((m) => m.locative && !m.topic && !m.isParent);
  return places.length === 1 ? { ...places[0]!, dateline: true } : null;
}

/** The last words (lower-cased) of the people the document names with two or more words ("Evo Morales", "el exministro
 * Julio Cabrera Mamani"): a known person's name, or an unknown name under a person's title. */
function personSurnames(analyzed: readonly AnalyzedSentence[]): Set<string> {
  const out = new Set<string>();
  for (const a of analyzed) {
    for (const p of a.phrases) {
      const titled = p.parts.some((m) => m.kind === "role");
      for (const m of p.parts) {
        if (m.last - m.first < 2 || !(m.kind === "person" || (m.kind === "name" && titled))) continue;
        out.add(a.sentence.tokens[m.last - 1]!.text.toLowerCase());
      }
    }
  }
  return out;
}

// xs.flatMap(f) as a loop: V8's Array#flatMap costs several times a loop on the short lists of one document.
function flatMapped<T, U>(xs: readonly T[], f: (x: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const x of xs) out.push(...f(x));
  return out;
}

/**
 * Stage places: each event's place, from the place names of its own sentence and the dateline (see placeOf),
 * read against an offline gazetteer and ranked with the document's context (see rankPlace). Fills `place`
 * (null when the text does not say where) and adds the decision to the event's trace.
 */
export function placeEvents(
  text: string, analyzed: readonly AnalyzedSentence[], drafts: PlaceDraft[], g: Grammar, names: GivenNames, home: string | null,
  saidAct: (d: PlaceDraft) => boolean, is: (type: string, cls: "joint" | "harm") => boolean, gz: Gazetteer = gazetteer(),
): void {
  if (!drafts.length) return;
  // Sanctions are decided, not done on the ground: placed where they are announced, as a said act.
  const said = (d: PlaceDraft) => saidAct(d) || d.cameo === SANCTIONS;
  // Only sentences with an event are read: most of an article's sentences code nothing.
  const withEvents = new Set(drafts.map((d) => d.sentence));
  const bySentence = new Map(analyzed.map((a) => [a.sentence.index, a]));
  // "la orden de aprehensión que pesa contra Morales" after "el exmandatario Evo Morales": a person's surname the story
  // told is that person, no town, unless a place's cue word says it is one ("el municipio de Morales").
  const surnames = personSurnames(analyzed);
  const found = flatMapped(analyzed.filter((a) => withEvents.has(a.sentence.index)), (a) => placeMentions(a.sentence, a.phrases, g, gz, names, home))
    .filter((m) => m.cue !== null || m.last - m.first !== 1 || !surnames.has(m.text.toLowerCase()));
  const dateline = datelinePlace(text, gz) ?? headingPlace(text, analyzed, g, gz, names, home);
  // No place named in the event sentences and no dateline: no event has a place (see placeOf).
  if (!found.length && !dateline) {
    for (const d of drafts) d.place = null;
    return;
  }
  const named = new Set(flatMapped(analyzed, (a) => a.phrases.map((p) => p.actor.country).filter((c): c is string => !!c)));
  // First a reading of every mention with the home country alone; then again with the divisions and countries
  // the document's other places settled on ("Córdoba" in a story that also names Xalapa is Veracruz's). A name
  // with no reading good enough ("outside Congress") is no place.
  const base: PlaceContext = { home, countries: named, seenAdmin1: new Set(), seenCountries: new Set() };
  // The nationalities of the doers of each sentence's events ("Nicaraguan police arrested a priest in Granada", "la
  // policía india"), for its names' readings; not of the others ("Costa Rican police detained a Colombian national
  // in San José").
  const nationalities = new Map<number, ReadonlySet<string>>();
  const nationalitiesOf = (sentence: number): ReadonlySet<string> => {
    let said = nationalities.get(sentence);
    if (said) return said;
    const set = new Set<string>();
    const a = bySentence.get(sentence);
    const doers = sameSentence(drafts, sentence);
    for (const p of a?.phrases ?? []) {
      for (const x of p.parts) {
        // (A nationality or a national body, not a place the actor is named with: "farmers in Punjab".)
        if (!x.country || x.kind === "place" || x.kind === "metonym") continue;
        const start = a!.sentence.tokens[x.first]!.start;
        const end = a!.sentence.tokens[x.last - 1]!.end;
        if (doers.some((d) => d.source.some((s) => s.start <= start && end <= s.end))) set.add(x.country);
      }
    }
    nationalities.set(sentence, (said = set));
    return said;
  };
  const baseIn = new Map<number, PlaceContext>();
  const atBase = new Map(found.map((m) => {
    let ctx = baseIn.get(m.sentence);
    if (!ctx) baseIn.set(m.sentence, (ctx = { ...base, nationalities: nationalitiesOf(m.sentence) }));
    return [m, rankPlace(m, ctx)];
  }));
  const mentions = found.filter((m) => atBase.get(m));
  const first = [...mentions.map((m) => atBase.get(m)), ...(dateline ? [rankPlace(dateline, base)] : [])].filter((p): p is Place => !!p);
  const seen = { seenAdmin1: new Set(first.map((p) => p.admin1Code).filter((c): c is string => !!c)), seenCountries: new Set(first.map((p) => p.country)) };
  const datelineAt = dateline ? rankPlace(dateline, { ...base, ...seen }) : null;
  const placeables = drafts.map((d) => ({ sentence: d.sentence, trigger: d.trigger, countries: countriesOf(d), said: said(d), sources: [...new Set(d.source.map((a) => a.country).filter((c): c is string => !!c))] }));
  const eventAt = new Set(placeables.map((p) => `${p.sentence}:${p.trigger.start}`));
  // Every trigger of those sentences, event or not ("el asesinato de un sacerdote en Celaya"): a place nearer
  // another act is that act's.
  // An act told as the circumstance of another ("killed three militants in a raid near Bannu", "abatieron a cinco
  // en un enfrentamiento en el poblado de…"), behind a locative preposition, is the same act: it takes no place away.
  const circumstance = (a: AnalyzedSentence, first: number) => has(g, "place_circumstance", a.sentence.tokens[first - 1]?.norm) || has(g, "place_circumstance", a.sentence.tokens[first - 2]?.norm) || manner(a, first);
  // "asesinaron a balazos a un comerciante en Celaya", "atacaron a tiros…": an act named right after an event's
  // trigger behind a preposition of manner is how that act was done, not another act.
  const manner = (a: AnalyzedSentence, first: number) => {
    const before = a.sentence.tokens[first - 2];
    return has(g, "place_manner", a.sentence.tokens[first - 1]?.norm) && !!before && drafts.some((d) => d.sentence === a.sentence.index && d.trigger.end === before.end);
  };
  const others = flatMapped(analyzed.filter((a) => withEvents.has(a.sentence.index)), (a) => a.found.filter(({ trigger }) => !circumstance(a, trigger.first)).map(({ trigger }) => ({
    sentence: a.sentence.index, trigger: { start: a.sentence.tokens[trigger.first]!.start, end: a.sentence.tokens[trigger.last - 1]!.end }, countries: [],
  }))).filter((o) => !eventAt.has(`${o.sentence}:${o.trigger.start}`));
  // Where an act goes ("envió tropas a Sinaloa", "visitó Londres", "attacked Kharkiv"): a place after the trigger,
  // governed by a preposition of direction or by the verb itself, counts as where it happened, for that act and
  // for the acts of its sentence that share its place ("attacked Kharkiv overnight, killing three"). A country
  // there is more often a recipient ("exigió a México"), so only a city or a division; and not for a said act
  // ("accused Washington of…"). A place that is the act's target is its place for a joint act (a visit) or an act
  // of harm ("bombardearon Járkov"), not for others ("sancionó a Caracas").
  const going = new Set<number>();
  // The place an attack is aimed at, per draft: "shelled Kharkiv", "launched air strikes on the Gaza Strip".
  const struck = new Map<PlaceDraft, PlaceMention>();
  for (const d of drafts) {
    // (A curfew threatened is said, but the territory it is threatened "in" is still the one it weighs on.)
    if ((said(d) && !RESTRICTION.has(d.cameo)) || d.cameo === EXPEL) continue;
    const a = bySentence.get(d.sentence)!;
    // A name that only qualifies the noun after it ("met White House officials") is not the object.
    const modifier = (m: PlaceMention) => a.phrases.some((p) => p.first <= m.first && m.last < p.last);
    // (The place itself, not a facility named after it: "bloquearon la aduana de Ciudad Juárez" is at Ciudad Juárez.)
    const target = (m: PlaceMention) => d.target.some((t) => t.start <= m.start && m.end <= t.end && !(m.directional && t.start < m.start));
    // A capital named for its government ("sanctioned Caracas") is a party, whatever side the coder put it on.
    const metonym = (m: PlaceMention) => a.phrases.some((p) => p.parts.some((x) => x.kind === "metonym" && x.first <= m.first && m.last <= x.last));
    // "attacked the port city of Odesa", "bombardearon la ciudad de Járkov": the object is a place named with its
    // cue word, and only articles and adjectives of place between.
    // So is a town named after a street it holds ("bloquearon la avenida Central de Ecatepec").
    const street = (i: number) => has(g, "place_street", a.sentence.tokens[i]!.norm) || streetNameAt(a.sentence.tokens, i, g) >= 0;
    const streetOf = (m: PlaceMention) => m.first > 1 && has(g, "place_of_town", a.sentence.tokens[m.first - 1]!.norm) && streetNameAt(a.sentence.tokens, m.first - 2, g) >= 0;
    // A trigger whose words hold its object ("atacaron la ciudad de Jersón con drones"): the object is read from the
    // trigger's first word.
    const head = a.sentence.tokens.find((t) => t.start === d.trigger.start)?.end ?? d.trigger.end;
    const from = (m: PlaceMention) => (m.start < d.trigger.end && m.end <= d.trigger.end ? head : d.trigger.end);
    const cueObject = (m: PlaceMention) => (!!m.cue || !!m.road || streetOf(m)) && a.sentence.tokens.every((t, i) => t.start < from(m) || i >= m.first || glue(g, t.norm) || demonymAt(a, i) || street(i));
    // "the bombardment of Aleppo", "el asedio de Mariúpol", "took control of Bunia": an attack or an act of control
    // joined to its place by "of", with only articles, adjectives and cue words of place between.
    const controls = d.type === "COERCE" && CONTROL.has(d.cameo);
    const strikes = d.type === "ASSAULT" || controls;
    const ofPlace = (m: PlaceMention) => {
      if (!strikes || m.directional || m.locative) return false;
      const at = a.sentence.tokens.findIndex((t) => t.start >= from(m));
      return at >= 0 && at < m.first && has(g, "place_struck_of", a.sentence.tokens[at]!.norm) && a.sentence.tokens.every((t, i) => i <= at || i >= m.first || glue(g, t.norm) || demonymAt(a, i) || street(i));
    };
    // "imposed a curfew in Basra", "declaró el estado de emergencia en Pando": the territory an act of control is
    // imposed in.
    const restricts = RESTRICTION.has(d.cameo);
    const controlledIn = (m: PlaceMention, gap: string) => restricts && m.locative && m.prep >= 0 && has(g, "place_controlled_in", a.sentence.tokens[m.prep]!.norm) && near(gap);
    for (const m of mentions) {
      if (m.sentence !== d.sentence || m.start < from(m) || m.topic || m.isParent) continue;
      // ("opened fire on Zacatecas state police": a name that qualifies the target is no place either.)
      if (m.directional === "harm" && (!is(d.type, "harm") || modifier(m))) continue;
      const gap = text.slice(from(m), m.start);
      // ("lanzó un ataque masivo con drones contra la región de Járkov": an attack aimed at a place named with its cue
      // word is there, however long the words of the attack before it.)
      const aimed = m.directional && !!m.cue && is(d.type, "harm") && !/[,;:()]/u.test(gap) && aimedAt(a, m, g);
      if (!(m.directional ? near(gap) || aimed : (/^\s*$/u.test(gap) || cueObject(m) || ofPlace(m) || controlledIn(m, gap)) && !modifier(m))) continue;
      // ("imposed a curfew in Bangkok": a capital a curfew is "in" is the territory, not the state it stands for.)
      const territory = restricts && controlledIn(m, gap);
      if (!is(d.type, "joint") && !is(d.type, "harm") && (target(m) || metonym(m)) && !territory) continue;
      if ((strikes || restricts) && !struck.has(d) && (!metonym(m) || territory)) struck.set(d, m);
      if (!going.has(m.start) && rankPlace(m, { ...base, ...seen, nationalities: nationalitiesOf(m.sentence) })?.kind !== "country") going.add(m.start);
    }
  }
  const candidates = mentions.map((m) => (going.has(m.start) ? { ...m, locative: true } : m));
  drafts.forEach((d, i) => {
    const a = bySentence.get(d.sentence)!;
    // A said act ("condenó el asesinato de un sacerdote en Celaya", "demanded an end to the bombing of civilians in
    // Ukraine") happens where it is said, not where what it is about happened: after its trigger, only a place that
    // follows it, its target or a word or two of its object ("met his counterpart in Santiago", "firmaron un
    // acuerdo en Lima").
    const fits = (x: PlaceMention) => !said(d) || saidHere(a, d, x, g, text);
    let m = placeOf(placeables[i]!, sameSentence(placeables, d.sentence), sameSentence(others, d.sentence), candidates, datelineAt ? dateline : null, datelineAt?.country ?? null, fits, (x) => pastCause(a, d, x, g));
    if (!m || m.dateline) m = doersTown(a, d, mentions, g) ?? m;
    // "sobre la carretera Culiacán–Eldorado, a la altura de Quilá": a town named on the road closes in on its division.
    if (m?.road) m = candidates.find((n) => n.sentence === m!.sentence && n.first >= m!.last && n.first - m!.last <= 7 && n.locative && !n.topic && !n.isParent && !n.road) ?? m;
    if (!m) {
      d.place = null;
      return;
    }
    // (The mention and its parent are of the event's sentence: its doers' nationalities.)
    const ctx = { ...base, ...seen, countries: new Set([...named, ...placeables[i]!.countries]), nationalities: nationalitiesOf(d.sentence) };
    let p = m.dateline ? datelineAt : rankPlace(m, ctx);
    // "en el poblado de El Ciruelo, municipio de Tepalcatepec": a reading outside the division named beside it is a
    // namesake elsewhere (the gazetteer lacks the small place); the division is where it happened.
    if (m && p && !m.dateline && m.parent?.cue === "admin2" && !m.parent.candidates.some((c) => isParentOf(c.place, p!))) {
      const q = rankPlace(m.parent, ctx);
      if (q && q.kind !== "city") [m, p] = [m.parent, q];
    }
    d.place = m && p ? eventPlace(m, p) : null;
    if (m && p) d.trace.push(`place.${m.dateline ? "dateline" : "clause"}: "${m.text}" is ${describe(p)} (${p.kind})${m.parent ? `, by its parent "${m.parent.text}"` : ""}`);
    // "Russia shelled Kharkiv", "Israel launched air strikes on the Gaza Strip": an attack with no victim named, aimed
    // at a place, falls on the people of that place (as mass killings with no victim do: target.mass-killing-civilians).
    if (m && p && struck.get(d)?.start === m.start && !m.dateline && !d.target.length && d.source.some((s) => s.country || s.org)) {
      const seized = d.type === "COERCE" && d.cameo === SEIZE;
      d.target = [{ text: m.text, name: null, country: p.country, sector: seized ? "GOV" : "CVL", org: null, start: m.start, end: m.end }];
      d.trace.push(seized ? `place.seized: territory seized with no party named is taken from its government (${p.country})` : `place.struck: an attack or an act of control aimed at a place with no party named falls on its people (${p.country})`);
    }
  });
}
