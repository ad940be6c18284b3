import type { Grammar } from "../data/knowledge.js";
import { has, lastWords } from "../data/grammar.js";
import type { GivenNames } from "../actors/gender.js";
import type { ActorPhrase } from "../model/actor.js";
import type { Sentence } from "../model/sentence.js";
import { fold, isCapitalized, isPunct, type Token } from "../model/token.js";
import { datelineOf } from "../text/dateline.js";
import { placeKey, type Gazetteer, type NameMatch, type Place, type PlaceKind } from "./gazetteer.js";
import { isParentOf } from "./resolve.js";

/** A place name in the text, with what its context says about it. */
export interface PlaceMention {
  readonly text: string;
  /** Offsets in the document. */
  readonly start: number;
  readonly end: number;
  /** The sentence, and the token range within it (-1 for the dateline). */
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
  readonly candidates: readonly { place: Place; how: NameMatch }[];
  /** What a cue word says it is: "el municipio de Tibú" → admin2, "the state of Georgia" → admin1. */
  cue: PlaceKind | null;
  /** Governed by a locative preposition ("en", "in", "near"): a place where something happens. */
  locative: boolean;
  /** Token index of that preposition (-1 when there is none). */
  prep: number;
  /**
   * Governed by a preposition of direction ("envió tropas a Sinaloa", "flew to Beijing"); "harm" when the preposition
   * says where an attack goes only ("a drone attack on Odesa", not "talks on Gaza").
   */
  readonly directional: boolean | "harm";
  /** Complement of a noun the act is about ("la violencia en Sinaloa") or of a description ("born in León"). */
  topic: boolean;
  /** "Culiacán, Sinaloa": the mention after the comma, which names the first one's division or country. */
  parent: PlaceMention | null;
  /** True for a mention that only serves as another's parent. */
  isParent: boolean;
  readonly dateline: boolean;
  /** A road named by the two towns it joins, read as their division (see roadMention). */
  readonly road?: boolean;
}

const PLAIN = /^[\p{Ll}\p{N}]+$/u;
/** A lower-case word, or a compound adjective made on a capitalised one ("Israeli-occupied", "Kurdish-held"). */
const ADJECTIVE = /^(?:\p{Ll}[\p{Ll}-]+|\p{Lu}\p{Ll}+-\p{Ll}+)$/u;

// Actor kinds whose span is a name of something that is not a place ("el Cártel de Sinaloa", "Bank of Mexico").
// An unknown capitalised name ("name") is left to the gazetteer and to the person checks of the scan.
const NOT_PLACE = new Set(["person", "name", "org", "group", "institution"]);

/** The length in words of the longest locative phrase of the pack ending at token j ("en", "cerca de"); 0 if none. */
function locativeEndingAt(tokens: readonly Token[], j: number, g: Grammar): number {
  // (Most words end no locative: those answer at once, with no string built.)
  if (!lastWords(g, "place_locative").has(tokens[j]!.norm)) return 0;
  let words = "";
  let best = 0;
  for (let k = 0; k < 5 && j - k >= 0; k++) {
    words = k ? `${tokens[j - k]!.norm} ${words}` : tokens[j]!.norm;
    if (has(g, "place_locative", words)) best = k + 1;
  }
  return best;
}

/**
 * Read the words before a name: the preposition that governs it, a cue word, and what the preposition follows.
 * A demonym on the way is skipped like an adjective ("in the Pakistani city of Peshawar", "en la ciudad ucraniana
 * de Zaporiyia"); `demonym(j)` says whether token j is one.
 */
