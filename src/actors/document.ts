import type { Knowledge } from "../data/knowledge.js";
import type { Language } from "../lang/index.js";
import type { ActorPhrase } from "../model/actor.js";
import type { Token } from "../model/token.js";
import { lookupOf } from "./lookup.js";
import { applyTitles } from "./titles.js";

/** What the document-level actor pass needs of an analysed sentence. */
export interface SentencePhrases { readonly phrases: readonly ActorPhrase[]; readonly sentence: { readonly tokens: readonly Token[] } }

const PLACES = new Set(["country", "place", "metonym"]);

/**
 * Actor readings that need the whole document, in place: titles lent to bare names (`applyTitles`), and a place name
 * shared by two countries' entries ("Georgia": the country, or the US state) read as the one whose country the rest of
 * the document names more.
 * @example resolveInDocument(analyzed, k, "es") // "una planta en Georgia" in a story about the US → USA
 */
export function resolveInDocument(sentences: readonly SentencePhrases[], k: Knowledge, lang: Language): void {
  applyTitles(sentences);
  const kb = lookupOf(k);
  const counts = new Map<string, number>();
  const shared: { p: ActorPhrase; tokens: readonly Token[]; first: number; last: number; country: string }[] = [];
  for (const s of sentences) {
    for (const p of s.phrases) {
      for (const m of p.parts) {
        if (!m.country || m.kind === "role") continue;
        const alike = PLACES.has(m.kind) ? kb.withTerm(lang, s.sentence.tokens.slice(m.first, m.last)).filter((e) => PLACES.has(e.kind) && e.country) : [];
        if (new Set(alike.map((e) => e.country)).size > 1) shared.push({ p, tokens: s.sentence.tokens, first: m.first, last: m.last, country: m.country });
        else counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
      }
    }
  }
  for (const x of shared) {
    const options = kb.withTerm(lang, x.tokens.slice(x.first, x.last)).filter((e) => PLACES.has(e.kind) && e.country);
    const best = [...options].sort((a, b) => (counts.get(b.country!) ?? 0) - (counts.get(a.country!) ?? 0))[0];
    if (!best?.country || best.country === x.country || (counts.get(best.country) ?? 0) <= (counts.get(x.country) ?? 0)) continue;
    if (x.p.actor.country === x.country) x.p.actor.country = best.country;
  }
}
