import { loadKnowledge, type Knowledge, type LanguagePack } from "../data/knowledge.js";
import type { ActorEntry } from "../data/schemas.js";
import type { Language } from "../lang/index.js";
import type { Actor, Mention } from "../model/actor.js";
import { fold, type Token } from "../model/token.js";
import { segment } from "../pipeline/analyze.js";
import { detectLanguage } from "../text/language.js";
import { tokenize } from "../text/tokenize.js";
import { findMentions } from "./mentions.js";
import { Offices, standing, type Holder } from "./offices.js";
import { actorOf, buildPhrases } from "./phrases.js";

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
  /** Language of the text; both are tried when absent. */
  readonly lang?: Language;
  /** Text around the actor (an article): its country fills in "la presidenta", its names explain a surname. */
  readonly context?: string;
  /** The country to assume when neither the text nor the context names one (the coder's home country). */
  readonly home?: string | null;
}

interface Index { offices: Offices; byId: Map<string, ActorEntry>; byTerm: Map<string, ActorEntry[]> }
const indexes = new WeakMap<Knowledge, Index>();

const key = (toks: readonly Token[]): string => toks.map((t) => t.norm).join(" ");

function indexOf(k: Knowledge): Index {
  let idx = indexes.get(k);
  if (!idx) {
    const byTerm = new Map<string, ActorEntry[]>();
    for (const e of k.actors) {
      for (const [lang, terms] of Object.entries(e.terms)) {
        for (const t of terms ?? []) {
          const id = `${lang}|${key(tokenize(t, 0, t.length))}`;
          byTerm.set(id, [...(byTerm.get(id) ?? []), e]);
        }
      }
    }
    idx = { offices: new Offices(k.actors), byId: new Map(k.actors.map((e) => [e.id, e])), byTerm };
    indexes.set(k, idx);
  }
  return idx;
}

const today = (): string => new Date().toISOString().slice(0, 10);

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
  const date = opts.date ?? today();
  return new Resolver(k, opts.lang ?? languageOf(text, k, date, opts.context), date, opts.context, opts.home).resolve(text);
}

// A short text says little to a language detector: take the language whose knowledge covers more of it.
function languageOf(text: string, k: Knowledge, date: string, context?: string): Language {
  const tokens = tokenize(text, 0, text.length);
  const covered = (lang: Language) =>
    findMentions(tokens, k.packs[lang], date).filter((m) => m.entryId).reduce((n, m) => n + m.last - m.first, 0);
  const [es, en] = [covered("es"), covered("en")];
  return es === en ? detectLanguage(`${text} ${context ?? ""}`) : es > en ? "es" : "en";
}

/** Nothing known: `{text, country: null, sector: null}` plus empty fields. */
export const unresolved = (text: string): ActorResolution =>
  ({ text, name: null, country: null, sector: null, org: null, office: null, wikidata: null, rule: null });

export const isResolved = (r: ActorResolution): boolean => !!(r.country || r.sector || r.org);

class Resolver {
  private readonly pack: LanguagePack;
  private readonly idx: Index;
  private ctxCountry: string | null | undefined;

  constructor(k: Knowledge, private readonly lang: Language, private readonly date: string, private readonly context?: string, private readonly home?: string | null) {
    this.pack = k.packs[lang];
    this.idx = indexOf(k);
  }

