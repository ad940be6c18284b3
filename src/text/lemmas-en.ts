import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Token } from "../model/token.js";
import { fold } from "../model/token.js";

const nlp = winkNLP(model);
const its = nlp.its;

/**
 * Give English tokens their lemma and part of speech from wink-nlp, aligning wink's tokens to ours by offset.
 * @example "arrested" → lemmas ["arrest", "arrested"], pos "VERB"
 */
export function lemmatizeEnglish(text: string, offset: number, tokens: Token[]): void {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  let cursor = 0;
  let ti = 0;
  for (let i = 0; i < values.length; i++) {
    const at = text.indexOf(values[i]!, cursor);
    if (at < 0) continue;
    cursor = at + values[i]!.length;
    const abs = offset + at;
    while (ti < tokens.length && tokens[ti]!.end <= abs) ti++;
    const tok = tokens[ti];
    if (!tok || tok.start > abs) continue;
    if (tok.start === abs) {
      const lemma = fold(lemmas[i] ?? tok.norm);
      tok.lemmas = [...new Set([lemma, tok.norm, ...inflectionBases(tok.norm)])];
      tok.pos = pos[i] ?? "";
    }
  }
  for (const t of tokens) if (t.lemmas.length === 0) t.lemmas = [t.norm, ...inflectionBases(t.norm)];
}

/**
 * Candidate bases of a regular English inflection, for forms the tagger leaves alone or maps wrongly
 * ("abducted" → abduct, "staged" → stage, "airstrikes" → airstrike, "shelling" → shell).
 */
export function inflectionBases(w: string): string[] {
  const out: string[] = [];
  const m = /^(.{2,}?)(ied|ies|ed|es|s|ing)$/.exec(w);
  if (!m) return out;
  const [, stem, suf] = m as unknown as [string, string, string];
  if (suf === "ied" || suf === "ies") out.push(`${stem}y`);
  if (suf === "ed" || suf === "ing") out.push(stem, `${stem}e`);
  if ((suf === "ed" || suf === "ing") && /([bdgklmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1));
  if (suf === "es") out.push(stem, `${stem}e`);
  if (suf === "s" && !w.endsWith("ss")) out.push(w.slice(0, -1));
  return out;
}
