import type { Grammar } from "../data/knowledge.js";
import { readJson } from "../data/files.js";
import { has } from "../data/grammar.js";
import type { ActorPhrase } from "../model/actor.js";
import { fold, isCapitalized, type Token } from "../model/token.js";
import { SECTORS } from "../ontology/generated.js";

/**
 * What an unknown capitalised name is, read from the words around it (the pack's grammar-names.json lists): a person
 * ("Mr Dehghan", "Mikhail Khodorkovsky, a former Russian oil tycoon", "Iza, quien preside…") or a body ("County
 * Commission", "el Frente Patriótico de Loreto"), with the country and sector its title, apposition or body word gives.
 * Null when the name is a thing and no actor (a law, treaty, event, weapon, vessel, news outlet) or nothing says what
 * it is: a name alone is no evidence, and most capitalised names that reach a doer's place unexplained are no actors.
 */
export interface NameReading {
  readonly kind: "person" | "body";
  readonly country: string | null;
  readonly sector: string;
  /** The words that decided it, for the event's trace. */
  readonly why: string;
  /** A group of states of no one country ("Gulf states"): the story's country is not given to it. */
  readonly states?: boolean;
}

/** The sentence the name stands in. */
export interface NameContext {
  readonly tokens: readonly Token[];
  readonly phrases: readonly ActorPhrase[];
  readonly g: Grammar;
  /** The country the story is about, for a body with no country of its own (a local council). */
  readonly home: string | null;
  /** The name stands as the doer of a verb: an acronym is then read as a body (see read()). */
  readonly doer?: boolean;
}

