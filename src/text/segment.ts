import { grammarList } from "../data/grammar.js";
import type { Language } from "../lang/index.js";

/** A sentence span in the document text. */
export interface Span { start: number; end: number }

// The pack's abbreviations, after which a period rarely ends a sentence: "el Sr. López", "Gen. Trevilla", "Jan. 30".
const abbreviationSets = new Map<string, ReadonlySet<string>>();
function abbreviations(lang: Language): ReadonlySet<string> {
  let s = abbreviationSets.get(lang);
  if (!s) abbreviationSets.set(lang, (s = new Set(grammarList(lang, "abbreviations"))));
  return s;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: Language): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: "sentence" })));
  return s;
}

// Where Unicode sentence segmentation (UAX #29) may break: after a full stop or other terminal mark (ATerm,
// STerm), or at a line or paragraph separator (Sep).
const MAY_BREAK = /[\p{Sentence_Terminal}.\u2024\ufe52\uff0e\n\r\u0085\u2028\u2029]/u;
const TERMINAL = /^[\p{Sentence_Terminal}.\u2024\ufe52\uff0e]$/u;
const CLOSING = /^["'”’»)\]]$/;

/**
 * Where a paragraph's closing run starts: its last terminal marks with closing quotes or brackets among them, then
 * spaces to the end (-1 when it has none). No break falls inside such a run, and it ends the text (UAX #29 rules
 * SB8a–SB11). Read backwards, character by character: linear however long a run of marks is.
 */
function closingRunAt(p: string): number {
  let i = p.length;
  while (i > 0 && (p[i - 1] === " " || p[i - 1] === "\t")) i--;
  let start = -1;
  while (i > 0) {
    let j = i - 1;
    // A character outside the basic plane is two code units.
    if (j > 0 && /[\udc00-\udfff]/.test(p[j]!) && /[\ud800-\udbff]/.test(p[j - 1]!)) j--;
    const ch = p.slice(j, i);
    if (TERMINAL.test(ch)) start = j;
    else if (!CLOSING.test(ch)) break;
    i = j;
  }
  return start;
}

/** Is the paragraph one sentence whatever the segmenter says: no terminal mark or separator before its closing run? */
function oneSentence(p: string): boolean {
  const run = closingRunAt(p);
  return !MAY_BREAK.test(run < 0 ? p : p.slice(0, run));
}

/**
 * Split text into sentence spans, never across a blank line.
 * @example splitSentences("El Sr. López llegó. Habló.", "es") // two spans
 */
export function splitSentences(text: string, lang: Language): Span[] {
  const neverFinal = abbreviations(lang);
  const out: Span[] = [];
  const para = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const p of text.matchAll(para)) {
    const base = p.index;
    let prev: Span | undefined;
    // Most paragraphs of one sentence need no segmenter (the costliest step here): it would give them whole.
    const segments = oneSentence(p[0]) ? [{ index: 0, segment: p[0] }] : segmenter(lang).segment(p[0]);
    for (const seg of segments) {
      const start = base + seg.index;
      const end = start + seg.segment.length;
      if (prev) {
        const prevText = text.slice(prev.start, prev.end);
        const last = /([\p{L}.]+)\.\s*$/u.exec(prevText)?.[1]?.toLowerCase() ?? "";
        // "U." | "S. social media": an initialism split in two.
        const initialism = /(?:^|[\s(])\p{Lu}\.\s*$/u.test(prevText) && /^\s*\p{Lu}\.(?:\s|\p{Lu}|$)/u.test(seg.segment);
        // "George W. Bush", "Gerald R. Ford": a middle initial between names (not a Roman numeral: "World War I.").
        const middleInitial = /\p{Lu}\p{Ll}+\s+[A-HJ-UWYZ]\.\s*$/u.test(prevText) && /^\s*\p{Lu}\p{Ll}+/u.test(seg.segment);
        if (neverFinal.has(last) || initialism || middleInitial || /^\s*[\p{Ll}\d(,;]/u.test(seg.segment)) {
          prev.end = end;
          continue;
        }
      }
      prev = { start, end };
      out.push(prev);
    }
  }
  return out.map(trim).filter((s) => s.end > s.start);

  function trim(s: Span): Span {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { start, end };
  }
}
