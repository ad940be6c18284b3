import { inGrammar, type Grammar } from "../data/knowledge.js";
import { isCount } from "../data/grammar.js";
import type { AnalyzedSentence } from "../pipeline/analyze.js";
import type { ActorPhrase } from "../model/actor.js";
import type { Token } from "../model/token.js";

// Words an object may take between the act and its party's preposition: an article and a noun.
const OBJECT_SPAN = 2;
// Words a chain of genitives may take before the country it ends in ("de acero de México").
const GENITIVE_SPAN = 4;

/**
 * "providing legal assistance to the detainees", "bloqueará las cuentas de los señalados", "freeze the targets'
 * accounts": the act's object is given to, or belongs to, people the text names by a plural common noun with the
 * definite article, which is no actor phrase. The act's party is named there, though the coder knows no country for
 * it: the other side of the relation told (`target.counterpart`) is not whom the act addresses. Looks inside the
 * trigger (a possessor between the verb and its object) and right after it, in its own clause. Returns the words
 * that name the party, or null.
 */
export function namedNonActorParty(a: AnalyzedSentence, g: Grammar, trigger: { first: number; last: number; tokens?: readonly number[] }, end: number): string | null {
  const toks = a.sentence.tokens;
  const phraseAt = (k: number) => a.phrases.find((p) => p.first <= k && k < p.last);
  // An actor the coder places: a phrase with a country of its own, not one standing for a phrase before.
  const placed = (k: number) => {
    const p = phraseAt(k);
    return !!p && !p.anaphor && !!p.actor.country;
  };
  const words = (from: number, to: number) => toks.slice(from, to + 1).map((x) => x.text).join(" ");
  // A common noun heading a plural group of people, no actor the coder places (none, or one it reads as an anaphor or
  // knows no country for): written in lower case (a capitalised word may be a name the coder does not know) and no
  // relative pronoun ("a las que" stands for a noun named before). Returns the group's last token, or -1.
  const groupHead = (k: number, article: Token): number => {
    const h = toks[k];
    if (!h || placed(k) || !/^\p{Ll}/u.test(h.text) || inGrammar(g, "relatives", h.norm)) return -1;
    if (h.pos && h.pos !== "NOUN" && h.pos !== "ADJ" && h.pos !== "VERB") return -1;
    const last = (phraseAt(k)?.last ?? k + 1) - 1;
    // "a la comunidad mexicana", "a los damnificados de Cuba", "a las importaciones de acero de México": a country
    // given to the noun right after it, or by its chain of genitives, makes a party the other rules read.
    if (placed(last + 1)) return -1;
    for (let j = last + 2; j < Math.min(toks.length, last + 2 + GENITIVE_SPAN); j++) {
      if (!/^\p{L}/u.test(toks[j - 1]!.text)) break;
      if (placed(j) && inGrammar(g, "of_preps", toks[j - 1]!.norm)) return -1;
    }
    // "pidió a la comunidad internacional", "appealed to the international community": a collective noun, singular,
    // names a group all the same (grammar collective_party_nouns, right at the head or after one adjective).
    const collective = [k, k + 1].find((j) => j < toks.length && inGrammar(g, "collective_party_nouns", toks[j]!.norm));
    if (collective !== undefined && !placed(collective)) return Math.max(last, collective);
    return inGrammar(g, "object_group_articles", article.norm) || plural(h) ? last : -1;
  };
  // Inside the trigger: "the targets' accounts".
  for (let k = trigger.first + 1; k + 2 < trigger.last; k++) {
    if (!inGrammar(g, "object_articles", toks[k]!.norm)) continue;
    const last = groupHead(k + 1, toks[k]!);
    if (last >= 0 && last + 1 < trigger.last && inGrammar(g, "object_group_possessives", toks[last + 1]!.norm)) return words(k, last + 1);
  }
  // Between the parts of a trigger in two: "pidió a la comunidad internacional apoyo", "asked the international
  // community for help".
  const own = new Set(trigger.tokens ?? []);
  for (let k = trigger.first + 1; k + 2 < trigger.last; k++) {
    if (own.has(k) || own.has(k + 1) || !inGrammar(g, "object_party_preps", toks[k]!.norm) || !inGrammar(g, "object_articles", toks[k + 1]!.norm)) continue;
    const last = groupHead(k + 2, toks[k + 1]!);
    if (last >= 0 && last < trigger.last && !toks.slice(k, last + 1).some((_, j) => own.has(k + j))) return words(k, last);
  }
  // After it, past no more than the object's article and noun.
  // ("appealed to the international community": a trigger may end on the preposition itself.)
  const from = inGrammar(g, "object_party_preps", toks[trigger.last - 1]?.norm ?? "") ? trigger.last - 1 : trigger.last;
  for (let k = from; k < Math.min(end, toks.length, trigger.last + OBJECT_SPAN + 1); k++) {
    const t = toks[k]!;
    if (placed(k) || !/^\p{L}/u.test(t.text)) return null;
    if (!inGrammar(g, "object_party_preps", t.norm)) continue;
    // "frente a la inseguridad", "due to the": the preposition ends a compound one, which gives no party.
    if (inGrammar(g, "compound_prep_heads", toks[k - 1]?.norm ?? "")) return null;
    const article = toks[k + 1];
    if (!article || !inGrammar(g, "object_articles", article.norm) || k + 2 >= end) continue;
    const last = groupHead(k + 2, article);
    return last >= 0 ? words(k, last) : null;
  }
  return null;
}