// An acronym: two to six capitals, with no lower-case letter ("NCB", "PA").
const ACRONYM = /^\p{Lu}{2,6}$/u;
// Marks a doer's phrase may open after: a quote or a dash.
const OPENERS = /^[“"«—-]$/u;
// The longest apposition read after a name and its comma ("a former Russian oil tycoon").
const APPOSITION = 6;
const NOT_IN_HEAD = new Set(["VERB", "AUX", "ADP"]);

/**
 * @example readName(phrase("County Commission"), ctx) // {kind: "body", sector: "GOV", country: ctx.home, …}
 * @example readName(phrase("the Alien Enemies Act"), ctx) // null
 */
export function readName(p: ActorPhrase, c: NameContext): NameReading | null {
  // "23 members of the Take It Back Movement": members of a body only named are of what the name reads as, a body.
  const named = membersOf(p);
  const body = named ? read(named, c) : null;
  const r = named ? (body?.kind === "body" ? { ...body, why: `members of ${body.why}` } : null) : read(p, c);
  // "the major surnamed Fonseca", "Rigoberto Anaya, personero municipal": a state office named with no country is one
  // of the story's own country, as a local body is.
  return r && !r.country && !r.states && STATE.has(r.sector) ? { ...r, country: c.home } : r;
}
const STATE = new Set(["GOV", "LEG", "JUD", "MIL", "COP", "SPY"]);
// The generic head of a body ("members", "leader"): data/actors/heads.json.
const HEAD_OF = "role.head-of";
// A phrase of a body's generic head and an unknown name after it, as the name's own phrase; else null.
function membersOf(p: ActorPhrase): ActorPhrase | null {
  const at = p.parts.findIndex((m) => m.entryId !== HEAD_OF);
  if (at < 1 || !p.parts.slice(at).every((m) => m.kind === "name")) return null;
  return { ...p, first: p.parts[at]!.first, parts: p.parts.slice(at) };
}

function read(p: ActorPhrase, c: NameContext): NameReading | null {
  if (p.anaphor || p.pair || !p.parts.length || !p.parts.every((m) => m.kind === "name")) return null;
  const { tokens, g } = c;
  const words = tokens.slice(p.parts[0]!.first, p.parts.at(-1)!.last).filter((t) => /\p{L}/u.test(t.text)).map((t) => t.norm);
  if (!words.length) return null;
  const first = words[0]!;
  const last = words.at(-1)!;
  const before = tokens[p.first - 1]?.norm;
  const after = tokens[p.last]?.norm;
  // "sets up a Board of Peace": a name with an indefinite article is something new or generic, no one named.
  if (has(g, "indefinite_articles", before)) return null;
  // "the vessel Adisa", "Patriot missile", "el diario Haaretz", "la Ley de Desarrollo Agrario", "the Alien Enemies Act".
  if (namesThing(g, words, before, after) || has(g, "name_thing_nouns", headAfter(p, c))) return null;
  // "The Southeast Asian nations pledged…", "Gulf states", "Former Soviet republics": a regional name before a plural
  // noun for states is a group of governments, of no one country.
  const noun = headAfter(p, c);
  if (has(g, "name_state_nouns", noun)) return { kind: "body", country: null, sector: "GOV", why: `states "${noun}" the name qualifies`, states: true };
  const head = has(g, "name_body_first", first) ? first : has(g, "name_body_last", last) ? last : null;
  if (head) {
    // "Ogaden National Liberation Front": an armed opposition; else what the body word says.
    // ("la Cámara Agropecuaria del Oriente", "la Federación Agraria": a chamber's or federation's field decides.)
    const field = has(g, "name_field_heads", head) ? words.slice(1).find((w) => has(g, "name_sector_agr_fields", w)) : undefined;
    const sector = words.some((w) => has(g, "name_armed_words", w)) ? "REB" : field ? "AGR" : sectorOf(g, head) ?? "UNK";
    return { kind: "body", country: c.home, sector, why: `body word "${head}"` };
  }
  const restated = bodyBefore(p, c);
  if (restated) return restated;
  // "Reuters", "Fresh News", "el Diario X": a source of reports; where one stands as a doer, it is mostly the
  // teller of someone else's act ("two rebel commanders told AFP").
  if (has(g, "name_media", first) || has(g, "name_media", last)) return null;
  // "The NCB has ordered…", "the PA lifted its boycott…", "la CNTE convocó…": an acronym the knowledge base does not
  // know, standing as the doer of a verb, is a body (a party, union, agency or armed group), of the story's country as
  // a body word's is. Only one that heads its phrase, after an article or nothing ("the steel group FAFER" is a
  // complement, "(CSTS)" after a name restates it), and that the text does not spell out in brackets after it ("la ARN
  // (Agencia para…)" is read by its full name). (As a target an acronym is as often a thing: a treaty, a programme.)
  if (c.doer && words.length === 1 && ACRONYM.test(tokens[p.parts[0]!.first]!.text) && tokens[p.last]?.text !== "(" &&
    (!before || has(g, "definite_articles", before) || OPENERS.test(before))) return { kind: "body", country: c.home, sector: "UNK", why: "an acronym as the doer" };
  // "el frente Dagoberto Ramos", "la columna móvil Jaime Martínez": a lower-case unit noun before a name names an armed
  // group's unit after a person, no person (grammar name_unit_nouns).
  const unit = has(g, "name_unit_modifiers", before) ? tokens[p.first - 2]?.norm : before;
  if (has(g, "name_unit_nouns", unit) && /^\p{Ll}/u.test(tokens[p.first - (unit === before ? 1 : 2)]?.text ?? "")) {
    return { kind: "body", country: c.home, sector: "REB", why: `unit noun "${unit}"` };
  }
  const apposed = apposition(p, c) ?? titledBefore(p, c) ?? linked(p, c);
  if (apposed) return apposed;
  // "Mr Dehghan", "la baronesa Teresa Cordopatri"; "Broome County Executive Jason Garnar", "the Dubai Ruler".
  // ("Gov. Katie Hobbs", "Sen. Ruben Gallego": an abbreviated title, its full stop between it and the name.)
  const abbreviated = before === "." && isCapitalized(tokens[p.first - 2] ?? tokens[p.first]!) ? tokens[p.first - 2]?.norm : undefined;
  const title = has(g, "name_person_titles", before) ? before! : has(g, "name_person_titles", abbreviated) ? abbreviated! :
    words.length > 1 ? words.find((w) => has(g, "name_person_titles", w)) : undefined;
  if (title) return { kind: "person", country: null, sector: sectorOf(g, title) ?? "UNK", why: `title "${title}"` };
  // "Mikhail Khodorkovsky": a given name, then a capitalised surname.
  const next = tokens[p.parts[0]!.first + 1];
  if (words.length > 1 && givenNames().has(first) && !has(g, "name_given_not_alone", first) && next && isCapitalized(next)) {
    return { kind: "person", country: null, sector: "UNK", why: `given name "${first}"` };
  }
  return null;
}

/**
 * The slot a name stands in as an act's target says it is someone, where nothing else does: Spanish's personal "a"
 * right after the act ("acusó a Gulen de…", "indultó a Black"), or in English the words that only an agent takes
 * after it ("accused Gulen of…", "ordered Rampal to appear", "demanded that Dbeibeh appear"). A thing named in that
 * slot is still none (the name_thing lists). A person of no known office, of the story's country, as one harmed is.
 * @example agentSlot(phrase("Gulen"), ctx, trigger("accused")) // {kind: "person", sector: "CVL", country: ctx.home, …}
 */
export function agentSlot(p: ActorPhrase, c: NameContext, act: { readonly first: number; readonly last: number }): NameReading | null {
  if (p.anaphor || p.pair || !p.parts.length || !p.parts.every((m) => m.kind === "name")) return null;
  const { tokens, g } = c;
  // (Right after the act, or inside a pattern that spans it: "ordered Arjun Rampal to appear".)
  if (p.first < act.first || p.first > act.last + 2) return null;
  const words = tokens.slice(p.first, p.last).map((t) => t.norm);
  const before = tokens[p.first - 1];
  const after = tokens[p.last];
  if (namesThing(g, words, before?.norm, after?.norm)) return null;
  const verb = (t: Token | undefined) => t?.pos === "VERB" || t?.pos === "AUX";
  // Is token k the act's verb's next word (the act's words may run past the name: "demanded that Salcedo resign")?
  const next = (k: number) => k > act.first && k <= act.last;
  const why =
    has(g, "name_agent_marks", before?.norm) && next(p.first - 1) ? `"${before!.text}" before it marks a person` :
    next(p.first) && has(g, "name_agent_charges", after?.norm) ? `"${after!.text}" after it tells what it did` :
    has(g, "name_agent_control", after?.norm) && verb(tokens[p.last + 1]) ? `"${after!.text}" and a verb after it tell what it must do` :
    next(p.first - 1) && has(g, "name_agent_that", before?.norm) && verb(after) ? "the subject of the clause the act asks for" :
    null;
  return why ? { kind: "person", country: c.home, sector: "CVL", why } : null;
}

/** Do the name's own words or the nouns beside it make it a thing ("the vessel Adisa", "the Alien Enemies Act")? */
function namesThing(g: Grammar, words: readonly string[], before: string | undefined, after: string | undefined): boolean {
  return has(g, "name_thing_nouns", before) || has(g, "name_thing_nouns", after) || has(g, "name_thing_first", words[0]) || has(g, "name_thing_last", words.at(-1));
}

/**
 * The noun the name may modify, past the rest of a longer name and adjectives: "the Francisco José de Caldas
 * international bridge" → "bridge".
 */
function headAfter(p: ActorPhrase, c: NameContext): string | undefined {
  const { tokens, g } = c;
  for (let k = p.last; k < tokens.length && k < p.last + 6; k++) {
    const t = tokens[k]!;
    if (isCapitalized(t) || t.pos === "PROPN" || t.pos === "ADJ" || has(g, "name_particles", t.norm)) continue;
    return t.norm;
  }
  return undefined;
}

/**
 * After the name and a comma: "X, a former Russian oil tycoon," / "X, personero municipal," (a person noun), "X, a
 * political group" (a body noun), "X, who…" / "X, quien…" (a person), "X, de 25 años" (a person's age). A phrase in
 * the apposition that the knowledge base places ("Russian", "del Ejército") gives its country and sector.
 */
function apposition(p: ActorPhrase, c: NameContext): NameReading | null {
  const { tokens, g } = c;
  let k = p.last;
  const comma = tokens[k]?.text === ",";
  if (comma) k++;
  if (comma && has(g, "name_person_relatives", tokens[k]?.norm)) return { kind: "person", country: null, sector: "UNK", why: "a relative only a person takes" };
  if (has(g, "of_preps", tokens[k]?.norm) && /^\d+$/.test(tokens[k + 1]?.text ?? "") && has(g, "name_person_age", tokens[k + 2]?.norm)) {
    return { kind: "person", country: null, sector: "UNK", why: "an age" };
  }
  if (!comma) return null;
  // (Its head comes before any verb or preposition: "Prince Khalifa, has received the UAE Ambassador" has none, nor
  // "la PM, adscrita al alcalde", "Catair, un proyecto de compañía".)
  let end = k;
  while (end < tokens.length && end - k < APPOSITION && tokens[end]!.text !== "," && /[\p{L}\p{N}]/u.test(tokens[end]!.text) && !NOT_IN_HEAD.has(tokens[end]!.pos)) end++;
  const at = tokens.slice(k, end).findIndex((t) => has(g, "name_person_nouns", t.norm) || has(g, "name_body_nouns", t.norm));
  if (at < 0) return null;
  const noun = tokens[k + at]!;
  // The phrase that places it stands before the noun ("a former Russian oil tycoon") or is its "of" complement ("un
  // mayor retirado del Ejército"), not one it is only "aligned with".
  const of = (q: ActorPhrase) => q.first > k + at && q.first - (k + at) <= 3 && has(g, "of_preps", tokens[q.first - 1]?.norm);
  const placed = c.phrases.find((q) => q.first >= k && (q.first <= k + at || of(q)) && !q.anaphor && (q.actor.country || q.actor.sector));
  const kind = has(g, "name_person_nouns", noun.norm) ? "person" : "body";
  const sector = (placed?.parts.some((m) => m.kind === "role") ? placed.actor.sector : null) ?? sectorOf(g, noun.norm) ?? "UNK";
  return { kind, country: placed?.actor.country ?? null, sector, why: `apposition "${noun.text}"` };
}

/**
 * "Argentina's largest union federation, the CGT, staged…", "el principal sindicato docente, la CNTE, convocó…": a
 * name set off by commas (its article between) right after a noun phrase whose head is a body noun restates that
 * body: of the noun's sector, and of the country a phrase of that noun phrase names (else the story's).
 */
function bodyBefore(p: ActorPhrase, c: NameContext): NameReading | null {
  const { tokens, g } = c;
  let comma = p.first - 1;
  if (has(g, "definite_articles", tokens[comma]?.norm)) comma--;
  if (tokens[comma]?.text !== "," || !CLOSERS.test(tokens[p.last]?.text ?? ".")) return null;
  for (let k = comma - 1; k >= 0 && comma - k <= APPOSITION; k--) {
    const t = tokens[k]!;
    if (t.text === "," || NOT_IN_HEAD.has(t.pos) && !has(g, "of_preps", t.norm)) return null;
    if (isCapitalized(t) && k > 0 || !(has(g, "name_body_nouns", t.norm) || has(g, "name_body_last", t.norm) || has(g, "name_body_first", t.norm))) continue;
    const sector = sectorOf(g, t.norm);
    if (!sector) return null;
    const placed = c.phrases.find((q) => q.first < comma && q.last > k - APPOSITION && q.last <= comma && !q.anaphor && q.actor.country);
    return { kind: "body", country: placed?.actor.country ?? c.home, sector, why: `restates "${t.text}" before it` };
  }
  return null;
}
// What may close an apposition: a comma, a bracket, a dash or the sentence's end.
const CLOSERS = /^[,.;:)—–-]$/u;

