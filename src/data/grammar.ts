import { listJson, readJson } from "./files.js";
import type { Grammar } from "./knowledge.js";

// Helpers over a language pack's grammar lists, so the engine asks the pack instead of spelling words itself.
// A pack without a list simply has no such check: a third language needs data, not engine changes.

/** Is `word` in the list `key` (folded; `key:written` for the lists as written)? */
export const has = (g: Grammar, key: string, word: string | undefined): boolean => word !== undefined && (g.get(key)?.has(word) ?? false);

/** Is this (folded) word a count: digits, or one of the pack's number and people-count words ("doce", "ten")? */
export const isCount = (g: Grammar, word: string): boolean => /^\d[\d.,]*$/.test(word) || has(g, "people_counts", word) || has(g, "number_words", word);

/** Where the word before token `i` is once determiners are skipped ("con el apoyo" → "con"), -1 if none. */
export function beforeDeterminers(g: Grammar, tokens: readonly { norm: string }[], i: number): number {
  let k = i - 1;
  while (k >= 0 && has(g, "determiners", tokens[k]!.norm)) k--;
  return k;
}

/**
 * Is token `i` a verb that claims an act only when reflexive, right after its reflexive clitic ("las FARC se
 * atribuyeron el ataque": they claim it; "atribuyó el ataque al ELN" accuses)? By the pack's claim_reflexive_verbs.
 */
export function reflexiveClaim(g: Grammar, tokens: readonly { norm: string; lemmas: readonly string[] }[], i: number): boolean {
  const verbs = g.get("claim_reflexive_verbs");
  return !!verbs && i > 0 && has(g, "reflexive_clitics", tokens[i - 1]!.norm) && (tokens[i]?.lemmas.some((l) => verbs.has(l)) ?? false);
}

/** Do the words right before token i form a phrase of the grammar list `key` ("para", "in order to")? */
export function endsWithPhrase(g: Grammar, key: string, tokens: readonly { norm: string }[], i: number): boolean {
  const set = g.get(key);
  if (!set) return false;
  let phrase = "";
  for (let n = 1; n <= 4 && i - n >= 0; n++) {
    phrase = n === 1 ? tokens[i - 1]!.norm : `${tokens[i - n]!.norm} ${phrase}`;
    if (set.has(phrase)) return true;
  }
  return false;
}

/** Does the pack have the list `key` at all? */
export const hasList = (g: Grammar, key: string): boolean => (g.get(key)?.size ?? 0) > 0;

/** Is `a b` (or `b` alone) in the list: "frente a", "protesta por". */
export const hasPair = (g: Grammar, key: string, before: string | undefined, word: string | undefined): boolean =>
  has(g, key, word) || (before !== undefined && word !== undefined && has(g, key, `${before} ${word}`));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const suffixCache = new WeakMap<Grammar, Map<string, RegExp | null>>();
const lastWordCache = new WeakMap<Grammar, Map<string, Set<string>>>();

/** The last words of a list's entries ("frente a" → "a"), built once per pack: most words end none, and say so at once. */
export function lastWords(g: Grammar, key: string): ReadonlySet<string> {
  let byKey = lastWordCache.get(g);
  if (!byKey) lastWordCache.set(g, (byKey = new Map()));
  let out = byKey.get(key);
  if (!out) byKey.set(key, (out = new Set([...(g.get(key) ?? [])].map((w) => w.slice(w.lastIndexOf(" ") + 1)))));
  return out;
}

/** The regex `(?:s1|s2|…)$` of a suffix list, built once per pack; null when the pack has no such list. */
export function suffixRegex(g: Grammar, key: string): RegExp | null {
  let byKey = suffixCache.get(g);
  if (!byKey) suffixCache.set(g, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key)!;
  const list = [...(g.get(key) ?? [])].sort((a, b) => b.length - a.length);
  const re = list.length ? new RegExp(`(?:${list.map(escape).join("|")})$`, "u") : null;
  byKey.set(key, re);
  return re;
}

/**
 * Does `word` end in one of the suffixes of list `key`? With `written`, the list as written (accents kept, for
 * endings that folding would confuse: "enviará" and "enviara"); else folded.
 */
export function endsIn(g: Grammar, key: string, word: string, written = false): boolean {
  return suffixRegex(g, written ? `${key}:written` : key)?.test(word) ?? false;
}

/** Does `word` end in one of the suffixes of the lists `keys`, with at least `min` letters before it? */
export function endsInAfter(g: Grammar, keys: readonly string[], word: string, min: number): boolean {
  for (const key of keys) for (const s of g.get(key) ?? []) if (word.length - s.length >= min && word.endsWith(s) && /^\p{L}+$/u.test(word.slice(0, -s.length))) return true;
  return false;
}

/** Entries "form>rest" of a list, as [form, rest] pairs (for tables such as "fue>ser|ir" or "ies>y"). */
export function pairsOf(g: Grammar, key: string, written = false): [string, string][] {
  return [...(g.get(written ? `${key}:written` : key) ?? [])].map((w) => {
    const at = w.indexOf(">");
    return at < 0 ? [w, ""] : [w.slice(0, at), w.slice(at + 1)];
  });
}

const fileCache = new Map<string, Map<string, string[]>>();

/**
 * The words of list `key` in the grammar files of `lang`, lower-cased as written, for the text stages that run
 * before (or without) a loaded pack: sentence splitting, tokenization. Empty when the pack has no such list.
 */
export function grammarList(lang: string, key: string): readonly string[] {
  let lists = fileCache.get(lang);
  if (!lists) {
    lists = new Map();
    // Every grammar*.json file of the pack, as the loaded pack reads them (src/data/knowledge.ts).
    for (const f of listJson(`lexicon/${lang}`).filter((x) => /\/grammar[^/]*\.json$/.test(x))) {
      for (const e of (readJson(f) as { entries: { id: string; words: string[] }[] }).entries) lists.set(e.id.replace(`${lang}.grammar.`, ""), e.words.map((w) => w.toLowerCase()));
    }
    fileCache.set(lang, lists);
  }
  return lists.get(key) ?? [];
}

/** Is the token a finite verb: tagged so (a tagged pack), or by its written ending, a form the lemmatiser reads as another's? */
export function isFiniteVerb(t: { readonly pos?: string; readonly text: string; readonly norm: string; readonly lemmas: readonly string[] }, g: Grammar): boolean {
  if (t.pos) return t.pos === "VERB" || t.pos === "AUX";
  const w = t.text.toLowerCase();
  return t.lemmas.some((l) => l !== t.norm) && ["suffix_finite_verb", "suffix_future", "suffix_conditional"].some((key) => endsIn(g, key, w, true));
}
