import { loadKnowledge, type Knowledge, type LanguagePack } from "../data/knowledge.js";
import { LANGUAGES, type Language } from "../lang/index.js";
import type { Mention } from "../model/actor.js";
import { fold, type Token } from "../model/token.js";
import { segment } from "../pipeline/analyze.js";
import { detectLanguage } from "../text/language.js";
import { tokenize } from "../text/tokenize.js";
import { lookupOf, type Lookup } from "./lookup.js";
import { findMentions } from "./mentions.js";
import { standing, type Holder } from "./offices.js";
import { buildPhrases } from "./phrases.js";
import { apposed, isPlural, readMentions, ruleOf, sameName, unexplained, type Reading } from "./reading.js";
import { alternation, anyPack, anyPackOf, anyPackWritten } from "./words.js";

/** Who a short actor text denotes on a date, and which entry or rule decided it. */
export interface ActorResolution {
  text: string;
  name: string | null;
  country: string | null;
  sector: string | null;
  org: string | null;
  office: string | null;
  wikidata: string | null;
  rule: string | null;
}

export interface ResolveOptions {
  /** YYYY-MM-DD; defaults to today. */
  readonly date?: string;
  /** Language of the text; when absent, the one whose knowledge covers more of it. */
  readonly lang?: Language;
  /** Text around the actor (an article): its country fills in "la presidenta", its names explain a surname. */
  readonly context?: string;
  /** The country to assume when neither the text nor the context names one (the coder's home country). */
  readonly home?: string | null;
}

/** Nothing known. */
export const unresolved = (text: string): ActorResolution =>
  ({ text, name: null, country: null, sector: null, org: null, office: null, wikidata: null, rule: null });

export const isResolved = (r: ActorResolution): boolean => !!(r.country || r.sector || r.org);

/**
 * Resolve a short actor text to a person, body or country as of a date.
 * @example await resolveActor("el presidente de Estados Unidos", { date: "2023-05-01" }) // {name: "Joe Biden", country: "USA", sector: "GOV", …}
 */
export async function resolveActor(text: string, opts: ResolveOptions = {}, knowledge?: Knowledge): Promise<ActorResolution> {
  return resolveWith(knowledge ?? (await loadKnowledge()), text, opts);
}

/**
 * `resolveActor` with the knowledge already loaded (for the coder, phrase by phrase).
 * @example resolveWith(k, "la presidenta", { date: "2025-03-01", lang: "es", home: "MEX" }).name // "Claudia Sheinbaum"
 */
export function resolveWith(k: Knowledge, text: string, opts: ResolveOptions = {}): ActorResolution {
  const date = opts.date ?? new Date().toISOString().slice(0, 10);
  return new Resolver(k, opts.lang ?? languageOf(text, k, date, opts.context), date, opts.context, opts.home).resolve(text);
}

// A short text says little to a language detector: take the language whose knowledge covers more of it.
function languageOf(text: string, k: Knowledge, date: string, context?: string): Language {
  const tokens = tokenize(text, 0, text.length);
  const covered = (lang: Language) =>
    findMentions(tokens, k.packs[lang], date).filter((m) => m.entryId).reduce((n, m) => n + m.last - m.first, 0);
  const counts = LANGUAGES.map((lang) => ({ lang, n: covered(lang) })).sort((a, b) => b.n - a.n);
  return counts.length > 1 && counts[0]!.n === counts[1]!.n ? detectLanguage(`${text} ${context ?? ""}`) : counts[0]!.lang;
}

const PLACES = new Set(["country", "demonym", "place", "metonym"]);
const PRONOUNS = anyPack("bare_pronouns");
/** The rules of resolutions that no entry decided (labels, not words). */
type BareRule = "company" | "pronoun" | "name";
// Roles that say only "armed men" or "members": the named group they belong to gives the sector.
const GENERIC_ARMED = new Set(["UAF"]);
const GENERIC_TITLES = new Set(["role.head-of", "role.counterpart", "role.official", "role.spokesperson"]);
const OF = anyPackOf("of_preps", "possessive_clitics");
const POSSESSIVE = anyPack("possessive_clitics");
const ARTICLES = anyPack("articles");
// "a Somalia-based group": the place's name, then an ending that says the actor is from there.
const PLACE_SUFFIX = alternation(anyPackWritten("place_suffixes"));
const BASED_IN = PLACE_SUFFIX ? new RegExp(`^(.+)${PLACE_SUFFIX}$`, "u") : null;
const BODY_KINDS = new Set(["institution", "group", "role"]);