  resolve(text: string, depth = 0): ActorResolution {
    const tokens = tokenize(text, 0, text.length);
    const mentions = findMentions(tokens, this.pack, this.date).map((m) => this.disambiguate(m, tokens));
    // The whole text is one capitalised word ("Sánchez"): a name, though it starts the "sentence".
    if (!mentions.length && tokens.length && tokens.every((t) => /^\p{Lu}/u.test(t.text))) {
      mentions.push({ kind: "name", first: 0, last: tokens.length, entryId: null, name: null, country: null, sector: null, org: null });
    }
    const span = (m: Mention): string => text.slice(tokens[m.first]!.start, tokens[m.last - 1]!.end);
    const person = mentions.find((m) => m.kind === "person");
    const name = mentions.find((m) => m.kind === "name");
    const frame = mentions.filter((m) => m.kind !== "person" && m.kind !== "name");
    const around = frame.length ? actorOf(frame, tokens, text) : null;
    const role = frame.find((m) => m.kind === "role" && m.sector !== "ELI");
    // "a former CIA official", "ex presidente": out of office (ELI).
    const former = frame.some((m) => m.kind === "role" && m.sector === "ELI") || tokens.some((t) => FORMER.has(t.norm));
    const roleSector = former ? "ELI" : frame.find((m) => ["role", "institution", "group"].includes(m.kind))?.sector ?? null;
    // "Chile's Defense Department": the country named outright wins over the country a body's name implies.
    const named = frame.find((m) => m.kind === "country" || m.kind === "demonym")?.country;
    if (around && named && frame.some((m) => m.kind === "institution" && m.country !== named)) around.country = named;
    // "the German chancellor" is one role term; its demonym still names the country.
    const inRole = around?.country ? null : role && this.demonymIn(tokens.slice(role.first, role.last));
    if (around && inRole) around.country = inRole;
    const country = around?.country ?? null;
    if (person) {
      const entry = this.idx.byId.get(person.entryId!)!;
      const now = standing(entry, this.date);
      // "Colombian Defense Minister Pedro Sánchez" is not Spain's Pedro Sánchez: the apposition decides.
      if (country && now.country && now.country !== country && !entry.org) {
        return this.byOffice(text, role, span(role ?? person), country, span(person), former) ??
          { ...unresolved(text), name: span(person), country, sector: roleSector, rule: `apposition:${ruleOf(frame)}` };
      }
      // Out of national office, the head of an international body speaks for it (Rutte after 2024: NATO).
      if (entry.org && (!now.office || now.sector === "ELI")) {
        return { text, name: entry.name ?? span(person), country: null, sector: null, org: entry.org, office: null, wikidata: entry.wikidata ?? null, rule: entry.id };
      }
      return {
        text, name: entry.name ?? span(person), country: now.country, sector: former ? "ELI" : now.sector,
        org: null, office: now.office?.office ?? null, wikidata: entry.wikidata ?? null, rule: entry.id,
      };
    }
    const place = country ?? (around?.org ? null : this.contextCountry());
    if (role) {
      const found = this.byOffice(text, role, span(role), place, name ? span(name) : null, former);
      if (found) return found;
    }
    if (name && (role || roleSector)) {
      return { ...unresolved(text), name: span(name), country: place, sector: roleSector, rule: `apposition:${ruleOf(frame)}` };
    }
    // "British experts", "people in the UK": a country with a noun it does not explain is not that country's government.
    if (around && frame.every((m) => PLACES.has(m.kind)) && this.unexplained(tokens, mentions)) around.sector = null;
    if (around && former && (around.sector || around.country) && !around.org) around.sector = "ELI";
    if (around && (around.country || around.sector || around.org)) return this.fromFrame(text, around, frame);
    if (name && depth === 0) return this.fromContext(text, span(name), this.demonymOf(tokens[name.first]!));
    return unresolved(text);
  }

  // "el presidente de Estados Unidos" on a date: whoever held the office then (a name given must fit).
  private byOffice(text: string, role: Mention | undefined, roleText: string, place: string | null, name: string | null, former: boolean): ActorResolution | null {
    if (!role?.entryId || former || this.plural(role, roleText)) return null;
    for (const rule of this.idx.offices.rulesFor(role.entryId, roleText, place)) {
      // "the Secretary of State" with no country named is the American one.
      const country = place ?? rule.country;
      const h = country ? this.idx.offices.holder(rule, country, this.date) : null;
      if (h && (!name || sameName(name, h.entry))) return this.fromHolder(text, h, `${rule.id}@${country}`);
      if (h) return null;
    }
    return null;
  }

  private fromHolder(text: string, h: Holder, rule: string): ActorResolution {
    return {
      text, name: h.entry.name ?? null, country: h.office.country ?? null, sector: h.office.sector ?? h.entry.sector ?? null,
      org: null, office: h.office.office, wikidata: h.entry.wikidata ?? null, rule: `${rule}=${h.entry.id}`,
    };
  }

  private fromFrame(text: string, a: Actor, frame: Mention[]): ActorResolution {
    const country = a.country ?? (a.org || !a.sector ? null : this.contextCountry());
    const entry = frame.length === 1 ? this.idx.byId.get(frame[0]!.entryId ?? "") : undefined;
    return {
      text, name: entry && entry.kind !== "role" ? a.name : null, country, sector: a.sector, org: a.org,
      office: null, wikidata: entry?.wikidata ?? null, rule: ruleOf(frame),
    };
  }

