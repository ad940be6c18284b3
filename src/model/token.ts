/** A word or punctuation mark, pointing into the document text by offsets. */
export interface Token {
  readonly kind: "token";
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Lower-case, accent-free form used for all matching. */
  readonly norm: string;
  /** Folded lemma candidates (a form may have several: "llamada" → llamada, llamar). */
  lemmas: string[];
  /** Coarse part of speech where a tagger gave one (English), else "". */
  pos: string;
}

const ASCII = /^[ -~]*$/; // printable ASCII

/** Lower-case and strip accents: "Méxicó" → "mexico". */
export function fold(s: string): string {
  // Most words are plain ASCII: lower-casing is all they need.
  if (ASCII.test(s)) return s.toLowerCase();
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

export const isCapitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
export const isPunct = (t: Token): boolean => !/[\p{L}\p{N}]/u.test(t.text);

/**
 * Is token k part of a reciprocal ("hermanos entre sí", "each other"), whose words are no pronoun or condition
 * (folded "sí" is the conditional "si")? `reciprocals` are the language's folded phrases.
 */
export function isReciprocal(tokens: readonly Token[], k: number, reciprocals: ReadonlySet<string> | undefined): boolean {
  if (!reciprocals) return false;
  const split = splitCache.get(reciprocals) ?? splitPhrases(reciprocals);
  if (!split.words.has(tokens[k]?.norm ?? "")) return false;
  for (const words of split.phrases) {
    for (let start = k - words.length + 1; start <= k; start++) {
      if (start >= 0 && words.every((w, j) => tokens[start + j]?.norm === w)) return true;
    }
  }
  return false;
}

// Each reciprocal phrase split into words once, with every word they use for a quick refusal.
const splitCache = new WeakMap<ReadonlySet<string>, { phrases: string[][]; words: Set<string> }>();
function splitPhrases(set: ReadonlySet<string>): { phrases: string[][]; words: Set<string> } {
  const phrases = [...set].map((p) => p.split(" "));
  const out = { phrases, words: new Set(phrases.flat()) };
  splitCache.set(set, out);
  return out;
}
