import { fold, type Token } from "../model/token.js";

// Dotted acronyms first ("EE.UU.", "U.S.", "D.C."), then words with inner hyphens or apostrophes
// ("T-MEC", "al-Assad", "O'Brien"), English clitics ("n't", "'s"), numbers, and any other single mark.
const TOKEN = /(?:\p{Lu}{1,2}\.){2,}|\d+(?:[.,]\d+)*(?![\p{L}])|\p{L}+n(?=['’]t\b)|n['’]t\b|['’]s\b|[\p{L}\p{M}\p{N}]+(?:(?:-|['’](?!s\b))[\p{L}\p{M}\p{N}]+)*|\S/gu;

/**
 * Lossless tokenization of text[start, end): every token keeps its offsets into the document.
 * @example tokenize("Detuvieron a “Palillo”.", 0, 23).map(t => t.text) // ["Detuvieron","a","“","Palillo","”","."]
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const out: Token[] = [];
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + m.index;
    out.push({ kind: "token", text: m[0], start: s, end: s + m[0].length, norm: fold(m[0]), lemmas: [], pos: "" });
  }
  return out;
}