/**
 * "El arzobispo metropolitano de Guatemala, Rodolfo Quezada, pidió…", "the minister of health and social action, Carlos
 * Lorenzo,": a name set off by commas right after a title the knowledge base places is the person who holds it.
 */
function titledBefore(p: ActorPhrase, c: NameContext): NameReading | null {
  const { tokens } = c;
  if (tokens[p.first - 1]?.text !== "," || tokens[p.last]?.text !== ",") return null;
  // "El presidente de la Cámara Agropecuaria del Oriente (CAO), José Céspedes,": the body's acronym in brackets after
  // the title is still the title's.
  const end = bracketedBefore(tokens, p.first - 1);
  const title = c.phrases.find((q) => (q.last === p.first - 1 || q.last === end) && !q.anaphor && q.parts.some((m) => m.kind === "role") && q.actor.sector);
  if (title) return { kind: "person", country: title.actor.country, sector: title.actor.sector!, why: `title "${title.actor.text}" before it` };
  return titleOfBody(p, c, end >= 0 ? end : p.first - 1);
}

/**
 * "El secretario general de la Confederación General del Trabajo (CGT), Gerardo Martínez,", "el excandidato presidencial
 * de Fuerza Nacional, Hernán Vizcarra,": a title, "de" and the body it heads, read as two phrases, before the name's
 * comma (at `at`). The person is of the body's country (a body of no known country is the story's, as a body word's
 * is); of its sector where the body is one of civil society (a union, a chamber, a party), else of the title's.
 */
