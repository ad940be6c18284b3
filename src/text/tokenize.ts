import { grammarList } from "../data/grammar.js";
import { LANGUAGES } from "../lang/index.js";
import { fold, type Token } from "../model/token.js";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The clitics every pack splits off the word before them ("n't", "'s"), either apostrophe, longest first.
const clitics = [...new Set(LANGUAGES.flatMap((l) => grammarList(l, "split_clitics")))]
  .sort((a, b) => b.length - a.length)
  .map((c) => escape(c).replace(/['’]/g, "['’]"));
const CLITIC = clitics.length ? `(?:${clitics.join("|")})\\b` : "(?!)";

// Dotted acronyms first ("EE.UU.", "U.S.", "D.C."), then a word before a clitic and the clitic ("did" "n't",
// "Rubio" "'s"), words with inner hyphens or apostrophes ("T-MEC", "al-Assad", "O'Brien"), numbers, and any other
// single mark. A number is not cut inside an ordinal ("20th century" is not "2" "0th").
const TOKEN = new RegExp(
  `(?:\\p{Lu}{1,2}\\.){2,}|\\d+(?:[.,]\\d+)*(?![\\p{L}\\p{N}])|\\p{L}+?(?=${CLITIC})|${CLITIC}|` +
  `[\\p{L}\\p{M}\\p{N}]+(?:(?:-|(?!${CLITIC})['’])[\\p{L}\\p{M}\\p{N}]+)*|\\S`, "gu");

/**
 * Lossless tokenization of text[start, end): every token keeps its offsets into the document.
 * @example tokenize("Detuvieron a “Palillo”.", 0, 23).map(t => t.text) // ["Detuvieron","a","“","Palillo","”","."]
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const slice = text.slice(start, end);
  const out: Token[] = [];
  // (exec on the one global expression: matchAll would copy it and wrap every match for each sentence.)
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const s = start + m.index;
    out.push({ kind: "token", text: m[0], start: s, end: s + m[0].length, norm: normOf(m[0]), lemmas: [], pos: "" });
  }
  return out;
}

// An accented word ("policía", "según", "México") costs fold a Unicode normalisation, and the same ones come back
// sentence after sentence: their folded form is looked up (plain ASCII words fold by lower-casing, faster than a
// look-up). Bounded: a long run's vocabulary only starts the table over.
const NON_ASCII = /[^ -~]/;
const NORMS_MAX = 50_000;
const norms = new Map<string, string>();
function normOf(word: string): string {
  if (!NON_ASCII.test(word)) return fold(word);
  let norm = norms.get(word);
  if (norm === undefined) {
    if (norms.size >= NORMS_MAX) norms.clear();
    norms.set(word, (norm = fold(word)));
  }
  return norm;
}