function contextBefore(tokens: readonly Token[], first: number, g: Grammar, demonym: (j: number) => boolean = () => false): { cue: PlaceKind | null; prep: number; topic: boolean; directional: boolean | "harm" } {
  let cue: PlaceKind | null = null;
  let adjectives = 0;
  // A word next to a cue or an area noun ("the remote town of", "la región selvática de", "la zona conurbada de").
  const area = (i: number) => ["place_cue_admin1", "place_cue_admin2", "place_cue_city", "place_cue_country", "place_area"].some((list) => has(g, list, tokens[i]?.norm));
  // Right before the name, only as preposition, article, adjective: "in the occupied West Bank", not "in response Israel".
  const articleAfterLocative = (i: number) => i > 0 && has(g, "place_skip", tokens[i]!.norm) && has(g, "not_names", tokens[i]!.norm) && locativeEndingAt(tokens, i - 1, g) > 0;
  for (let j = first - 1, steps = 0; j >= 0 && steps < 6; j--, steps++) {
    const w = tokens[j]!.norm;
    // A locution of place ends in a preposition of direction ("frente al ayuntamiento de…", "junto a la sede de…"): it
    // is read first before a facility. (Right before a name it keeps its other sense: "la línea de Estados Unidos
    // frente a Caracas".)
    const len = locativeEndingAt(tokens, j, g);
    if (len < 2 || j === first - 1) {
      // ("to discuss aid to Gaza": after a topic noun, the destination is the topic's, not where an act goes.)
      if (has(g, "place_directional", w)) return { cue, prep: -1, topic: has(g, "place_topic", tokens[j - 1]?.norm), directional: true };
      if (has(g, "place_directional", `${tokens[j - 1]?.norm ?? ""} ${w}`)) return { cue, prep: -1, topic: has(g, "place_topic", tokens[j - 2]?.norm), directional: true };
      if (has(g, "place_directional_harm", w)) return { cue, prep: -1, topic: false, directional: "harm" };
    }
    if (len) {
      // The preposition's head: a topic noun or a descriptive word just before it.
      const h = j - len;
      const head = tokens[h]?.norm ?? "";
      const head2 = tokens[h - 1] ? `${tokens[h - 1]!.norm} ${head}` : head;
      const topic = has(g, "place_topic", head) || has(g, "place_topic", head2) || has(g, "place_descriptive", head) || has(g, "place_descriptive", head2);
      return { cue, prep: j, topic, directional: false };
    }
    // "la Plaza Altamira", "la Colonia Juárez": a noun that opens the proper name of a square or a neighbourhood,
    // written with a capital right before the name, makes them one name, not a place of the gazetteer.
    // So does a lower-case noun of a neighbourhood ("la colonia Guerrero", "el barrio San Miguel de Culiacán").
    if (j === first - 1 && ((isCapitalized(tokens[j]!) && has(g, "place_name_heads", w)) || has(g, "place_quarter", w))) break;
    if (has(g, "place_cue_admin1", w)) cue ??= "admin1";
    else if (has(g, "place_cue_admin2", w)) cue ??= "admin2";
    else if (has(g, "place_cue_city", w)) cue ??= "city";
    else if (has(g, "place_cue_country", w)) cue ??= "country";
    else if ((cue === "country" || area(j + 1)) && adjectives < 2 && isCapitalized(tokens[j]!) && !has(g, "not_names", w)) {
      // "the Andean nation of Peru", "the West African country of Mali", "the Caribbean resort of Cancún":
      // capitalised adjectives of a region.
      adjectives++;
    }
    else if (tokens[j]!.text === "," && (has(g, "place_capital", tokens[j - 1]?.norm) || has(g, "place_cue_city", tokens[j - 1]?.norm)) && j === first - 1) {
      // "in the capital, Kabul", "en la capital, Tegucigalpa": the name in apposition takes the preposition.
      continue;
    } else if (tokens[j]!.text === "," && ((cue && j === afterCue(tokens, j + 1, g)) || areaOfName(tokens, j + 1, first, g))) {
      // ("en la vereda El Mango, zona rural de Argelia": so does the area of a town after a comma.)
      // "en el poblado de La Ruana, municipio de Buenavista": a division in apposition to a place the gazetteer does
      // not know (a name after a cue word) takes that place's preposition.
      let k = j - 1;
      while (k > 0 && (isCapitalized(tokens[k]!) || has(g, "place_skip", tokens[k]!.norm)) && k > j - 6) k--;
      // ("en Tocorón, estado Aragua": so does a division after an unknown name right behind a locative.)
      if (k < j - 1 && tokens.slice(k + 1, j).every((t) => isCapitalized(t)) && locativeEndingAt(tokens, k, g) > 0) {
        j = k + 1;
        continue;
      }
      if (k === j - 1 || !(has(g, "place_cue_city", tokens[k]!.norm) || has(g, "place_cue_admin2", tokens[k]!.norm) || has(g, "place_quarter", tokens[k]!.norm))) break;
      j = k;
    } else if (adjectives < 2 && ADJECTIVE.test(tokens[j]!.text) && !has(g, "not_names", w) && (area(j + 1) || area(j - 1) || (j === first - 1 && articleAfterLocative(j - 1)))) {
      // An adjective of the place, which no list can hold all of: "in the occupied West Bank", "in the Israeli-occupied
      // West Bank", "in the remote town of Juliaca", "the breakaway region of", "en la zona serrana de Guerrero".
      adjectives++;
    } else if (cue && cue !== "city" && isCapitalized(tokens[j]!) && j < first - 1 && !demonym(j) && !has(g, "place_skip", w)) {
      // "en la colonia Doctores de la alcaldía Cuauhtémoc": the name of a neighbourhood, after its lower-case noun,
      // lies inside the division named after it, which takes the preposition. (Only a division named with its cue
      // word: in "la colonia Lomas del Pedregal" the last word is part of the neighbourhood's name.)
      let k = j;
      while (k > 0 && (isCapitalized(tokens[k]!) || (has(g, "place_skip", tokens[k]!.norm) && !has(g, "place_quarter", tokens[k]!.norm)))) k--;
      if (isCapitalized(tokens[k]!) || !has(g, "place_quarter", tokens[k]!.norm)) break;
      j = k;
    } else if (isCapitalized(tokens[j]!) && j === first - 2 && has(g, "place_of_town", tokens[first - 1]!.norm) && streetNameAt(tokens, j, g) >= 0) {
      // "en la avenida Juárez de Morelia", "marcharon por la calle Madero de Puebla": the town after a street's name
      // takes the preposition before the street.
      j = streetNameAt(tokens, j, g);
    } else if (!has(g, "place_skip", w) && !demonym(j)) break;
  }
  return { cue, prep: -1, topic: false, directional: false };
}