const TITLE_ADJECTIVES = 2;
function titleOfBody(p: ActorPhrase, c: NameContext, at: number): NameReading | null {
  const { tokens, g } = c;
  const body = c.phrases.find((q) => q.last === at && q.first < p.first && !q.anaphor && q.parts.length > 0 && q.parts.every((m) => m.kind === "group" || m.kind === "name"));
  if (!body) return null;
  let k = body.first - 1;
  while (k >= 0 && has(g, "determiners", tokens[k]!.norm)) k--;
  if (k < 1 || !has(g, "of_preps", tokens[k]!.norm)) return null;
  // (Past an adjective or two of the title: "secretario general", "excandidato presidencial".)
  const qualifies = (from: number) => tokens.slice(from, k).every((t) => /^\p{Ll}+$/u.test(t.text) && !has(g, "of_preps", t.norm));
  const title = c.phrases.find((q) => q.last <= k && k - q.last <= TITLE_ADJECTIVES && qualifies(q.last) && !q.anaphor && q.parts.some((m) => m.kind === "role") && q.actor.sector);
  if (!title) return null;
  const civil = body.actor.sector && !STATE.has(body.actor.sector) && body.parts.some((m) => m.kind === "group") ? body.actor.sector : null;
  return { kind: "person", country: body.actor.country ?? title.actor.country ?? c.home, sector: civil ?? title.actor.sector!, why: `title "${title.actor.text}" of "${body.actor.text}" before it` };
}

