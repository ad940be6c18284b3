import type { Grammar } from "../data/knowledge.js";
import type { Token } from "../model/token.js";
import { fold } from "../model/token.js";

/** Grammatical gender a phrase or a person carries, for agreement: "ella" never stands for Donald Trump. */
export type Gender = "f" | "m";

/** A phrase's token span, and whether it refers back. */
interface Span { readonly first: number; readonly last: number; readonly anaphor: boolean }

/** Folded given name → its usual gender (data/people/given-names.json). */
export type GivenNames = ReadonlyMap<string, Gender>;

const has = (g: Grammar, key: string, w: string | undefined) => w !== undefined && (g.get(key)?.has(w) ?? false);

/**
 * The gender a phrase's own words mark: its pronoun ("ella", "he"), its determiner or preposition-article
 * ("la mandataria", "del presidente") and the form of its title ("embajadora", "congresswoman").
 * @example phraseGender(tokens, phrase("la mandataria"), grammar) // "f"
 */
export function phraseGender(tokens: readonly Token[], p: Span, g: Grammar): Gender | null {
  let f = 0;
  let m = 0;
  // A pronoun marks only itself ("El mandatario le pidió": the clitic "le" has no gender of its own).
  const pronoun = p.anaphor && p.last - p.first === 1 && has(g, "pronouns", tokens[p.first]?.norm);
  const words = pronoun ? [tokens[p.first]] : [tokens[p.first - 1], ...tokens.slice(p.first, Math.min(p.last, p.first + 3))];
  for (const t of words) {
    if (!t) continue;
    if (has(g, "feminine", t.norm)) f++;
    if (has(g, "masculine", t.norm)) m++;
  }
  return f > m ? "f" : m > f ? "m" : null;
}

/**
 * A person's gender from their first given name ("Claudia Sheinbaum" → f), if the name is known and unambiguous.
 * @example nameGender(names, "Delcy Rodríguez") // "f"
 */
export function nameGender(names: GivenNames, name: string | null): Gender | null {
  if (!name) return null;
  const first = fold(name).split(/[\s-]+/)[0] ?? "";
  return names.get(first) ?? null;
}

/** Is this phrase a pronoun that stands for several actors or a body ("ellos", "they")? */
export function isPluralPronoun(tokens: readonly Token[], p: Span, g: Grammar): boolean {
  return p.anaphor && p.last - p.first === 1 && has(g, "plural_pronouns", tokens[p.first]?.norm);
}