/**
 * When token j is a word of the name of a street or a neighbourhood ("la avenida Central", "la calle Francisco I.
 * Madero", "el barrio El Carrizal", "la colonia Las Flores"), the index of the noun before it; -1 otherwise.
 */
export function streetNameAt(tokens: readonly Token[], j: number, g: Grammar): number {
  let k = j;
  while (k > 0 && k > j - 5 && (isCapitalized(tokens[k]!) || tokens[k]!.text === ".")) k--;
  return k < j && (has(g, "place_street", tokens[k]!.norm) || has(g, "place_quarter", tokens[k]!.norm)) ? k : -1;
}

/** Are the words from i to the name at `first` an area of it ("zona rural de", "la periferia de"), and no more? */
function areaOfName(tokens: readonly Token[], i: number, first: number, g: Grammar): boolean {
  let area = false;
  for (let k = i; k < first; k++) {
    if (has(g, "place_area", tokens[k]!.norm)) area = true;
    else if (!has(g, "place_skip", tokens[k]!.norm)) return false;
  }
  return area;
}

/** The token before the first cue word of the run that starts at `i` ("municipio de"), or -1 when none starts there. */
function afterCue(tokens: readonly Token[], i: number, g: Grammar): number {
  const w = tokens[i]?.norm ?? "";
  return has(g, "place_cue_admin2", w) || has(g, "place_cue_admin1", w) ? i - 1 : -1;
}

/** The words of a town's facility that follows its name, capitalised ("San Jose City Hall", "Los Angeles International Airport"); 0 when none. */
function facilityAfter(tokens: readonly Token[], at: number, g: Grammar): number {
  let words = "";
  let longest = 0;
  for (let k = at; k < at + 3 && k < tokens.length && isCapitalized(tokens[k]!); k++) {
    words = words ? `${words} ${tokens[k]!.norm}` : tokens[k]!.norm;
    if (has(g, "place_facility_after", words)) longest = k - at + 1;
  }
  return longest;
}

/** A cue word right after the name: "in Jalisco state", "en Sinaloa estado"? (English puts it after.) */
function cueAfter(tokens: readonly Token[], last: number, g: Grammar): PlaceKind | null {
  const w = tokens[last]?.norm ?? "";
  if (has(g, "place_cue_admin1", w)) return "admin1";
  if (has(g, "place_cue_admin2", w)) return "admin2";
  return null;
}

/**
 * The place names of a sentence: the longest gazetteer names that start and end on capitalised words, except
 * those inside a person's or an organisation's name, or that open a longer proper name ("Victoria Nuland").
 */
export function placeMentions(s: Sentence, phrases: readonly ActorPhrase[], g: Grammar, gz: Gazetteer, names: GivenNames, home: string | null = null): PlaceMention[] {
  // The home stage reads a sentence's places before the document's home country is known, the place stage again
  // after: the second reading is the first unless a phrase for "the country" needed the home ("la capital del país").
  const memo = memos.get(s);
  if (memo && memo.phrases === phrases && memo.g === g && memo.gz === gz && memo.names === names && (memo.home === home || !memo.usedHome)) return memo.mentions;
  const used = { home: false };
  const mentions = readPlaceMentions(s, phrases, g, gz, names, home, used);
  memos.set(s, { phrases, g, gz, names, home, usedHome: used.home, mentions });
  return mentions;
}

