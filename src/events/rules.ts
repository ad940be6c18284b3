import type { Grammar } from "../data/knowledge.js";
import { endsInAfter, has } from "../data/grammar.js";
import type { EventRule } from "../data/schemas.js";
import { fold, type Token } from "../model/token.js";

type Slot = { kind: "word"; alts: Set<string>; optional: boolean } | { kind: "gap"; max: number };

interface Compiled {
  rule: EventRule; slots: Slot[]; weight: number;
  /** The words of the rule's `unlessQuoted` list, if it has one. */
  unless: ReadonlySet<string> | null;
  /** The word slots after the first that must each meet a token: a sentence without one of them cannot match. */
  required: ReadonlySet<string>[];
}

/** A rule that fired on tokens [first, last) of a sentence; `anchor` is the token the rule is keyed on. */
export interface RuleMatch { rule: EventRule; first: number; last: number; anchor: number; tokens: number[] }

const GAP = 4;

// A word of a pattern: "@name" stands for every word of the pack's grammar list `name` ("call ... @pejoratives").
function altsOf(rule: EventRule, word: string, lists: Grammar | undefined): string[] {
  if (!word.startsWith("@")) return [fold(word)];
  const list = lists?.get(word.slice(1));
  if (!list) throw new Error(`rule ${rule.id}: no grammar list ${word.slice(1)}`);
  return [...list];
}

function compile(rule: EventRule, lists: Grammar | undefined): Compiled {
  const slots: Slot[] = rule.pattern.trim().split(/\s+/).map((raw) => {
    if (raw === "...") return { kind: "gap", max: GAP };
    const optional = raw.endsWith("?");
    const body = optional ? raw.slice(0, -1) : raw;
    return { kind: "word", alts: new Set(body.split("|").flatMap((w) => altsOf(rule, w, lists))), optional };
  });
  const first = slots[0];
  if (!first || first.kind !== "word" || first.optional) throw new Error(`rule ${rule.id}: pattern must start with a word`);
  const weight = slots.filter((s) => s.kind === "word").length;
  const required = slots.slice(1).flatMap((s) => (s.kind === "word" && !s.optional ? [s.alts] : []));
  // A pattern that names quotation marks reads them as words: none of them is skipped between its other words.
  if (slots.some((s) => s.kind === "word" && [...s.alts].some((a) => QUOTE.test(a)))) quotedPatterns.add(slots);
  // ("praise_judgements|meeting_judgements": the words of every list named.)
  const unless = rule.unlessQuoted ? new Set(rule.unlessQuoted.split("|").flatMap((name) => altsOf(rule, `@${name}`, lists))) : null;
  return { rule, slots, weight, required, unless };
}

/**
 * Event rules compiled once and indexed by their first word's lemmas.
 * @example index.matchAt(tokens, 4, pack.grammar) // the longest rule starting at token 4, if any
 * @example index.matchAt(tokens, 4, g, (ks) => !ks.some(inName)) // the longest whose words are no actor's
 */
export class RuleIndex {
  private readonly byAnchor = new Map<string, Compiled[]>();
  private readonly byId = new Map<string, EventRule>();

  /** `lists`: the pack's grammar, for the word classes a pattern names with "@". */
  constructor(rules: readonly EventRule[], lists?: Grammar) {
    for (const r of rules) {
      this.byId.set(r.id, r);
      const c = compile(r, lists);
      for (const alt of (c.slots[0] as { alts: Set<string> }).alts) {
        const list = this.byAnchor.get(alt) ?? [];
        list.push(c);
        this.byAnchor.set(alt, list);
      }
    }
  }

  /** The lexicon entry with this id ("es.accuse.acusar"; a ".negated" suffix names the entry negated). */
  entry(id: string): EventRule | undefined {
    return this.byId.get(id) ?? this.byId.get(id.replace(/\.negated$/, ""));
  }

  /** Every lemma the rules mention (what the Spanish lemma table must cover). */
  words(): Set<string> {
    const out = new Set<string>();
    for (const list of this.byAnchor.values()) for (const c of list) for (const s of c.slots) if (s.kind === "word") s.alts.forEach((a) => out.add(a));
    return out;
  }

