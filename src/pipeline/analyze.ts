import type { LanguagePack } from "../data/knowledge.js";
import { endsIn, has } from "../data/grammar.js";
import type { EventRule } from "../data/schemas.js";
import { buildPhrases, coordinate } from "../actors/phrases.js";
import { findMentions } from "../actors/mentions.js";
import { findTriggers, type Trigger } from "../events/find.js";
import { assignRoles, nestedByCause, subjectBefore, type Clause, type Roles } from "../events/roles.js";
import type { ActorPhrase } from "../model/actor.js";
import type { Sentence } from "../model/sentence.js";
import { isReciprocal } from "../model/token.js";
import { lemmatizeEnglish } from "../text/lemmas-en.js";
import { tokenize } from "../text/tokenize.js";
import { splitSentences } from "../text/segment.js";
import { datelineOf } from "../text/dateline.js";

/** One sentence after the actor and event stages, before discourse-level resolution. */
export interface AnalyzedSentence {
  sentence: Sentence;
  phrases: ActorPhrase[];
  clause: Clause;
  found: { trigger: Trigger; roles: Roles; rule: EventRule }[];
}

/** Stage segment: the sentences' spans; the dateline ("MADRID, 8 sep.—") says where the story was filed, not who acted. */
export function segmentSpans(text: string, pack: LanguagePack): { start: number; end: number }[] {
  const dateline = datelineOf(text);
  return splitSentences(text, pack.lang).map((span, index) => (index === 0 && dateline && dateline.end < span.end ? { start: Math.max(span.start, dateline.end), end: span.end } : span));
}

/** Stage tokenize: a sentence's tokens, unlemmatized. */
export function tokenizeSpan(text: string, span: { start: number; end: number }, index: number): Sentence {
  const tokens = tokenize(text, span.start, span.end);
  return { kind: "sentence", index, start: span.start, end: span.end, text: text.slice(span.start, span.end), tokens };
}

/** Stage lemmatize: each token's lemma candidates (English through the tagger, other packs through their table). */
export function lemmatize(s: Sentence, pack: LanguagePack): void {
  if (pack.lang === "en") lemmatizeEnglish(s.text, s.start, s.tokens, pack.grammar);
  else for (const t of s.tokens) t.lemmas = pack.lemmas(t.norm);
}

/** segment → tokenize → lemmatize, for callers that need sentences only. */
export function segment(text: string, pack: LanguagePack): Sentence[] {
  return segmentSpans(text, pack).map((span, index) => {
    const s = tokenizeSpan(text, span, index);
    lemmatize(s, pack);
    return s;
  });
}

/** Stage mentions → phrases: the sentence's actor phrases, pronouns included. */
export function phrasesOf(s: Sentence, text: string, pack: LanguagePack, date: string): { phrases: ActorPhrase[]; clause: Clause } {
  const mentions = findMentions(s.tokens, pack, date, text);
  const phrases = withPronouns(buildPhrases(mentions, s.tokens, text, pack.grammar), s, pack);
  return { phrases, clause: { tokens: s.tokens, phrases, groups: coordinate(phrases, s.tokens, pack.grammar), grammar: pack.grammar } };
}

/** Stage triggers (with modality: negation, announcement, condition): the lexicon entries that fire. */
export function triggersOf(s: Sentence, clause: Clause, pack: LanguagePack): Trigger[] {
  const triggers = findTriggers(s.tokens, clause.phrases, pack);
  clause.anchors = new Set(triggers.map((t) => t.first));
  return triggers;
}

/** Stage roles: each trigger's source and target phrases, nested events taking their outer event's parties. */
export function rolesOf(clause: Clause, triggers: readonly Trigger[]): AnalyzedSentence["found"] {
  const found = triggers.map((trigger) => ({ trigger, rule: trigger.rule, roles: assignRoles(clause, trigger) }));
  nestEvents(found, clause);
  return found;
}

