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

/** "hermanos entre sí": the reciprocal pair, whose "sí" folds to the conditional "si" and is no pronoun either. */
export const isReciprocal = (tokens: readonly Token[], k: number): boolean =>
  (tokens[k]?.norm === "si" && tokens[k - 1]?.norm === "entre") || (tokens[k]?.norm === "entre" && tokens[k + 1]?.norm === "si");
