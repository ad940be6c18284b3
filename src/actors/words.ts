import { grammarList } from "../data/grammar.js";
import { LANGUAGES } from "../lang/index.js";
import { fold } from "../model/token.js";

// The actor stage reads mentions of any language the knowledge base spells ("any" terms, names quoted across
// languages), so some of its checks take a grammar list of every pack at once, read from the packs' data.

/** The words of grammar list `key` of one language pack (all its grammar*.json files), lower-cased as written. */
export const packWritten = (lang: string, key: string): readonly string[] => grammarList(lang, key);

/** The words of grammar list `key` in every language pack, lower-cased as written. */
export const anyPackWritten = (key: string): string[] => LANGUAGES.flatMap((l) => packWritten(l, key));

/** The words of grammar list `key` in every language pack, folded like token norms. */
export const anyPack = (key: string): Set<string> => new Set(anyPackWritten(key).map(fold));

/** The union of several lists of every pack. */
export const anyPackOf = (...keys: string[]): Set<string> => new Set(keys.flatMap((k) => [...anyPack(k)]));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `(?:w1|w2|…)`, longest first, of word or suffix lists as written (lower-cased, accents kept); null when empty. */
export function alternation(words: Iterable<string>): string | null {
  const list = [...new Set(words)].sort((a, b) => b.length - a.length);
  return list.length ? `(?:${list.map(escape).join("|")})` : null;
}

/** Is the phrase of `set` (one to three words) the one that ends at token `k`? ("según", "according to"). */
export function phraseEndsAt(norms: readonly (string | undefined)[], k: number, set: ReadonlySet<string>): boolean {
  for (let n = 1; n <= 3 && k - n + 1 >= 0; n++) {
    const words = norms.slice(k - n + 1, k + 1);
    if (words.every((w) => w !== undefined) && set.has(words.join(" "))) return true;
  }
  return false;
}