  /**
   * The most specific rule anchored at token i: most words matched, then the shortest span (`g`: the pack's grammar).
   * `present` is every lemma of the sentence (`lemmasOf(tokens)`), passed by callers that ask at every token.
   */
  matchAt(tokens: readonly Token[], i: number, g: Grammar, accept: (used: readonly number[]) => boolean = () => true, present: ReadonlySet<string> = lemmasOf(tokens)): RuleMatch | null {
    let best: { c: Compiled; used: number[] } | null = null;
    // The rule lists the token's lemmas anchor (most tokens anchor none: nothing is allocated for them).
    let first: Compiled[] | undefined;
    let more: Compiled[][] | undefined;
    for (const lemma of tokens[i]!.lemmas) {
      const list = this.byAnchor.get(lemma);
      if (!list) continue;
      if (!first) first = list;
      else (more ??= [first]).push(list);
    }
    if (!first) return null;
    const lists = more ?? [first];
    // A rule reached through two lemmas of the token is tried once.
    const seen = lists.length > 1 ? new Set<Compiled>() : null;
    for (const list of lists) {
      for (const c of list) {
        if (seen) {
          if (seen.has(c)) continue;
          seen.add(c);
        }
        // A word slot is met only by a token with one of its lemmas: a rule with a word the sentence lacks cannot match.
        if (!c.required.every((alts) => meets(alts, present))) continue;
        let used = matchSlots(c.slots, tokens, i, 0, g);
        // "released 10 American citizens": a word of the pattern the caller refuses (here the demonym of a name) may be
        // met by a later word of the gap; the rule is tried again without the refused words.
        if (used && !accept(used)) used = retried(c, tokens, i, g, used, accept);
        // A candidate the caller refuses (its words run into an actor's name) leaves room for a shorter one.
        if (!used) continue;
        if (c.unless && quotes(tokens, used.at(-1)!, c.unless)) continue;
        if (!best || used.length > best.used.length || (used.length === best.used.length && used.at(-1)! < best.used.at(-1)!)) best = { c, used };
      }
    }
    if (!best) return null;
    return { rule: best.c.rule, first: i, last: best.used.at(-1)! + 1, anchor: i, tokens: best.used };
  }
}

// The match of rule c at token i with the words of `refused` the caller does not accept taken out of reach, if any.
function retried(c: Compiled, tokens: readonly Token[], i: number, g: Grammar, refused: readonly number[], accept: (used: readonly number[]) => boolean): number[] | null {
  const masked = tokens.slice();
  let changed = false;
  for (const k of refused) {
    if (k === i || accept([i, k])) continue;
    masked[k] = { ...tokens[k]!, lemmas: [] };
    changed = true;
  }
  const used = changed ? matchSlots(c.slots, masked, i, 0, g) : null;
  return used && accept(used) ? used : null;
}

/** Every lemma of a sentence's tokens. */
export function lemmasOf(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) for (const l of t.lemmas) out.add(l);
  return out;
}

// Does the sentence hold one of the slot's words? (Iterating the smaller set.)
function meets(alts: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  if (alts.size <= present.size) {
    for (const a of alts) if (present.has(a)) return true;
  } else for (const l of present) if (alts.has(l)) return true;
  return false;
}

const isTime = (g: Grammar, t: Token | undefined): boolean => has(g, "time_words", t?.norm);
const isFiller = (g: Grammar, t: Token | undefined): boolean => has(g, "time_fillers", t?.norm);

// A time word of the pack's gap_time_words, or a filler that opens or closes one ("este martes", "el pasado lunes",
// "el viernes pasado"): no word of a gap. (A pack without the list counts them.)
const isGapTime = (g: Grammar, t: Token | undefined): boolean => has(g, "gap_time_words", t?.norm);
const isTimePhrase = (g: Grammar, tokens: readonly Token[], k: number): boolean =>
  isGapTime(g, tokens[k]) || (isFiller(g, tokens[k]) && (isGapTime(g, tokens[k - 1]) || isGapTime(g, tokens[k + 1]) || (isFiller(g, tokens[k + 1]) && isGapTime(g, tokens[k + 2]))));