/**
 * A title followed by "of" and a body of another sector: "president of the Riigikogu" (LEG), "head of the Human Rights
 * League" (SOC), "presidente de la Corte Suprema" (JUD). Returns the body, or null when the title is the office itself.
 */
function headedBody(r: Reading): Mention | null {
  const role = r.frame.find((m) => m.kind === "role");
  if (!role || role.sector === "ELI") return null;
  const i = r.frame.indexOf(role);
  // A demonym may stand between ("President of the Chadian Human Rights League").
  const next = r.frame.slice(i + 1).find((m) => m.kind !== "demonym");
  if (!next || !BODY_KINDS.has(next.kind) || !next.sector || next.sector === role.sector || next.sector === "ELI") return null;
  const gap = r.tokens.slice(role.last, next.first).map((t) => t.norm).filter((w) => !ARTICLES.has(w));
  const between = r.frame.slice(i + 1).filter((m) => m.first < next.first);
  const ofOnly = gap.filter((w) => !between.some((m) => r.tokens.slice(m.first, m.last).some((t) => t.norm === w)));
  return ofOnly.length === 1 && OF.has(ofOnly[0]!) && !POSSESSIVE.has(ofOnly[0]!) ? next : null;
}

/**
 * "the premier of Canada's Alberta province", "the president of Colombia's Senate": a title whose "of" phrase is a
 * country's possession heads that possession, not the country; it is no national office.
 */
function ofOwned(r: Reading): boolean {
  const role = r.frame.find((m) => m.kind === "role");
  if (!role) return false;
  const place = r.frame.find((m) => m.first >= role.last && PLACES.has(m.kind));
  return !!place && OF.has(r.tokens[place.first - 1]?.norm ?? "") && POSSESSIVE.has(r.tokens[place.last]?.norm ?? "") && place.last + 1 < r.tokens.length;
}

class Resolver {
  private readonly pack: LanguagePack;
  private readonly kb: Lookup;
  private ctxCountry: string | null | undefined;

  constructor(k: Knowledge, private readonly lang: Language, private readonly date: string, private readonly context?: string, private readonly home?: string | null) {
    this.pack = k.packs[lang];
    this.kb = lookupOf(k);
  }

  resolve(text: string, depth = 0): ActorResolution {
    const r = this.read(text);
    const span = (m: Mention): string => text.slice(r.tokens[m.first]!.start, r.tokens[m.last - 1]!.end);
    if (r.person) return this.fromPerson(text, r, r.person, span);
    // "he", "they": someone the text does not identify.
    if (r.tokens.length === 1 && PRONOUNS.has(r.tokens[0]!.norm) && r.mentions.every((m) => m.kind === "name")) return { ...unresolved(text), sector: "UNK", rule: "pronoun" satisfies BareRule };
    const body = headedBody(r);
    // "president of the Riigikogu", "the leader of the Human Rights League": the head of a body has the body's sector.
    if (body && r.around) r.around.sector = r.former ? "ELI" : body.sector;
    // "Boko Haram gunmen", "Taliban fighters": a named group's own men.
    const group = r.frame.find((m) => m.kind === "group" && m.sector);
    if (group && r.around && !r.former && r.frame.every((m) => m.kind !== "role" || GENERIC_ARMED.has(m.sector ?? "") || m.entryId === "role.head-of")) {
      r.around.sector = group.sector;
    }
    const place = r.around?.country ?? (r.around?.org ? null : this.contextCountry());
    const found = r.role && !body && !ofOwned(r) && this.byOffice(text, r.role, span(r.role), place, r.name ? span(r.name) : null, r.former);
    if (found) return found;
    if (r.name && (r.role || r.roleSector) && apposed(r, r.name)) {
      return { ...unresolved(text), name: span(r.name), country: place, sector: r.roleSector, rule: `apposition:${ruleOf(r.frame)}` };
    }
    if (r.around) {
      // "British experts", "people in the UK": a country with a noun it does not explain is not that country's government.
      // ("two Americans", "miles de colombianos" are counted people: civilians, see actorOf.)
      if (r.frame.every((m) => PLACES.has(m.kind)) && r.around.sector !== "CVL" && unexplained(r, this.pack.grammar)) r.around.sector = null;
      // "Mariupol", "Aleppo" standing alone as an actor: the people of that town, not a government.
      else if (r.frame.every((m) => m.kind === "place") && !r.name && r.around.country) r.around.sector = "CVL";
      if (r.former && (r.around.sector || r.around.country) && !r.around.org) r.around.sector = "ELI";
      if (r.around.country || r.around.sector || r.around.org) return this.fromFrame(text, r);
    }
    if (r.name && depth === 0) return this.fromContext(text, span(r.name), r.tokens[r.name.first]!);
    return unresolved(text);
  }

