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

/** Lower-case and strip accents: "Méxicó" → "mexico". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

export const isCapitalized = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
export const isPunct = (t: Token): boolean => !/[\p{L}\p{N}]/u.test(t.text);

/**
 * Is token k part of a reciprocal ("hermanos entre sí", "each other"), whose words are no pronoun or condition
 * (folded "sí" is the conditional "si")? `reciprocals` are the language's folded phrases.
 */
export function isReciprocal(tokens: readonly Token[], k: number, reciprocals: ReadonlySet<string> | undefined): boolean {
  for (const phrase of reciprocals ?? []) {
    const words = phrase.split(" ");
    for (let start = k - words.length + 1; start <= k; start++) {
      if (start >= 0 && words.every((w, j) => tokens[start + j]?.norm === w)) return true;
    }
  }
  return false;
}