// Backtracking match of slots from token i; returns the indexes of the tokens that matched word slots.
function matchSlots(slots: readonly Slot[], tokens: readonly Token[], i: number, s: number, g: Grammar): number[] | null {
  if (s === slots.length) return [];
  const slot = slots[s]!;
  if (slot.kind === "gap") {
    // A proper name counts as one word of the gap: "blocked the Francisco de Paula Santander bridge".
    for (let skip = 0, words = 0; words <= slot.max; skip++) {
      // Quotation marks do not end a gap: "calificó de “barbarie” el ataque".
      if (skip > 0 && isBoundary(tokens[i + skip - 1]) && !isQuote(tokens[i + skip - 1])) break;
      if (i + skip > tokens.length) break;
      const rest = matchSlots(slots, tokens, i + skip, s + 1, g);
      if (rest) return rest;
      // …and so does an article opening it, in a language whose list says so ("charged a former Rwandan planning
      // minister with").
      // …and so does a time expression: "incendiaron la madrugada de este domingo doce camiones" (isTimePhrase).
      if (!continuesName(tokens, i + skip, g) && !inHyphenated(tokens, i + skip) && !(skip === 0 && has(g, "gap_articles", tokens[i]?.norm)) && !isTimePhrase(g, tokens, i + skip)) words++;
    }
    return null;
  }
  const tok = tokens[i];
  // "agreed on Wednesday to a truce": a filler right before a time word opens the time phrase ("on Wednesday"), and is
  // no particle of the pattern's ("agree on").
  const opensTime = s > 0 && isFiller(g, tok) && isTime(g, tokens[i + 1]);
  if (tok && !opensTime && tok.lemmas.some((l) => slot.alts.has(l))) {
    const rest = matchSlots(slots, tokens, i + 1, s + 1, g);
    if (rest) return [i, ...rest];
  }
  // "tachó de “criminales”": a quotation mark may sit between two words of a pattern too.
  if (s > 0 && tok && isQuote(tok) && !quotedPatterns.has(slots)) return matchSlots(slots, tokens, i + 1, s, g);
  // "reconoció públicamente a", "formally accused": an adverb may sit between two words of a pattern.
  if (s > 0 && tok && isAdverb(tok, g)) return matchSlots(slots, tokens, i + 1, s, g);
  // "se reunieron este martes en…", "se manifestaron ayer frente a…": a time expression inside the pattern.
  if (s > 0 && tok && (isTime(g, tok) || (isFiller(g, tok) && (isTime(g, tokens[i + 1]) || (isFiller(g, tokens[i + 1]) && isTime(g, tokens[i + 2])))))) {
    // Longest first, then shorter: "marcharon este jueves por el centro" ends the time phrase before "por", a filler
    // ("por la mañana") that is the pattern's own word here.
    let k = i;
    while (k < tokens.length && k < i + 4 && (isTime(g, tokens[k]) || isFiller(g, tokens[k]))) k++;
    for (let end = k; end > i; end--) {
      if (end < k && !isTime(g, tokens[end - 1])) continue;
      const rest = matchSlots(slots, tokens, end, s, g);
      if (rest) return rest;
    }
  }
  // "ejecutaron en la vereda El Diamante a cuatro personas": a place or time phrase before the object's preposition.
  // "ejecutaron de varios impactos de bala a un campesino", "ejecutaron, de manera selectiva, a dos jóvenes".
  const marker = [...slot.alts].every((a) => has(g, "object_markers", a));
  if (s > 0 && tok && [...slot.alts].every((a) => has(g, "object_preps", a)) && (circumstantial(g, tokens, i, marker) || (tok.text === "," && marker))) {
    // Not past a coordinator or a clause word: "violan el derecho internacional y exigió al Tesoro" has no object "al".
    // (Past a comma only to an object marker: "the two sides in Sharm el-Sheikh in Egypt, with the participation of…"
    // is no "side with".) Nor, before an object marker, past an article that opens the direct object after a time
    // phrase: "ordenó este martes el envío de 300 soldados a la zona".
    for (let k = i + 1; k < tokens.length && k <= i + 9 && !isBoundary(tokens[k]) && (marker || tokens[k]!.text !== ",") && !has(g, "coordinators:written", tokens[k]!.text) && !has(g, "clause_breaks:written", tokens[k]!.text) && !(marker && isTime(g, tokens[k - 1]) && has(g, "determiners", tokens[k]!.norm) && !circumstantial(g, tokens, k, marker)); k++) {
      if (tokens[k]!.lemmas.some((l) => slot.alts.has(l))) {
        const rest = matchSlots(slots, tokens, k + 1, s + 1, g);
        return rest ? [k, ...rest] : null;
      }
    }
  }
  return slot.optional ? matchSlots(slots, tokens, i, s + 1, g) : null;
}

