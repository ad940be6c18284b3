import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { has, pairsOf } from "../data/grammar.js";
import type { Grammar } from "../data/knowledge.js";
import type { Token } from "../model/token.js";
import { fold } from "../model/token.js";

// Only the part-of-speech annotation: lemmas and tags do not depend on wink's sentence, entity, negation or
// sentiment passes, which cost more than the tagging itself.
const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;

/**
 * Give English tokens their lemma and part of speech from wink-nlp, aligning wink's tokens to ours by offset; `g`
 * (the pack's grammar) gives the regular inflections for forms the tagger leaves alone.
 * @example "arrested" → lemmas ["arrest", "arrested"], pos "VERB"
 */
export function lemmatizeEnglish(text: string, offset: number, tokens: Token[], g: Grammar): void {
  const words = nlp.readDoc(text).tokens();
  const values = words.out(its.value) as string[];
  const lemmas = words.out(its.lemma as unknown as typeof its.value) as string[];
  const pos = words.out(its.pos) as string[];
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
      // "left-wing" is no form of "leave": a hyphenated word's lemma is not its first part's alone.
      const firstPartOnly = tok.norm.includes("-") && !lemma.includes("-");
      tok.lemmas = distinct(firstPartOnly ? [] : [lemma], tok.norm, inflectionBases(tok.norm, g));
      tok.pos = pos[i] ?? "";
    }
  }
  for (const t of tokens) if (t.lemmas.length === 0) t.lemmas = [t.norm, ...inflectionBases(t.norm, g)];
  // "according to", "owing to": a participle frozen into a preposition is no form of its verb ("left 135 missing,
  // according to…" leaves no accord).
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === "VERB" && has(g, "fixed_prepositions", `${t.norm} ${tokens[i + 1]!.norm}`)) {
      t.lemmas = [t.norm];
      t.pos = "ADP";
    }
  }
}

// [...new Set([...first, word, ...more])] without the set and the copies: a token has two or three candidates.
function distinct(first: string[], word: string, more: readonly string[]): string[] {
  const out = first;
  if (!out.includes(word)) out.push(word);
  for (const m of more) if (!out.includes(m)) out.push(m);
  return out;
}

const inflectionCache = new WeakMap<Grammar, { suffix: string; replace: string }[]>();
function inflections(g: Grammar): { suffix: string; replace: string }[] {
  let list = inflectionCache.get(g);
  if (!list) inflectionCache.set(g, (list = pairsOf(g, "inflections").map(([suffix, replace]) => ({ suffix, replace }))));
  return list;
}

/**
 * Candidate bases of a regular inflection (the pack's `inflections`), for forms the tagger leaves alone or maps
 * wrongly ("abducted" → abduct, "staged" → stage, "airstrikes" → airstrike, "shelling" → shell).
 */
export function inflectionBases(w: string, g: Grammar): string[] {
  const out: string[] = [];
  const rules = inflections(g);
  // The longest ending that leaves a stem of at least two letters.
  let suffix = "";
  for (const r of rules) if (r.suffix.length > suffix.length && w.length - r.suffix.length >= 2 && w.endsWith(r.suffix)) suffix = r.suffix;
  if (!suffix) return out;
  for (const e of g.get("uninflected_endings") ?? []) if (w.endsWith(e)) return out;
  const stem = w.slice(0, -suffix.length);
  for (const r of rules) {
    if (r.suffix !== suffix) continue;
    if (r.replace !== "-") out.push(stem + r.replace);
    else if (stem.at(-1) === stem.at(-2) && has(g, "doubled_consonants", stem.at(-1))) out.push(stem.slice(0, -1));
  }
  return out;
}
