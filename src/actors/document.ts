import type { Knowledge } from "../data/knowledge.js";
import type { Language } from "../lang/index.js";
import type { ActorPhrase, Mention } from "../model/actor.js";
import type { Token } from "../model/token.js";
import type { ActorEntry } from "../data/schemas.js";
import { lookupOf, type Lookup } from "./lookup.js";
import { fromEntry } from "./mentions.js";
import { applyTitles } from "./titles.js";
import { defineAcronyms } from "./acronyms.js";
import type { Grammar } from "../data/knowledge.js";

/** What the document-level actor pass needs of an analysed sentence. */
export interface SentencePhrases { readonly phrases: readonly ActorPhrase[]; readonly sentence: { readonly tokens: readonly Token[] } }

const PLACES = new Set(["country", "place", "metonym"]);
const BODIES = new Set(["institution", "group", "org"]);

/**
 * Actor readings that need the whole document, in place: acronyms the text defines (`defineAcronyms`), titles lent to
 * bare names (`applyTitles`), and a place name shared by two countries' entries ("Georgia": the country, or the US
 * state) read as the one whose country the rest of the document names more.
 * @example resolveInDocument(analyzed, k, "es") // "una planta en Georgia" in a story about the US → USA
 */
export function resolveInDocument(sentences: readonly SentencePhrases[], k: Knowledge, lang: Language, g: Grammar, text: string): void {
  const kb = lookupOf(k);
  defineAcronyms(sentences, kb, lang, g, text);
  applyTitles(sentences);
  const counts = new Map<string, number>();
  const shared: { p: ActorPhrase; tokens: readonly Token[]; first: number; last: number; country: string }[] = [];
  for (const s of sentences) {
    for (const p of s.phrases) {
      for (const m of p.parts) {
        if (!m.country || m.kind === "role" || homonym(m, s.sentence.tokens, kb, lang)) continue;
        const alike = PLACES.has(m.kind) ? kb.withTerm(lang, s.sentence.tokens.slice(m.first, m.last)).filter((e) => PLACES.has(e.kind) && e.country) : [];
        if (new Set(alike.map((e) => e.country)).size > 1) shared.push({ p, tokens: s.sentence.tokens, first: m.first, last: m.last, country: m.country });
        else counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
      }
    }
  }
  for (const s of sentences) for (const p of s.phrases) sameNamedBody(p, s.sentence.tokens, kb, lang, counts);
  for (const x of shared) {
    const options = kb.withTerm(lang, x.tokens.slice(x.first, x.last)).filter((e) => PLACES.has(e.kind) && e.country);
    const best = [...options].sort((a, b) => (counts.get(b.country!) ?? 0) - (counts.get(a.country!) ?? 0))[0];
    if (!best?.country || best.country === x.country || (counts.get(best.country) ?? 0) <= (counts.get(x.country) ?? 0)) continue;
    if (x.p.actor.country === x.country) x.p.actor.country = best.country;
  }
}

// A body whose name another body shares: its reading is what the document's countries decide, not evidence for them.
const homonym = (m: Mention, tokens: readonly Token[], kb: Lookup, lang: Language): boolean =>
  BODIES.has(m.kind) && kb.withTerm(lang, tokens.slice(m.first, m.last)).some((e) => BODIES.has(e.kind) && e.id !== m.entryId);

/**
 * A body's name shared by two bodies ("EPL": China's army and a Colombian guerrilla, both "Ejército Popular de
 * Liberación" in Spanish): the one whose sector the phrase's role has ("guerrilleros del EPL": rebels), else the one
 * whose country the rest of the document names more; when nothing tells them apart, a state's body (an
 * institution) before a group, as it is the one more news names.
 */
function sameNamedBody(p: ActorPhrase, tokens: readonly Token[], kb: Lookup, lang: Language, counts: ReadonlyMap<string, number>): void {
  let roles: Set<string | null> | undefined;
  p.parts.forEach((m, i) => {
    if (!m.entryId || !BODIES.has(m.kind)) return;
    const current = kb.byId.get(m.entryId);
    if (!current) return;
    const options = kb.withTerm(lang, tokens.slice(m.first, m.last)).filter((e) => BODIES.has(e.kind) && e.id !== current.id);
    if (!options.length) return;
    const sectors = (roles ??= new Set(p.parts.filter((m) => m.kind === "role" && m.sector).map((m) => m.sector)));
    const score = (e: ActorEntry) => (e.sector && sectors.has(e.sector) ? 100 : 0) + (e.country ? counts.get(e.country) ?? 0 : 0) + (e.kind === "institution" ? 0.5 : 0);
    const best = options.reduce((a, b) => (score(b) > score(a) ? b : a));
    if (score(best) <= score(current)) return;
    const next = fromEntry(best, m.first, m.last, "");
    const a = p.actor;
    if (a.country === m.country) a.country = next.country;
    if (a.sector === m.sector) a.sector = next.sector;
    if (a.name && a.name === m.name) a.name = next.name;
    if (a.org === m.org) a.org = next.org;
    p.parts[i] = next;
  });
}