  // A surname or unknown name explained by the context: "Sánchez" after "Colombian Defense Minister Pedro Sánchez".
  private fromContext(text: string, name: string, demonym: ActorEntry | null): ActorResolution {
    // "Panamanian Immigration inspectors", "Chadian Human Rights League": a name led by a demonym is of its country.
    const plain = { ...unresolved(text), name, country: demonym?.country ?? null, rule: demonym ? `name:${demonym.id}` : "name" };
    if (!this.context) return plain;
    const words = fold(name).split(/\s+/);
    for (const s of segment(this.context, this.pack)) {
      const toks = s.tokens;
      const at = toks.findIndex((_, i) => words.every((w, j) => toks[i + j]?.norm === w));
      if (at < 0) continue;
      // The phrase the name stands in ("El ministro de Defensa de Colombia, Pedro Sánchez"), as the coder groups it.
      const phrases = buildPhrases(findMentions(toks, this.pack, this.date), toks, this.context, this.pack.grammar);
      const p = phrases.find((x) => x.first <= at && at < x.last);
      const from = p ? toks[p.first]!.start : toks[at]!.start;
      const to = p ? toks[p.last - 1]!.end : toks[at + words.length - 1]!.end;
      const r = this.resolve(this.context.slice(from, to), 1);
      if (r.country || r.sector || r.org) return { ...r, text, rule: `context:${r.rule}` };
    }
    return plain;
  }

  private demonymIn(tokens: readonly Token[]): string | null {
    for (const t of tokens) if (this.demonymOf(t)?.country) return this.demonymOf(t)!.country!;
    return null;
  }

  private demonymOf(t: Token): ActorEntry | null {
    const all = [...(this.idx.byTerm.get(`${this.lang}|${t.norm}`) ?? []), ...(this.idx.byTerm.get(`any|${t.norm}`) ?? [])];
    return all.find((e) => e.kind === "demonym" && e.country) ?? null;
  }

  // "The PAN" in a Mexican text is Mexico's party, not Panama: another entry with the same term and the context's country.
  private disambiguate(m: Mention, tokens: readonly Token[]): Mention {
    if (!m.entryId || !this.context) return m;
    const same = [...(this.idx.byTerm.get(`${this.lang}|${key(tokens.slice(m.first, m.last))}`) ?? []),
      ...(this.idx.byTerm.get(`any|${key(tokens.slice(m.first, m.last))}`) ?? [])];
    const home = same.length > 1 ? this.contextCountry() : null;
    const better = home && m.country !== home ? same.find((e) => e.kind === m.kind && e.country === home) : undefined;
    return better ? { ...m, entryId: better.id, name: better.name ?? null, country: better.country ?? null, sector: better.sector ?? m.sector, org: better.org ?? null } : m;
  }

  // The country the context is about: the one its mentions name most.
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

  private unexplained(tokens: readonly Token[], mentions: readonly Mention[]): boolean {
    const g = this.pack.grammar;
    const minor = (w: string) => ["determiners", "target_preps", "agent_preps"].some((k) => g.get(k)?.has(w)) || MINOR.has(w);
    return tokens.some((t, i) => /\p{L}/u.test(t.text) && !minor(t.norm) && !mentions.some((m) => m.first <= i && i < m.last));
  }

  // "presidentes", "foreign ministers", "Secretaries of State": several people, no single holder.
  private plural(role: Mention, roleText: string): boolean {
    const entry = this.idx.byId.get(role.entryId!);
    if (!entry) return false;
    const terms = new Set([...(entry.terms[this.lang] ?? []), ...(entry.terms.any ?? [])].map((t) => fold(t)));
    const words = fold(roleText).split(/\s+/);
    return words.some((w, i) => {
      const singulars = [w.replace(/ies$/, "y"), w.replace(/es$/, ""), w.replace(/s$/, "")].filter((s) => s !== w);
      return singulars.some((s) => terms.has([...words.slice(0, i), s, ...words.slice(i + 1)].join(" ")));
    });
  }
}

const PLACES = new Set(["country", "demonym", "place", "metonym"]);
const MINOR = new Set(["former", "ex", "of", "de", "del", "in", "en", "'s", "’s", "and", "y", "e", "from", "desde"]);
const FORMER = new Set(["former", "ex", "one-time", "onetime", "erstwhile"]);

const ruleOf = (frame: readonly Mention[]): string => frame.map((m) => m.entryId).filter(Boolean).join("+") || "name";

// "Pedro Sánchez" fits "Pedro Arnulfo Sánchez Suárez": every word of the name is in one of the entry's names.
function sameName(name: string, entry: ActorEntry): boolean {
  const words = fold(name).split(/\s+/).filter((w) => w.length > 1);
  const names = [entry.name ?? "", ...Object.values(entry.terms).flat()].map((n) => new Set(fold(n ?? "").split(/[\s-]+/)));
  return names.some((n) => words.every((w) => n.has(w)));
}
