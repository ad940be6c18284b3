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
    for (const seg of segmenter(lang).segment(p[0])) {
      const start = base + seg.index;
      const end = start + seg.segment.length;
      if (prev) {
        const prevText = text.slice(prev.start, prev.end);
        const last = /([\p{L}.]+)\.\s*$/u.exec(prevText)?.[1]?.toLowerCase() ?? "";
        // "U." | "S. social media": an initialism split in two.
        const initialism = /(?:^|[\s(])\p{Lu}\.\s*$/u.test(prevText) && /^\s*\p{Lu}\.(?:\s|\p{Lu}|$)/u.test(seg.segment);
        // "Gerald R. Ford", "George W. Bush": a middle initial between a given name and a surname.
        const middleInitial = /(?:^|\s)\p{Lu}\p{Ll}+\s\p{Lu}\.\s*$/u.test(prevText) && /^\s*\p{Lu}\p{Ll}+(?:[\s,.;:]|$)/u.test(seg.segment);
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