// Does token i open a place or time phrase ("en la vereda…", "el sábado", "la madrugada del martes")? Before an object
// marker, an article opens one only before a time word, in a language that lists its time nouns: "ordenó el envío de
// 800 efectivos a la frontera" opens the verb's direct object, and its "a" is where they go, no addressee. (An
// instrument's "con" may follow the object: "atacaron la base con drones".)
function circumstantial(g: Grammar, tokens: readonly Token[], i: number, marker: boolean): boolean {
  const t = tokens[i]!;
  if (!has(g, "circumstantial", t.norm)) return false;
  if (!marker || !g.has(ARTICLE_TIME_NOUNS) || !has(g, "determiners", t.norm)) return true;
  const next = tokens[i + 1];
  return isTime(g, next) || isFiller(g, next) || has(g, ARTICLE_TIME_NOUNS, next?.norm);
}
const ARTICLE_TIME_NOUNS = "article_time_nouns";

// Adverbs and relational adjectives may sit inside a pattern: "reconoció públicamente a", "cese unilateral del fuego".
// Asked for every token at every pattern slot: answered once per token (a token belongs to one sentence of one pack).
const adverbs = new WeakMap<Token, boolean>();
const isAdverb = (t: Token, g: Grammar): boolean => {
  let v = adverbs.get(t);
  if (v === undefined) adverbs.set(t, (v = endsInAfter(g, ["suffix_adverb", "suffix_relational_adjective"], t.norm, 3) || t.pos === "ADV" || t.pos === "ADJ"));
  return v;
};

// Inside a capitalised name, past its first word: "Paula" and "de" in "Francisco de Paula Santander".
function continuesName(tokens: readonly Token[], k: number, g: Grammar): boolean {
  const cap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  const t = tokens[k];
  if (!t || k === 0) return false;
  if (cap(t) && (cap(tokens[k - 1]) || (has(g, "name_links", tokens[k - 1]!.norm) && cap(tokens[k - 2])))) return true;
  return has(g, "name_links", t.norm) && cap(tokens[k - 1]) && cap(tokens[k + 1]);
}

// Past the first piece of a hyphenated word ("a 90-day extension", "a three-day visit"): the hyphen and the piece
// after it are one word of the gap with the piece before.
function inHyphenated(tokens: readonly Token[], k: number): boolean {
  const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  const t = tokens[k];
  if (t?.text === "-") return glued(tokens[k - 1], t) && glued(t, tokens[k + 1]);
  return tokens[k - 1]?.text === "-" && glued(tokens[k - 1], t) && glued(tokens[k - 2], tokens[k - 1]);
}

const isBoundary = (t: Token | undefined): boolean => !t || /^[.;:!?“”"«»()]$/.test(t.text);
const QUOTE = /^[“”"«»‘’]$/;
const isQuote = (t: Token | undefined): boolean => !!t && QUOTE.test(t.text);
// The slot lists of the patterns that name a quotation mark (see compile).
const quotedPatterns = new WeakSet<readonly Slot[]>();
const QUOTE_REACH = 15;

// Does the quotation opened at token `open` hold, before it closes (or within QUOTE_REACH words), a word of `words`?
function quotes(tokens: readonly Token[], open: number, words: ReadonlySet<string>): boolean {
  for (let k = open + 1; k < tokens.length && k <= open + QUOTE_REACH && !isQuote(tokens[k]); k++) {
    if (tokens[k]!.lemmas.some((l) => words.has(l))) return true;
  }
  return false;
}
