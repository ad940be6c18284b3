import type { Grammar } from "../data/knowledge.js";
import { has } from "../data/grammar.js";
import type { Token } from "../model/token.js";

// Words between a dispute's preposition and the act named after it: articles, an actor's words, adjectives
// ("over the U.S. tariff", "sobre el nuevo arancel").
const TOPIC_SPAN = 4;

/**
 * "Ebrard said differences remain over the U.S. tariff on Mexican heavy trucks", "persisten diferencias sobre el
 * arancel", "the dispute over flight slots": an act told as a noun after a dispute and its preposition (grammar
 * dispute_heads, dispute_preps) is what the parties disagree about, a state in force or an act told elsewhere, not an
 * act of the day. The dispute's noun stands right before the preposition, or one verb before it ("differences
 * remain over").
 */
export function topicOfDispute(tokens: readonly Token[], i: number, g: Grammar, inActor: readonly boolean[]): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - TOPIC_SPAN && (has(g, "determiners", tokens[k]!.norm) || inActor[k] || tokens[k]!.pos === "ADJ")) k--;
  if (k < 1 || !has(g, "dispute_preps", tokens[k]!.norm)) return false;
  const head = (t: Token | undefined) => !!t && has(g, "dispute_heads", t.norm);
  const verb = (t: Token | undefined) => !!t && (t.pos === "VERB" || t.pos === "AUX");
  return head(tokens[k - 1]) || (verb(tokens[k - 1]) && head(tokens[k - 2]));
}

/**
 * "la relación pasa por un buen momento tras su visita a Washington", "relations improved after his visit to
 * Mexico": an act told as a noun owned by a possessive, after a background marker (the caller checks it), is one the
 * reader already knows, recalled as the background of what the sentence tells, not news of the report's day, even
 * with its party named. (A count that dates the sentence's act by it, "una semana después de su conversación
 * anterior", makes it reported: afterBackground.)
 */
export function possessedAct(tokens: readonly Token[], i: number, g: Grammar): boolean {
  const owner = tokens[i - 1]?.pos === "ADJ" ? tokens[i - 2] : tokens[i - 1];
  return !!owner && has(g, "possessive_determiners", owner.norm);
}

/**
 * "said it would keep talking with U.S. officials", "seguirá dialogando con Washington", "continue to talk": a verb of
 * talks right after a verb that goes on with it (grammar continuation_verbs, an infinitive marker between or not)
 * tells talks under way, a state that goes on, not a meeting of the day nor a new promise.
 */
export function ongoingTalks(tokens: readonly Token[], i: number, g: Grammar): boolean {
  const before = has(g, "infinitive_markers", tokens[i - 1]?.norm) ? tokens[i - 2] : tokens[i - 1];
  return !!before && has(g, "continuation_verbs", before.norm);
}