interface Memo {
  readonly phrases: readonly ActorPhrase[]; readonly g: Grammar; readonly gz: Gazetteer; readonly names: GivenNames;
  readonly home: string | null; readonly usedHome: boolean; readonly mentions: PlaceMention[];
}
const memos = new WeakMap<Sentence, Memo>();

function readPlaceMentions(s: Sentence, phrases: readonly ActorPhrase[], g: Grammar, gz: Gazetteer, names: GivenNames, home: string | null, used: { home: boolean }): PlaceMention[] {
  const tokens = s.tokens;
  const blocked = new Uint8Array(tokens.length);
  for (const p of phrases) {
    for (const m of p.parts) {
      // An unknown one-word name ("municipio de Navolato") is for the gazetteer to read; so is a metonym
      // ("visitó Londres", "en la Casa Blanca"), which the stage takes only where a place goes.
      // ("Efectivos de la Marina", "Elementos del Ejército": a capitalised role word after an article names a body, no
      // place: Marina, California is no navy. A title without one may open a place's name: "Sultan Kudarat province".)
      if (m.kind === "role") {
        for (let k = m.first; k < m.last; k++) if (isCapitalized(tokens[k]!) && has(g, "determiners", tokens[k - 1]?.norm)) blocked[k] = 1;
        continue;
      }
      if (!NOT_PLACE.has(m.kind) || m.kind === "name") continue;
      // "en el municipio de Navolato", "in the state of Georgia": an institution's name made of a cue word and a
      // place, governed by a locative, is the place.
      let k = m.first;
      while (k < m.last && !isCapitalized(tokens[k]!)) k++;
      const c = k > m.first && k < m.last ? contextBefore(tokens, k, g) : null;
      if (c?.cue && c.prep >= 0) continue;
      blocked.fill(1, m.first, m.last);
    }
  }
  const out: PlaceMention[] = [];
  const demonyms = new Uint8Array(tokens.length);
  for (const p of phrases) for (const m of p.parts) if (m.kind === "demonym") demonyms.fill(1, m.first, m.last);
  const demonym = (j: number): boolean => demonyms[j] === 1;
  // Each token's part of a lookup key, once (placeKey of a span is its tokens' parts joined by spaces).
  // (A token's norm is already folded: only its punctuation is left to turn into spaces.)
  // Computed on demand: most tokens are never part of a candidate span.
  const partCache: (string | undefined)[] = [];
  const part = (j: number): string => (partCache[j] ??= PLAIN.test(tokens[j]!.norm) ? tokens[j]!.norm : placeKey(tokens[j]!.norm));
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i] || !isCapitalized(tokens[i]!)) continue;
    // The quick refusal: a capitalised word that begins no place name.
    if (!gz.hasKey(part(i)) && !gz.isPrefix(part(i))) continue;
    let found: { last: number; key: string } | null = null;
    // Keys of the spans i..i+n, longest first; a span stops at a blocked token or a sentence mark.
    const keys: string[] = [];
    let key = "";
    for (let j = i; j < tokens.length && j - i < gz.maxWords && !blocked[j]; j++) {
      const pj = part(j);
      if (!pj && !/^[,.'’-]$/u.test(tokens[j]!.text)) break;
      key = pj ? (key ? `${key} ${pj}` : pj) : key;
      keys.push(key);
      if (!gz.isPrefix(key)) break;
    }
    for (let n = keys.length; n >= 1 && !found; n--) {
      if (isCapitalized(tokens[i + n - 1]!) && gz.hasKey(keys[n - 1]!)) found = { last: i + n, key: keys[n - 1]! };
    }
    if (!found) continue;
    let { last } = found;
    // A month, a weekday or a function word capitalised ("in March", "Como dijo…") is no place name.
    if (last === i + 1 && has(g, "not_names", tokens[i]!.norm)) continue;
    // A name that goes on with more capitalised words, or follows a given name, is a person's ("Jordan Bardella"),
    // unless a facility of the place goes on: "San Jose City Hall" (a shorter name may be the place: "San Jose
    // City" is a Philippine town's).
    const next = tokens[last];
    const prev = tokens[i - 1];
    let facility = 0;
    if (next && isCapitalized(next) && !isPunct(next)) {
      let n = last;
      while (n > i && !((facility = facilityAfter(tokens, n, g)) && isCapitalized(tokens[n - 1]!) && gz.hasKey(keys[n - i - 1]!))) n--;
      if (n === i) { i = last - 1; continue; }
      last = n;
    }
    if (prev && isCapitalized(prev) && names.has(fold(prev.text))) continue;
    // "la avenida Central de Ecatepec", "la calle Hidalgo", "la carretera Tijuana–Ensenada": a name right after the noun
    // of a street or a road is that street's or road's name, not a place where an act happened.
    if (prev && has(g, "place_street", prev.norm)) {
      const road = has(g, "place_road", prev.norm) ? roadMention(s, i, last, g, gz, part) : null;
      if (road) out.push(road);
      i = (road?.last ?? last) - 1;
      continue;
    }
    const before = contextBefore(tokens, i, g, demonym);
    // "Desde Washington, el Departamento de Estado condenó…", "From Brussels, EU ministers condemned…": a place behind
    // a preposition of origin that opens the sentence, closed by a comma, is where the sentence's act is told.
    if (before.prep < 0 && !before.directional && i > 0 && has(g, "place_fronted", tokens[i - 1]!.norm) && (i === 1 || isPunct(tokens[i - 2]!)) && tokens[last]?.text === ",") before.prep = i - 1;
    const cue = before.cue ?? cueAfter(tokens, last, g);
    // "shot down 40 drones over the Kharkiv region", "sobre la región de Briansk": a preposition that is locative only
    // before a division named with its cue word (not "tensions over Taiwan").
    if (before.prep < 0 && !before.directional && (cue === "admin1" || cue === "admin2")) {
      let j = i - 1;
      while (j > 0 && (has(g, "place_skip", tokens[j]!.norm) || has(g, "place_cue_admin1", tokens[j]!.norm) || has(g, "place_cue_admin2", tokens[j]!.norm)) && j > i - 5) j--;
      if (j >= 0 && has(g, "place_locative_cued", tokens[j]!.norm)) before.prep = j;
    }
    const text = s.text.slice(tokens[i]!.start - s.start, tokens[last - 1]!.end - s.start);
    out.push({
      text, start: tokens[i]!.start, end: tokens[last - 1]!.end, sentence: s.index, first: i, last, candidates: gz.lookup(text),
      cue, locative: before.prep >= 0, prep: before.prep, directional: before.directional, topic: before.topic, parent: null, isParent: false, dateline: false,
    });
    // (The facility's words are no place of their own: "City Hall" is no "Hall".)
    i = last + facility - 1;
  }
  // A capital named by its role takes the place of what its span holds ("la capital de Costa Rica" is San José, not the
  // Brazilian town of Costa Rica read in it); one that overlaps another mention partly gives way.
  for (const c of capitalMentions(s, phrases, g, gz, home, used)) {
    if (out.some((m) => m.first < c.last && c.first < m.last && (m.first < c.first || m.last > c.last))) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.first >= c.first && out[k]!.last <= c.last) out.splice(k, 1);
    out.push(c);
  }
  out.sort((a, b) => a.first - b.first);
  // "visitó Londres, donde se reunió…": a place before a relative of place is where the next clause happens.
  for (const m of out) {
    if (tokens[m.last]?.text === "," && has(g, "place_relative", tokens[m.last + 1]?.norm)) m.locative = true;
  }
  // "in the West Bank city of Nablus", "en el estado mexicano de Guerrero": a place, a cue word, a place — the first
  // is the parent of the second, which takes its preposition.
  for (let k = 0; k + 1 < out.length; k++) {
    const [m, n] = [out[k]!, out[k + 1]!];
    if (!n.cue || n.first <= m.last || n.first - m.last > 4) continue;
    let glue = true;
    for (let i = m.last; i < n.first; i++) {
      const w = tokens[i]!.norm;
      glue &&= has(g, "place_skip", w) || has(g, "place_cue_city", w) || has(g, "place_cue_admin1", w) || has(g, "place_cue_admin2", w);
    }
    if (!glue) continue;
    // "in Kupwara district of Jammu and Kashmir", "en el municipio de Tumaco, departamento de Nariño": the cue word is
    // the first name's own (it follows it), and the second contains it; the second is the parent.
    if (cueAfter(tokens, m.last, g) && !m.candidates.some((c) => n.candidates.some((q) => isParentOf(c.place, q.place))) && n.candidates.some((q) => m.candidates.some((c) => isParentOf(q.place, c.place)))) {
      m.parent = n;
      n.isParent = true;
      continue;
    }
    n.parent = m;
    m.isParent = true;
    if (m.locative && !n.locative) Object.assign(n, { locative: true, prep: m.prep, topic: m.topic });
  }
  // "in Mexico's Guerrero state": the possessor names the country of the next name, which takes its preposition.
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k]!;
    const n = out[k + 1]!;
    if (!has(g, "place_possessive", tokens[m.last]?.text.toLowerCase()) || n.first > m.last + 4) continue;
    // Only adjectives of place and cue words between ("Mexico's northern Sonora state"): in "Brazil's president
    // visited Buenos Aires" the possessor is the president's.
    let glue = true;
    // ("in Sinaloa's capital, Culiacán": the capital in apposition.)
    const apposition = (i: number) => tokens[i]!.text === "," && i === n.first - 1 && (has(g, "place_capital", tokens[i - 1]!.norm) || has(g, "place_cue_city", tokens[i - 1]!.norm));
    for (let i = m.last + 1; i < n.first; i++) glue &&= has(g, "place_skip", tokens[i]!.norm) || has(g, "place_cue_admin1", tokens[i]!.norm) || has(g, "place_cue_admin2", tokens[i]!.norm) || has(g, "place_cue_city", tokens[i]!.norm) || apposition(i);
    if (!glue) continue;
    n.parent = m;
    m.isParent = true;
    if (m.locative && !n.locative) Object.assign(n, { locative: true, prep: m.prep, topic: m.topic });
  }
  // "Kidal in northern Mali", "Khan Younis in the southern Gaza Strip": a place right after another, behind a
  // locative and adjectives of place, that contains it, is its parent (only then: "met in Madrid in the Prado").
  for (let k = 0; k + 1 < out.length; k++) {
    const [m, n] = [out[k]!, out[k + 1]!];
    if (m.parent || n.first <= m.last || !has(g, "place_locative", tokens[m.last]?.norm)) continue;
    let glue = true;
    for (let i = m.last + 1; i < n.first; i++) glue &&= has(g, "place_skip", tokens[i]!.norm);
    if (!glue || !n.candidates.some((q) => m.candidates.some((c) => isParentOf(q.place, c.place)))) continue;
    m.parent = n;
    n.isParent = true;
  }
  // "Culiacán, Sinaloa", "Córdoba, Veracruz", "Atlanta, Georgia", "León, in Mexico's Guanajuato state": a name
  // right after a comma (and a preposition) names the division or country of the one before; an abbreviation
  // there ("Mich.") counts too.
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (tokens[m.last]?.text !== ",") continue;
    let sib = out[k + 1];
    // "Portland, Ore.", "Wilmington, Del.": a state's abbreviation that is also a town's name ("Ore" is a Nigerian town)
    // is the abbreviation when it holds the name before.
    if (sib && sib.first === m.last + 1 && tokens[sib.last]?.text === ".") {
      const abbr = abbreviationAt(s, tokens, sib.first, gz);
      if (abbr && !sib.candidates.some((q) => m.candidates.some((c) => isParentOf(q.place, c.place))) && abbr.candidates.some((q) => m.candidates.some((c) => isParentOf(q.place, c.place)))) {
        m.parent = abbr;
        sib.isParent = true;
        continue;
      }
    }
    if (sib && sib.isParent && out[k + 2]?.parent === sib) sib = out[k + 2];
    const possessor = sib?.parent && sib.parent !== m ? sib.parent : null;
    const glue = (i: number): boolean => {
      const t = tokens[i]!;
      // A cue word ("Tlapa, en la región de…", "Ureña, en el estado Táchira") only after a place of the act itself:
      // "el alcalde del municipio de Zinacantán, en el estado de Chiapas" keeps Chiapas as a place.
      // ("En Valencia, capital del estado Carabobo", "in El Obeid, the capital of North Kordofan": the capital's division.)
      return has(g, "place_locative", t.norm) || has(g, "place_skip", t.norm) || has(g, "place_capital", t.norm) || has(g, "place_possessive", t.text.toLowerCase()) || (!!possessor && possessor.first <= i && i < possessor.last) ||
        (m.locative && (has(g, "place_cue_admin2", t.norm) || has(g, "place_cue_admin1", t.norm)));
    };
    let joined = !!sib;
    for (let i = m.last + 1; sib && i < sib.first; i++) joined &&= glue(i);
    // "atacaron la aldea de Turmus Aya, en Cisjordania", "en el ejido La Laguna, en Aguililla": a name none of whose
    // readings lies in the place after the comma (nor holds it: "META, GRANADA") is a namesake of a place the gazetteer
    // lacks; that place is not its parent but where the act happened. (A name or a division with a cue word keeps the link: "el poblado de La
    // Ruana, municipio de Buenavista", "la comunidad de Las Cruces, municipio de Zitácuaro" are placed at the
    // municipality.)
    if (sib && joined && !m.cue && !sib.cue && !m.dateline && !m.candidates.some((c) => sib.candidates.some((q) => isParentOf(q.place, c.place) || isParentOf(c.place, q.place)))) continue;
    if (sib && joined) {
      m.parent = sib;
      sib.isParent = true;
      // "bombardeó el campo de refugiados de Nuseirat, en el centro de la Franja de Gaza": the locative of the parent
      // places the name it qualifies.
      // (Only a name the parent contains: in "el Estadio de Francia, en las afueras de París" France holds Paris.)
      if (sib.locative && !m.locative && !m.directional && !m.topic && m.candidates.some((c) => sib.candidates.some((q) => isParentOf(q.place, c.place)))) Object.assign(m, { locative: true, prep: sib.prep, topic: sib.topic });
      continue;
    }
    const abbr = abbreviationAt(s, tokens, m.last + 1, gz);
    if (abbr) m.parent = abbr;
  }
  return out;
}