// Where a bracketed aside of a few words that closes right before token i opens ("(ANDES)", "(Interior)"), else -1.
const MAX_BRACKETED = 4;
function bracketedBefore(tokens: NameContext["tokens"], i: number): number {
  if (tokens[i - 1]?.text !== ")") return -1;
  for (let k = i - 2; k >= 0 && k >= i - 2 - MAX_BRACKETED; k--) if (tokens[k]!.text === "(") return k;
  return -1;
}

/**
 * "un mayor de apellido Fonseca", "a man named Okonkwo": a person noun or title, then a word that gives its name. The
 * sector is the title's (a phrase the knowledge base reads, else the pack's lists).
 */
function linked(p: ActorPhrase, c: NameContext): NameReading | null {
  const { tokens, g } = c;
  const one = tokens[p.first - 1]?.norm;
  const two = `${tokens[p.first - 2]?.norm} ${one}`;
  const link = has(g, "name_person_links", two) ? 2 : has(g, "name_person_links", one) ? 1 : 0;
  if (!link) return null;
  const end = p.first - link;
  for (let k = end - 1; k >= Math.max(0, end - 3); k--) {
    const t = tokens[k]!;
    const title = c.phrases.find((q) => q.first <= k && k < q.last && q.parts.some((m) => m.kind === "role") && q.actor.sector);
    if (!title && !has(g, "name_person_nouns", t.norm) && !has(g, "name_person_titles", t.norm)) continue;
    return { kind: "person", country: title?.actor.country ?? null, sector: title?.actor.sector ?? sectorOf(g, t.norm) ?? "UNK", why: `named after "${t.text}"` };
  }
  return null;
}

// The sector lists of the pack (name_sector_gov, name_sector_soc, …), in the ontology's order.
function sectorOf(g: Grammar, word: string): string | null {
  return SECTORS.find((s) => has(g, `name_sector_${s.toLowerCase()}`, word)) ?? null;
}

// Every given name of data/people/given-names.json, ambiguous ones too (a person either way), folded.
let given: Set<string> | null = null;
function givenNames(): Set<string> {
  given ??= new Set((readJson("people/given-names.json") as { entries: { names: string[] }[] }).entries.flatMap((e) => e.names.map(fold)));
  return given;
}
