import type { Token } from "./token.js";

/** One sentence of a document, with its tokens. */
export interface Sentence {
  readonly kind: "sentence";
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: Token[];
}
