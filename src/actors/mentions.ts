import type { ActorEntry, Office } from "../data/schemas.js";
import type { LanguagePack } from "../data/knowledge.js";
import type { Mention } from "../model/actor.js";
import { readJson } from "../data/files.js";
import { fold, isCapitalized, type Token } from "../model/token.js";
import type { GazetteerMatch } from "./gazetteer.js";
import { surnamesIn } from "./titles.js";
import { anyPack } from "./words.js";
import { tokenize } from "../text/tokenize.js";

/** The office a person holds on `date`, else the latest one they left (then they are ELI), else none. */
export function officeAt(entry: ActorEntry, date: string): { office: Office | null; former: boolean } {
  const offices = entry.offices ?? [];
  const current = offices.find((o) => (!o.from || o.from <= date) && (!o.to || o.to >= date));
  if (current) return { office: current, former: false };
  const past = offices.filter((o) => o.to && o.to < date).sort((a, b) => (b.to ?? "").localeCompare(a.to ?? ""));
  return past[0] ? { office: past[0], former: true } : { office: null, former: false };
}

/** The mention of an entry over tokens first..last, with its office on `date` for a person. */
export function fromEntry(e: ActorEntry, first: number, last: number, date: string): Mention {
  let country = e.country ?? null;
  let sector = e.sector ?? null;
  if (e.kind === "person" && e.offices?.length) {
    const { office, former } = officeAt(e, date);
    if (office) {
      country = office.country ?? country;
      sector = former ? "ELI" : office.sector ?? sector;
    }
    // Out of national office, the head of an international body speaks for it (Rutte after 2024: NATO), as in resolve.ts.
    if (former && e.org) [country, sector] = [e.country ?? null, e.sector ?? null];
  }
  if (e.kind === "country" || e.kind === "metonym") sector = sector ?? "GOV";
  return { kind: e.kind, first, last, entryId: e.id, name: e.name ?? null, country, sector, org: e.org ?? null };
}

// Capitalised words that do not start a name: function words, months, weekdays.
const NOT_NAMES = anyPack("not_names");
// The parts of speech of a function word that may stand capitalised inside a name ("It" in "Take It Back Movement").
const FUNCTION_POS = new Set(["PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX"]);
// "Juan Ramón de la Fuente": lower-case particles inside a name.
const CONNECTORS = anyPack("name_particles");
// "Khalid Al Attiyah", "Khalifa Bin Salman": particles written capitalised, function words of some pack elsewhere.
const CAPITAL_CONNECTORS = anyPack("capital_name_particles");
// "the Order of Merit", "el Premio Nacional de Paz": a name of an honour is no actor.
const HONOURS = anyPack("honour_words");
// "the Republic of Cyprus", "el Reino de Baréin": a state's formal title before its name is that state's.
const STATE_TITLES = anyPack("state_titles");
// "lifted the State of Emergency", "la Ley Marcial": a name made only of the words of an emergency measure is that
// measure, no actor.
const MEASURE_WORDS = anyPack("measure_name_words");
const OF = anyPack("of_preps");
const DEFINITE = anyPack("definite_articles");

/**
 * Actor mentions in one sentence: knowledge-base matches, then runs of capitalised words as unknown names.
 * A country name followed by capitalised words is a person's name ("Israel Vizcarra Beltrán").
 * With the document's `text`, a lone capitalised word opening a sentence is a name when the document names someone
 * with it elsewhere ("Dogu dijo…" after "Laura Dogu").
 */