/**
 * "a la altura del kilómetro 30 de la carretera Tijuana–Ensenada", "en el tramo Mazatlán–Culiacán": a road named by
 * the two towns it joins, read as the first-level division both lie in (none when they lie in different ones). `i..last`
 * is the first town's name, after the road's noun.
 */
function roadMention(s: Sentence, i: number, last: number, g: Grammar, gz: Gazetteer, part: (j: number) => string): PlaceMention | null {
  const tokens = s.tokens;
  if (!/^[–—-]$/u.test(tokens[last]?.text ?? "")) return null;
  let end = -1;
  let key = "";
  for (let j = last + 1; j < tokens.length && j - last <= gz.maxWords && isCapitalized(tokens[j]!); j++) {
    key = key ? `${key} ${part(j)}` : part(j);
    if (gz.hasKey(key)) end = j + 1;
    if (!gz.isPrefix(key)) break;
  }
  if (end < 0) return null;
  const name = (a: number, b: number) => s.text.slice(tokens[a]!.start - s.start, tokens[b - 1]!.end - s.start);
  const towns = (text: string) => gz.lookup(text).filter((c) => c.place.kind === "city" || c.place.kind === "admin2");
  const other = new Set(towns(name(last + 1, end)).map((c) => c.place.admin1Code));
  const states = new Map<string, Place>();
  for (const { place } of towns(name(i, last))) {
    if (!place.admin1Code || !place.admin1 || !other.has(place.admin1Code) || states.has(place.admin1Code)) continue;
    const division = gz.lookup(place.admin1).find((c) => c.place.kind === "admin1" && c.place.admin1Code === place.admin1Code);
    if (division) states.set(place.admin1Code, division.place);
  }
  if (!states.size) return null;
  // The road's noun, or a point on it before: "a la altura del kilómetro 30 de la carretera…".
  let first = i - 1;
  let j = first - 1;
  while (j > 0 && has(g, "place_skip", tokens[j]!.norm)) j--;
  if (j > 0 && /^\d+$/u.test(tokens[j]!.text) && has(g, "place_milestone", tokens[j - 1]!.norm)) first = j - 1;
  const before = contextBefore(tokens, first, g);
  return {
    text: name(i, end), start: tokens[i]!.start, end: tokens[end - 1]!.end, sentence: s.index, first: i, last: end,
    candidates: [...states.values()].map((place) => ({ place, how: "name" as const })), cue: null, locative: before.prep >= 0, prep: before.prep,
    directional: before.directional, topic: before.topic, parent: null, isParent: false, dateline: false, road: true,
  };
}