  private read(text: string): Reading {
    const tokens = tokenize(text, 0, text.length);
    const mentions = findMentions(tokens, this.pack, this.date).map((m) => this.disambiguate(m, tokens));
    this.basedIn(tokens, mentions);
    // The whole text is one capitalised word ("Sánchez"): a name, though it starts the "sentence".
    if (!mentions.length && tokens.length && tokens.every((t) => /^\p{Lu}/u.test(t.text))) {
      mentions.push({ kind: "name", first: 0, last: tokens.length, entryId: null, name: null, country: null, sector: null, org: null });
    }
    const r = readMentions(text, tokens, mentions);
    // "the German chancellor" is one role term; its demonym still names the country.
    if (r.around && !r.around.country && r.role) r.around.country = this.kb.demonymIn(this.lang, tokens.slice(r.role.first, r.role.last))?.country ?? null;
    return r;
  }

  // "a Somalia-based group", "Bogotá-based": the place before "-based" says where the actor is from.
  private basedIn(tokens: readonly Token[], mentions: Mention[]): void {
    tokens.forEach((t, i) => {
      const m = BASED_IN?.exec(t.text);
      const over = mentions.findIndex((x) => x.first <= i && i < x.last);
      if (!m || (over >= 0 && (mentions[over]!.kind !== "name" || mentions[over]!.last - mentions[over]!.first > 1))) return;
      if (over >= 0) mentions.splice(over, 1);
      const where = m[1]!;
      const e = this.kb.withTerm(this.lang, tokenize(where, 0, where.length)).find((x) => x.country && PLACES.has(x.kind));
      if (!e) return;
      const at = mentions.findIndex((x) => x.first > i);
      const mention: Mention = { kind: "place", first: i, last: i + 1, entryId: e.id, name: null, country: e.country ?? null, sector: null, org: null };
      mentions.splice(at < 0 ? mentions.length : at, 0, mention);
    });
  }

  private fromPerson(text: string, r: Reading, person: Mention, span: (m: Mention) => string): ActorResolution {
    const entry = this.kb.byId.get(person.entryId!)!;
    const now = standing(entry, this.date);
    const country = r.around?.country;
    // "Colombian Defense Minister Pedro Sánchez" is not Spain's Pedro Sánchez: the apposition decides.
    if (country && now.country && now.country !== country && !entry.org) {
      return this.byOffice(text, r.role, span(r.role ?? person), country, span(person), r.former) ??
        { ...unresolved(text), name: span(person), country, sector: r.roleSector, rule: `apposition:${ruleOf(r.frame)}` };
    }
    const base = { text, name: entry.name ?? span(person), wikidata: entry.wikidata ?? null, rule: entry.id };
    // Out of national office, the head of an international body speaks for it (Rutte after 2024: NATO).
    if (entry.org && (!now.office || now.sector === "ELI")) return { ...base, country: null, sector: null, org: entry.org, office: null };
    // "Foreign Minister Park Jin" on a date our offices do not cover, "General X" for a general turned minister: the
    // title the text gives (not a generic "leader") is the better evidence of what the person is in that text.
    const titled = r.frame.some((m) => m.kind === "role" && !GENERIC_TITLES.has(m.entryId ?? ""));
    if (!r.former && titled && r.around?.sector && r.around.sector !== now.sector) {
      return { ...base, country: country ?? now.country, sector: r.around.sector, org: null, office: null, rule: `${entry.id}+${ruleOf(r.frame)}` };
    }
    return { ...base, country: now.country, sector: r.former ? "ELI" : now.sector, org: null, office: now.office?.office ?? null };
  }

