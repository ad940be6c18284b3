import type { Grammar } from "../data/knowledge.js";
import { has } from "../data/grammar.js";
import type { Language } from "../lang/index.js";
import type { ActorPhrase, Mention } from "../model/actor.js";
import type { Token } from "../model/token.js";
import type { Lookup } from "./lookup.js";
import { readName } from "./names.js";
import { actorOf } from "./phrases.js";

/** What the acronym pass needs of an analysed sentence. */
export interface AcronymSentence { readonly phrases: readonly ActorPhrase[]; readonly sentence: { readonly tokens: readonly Token[] } }

// A body's or a person's acronym as written: two capitals or more among at most eight letters ("PP", "PRD", "AKK", "TdA").
const ACRONYM = /^(?=(?:\p{Ll}*\p{Lu}){2})[\p{Lu}\p{Ll}]{2,8}$/u;
const CAPITALS = /\p{Lu}/gu;
// How many words a name spelled out before its bracketed acronym may have.
const LONGEST_NAME = 12;
// Kinds of knowledge-base entry that name one body.
const BODIES = new Set<Mention["kind"]>(["org", "institution", "group"]);

/** A name the text itself gives an acronym: the acronym's own reading in this document. */
interface Definition { readonly entryId: string; readonly phrase: ActorPhrase }

/**
 * Acronyms the text defines ("el Partido Patriota (PP)", "the Montenegro Municipality Association (AKK)") against the
 * knowledge base's: where the text spells out in brackets an acronym that the knowledge base knows as another body's
 * or a person's (Spain's Partido Popular, a German minister's nickname), the acronym is the text's body, in the
 * phrase that defines it and wherever it stands alone later in the document. A spelling the knowledge base also
 * lists for the acronym's entry ("Secretaría de Relaciones Exteriores (SRE)"), a person's initials after that
 * person's name, a foreign-language name that does not spell the acronym ("la Administración de Control de Drogas
 * (DEA)") and an international body's keep the knowledge base's reading.
 * @example defineAcronyms(sentences, kb, "es", grammar, text) // "el Partido Patriota (PP) … el PP" in Guatemala: not Spain's PP
 */
export function defineAcronyms(sentences: readonly AcronymSentence[], kb: Lookup, lang: Language, g: Grammar, text: string): void {
  const defined = new Map<string, Definition>();
  for (const s of sentences) {
    for (const p of s.phrases) {
      const d = definition(p, s.sentence.tokens, kb, lang, g);
      if (!d) continue;
      const { acronym, part } = d;
      const rest = p.parts.filter((m) => m !== part);
      p.parts.splice(0, p.parts.length, ...rest);
      reread(p, s.sentence.tokens, text);
      // The body's sector, where its name's words say it ("Partido …": a party): the country is the story's, later.
      const r = readName(p, { tokens: s.sentence.tokens, phrases: s.phrases, g, home: null });
      if (r && !p.actor.sector) p.actor.sector = r.sector;
      defined.set(acronym, { entryId: part.entryId!, phrase: p });
    }
  }
  if (!defined.size) return;
  for (const s of sentences) {
    for (const p of s.phrases) {
      const i = p.parts.findIndex((m) => m.last - m.first === 1 && defined.get(s.sentence.tokens[m.first]!.text)?.entryId === m.entryId);
      if (i < 0) continue;
      const m = p.parts[i]!;
      const def = defined.get(s.sentence.tokens[m.first]!.text)!.phrase.actor;
      // (A body the reading placed stands as one; a bare name is read later, as its first mention is.)
      // (A body the knowledge base knows keeps its kind: an international one is given no country.)
      const body = defined.get(s.sentence.tokens[m.first]!.text)!.phrase.parts.find((q) => BODIES.has(q.kind) && q.entryId);
      const kind = body?.kind ?? (def.sector || def.country || def.org ? "group" : "name");
      p.parts[i] = { kind, first: m.first, last: m.last, entryId: body?.entryId ?? null, name: def.name ?? def.text, country: def.country, sector: def.sector, org: def.org };
      reread(p, s.sentence.tokens, text);
    }
  }
}

// The phrase's actor read again from its parts, over the same span of text.
function reread(p: ActorPhrase, tokens: readonly Token[], text: string): void {
  const { start, end } = p.actor;
  const a = p.parts.length ? actorOf(p.parts, tokens, text) : { ...p.actor, name: null, country: null, sector: null, org: null };
  p.actor = { ...a, start, end, text: text.slice(start, end) };
}

// The bracketed acronym after the first words of phrase p ("el Partido Patriota (PP) de Guatemala") that the text
// defines otherwise than the knowledge base, if any.
function definition(p: ActorPhrase, tokens: readonly Token[], kb: Lookup, lang: Language, g: Grammar): { acronym: string; part: Mention } | null {
  const at = p.parts.findIndex((m, i) => i > 0 && m.entryId && m.last - m.first === 1 && tokens[m.first - 1]?.text === "(" && tokens[m.last]?.text === ")");
  if (at < 0) return null;
  const part = p.parts[at]!;
  const open = part.first - 1;
  const acronym = tokens[part.first]!.text;
  const entry = ACRONYM.test(acronym) ? kb.byId.get(part.entryId!) : undefined;
  if (!entry) return null;
  const before = p.parts.slice(0, at);
  // "Reporters Without Borders (RSF)": right after a body the knowledge base knows as another, the acronym is that
  // body's, whatever language its initials come from (RSF is Sudan's Rapid Support Forces too).
  const named = before.at(-1);
  if (named?.last === open && named.entryId && named.entryId !== entry.id && BODIES.has(named.kind)) return { acronym, part };
  const spelled = spelledOut(tokens, open, acronym, g);
  // A person's nickname after a body's name: "la Asociación de Municipios (AKK)" is no minister.
  if (entry.kind === "person") return spelled !== null || before.some((m) => m.kind !== "person" && m.kind !== "role") ? { acronym, part } : null;
  // A national body's acronym spelled out as another name than the knowledge base's: "el Partido Patriota (PP)". (An
  // international body's name varies with the translation, "the International Labor Office (ILO)", and is one body.)
  if (spelled === null || !entry.country || before.some((m) => m.entryId === entry.id)) return null;
  return kb.withTerm(lang, tokens.slice(spelled, open)).some((e) => e.id === entry.id) ? null : { acronym, part };
}

// Where the capitalised words right before token `open` begin whose initials spell the acronym's capitals
// ("Partido Revolucionario Dominicano" → "PRD"), the shortest such run; null if none.
function spelledOut(tokens: readonly Token[], open: number, acronym: string, g: Grammar): number | null {
  const want = (acronym.match(CAPITALS) ?? []).join("");
  let initials = "";
  for (let k = open - 1; k >= 0 && open - k <= LONGEST_NAME; k--) {
    const t = tokens[k]!;
    if (/^\p{Lu}/u.test(t.text)) {
      initials = t.text.split("-").map((w) => (/^\p{Lu}/u.test(w) ? w[0] : "")).join("") + initials;
      if (initials === want) return k;
      if (initials.length >= want.length) return null;
    } else if (!has(g, "name_connectors", t.norm)) return null;
  }
  return null;
}