/**
 * "la capital venezolana", "the Kenyan capital", "la capital del país", "Haiti's capital": a country's capital named by
 * its role, with the country from a demonym beside it, a possessive before it or, for "the country", the article's
 * home country.
 */
function capitalMentions(s: Sentence, phrases: readonly ActorPhrase[], g: Grammar, gz: Gazetteer, home: string | null, used: { home: boolean }): PlaceMention[] {
  const tokens = s.tokens;
  const out: PlaceMention[] = [];
  const capitals = g.get("place_capital");
  if (!capitals?.size || !tokens.some((t) => capitals.has(t.norm))) return out;
  const demonymAt = (i: number) => phrases.flatMap((p) => p.parts).find((m) => m.kind === "demonym" && m.country && m.first <= i && i < m.last);
  for (let i = 0; i < tokens.length; i++) {
    if (!capitals.has(tokens[i]!.norm)) continue;
    let first = i;
    let last = i + 1;
    let country: string | null = null;
    const after = demonymAt(i + 1);
    const before = demonymAt(i - 1);
    if (after) [country, last] = [after.country, after.last];
    else if (before) [country, first] = [before.country, before.first];
    else if (has(g, "place_possessive", tokens[i - 1]?.text.toLowerCase())) {
      // "in Haiti's capital", "through Kenya's capital": the country before the possessive (which stays its own
      // mention, made this one's parent below).
      for (let n = 1; n <= 3 && !country && i - 1 - n >= 0; n++) {
        const span = tokens.slice(i - 1 - n, i - 1);
        if (!span.every((t) => isCapitalized(t))) break;
        const name = s.text.slice(span[0]!.start - s.start, span[n - 1]!.end - s.start);
        country = gz.lookup(name).find((c) => c.place.kind === "country")?.place.country ?? null;
      }
    } else {
      for (let n = 1; n <= 3 && !country; n++) {
        const words = tokens.slice(i + 1, i + 1 + n).map((t) => t.norm).join(" ");
        if (has(g, "place_this_country", words)) [country, last, used.home] = [home, i + 1 + n, true];
      }
      // "la capital de Honduras", "the capital of Haiti": the country after an article or "de" (which stays its own
      // mention, no place of the act).
      let at = i + 1;
      while (!country && at < i + 3 && has(g, "place_skip", tokens[at]?.norm) && !isCapitalized(tokens[at]!)) at++;
      for (let n = 1; n <= 3 && !country && at > i + 1 && at + n <= tokens.length; n++) {
        const span = tokens.slice(at, at + n);
        if (!span.every((t) => isCapitalized(t))) break;
        country = gz.lookup(s.text.slice(span[0]!.start - s.start, span[n - 1]!.end - s.start)).find((c) => c.place.kind === "country")?.place.country ?? null;
      }
    }
    const capital = country ? gz.capitalOf(country) : null;
    if (!capital) continue;
    const before_ = contextBefore(tokens, first, g);
    out.push({
      text: s.text.slice(tokens[first]!.start - s.start, tokens[last - 1]!.end - s.start), start: tokens[first]!.start, end: tokens[last - 1]!.end,
      sentence: s.index, first, last, candidates: [{ place: capital, how: "name" }], cue: null, locative: before_.prep >= 0, prep: before_.prep,
      directional: before_.directional, topic: before_.topic, parent: null, isParent: false, dateline: false,
    });
  }
  return out;
}