export function findMentions(tokens: readonly Token[], pack: LanguagePack, date: string, text?: string): Mention[] {
  const allCaps = tokens.filter((t) => /\p{L}/u.test(t.text)).every((t) => t.text === t.text.toUpperCase());
  const matches = pack.gazetteer.match(tokens);
  const out: Mention[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  // Epithets that point back to nothing here ("Grupo México", "un grupo de trabajo"): as if the gazetteer had not matched.
  const dropped = new Set<GazetteerMatch>();
  for (const m of matches) {
    const next = tokens[m.last];
    const absorbable = m.entry.kind === "country" || m.entry.kind === "place";
    // …but not one that a title governs ("el canciller de Ecuador Ramiro Pazmiño": the minister is Ecuador's, and his
    // name follows).
    const titled = OF.has(tokens[m.first - 1]?.norm ?? "") && matches.some((o) => o.last === m.first - 1 && o.entry.kind === "role");
    if (absorbable && !titled && next && isNameWord(next, allCaps) && !matches.some((o) => o.first === m.last)) continue;
    // "Michael Jordan", "Roberto Chile": a one-word country after a given name inside the sentence ends that name.
    const prev = tokens[m.first - 1];
    const opens = m.first - 1 === 0 || /^[“"«(¿¡—-]$/.test(tokens[m.first - 2]?.text ?? "");
    // ("Grupo México" is a company's name, at the start of a sentence too.)
    const head = !!prev && !!pack.grammar.get("company_heads")?.has(prev.norm);
    if (absorbable && m.last - m.first === 1 && prev && (!opens || head) && isNameWord(prev, allCaps) && !matches.some((o) => o.last === m.first && !dropped.has(o))) continue;
    // "Ronald Gutiérrez Añez" is not Jeanine Áñez: a person's lone surname after two or more words of another name,
    // none of them the person's own, is part of that other person's name (Spanish names carry two surnames).
    if (m.entry.kind === "person" && m.last - m.first === 1 && otherNameBefore(tokens, m, matches, allCaps)) continue;
    // "(en inglés, DOD)", "por sus siglas en inglés": a lower-case demonym right after the pack's language_preps is a
    // language, no actor.
    if (m.entry.kind === "demonym" && m.last - m.first === 1 && prev && pack.grammar.get("language_preps")?.has(prev.norm) && /^\p{Ll}/u.test(tokens[m.first]!.text)) continue;
    // "la vecina República Dominicana", "el vecino Bolivia": a word for neighbours right before a country's name says
    // where the country lies, no people of its own (grammar neighbour_adjectives).
    if (m.last - m.first === 1 && pack.grammar.get("neighbour_adjectives")?.has(tokens[m.first]!.norm) && matches.some((o) => o.first === m.last && o.entry.kind === "country")) continue;
    // ("the 62-year-old": a count joined to the epithet by a hyphen is part of it.)
    const aged = counted(tokens, m.first);
    if (m.entry.antecedent && !m.entry.sector && !pointsBack(tokens, { ...m, first: aged }, pack, covered)) {
      dropped.add(m);
      continue;
    }
    if (aged < m.first && m.entry.antecedent) {
      for (let k = aged; k < m.last; k++) covered[k] = true;
      out.push(fromEntry(m.entry, aged, m.last, date));
      continue;
    }
    for (let k = m.first; k < m.last; k++) covered[k] = true;
    // "el municipio de Argelia" (Cauca), "the town of Jordan": a country's name after a local place's noun names a
    // town, no country.
    if (m.entry.kind === "country" && prev && pack.grammar.get("of_preps")?.has(prev.norm) && pack.grammar.get("local_place_nouns")?.has(tokens[m.first - 2]?.norm ?? "")) continue;
    // "ethnic Albanians in Serbia", "ethnic Russians": a nationality word after an ethnicity word names a people, no
    // state; its people are civilians of no country the word tells (where they live settles it).
    if (m.entry.kind === "demonym" && prev && pack.grammar.get("ethnicity_words")?.has(prev.norm)) {
      out.push({ kind: "role", first: m.first, last: m.last, entryId: null, name: null, country: null, sector: "CVL", org: null });
      continue;
    }
    out.push(fromEntry(m.entry, m.first, m.last, date));
  }
  demoteHomonyms(out, dropped.size ? matches.filter((m) => !dropped.has(m)) : matches, tokens);
  out.push(...ledBy(tokens, covered, pack, date));
  if (!allCaps) out.push(...unknownNames(tokens, covered, text === undefined ? undefined : knownSurnames(text)));
  return companies(out.sort((a, b) => a.first - b.first), tokens, pack);
}

// Where a count joined by a hyphen to the word at `first` starts ("62-year-old"), else `first`.
function counted(tokens: readonly Token[], first: number): number {
  return tokens[first - 1]?.text === "-" && /^\d+$/.test(tokens[first - 2]?.text ?? "") ? first - 2 : first;
}

/**
 * "esta organización", "the group": a noun that names a group or a body of no kind of its own is a mention only as an
 * epithet pointing back, written in lower case right after a definite article or a demonstrative, with no complement
 * of its own ("el grupo de trabajo", "the group of experts", "a working group", "un grupo islamista" name no one the
 * story named before; "Grupo Salinas" is a name).
 */
function pointsBack(tokens: readonly Token[], m: GazetteerMatch, pack: LanguagePack, covered: readonly boolean[]): boolean {
  const before = tokens[m.first - 1]?.norm ?? "";
  const pointer = ["definite_articles", "referring_determiners"].some((key) => pack.grammar.get(key)?.has(before));
  // "reiterated the commitment of the organization to…": after "of" that no actor's name governs, the noun says whose
  // the thing before is, no party to the act.
  if (OF.has(tokens[m.first - 2]?.norm ?? "") && m.first >= 3 && !covered[m.first - 3]) return false;
  if (OF.has(before) && m.first >= 2 && !covered[m.first - 2]) return false;
  // ("accused the group of deliberately targeting civilians", "acusó al grupo de atacar": what a verb charges it with
  // is no complement of the noun.)
  const infinitives = pack.grammar.get("infinitive_endings") ?? new Set<string>();
  const verb = (t: Token | undefined) => !!t && (t.pos === "VERB" || (/^\p{Ll}{4,}$/u.test(t.text) && [...infinitives].some((e) => t.norm.endsWith(e))));
  const complement = OF.has(tokens[m.last]?.norm ?? "") && !verb(tokens[m.last + 1]) && !verb(tokens[m.last + 2]);
  return pointer && /^[\p{Ll}\d]/u.test(tokens[m.first]!.text) && !complement;
}

/**
 * "a Saudi-led strike", "the US-led coalition": one word made of an actor's name and an ending of the pack's
 * `leader_suffixes` stands for that actor, who leads what the noun after it names.
 */
function ledBy(tokens: readonly Token[], covered: boolean[], pack: LanguagePack, date: string): Mention[] {
  // (…and "a rebel-held area", "the ISIS-controlled town": a place by whoever holds it, the pack's `holder_suffixes`.)
  const suffixes = [...(pack.grammar.get("leader_suffixes") ?? []), ...(pack.grammar.get("holder_suffixes") ?? [])];
  const out: Mention[] = [];
  tokens.forEach((t, i) => {
    const suffix = suffixes.find((s) => t.norm.endsWith(s) && t.norm.length > s.length);
    if (covered[i] || !suffix) return;
    const head = t.text.slice(0, t.text.length - suffix.length);
    const words = tokenize(head, 0, head.length);
    const m = pack.gazetteer.match(words).find((x) => x.first === 0 && x.last === words.length);
    if (!m) return;
    covered[i] = true;
    out.push(fromEntry(m.entry, i, i + 1, date));
  });
  return out;
}

const business = (first: number, last: number, country: string | null): Mention =>
  ({ kind: "institution", first, last, entryId: null, name: null, country, sector: "BUS", org: null });
const PLACE_KINDS = new Set(["country", "demonym", "place", "metonym"]);

/**
 * Companies named by a legal form or trade word: "Quimera S.A.", "Acme Inc", "Andes Airlines" (a form ends the name),
 * "Grupo Salinas", "Banco Azteca", "Petróleos de Ruritania" (a head word opens it) are businesses (BUS), of the country a
 * demonym or place inside the name gives ("Aerolíneas Argentinas"), else of none. A form right after a known company
 * ("Cemex S.A.") joins it.
 */
function companies(mentions: Mention[], tokens: readonly Token[], pack: LanguagePack): Mention[] {
  const forms = pack.grammar.get("company_forms");
  const heads = pack.grammar.get("company_heads");
  if (!forms || !heads) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const words = tokens.slice(m.first, m.last);
    if (m.kind === "name" && words.every((t) => forms.has(t.norm) || t.text === ".")) {
      // "Cemex S.A.": the form belongs to the company before it.
      if (prev && prev.last === m.first && prev.sector === "BUS" && prev.kind !== "role") {
        out[out.length - 1] = { ...prev, last: m.last };
        continue;
      }
    }
    const ended = m.kind === "name" && words.length > 1 && words.slice(1).some((t) => forms.has(t.norm));
    const opened = m.kind === "name" && heads.has(words[0]!.norm) && (words.length > 1 || OF.has(tokens[m.last]?.norm ?? ""));
    if (ended || opened) {
      const place = pack.gazetteer.match(words).find((g) => PLACE_KINDS.has(g.entry.kind) && g.entry.country);
      out.push(business(m.first, m.last, place?.entry.country ?? null));
      continue;
    }
    // "Andes Airlines": a form the knowledge base reads as a role ends the capitalised name before it, which may open
    // the sentence.
    if (m.kind === "role" && m.sector === "BUS" && m.last - m.first === 1 && isCapitalized(tokens[m.first]!) && forms.has(tokens[m.first]!.norm)) {
      const before = tokens[m.first - 1];
      if (prev?.kind === "name" && prev.last === m.first) {
        out[out.length - 1] = business(prev.first, m.last, null);
        continue;
      }
      if (m.first === 1 && before && isCapitalized(before) && /^\p{L}/u.test(before.text) && !NOT_NAMES.has(before.norm)) {
        out.push(business(0, m.last, null));
        continue;
      }
    }
    // "Banco Azteca": a trade word the knowledge base reads as a role, capitalised before a name, opens that name.
    if (m.kind === "name" && prev?.kind === "role" && prev.sector === "BUS" && prev.last === m.first && prev.last - prev.first === 1 &&
      heads.has(tokens[prev.first]!.norm) && isCapitalized(tokens[prev.first]!)) {
      out[out.length - 1] = business(prev.first, m.last, null);
      continue;
    }
    out.push(m);
  }
  return out;
}

// Office titles a ministerial role can denote, from data/lexicon/offices.json (heads of state and government are left
// out: "el presidente Sánchez" is said of a prime minister too).
let officeTitles: Map<string, Set<string>> | null = null;
const HEADS_OF = new Set(["role.president", "role.prime-minister", "role.chancellor"]);
function titlesOf(roleId: string): Set<string> | undefined {
  if (!officeTitles) {
    officeTitles = new Map();
    for (const r of (readJson("lexicon/offices.json") as { entries: { roles: string[]; titles: string[]; seat?: string }[] }).entries) {
      // (An office with a seat of its own is one person's, not a title of the role: "el ayatolá Jamenei" is no pope.)
      if (r.seat) continue;
      for (const id of r.roles) if (!HEADS_OF.has(id)) officeTitles.set(id, new Set([...(officeTitles.get(id) ?? []), ...r.titles.map(fold)]));
    }
  }
  return officeTitles.get(roleId);
}

/**
 * "Pedro Sánchez, ministro de Defensa": a known person given a ministerial title that none of their offices ever had is
 * someone else of the same name, an unknown name the title explains.
 */
function demoteHomonyms(out: Mention[], matches: readonly GazetteerMatch[], tokens: readonly Token[]): void {
  const apposed = (a: number, b: number) => tokens.slice(a, b).every((t) => t.norm === "," || DEFINITE.has(t.norm));
  out.forEach((m, k) => {
    const entry = matches.find((x) => x.first === m.first && x.entry.id === m.entryId)?.entry;
    if (m.kind !== "person" || !entry?.offices?.length) return;
    const role = matches.find((r) => r.entry.kind === "role" && (r.first >= m.last ? apposed(m.last, r.first) : r.last <= m.first && apposed(r.last, m.first)));
    const titles = role && titlesOf(role.entry.id);
    // ("Deputy Secretary of State Christopher Landau", "el subsecretario de Estado Landau": an office that is a deputy's
    // of the title, its words ending the office's, is the person's too.)
    if (!titles || entry.offices.some((o) => titles.has(fold(o.office)) || [...titles].some((t) => fold(o.office).endsWith(` ${t}`)))) return;
    out[k] = { kind: "name", first: m.first, last: m.last, entryId: null, name: null, country: null, sector: null, org: null };
  });
}

// The capitalised words right before a one-word match that no match covers: two or more, none a word of the entry's.
function otherNameBefore(tokens: readonly Token[], m: GazetteerMatch, matches: readonly GazetteerMatch[], allCaps: boolean): boolean {
  let i = m.first;
  while (i > 0 && isNameWord(tokens[i - 1]!, allCaps) && !matches.some((o) => o.first < i && o.last >= i)) i--;
  if (m.first - i < 2) return false;
  const own = new Set(Object.values(m.entry.terms).flat().flatMap((t) => tokenize(t, 0, t.length).map((x) => x.norm)));
  return tokens.slice(i, m.first).every((t) => !own.has(t.norm));
}

function isNameWord(t: Token, allCaps: boolean): boolean {
  return !allCaps && isCapitalized(t) && /^\p{L}/u.test(t.text) && !NOT_NAMES.has(t.norm) && !HYPHEN_ADJECTIVE.test(t.text);
}
// "Ukraine-related sanctions", "Kremlin-friendly media": a capitalised word joined by a hyphen to a lower-case one is
// an adjective made of a name, no name ("Ben-Gvir", "al-Assad" are).
const HYPHEN_ADJECTIVE = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;

// "El candidato Julio Ramos", "Domingo Cavallo": in a language that writes its months and weekdays in lower case, one
// of them that is also a given name (grammar given_names_as_words), written capitalised before a name's word, opens
// that name.
const GIVEN_NAMES_AS_WORDS = anyPack("given_names_as_words");
function givenNameAsWord(tokens: readonly Token[], i: number, covered: readonly boolean[]): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return GIVEN_NAMES_AS_WORDS.has(t.norm) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !!next && !covered[i + 1] && isNameWord(next, false);
}