// A plural the tagger tells by its lemma (the first candidate): the form is the lemma with an ending ("detainees" →
// "detainee").
const plural = (t: Token): boolean => {
  const lemma = t.lemmas[0];
  return !!lemma && lemma !== t.norm && t.norm.startsWith(lemma);
};

/**
 * "congelar cuentas", "froze assets": a verbal trigger that holds its own object, past the verb, in a noun of things
 * owned (accounts, assets, funds) that is no actor phrase.
 */
export function ownThingObject(a: AnalyzedSentence, trigger: { first: number; tokens: readonly number[] }, g: Grammar): boolean {
  const object = trigger.tokens.at(-1);
  if (object === undefined || object <= trigger.first || a.phrases.some((p) => p.first <= object && object < p.last)) return false;
  return inGrammar(g, "owned_things", a.sentence.tokens[object]!.norm);
}

// Words between an offer and what it offers: an article, an amount ("a $5 million reward").
const OFFER_SPAN = 5;

/**
 * "The State Department offered rewards of up to $5 million for information", "ofrece una recompensa de 500 mil
 * pesos": a verbal trigger whose object, within a few words and before any actor, is offered to whoever comes forward
 * (grammar public_offer_objects). Such an offer has no recipient in the story.
 */
export function publicOfferObject(a: AnalyzedSentence, trigger: { last: number }, g: Grammar): boolean {
  const toks = a.sentence.tokens;
  for (let k = trigger.last; k < Math.min(toks.length, trigger.last + OFFER_SPAN); k++) {
    if (a.phrases.some((p) => p.first <= k && k < p.last) || /^[.;:,]$/.test(toks[k]!.text)) return false;
    if (inGrammar(g, "public_offer_objects", toks[k]!.norm)) return true;
  }
  return false;
}

/**
 * "El gobierno de Texas defendió la medida", "Trump defendió la medida", "the government defended the ban": a verbal
 * trigger ending in a noun of a measure (grammar own_act_nouns) after the definite article, with no owner after it
 * ("el derecho de Israel"), defends the subject's own measure.
 */
export function unownedMeasure(a: AnalyzedSentence, trigger: { last: number }, g: Grammar): boolean {
  const toks = a.sentence.tokens;
  const noun = toks[trigger.last - 1];
  if (!noun || !inGrammar(g, "own_act_nouns", noun.norm) || !inGrammar(g, "object_articles", toks[trigger.last - 2]?.norm ?? "")) return false;
  return !inGrammar(g, "of_preps", toks[trigger.last]?.norm ?? "");
}

// How far past the trigger the noun of a request may stand ("rejected a fresh offer from Kabul"), and how many words of
// its own complement may come between it and whoever made it ("spurned repeated offers for peace talks by the
// government").
const REQUEST_NOUN_REACH = 3;
const REQUEST_COMPLEMENT = 4;
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * "rejected requests from two Mexican airlines", "rechazó la solicitud de dos aerolíneas mexicanas": a trigger ending in
 * a noun of a request or offer (grammar request_nouns), then a requester preposition and an actor phrase: who asked,
 * whom the answer is aimed at. Returns that phrase, or undefined.
 * The noun may also follow the trigger past a few words of its own ("rejected a fresh offer from…"), and the
 * preposition may follow a short complement of the noun ("spurned repeated offers for peace talks by the government").
 */
export function requesterAfter(a: AnalyzedSentence, trigger: { last: number }, g: Grammar): ActorPhrase | undefined {
  const toks = a.sentence.tokens;
  const plain = (k: number) => LOWER_WORD.test(toks[k]?.text ?? "") && toks[k]!.pos !== "VERB" && toks[k]!.pos !== "AUX" &&
    !inGrammar(g, "clause_breaks", toks[k]!.norm) && !a.phrases.some((p) => p.first <= k && k < p.last);
  let noun = trigger.last - 1;
  for (let k = trigger.last; !inGrammar(g, "request_nouns", toks[noun]?.norm ?? ""); k++) {
    if (k >= trigger.last + REQUEST_NOUN_REACH || !plain(k)) return undefined;
    noun = k;
  }
  let prep = noun + 1;
  while (!inGrammar(g, "requester_preps", toks[prep]?.norm ?? "")) {
    // (A complement opens on a preposition: "offers for peace talks", not "the offer Kabul made".)
    if (prep - noun > REQUEST_COMPLEMENT || !plain(prep) || (prep === noun + 1 && toks[prep]!.pos !== "ADP")) return undefined;
    prep++;
  }
  return a.phrases.find((p) => !p.anaphor && p.first > prep && p.first <= prep + 2 &&
    toks.slice(prep + 1, p.first).every((t) => inGrammar(g, "determiners", t.norm) || isCount(g, t.norm)));
}
