import { inGrammar, type Grammar } from "../data/knowledge.js";
import type { Actor, ActorPhrase } from "../model/actor.js";
import type { Token } from "../model/token.js";
import type { AnalyzedSentence } from "../pipeline/analyze.js";

/**
 * A bare mediator noun ("the mediators", "los mediadores", "los países mediadores"): a role of no country, headed by a
 * word of grammar mediator_nouns. A mediator is a third party by definition, so it is never the party named last nor
 * the story's home country: it is whom the text names as mediators, or nobody (CAMEO 045; es-s14, es-p19).
 */
export function isBareMediator(p: ActorPhrase, tokens: readonly Token[], g: Grammar): boolean {
  if (p.anaphor || p.pair || p.actor.country || p.actor.org || p.actor.name) return false;
  if (!p.parts.length || !p.parts.every((m) => m.kind === "role")) return false;
  return inGrammar(g, "mediator_nouns", tokens[p.last - 1]?.norm ?? "");
}

/**
 * The countries and bodies a sentence names in apposition with a mediator noun, and where those nouns are:
 * "Egipto y Catar, mediadores junto a Estados Unidos," (names before), "a los mediadores, Egipto, Qatar y Turquía,"
 * (names after), "the United States and France, guarantors of the deal," (grammar mediator_nouns).
 * @example apposedMediators(sentence("Egypt and Qatar, the mediators, urged calm."), g).actors // [EGY, QAT]
 */
export function apposedMediators(a: AnalyzedSentence, g: Grammar): { actors: Actor[]; nouns: Set<number> } {
  const tokens = a.sentence.tokens;
  const actors: Actor[] = [];
  const nouns = new Set<number>();
  const named = (p: ActorPhrase) => !p.anaphor && !p.pair && !!(p.actor.country || p.actor.org) && !isBareMediator(p, tokens, g);
  const groupOf = (p: ActorPhrase) => a.clause.groups.find((grp) => grp.includes(p)) ?? [p];
  for (const [i, t] of tokens.entries()) {
    if (!inGrammar(g, "mediator_nouns", t.norm)) continue;
    // Back over the noun's determiners and its own phrase ("los países mediadores", ", the mediators") to a comma.
    const own = a.phrases.find((p) => p.first <= i && p.last > i);
    let j = i - 1;
    while (j >= 0 && i - j <= 3 && tokens[j]!.text !== "," && (inGrammar(g, "determiners", tokens[j]!.norm) || (!!own && j >= own.first))) j--;
    const before = tokens[j]?.text === "," ? a.phrases.find((p) => p.last === j && named(p)) : undefined;
    if (before) {
      const members = groupOf(before).filter((p) => p.last <= j && named(p));
      actors.push(...members.map((p) => p.actor));
      nouns.add(i);
      continue;
    }
    // Forward: the noun, a comma, and the names ("los mediadores, Egipto, Qatar y Turquía,").
    const after = tokens[i + 1]?.text === "," ? a.phrases.find((p) => p.first >= i + 2 && p.first <= i + 3 && named(p)) : undefined;
    if (after) {
      const members = groupOf(after).filter((p) => p.first >= after.first && named(p));
      actors.push(...members.map((p) => p.actor));
      nouns.add(i);
    }
  }
  return { actors, nouns };
}

/** Every country or body the document names as a mediator in apposition, once each. */
export function namedMediators(analyzed: readonly AnalyzedSentence[], g: Grammar): Actor[] {
  const seen = new Map<string, Actor>();
  for (const a of analyzed) {
    for (const x of apposedMediators(a, g).actors) {
      const key = x.country ?? x.org ?? "";
      if (key && !seen.has(key)) seen.set(key, x);
    }
  }
  return [...seen.values()];
}