// "al penal de San Pedro", "en el aeropuerto Juan Santamaría", "at Evin prison": a name right after a facility's noun
// (grammar facility_nouns), or after it and "de"/"of", names the facility, a place, even when it is a saint's or a
// person's name.
const FACILITY_NOUNS = anyPack("facility_nouns");
function facilityName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? "";
  return FACILITY_NOUNS.has(before) || (OF.has(before) && FACILITY_NOUNS.has(tokens[i - 2]?.norm ?? ""));
}

const NUMBERS = anyPack("number_words");
const NUMBER_WORDS = { test: (w: string): boolean => NUMBERS.has(w) };
// The surnames of the document last asked about (the coder analyses one document's sentences in a row).
let lastText: string | null = null;
let lastSurnames = new Set<string>();
function knownSurnames(text: string): Set<string> {
  if (text !== lastText) [lastText, lastSurnames] = [text, new Set([...surnamesIn(text)].filter((w) => !NOT_NAMES.has(w) && !NUMBER_WORDS.test(w)))];
  return lastSurnames;
}

const CURRENCY_SIGN = /^[$€£¥]$/u;

function unknownNames(tokens: readonly Token[], covered: boolean[], surnames?: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !(isNameWord(tokens[i]!, false) || givenNameAsWord(tokens, i, covered))) continue;
    let j = i + 1;
    while (j < tokens.length && !covered[j]) {
      if (isNameWord(tokens[j]!, false) || /^\d{1,3}$/.test(tokens[j]!.text)) j++;
      else {
        // "Juan Ramón de la Fuente", "Ismael Zambada García": lower-case particles inside a name.
        let k = j;
        // ("the Take It Back Movement", "Black Lives Matter": a function word capitalised between two words of a name is
        // the name's, not a pronoun or an article of the sentence.)
        const particle = (t: Token) => (CONNECTORS.has(t.norm) && !/^\p{Lu}/u.test(t.text)) || (CAPITAL_CONNECTORS.has(t.norm) && /^\p{Lu}\p{Ll}*$/u.test(t.text)) ||
          (NOT_NAMES.has(t.norm) && /^\p{Lu}\p{Ll}*$/u.test(t.text) && FUNCTION_POS.has(t.pos));
        while (k < tokens.length && k - j < 3 && particle(tokens[k]!) && !covered[k]) k++;
        if (k > j && tokens[k] && !covered[k] && isNameWord(tokens[k]!, false)) j = k + 1;
        else break;
      }
    }
    if (tokens.slice(i, j).every((t) => STATE_TITLES.has(t.norm)) && OF.has(tokens[j]?.norm ?? "") && covered[j + 1]) {
      i = j - 1;
      continue;
    }
    if (tokens.slice(i, j).every((t) => MEASURE_WORDS.has(t.norm))) {
      // …with what it is "of" ("State of Emergency", "Estado de Sitio").
      let e = j;
      while (OF.has(tokens[e]?.norm ?? "") && tokens[e + 1] && !covered[e + 1] && isNameWord(tokens[e + 1]!, false) && MEASURE_WORDS.has(tokens[e + 1]!.norm)) {
        e += 2;
        while (e < tokens.length && !covered[e] && isNameWord(tokens[e]!, false) && MEASURE_WORDS.has(tokens[e]!.norm)) e++;
      }
      if (tokens.slice(i, e).some((t) => !STATE_TITLES.has(t.norm) && !OF.has(t.norm))) {
        i = e - 1;
        continue;
      }
    }
    if (tokens.slice(i, j).some((t) => HONOURS.has(t.norm))) {
      // …with what it is "of" ("the Medal of Freedom", "la Orden del Mérito").
      while (OF.has(tokens[j]?.norm ?? "") && tokens[j + 1] && !covered[j + 1] && isNameWord(tokens[j + 1]!, false)) {
        j += 2;
        while (j < tokens.length && !covered[j] && isNameWord(tokens[j]!, false)) j++;
      }
      i = j - 1;
      continue;
    }
    // "condenó la medida en la red social X", "escribió en X": a lone capital letter is no one's name (a platform, a
    // letter), unless it is an initial ("John R. Bass", "H. R. McMaster": a full stop and a name after it).
    const initial = tokens[j]?.text === "." && !!tokens[j + 1] && isNameWord(tokens[j + 1]!, false);
    if (j - i === 1 && /^\p{Lu}$/u.test(tokens[i]!.text) && !initial) continue;
    // "C$2.5bn", "USD $4 million": a capitalised word right before a currency sign names the currency, no one.
    if (CURRENCY_SIGN.test(tokens[j]?.text ?? "")) {
      i = j - 1;
      continue;
    }
    const sentenceStart = i === 0 || /^[“"«(¿¡—-]$/.test(tokens[i - 1]!.text);
    if ((!(sentenceStart && j - i === 1) || surnames?.has(tokens[i]!.norm)) && !facilityName(tokens, i)) {
      out.push({ kind: "name", first: i, last: j, entryId: null, name: null, country: null, sector: null, org: null });
    }
    i = j - 1;
  }
  return out;
}