/** mentions → phrases → triggers → roles, within one sentence. */
export function analyzeSentence(sentence: Sentence, text: string, pack: LanguagePack, date: string): AnalyzedSentence {
  const { phrases, clause } = phrasesOf(sentence, text, pack, date);
  const found = rolesOf(clause, triggersOf(sentence, clause, pack));
  return { sentence, phrases, clause, found };
}

// "reconoció a la SEMAR por la detención de X": a nominal event introduced by "por"/"for" inside another
// event takes the outer event's target as its source.
// The PLOVER mode of a visit (CONSULT).
const VISIT = "visit";

function nestEvents(found: AnalyzedSentence["found"], clause: Clause): void {
  for (const f of found) {
    if (!f.trigger.nominal || f.roles.source.length) continue;
    // "le propuso en una conversación telefónica": a two-sided nominal inside another event is between its parties.
    const inside = f.rule.symmetric && !f.roles.target.length && has(clause.grammar, "during_preps", clause.tokens[f.trigger.first - 2]?.norm ?? clause.tokens[f.trigger.first - 1]?.norm);
    if (!inside && !nestedByCause(clause, f.trigger.first)) continue;
    const outer = [...found].reverse().find((o) => o !== f && o.trigger.first < f.trigger.first && o.roles.target.length && (!inside || o.roles.source.length));
    // "Blinken flew to Cairo for talks with Egyptian officials": a meeting with its other party named, that a clause
    // with no event of its own is for, is held by that clause's subject.
    if (!outer && f.rule.symmetric && f.roles.target.length && !inside) f.roles.source = subjectBefore(clause, f.trigger.first);
    if (!outer) continue;
    // "thanked Trump for the phone call": a two-sided event inside another is between the same two parties.
    if (f.rule.symmetric && !f.roles.target.length) {
      f.roles.source = outer.roles.source;
      f.roles.target = outer.roles.target;
    }
    // "visited Tokyo for talks with Takaichi", "flew to Cairo for talks with…": what a visit is for, the visitor does.
    // …and is to come if the visit is ("will visit Japan for talks with…").
    else if (outer.rule.mode === VISIT) {
      f.roles.source = outer.roles.source;
      if (outer.trigger.future) f.trigger = { ...f.trigger, future: true };
    }
    else f.roles.source = outer.roles.target;
  }
}

// Pronouns are anaphors: "he", "they", "ella", "le transmitió" (object clitic right before a verb).
function withPronouns(phrases: ActorPhrase[], s: Sentence, pack: LanguagePack): ActorPhrase[] {
  const pronouns = pack.grammar.get("pronouns") ?? new Set<string>();
  const articles = pack.grammar.get("determiners") ?? new Set<string>();
  const extra: ActorPhrase[] = [];
  s.tokens.forEach((t, i) => {
    if (!pronouns.has(t.norm) || phrases.some((p) => p.first <= i && i < p.last) || isReciprocal(s.tokens, i, pack.grammar.get("reciprocals"))) return;
    const next = s.tokens[i + 1];
    const verbNext = !!next && !/^\p{Lu}/u.test(next.text) && endsIn(pack.grammar, "suffix_verb_guess", next.norm);
    // "Él criticó…": the pronoun as written, though it folds to an article ("el").
    const written = pack.grammar.get("pronouns:written")?.has(t.text.toLowerCase()) && !pack.grammar.get("determiners:written")?.has(t.text.toLowerCase());
    if (articles.has(t.norm) && !written && !(has(pack.grammar, "pronoun_clitics", t.norm) && verbNext)) return;
    // "el rechazo de lo decidido por el Presidente", "a lo dicho": after a preposition such a word is an article, never
    // an object clitic.
    const prev = s.tokens[i - 1]?.norm;
    if (articles.has(t.norm) && !written && ["of_preps", "target_preps", "agent_preps", "locative_preps"].some((key) => has(pack.grammar, key, prev))) return;
    const actor = { text: t.text, name: null, country: null, sector: null, org: null, start: t.start, end: t.end };
    extra.push({ first: i, last: i + 1, parts: [], actor, pair: false, anaphor: true });
  });
  return extra.length ? [...phrases, ...extra].sort((a, b) => a.first - b.first) : phrases;
}