// An abbreviation after a comma: one or two tokens with their dots ("Sin.", "N.L.", "Q. Roo").
function abbreviationAt(s: Sentence, tokens: readonly Token[], i: number, gz: Gazetteer): PlaceMention | null {
  for (let n = 4; n >= 1; n--) {
    const first = tokens[i];
    const last = tokens[i + n - 1];
    if (!first || !last || !isCapitalized(first)) continue;
    const text = s.text.slice(first.start - s.start, last.end - s.start);
    const hits = gz.lookup(text, true);
    if (hits.length) return { text, start: first.start, end: last.end, sentence: s.index, first: i, last: i + n, candidates: hits, cue: null, locative: false, prep: -1, directional: false, topic: false, parent: null, isParent: true, dateline: false };
  }
  return null;
}

/**
 * The dateline's place ("CULIACÁN, Sin. —", "LA PAZ, Bolivia (AP) —"), with the division or country after its
 * comma as parent; null without a dateline the gazetteer knows.
 */
export function datelinePlace(text: string, gz: Gazetteer): PlaceMention | null {
  const d = datelineOf(text);
  if (!d) return null;
  const start = text.indexOf(d.place);
  const candidates = gz.lookup(d.place);
  if (!candidates.length) return null;
  const base = { sentence: -1, first: -1, last: -1, cue: null, locative: false, prep: -1, directional: false, topic: false, isParent: false, dateline: true } as const;
  const m: PlaceMention = { ...base, text: d.place, start, end: start + d.place.length, candidates, parent: null };
  // The part in parentheses or after the comma: "Sin.", "Bolivia", "Texas", "Venezuela".
  if (d.region) {
    const name = d.region;
    const hits = name.length <= 6 ? gz.lookup(name, true) : [];
    const alt = hits.length ? hits : gz.lookup(name);
    if (alt.length) {
      const at = text.indexOf(name, m.end);
      m.parent = { ...base, text: name, start: at, end: at + name.length, candidates: alt, parent: null, isParent: true };
    }
  }
  return m;
}