  // "el presidente de Estados Unidos" on a date: whoever held the office then (a name given must fit).
  private byOffice(text: string, role: Mention | undefined, roleText: string, place: string | null, name: string | null, former: boolean): ActorResolution | null {
    const entry = role?.entryId ? this.kb.byId.get(role.entryId) : undefined;
    if (!entry || former || isPlural(entry, entry.terms[this.lang] ?? [], roleText)) return null;
    for (const rule of this.kb.offices.rulesFor(entry.id, roleText, place)) {
      // "the Secretary of State" with no country named is the American one.
      // "The Pope urged Russia…": an office with a seat of its own is held there, whatever country the text is about.
      const country = rule.seat ?? place ?? rule.country;
      const h = country ? this.kb.offices.holder(rule, country, this.date) : null;
      if (h) return !name || sameName(name, h.entry) ? fromHolder(text, h, `${rule.id}@${country}`) : null;
    }
    return null;
  }

  private fromFrame(text: string, r: Reading): ActorResolution {
    const a = r.around!;
    const country = a.country ?? (a.org || !a.sector ? null : this.contextCountry());
    const entry = r.frame.length === 1 ? this.kb.byId.get(r.frame[0]!.entryId ?? "") : undefined;
    // An international court or agency with a sector of its own (the ICJ: JUD).
    const sector = a.sector ?? (entry?.kind === "org" ? entry.sector ?? null : null);
    // A company the words name ("Grupo Salinas", "Acme Inc.", src/actors/mentions.ts) has no entry but a name.
    const company = r.frame.length === 1 && !r.frame[0]!.entryId && r.frame[0]!.kind === "institution";
    return {
      text, name: (entry ? entry.kind !== "role" : company) ? a.name : null, country, sector, org: a.org,
      office: null, wikidata: entry?.wikidata ?? null, rule: company ? ("company" satisfies BareRule) : ruleOf(r.frame),
    };
  }

  // A surname or unknown name explained by the context: "Sánchez" after "Colombian Defense Minister Pedro Sánchez".
  private fromContext(text: string, name: string, first: Token): ActorResolution {
    // "Panamanian Immigration inspectors", "Chadian Human Rights League": a name led by a demonym is of its country.
    const demonym = this.kb.demonymIn(this.lang, [first]);
    const plain = { ...unresolved(text), name, country: demonym?.country ?? null, rule: demonym ? `name:${demonym.id}` : "name" };
    const words = fold(name).split(/\s+/);
    for (const s of this.context ? segment(this.context, this.pack) : []) {
      const toks = s.tokens;
      const at = toks.findIndex((_, i) => words.every((w, j) => toks[i + j]?.norm === w));
      if (at < 0) continue;
      // The phrase the name stands in ("El ministro de Defensa de Colombia, Pedro Sánchez"), as the coder groups it.
      const p = buildPhrases(findMentions(toks, this.pack, this.date), toks, this.context!, this.pack.grammar).find((x) => x.first <= at && at < x.last);
      const [from, to] = p ? [toks[p.first]!.start, toks[p.last - 1]!.end] : [toks[at]!.start, toks[at + words.length - 1]!.end];
      const r = this.resolve(this.context!.slice(from, to), 1);
      if (isResolved(r)) return { ...r, text, rule: `context:${r.rule}` };
    }
    return plain;
  }

  // "The PAN" in a Mexican text is Mexico's party, not Panama: another entry with the same term and the context's country.
  private disambiguate(m: Mention, tokens: readonly Token[]): Mention {
    if (!m.entryId || !this.context) return m;
    const same = this.kb.withTerm(this.lang, tokens.slice(m.first, m.last));
    const home = same.length > 1 ? this.contextCountry() : null;
    const better = home && m.country !== home ? same.find((e) => e.kind === m.kind && e.country === home) : undefined;
    return better ? { ...m, entryId: better.id, name: better.name ?? null, country: better.country ?? null, sector: better.sector ?? m.sector, org: better.org ?? null } : m;
  }

  // The country the context is about: the one its mentions name most; else the caller's home country.
  private contextCountry(): string | null {
    if (this.ctxCountry !== undefined) return this.ctxCountry;
    const counts = new Map<string, number>();
    for (const s of this.context ? segment(this.context, this.pack) : []) {
      for (const m of findMentions(s.tokens, this.pack, this.date)) {
        if (m.country && m.kind !== "role") counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
      }
    }
    this.ctxCountry = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? this.home ?? null;
    return this.ctxCountry;
  }
}

function fromHolder(text: string, h: Holder, rule: string): ActorResolution {
  return {
    text, name: h.entry.name ?? null, country: h.office.country ?? null, sector: h.office.sector ?? h.entry.sector ?? null,
    org: null, office: h.office.office, wikidata: h.entry.wikidata ?? null, rule: `${rule}=${h.entry.id}`,
  };
}
