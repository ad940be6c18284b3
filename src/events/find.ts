import type { Grammar, LanguagePack } from "../data/knowledge.js";
import { beforeDeterminers, endsIn, endsInAfter, endsWithPhrase, has, hasList, isCount, isFiniteVerb, reflexiveClaim } from "../data/grammar.js";
export { isFiniteVerb } from "../data/grammar.js";
import type { ActorPhrase } from "../model/actor.js";
import { isReciprocal, type Token } from "../model/token.js";
import { apologizedFor, countedByOrdinal, countedTotal, describedRecord, entitledAct, freeRelative, ongoingTalks, possessedAct, sinceBackground, spannedAct, topicOfDispute, travelIn } from "./background.js";
import { lemmasOf, type RuleMatch } from "./rules.js";

/** A trigger that survived the modality checks, with what the grammar says about it. */
export interface Trigger extends RuleMatch {
  readonly future: boolean;
  readonly passive: boolean;
  /** A verb rule met in a noun's place ("las protestas", "the attack"): its arguments are a noun's. */
  readonly nominal: boolean;
  /** "condemned the strike": the type of the event its object refers back to. */
  readonly refers?: string;
  /** "acusó a los detenidos": the object names the people that event befell (a participle as a noun), not the act. */
  readonly undergoers?: boolean;
  /** "el arancel que Washington impuso": where the phrase of a nominal's relative-clause subject starts. */
  readonly agentAt?: number;
  /** "slammed the deal as a surrender": what a judgement frames its object as; content, no act (drop.judged-as). */
  readonly judged?: boolean;
  /** "Es la quinta masacre del año": the act counted in a copula's predicate, one the story told (drop.act-told-before). */
  readonly counted?: boolean;
  /** "La captura se logró gracias a…": an act's noun after a definite article, with no party of its own, refers back
   * to the act of its type an earlier sentence told (merge.anaphor). */
  readonly anaphoric?: boolean;
}

/** Does any one- to four-word phrase of `key` occur in these tokens (given nearest first)? */
export function hasPhrase(g: Grammar, key: string, nearestFirst: readonly Token[]): boolean {
  const set = g.get(key);
  if (!set) return false;
  const heads = phraseHeads(set);
  // Word i in text order is nearestFirst[last - i].
  const last = nearestFirst.length - 1;
  for (let i = 0; i <= last; i++) {
    let phrase = nearestFirst[last - i]!.norm;
    if (set.has(phrase)) return true;
    // Longer phrases only from a word that opens one.
    if (!heads.has(phrase)) continue;
    for (let n = 1; n < 4 && i + n <= last; n++) {
      phrase = `${phrase} ${nearestFirst[last - i - n]!.norm}`;
      if (set.has(phrase)) return true;
    }
  }
  return false;
}

// The first words of a list's phrases of several words, once per list.
const headCache = new WeakMap<ReadonlySet<string>, Set<string>>();
function phraseHeads(set: ReadonlySet<string>): Set<string> {
  let heads = headCache.get(set);
  if (!heads) {
    heads = new Set();
    for (const p of set) if (p.includes(" ")) heads.add(p.slice(0, p.indexOf(" ")));
    headCache.set(set, heads);
  }
  return heads;
}
// Acts that, reported as intended with "would" ("said it would release the prisoners"), are promised: cooperation
// becomes AGREE and a concession CONCEDE (plover.json future; GUIDELINES: a promised release or easing is CONCEDE).
const PROMISABLE = new Set(["CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"]);
// Tags of the words that open a noun phrase a participle may modify ("the", "26", "for", "investigate …") and of the
// words it may modify (universal POS tags, as the tagger gives them).
const ATTRIBUTIVE_AFTER = new Set(["DET", "NUM", "ADP", "VERB"]);
const MODIFIED = new Set(["NOUN", "PROPN", "ADJ"]);
const MEANS = new Set(["SUPPORT", "COOPERATE", "AID"]);
// "con (el) apoyo de", "with the help of", "en coordinación con": a preposition of means right before the noun.
function meansBefore(tokens: readonly Token[], i: number, g: Grammar): boolean {
  const k = beforeDeterminers(g, tokens, i);
  return k >= 0 && i - k <= 4 && has(g, "means_preps", tokens[k]!.norm);
}
// Acts whose refusal for the future is an event of its own (REJECT): yielding, help, and talks ("will not hold talks
// with the rebels" rejects a meeting, CAMEO 125).
const REFUSABLE = new Set(["RETREAT", "AID", "COOPERATE", "CONSULT"]);
// The CAMEO code of an agreement settled (reached, struck, signed: SUPPORT). Negated, like a negated AGREE, it is a
// refusal or a failure to agree, an event of its own (REJECT): "failed to reach agreement on the border".
const AGREEMENT_CAMEO = "057";
// "said they would boycott the elections": a protest told with a modal is a threat to protest, too.
const THREAT_IF_MODAL = new Set(["SANCTION", "ASSAULT", "COERCE", "PROTEST"]);
const OPENING_QUOTES = new Set(["“", "«", "\""]);
// Punctuation that closes a clause, for ruledOutAfter.
const CLAUSE_STOPS = new Set([",", ";", ":", ".", "!", "?"]);
const CLAUSE_PUNCT = new Set([";", ":", "“", "”", "\"", "«", "»", "(", ")", "—"]);

// A conditional verb ("detendría") is hypothetical; a synthetic future ("enviará") makes cooperation a promise. Read
// on the written form (the pack's suffix_conditional and suffix_future): folding would confuse "enviará" with the
// subjunctive "enviara".

// A quotation opened right before token `i` that closes within four words: a quoted word or two, not a quoted speech.
function scareQuoted(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) if (tokens[k]!.text === "”" || tokens[k]!.text === "»" || tokens[k]!.text === "\"") return true;
  return false;
}

/** Tokens before `i` back to the start of its clause, nearest first (at most `max`). */
export function leftContext(tokens: readonly Token[], i: number, g: Grammar, max = 5): Token[] {
  const out: Token[] = [];
  for (let k = i - 1; k >= 0 && out.length < max; k--) {
    const t = tokens[k]!;
    // "did not, however, contain any condemnation": an adverb set off by commas does not end the clause.
    if (t.text === "," && has(g, "parenthetical_adverbs", tokens[k - 1]?.norm) && tokens[k - 2]?.text === ",") {
      k -= 2;
      continue;
    }
    // "will not “back down”", "vowed not to 'bow'": words quoted within a clause (closed a few words on) do not end it.
    if (k === i - 1 && OPENING_QUOTES.has(t.text) && k > 0 && !CLAUSE_PUNCT.has(tokens[k - 1]!.text) && tokens[k - 1]!.text !== "," && scareQuoted(tokens, i)) continue;
    if (CLAUSE_PUNCT.has(t.text) || t.text === "," || has(g, "clause_breaks", t.norm)) break;
    out.push(t);
  }
  return out;
}

/**
 * The subordinator that opens the clause of the word at i, with the three words before it (nearest first), when one
 * does within twelve words: "Se espera que [el canciller chino] viaje" → que, espera, se.
 */
function clauseOpener(tokens: readonly Token[], i: number, g: Grammar): { at: number; words: Token[] } | null {
  const at = i - leftContext(tokens, i, g, 12).length - 1;
  const t = tokens[at];
  if (!t || !has(g, "clause_breaks", t.norm)) return null;
  return { at, words: tokens.slice(Math.max(0, at - 3), at + 1).reverse() };
}

/**
 * The left context of the clause of an inflected verb (`lemmas[0]` is not its form) told after a coordinator: the words
 * before the coordinator belong to the clause before it, and a modal or negator there takes a bare verb, not this one.
 * "said Sweden would not tolerate sabotage and thanked NATO", "did not attend the meeting and urged protesters…", "the
 * talks had failed and urged…", "warned that police would enforce the law and urged…"; "did not condemn and reject",
 * "would impose tariffs and suspend aid" (bare forms) stay in the reach of what comes before.
 */
function ownClauseLeft(tokens: readonly Token[], i: number, m: RuleMatch, phrases: readonly ActorPhrase[], g: Grammar, left: Token[]): Token[] {
  const anchor = tokens[i]!;
  if (m.rule.pos !== "verb" || m.first !== i || anchor.lemmas[0] === anchor.norm) return left;
  // (A participle with no object after it may still hang on an auxiliary or copula before the coordinator: "will be
  // detained and prosecuted", "resultaron arrestadas y heridas".)
  // (An object right after the verb or after the words of its pattern: "urged the protesters", "called on all parties".)
  const objectAt = (k: number) => phrases.some((p) => p.first === k) || ["determiners", "object_markers", "stance_content_openers"].some((key) => has(g, key, tokens[k]?.norm));
  const object = objectAt(i + 1) || objectAt(m.last);
  if (isParticiple(anchor, g) && !object) return left;
  const at = left.findIndex((t) => has(g, "coordinators", t.norm));
  return at < 0 ? left : left.slice(0, at);
}

/**
 * Find event triggers in a sentence: rule matches outside actor names, minus negated and hypothetical ones.
 * @example "no se reunió con" → none; "enviará ayuda" → AID marked future
 */
export function findTriggers(tokens: readonly Token[], phrases: readonly ActorPhrase[], pack: LanguagePack): Trigger[] {
  const inActor = new Array<boolean>(tokens.length).fill(false);
  for (const p of phrases) for (const m of p.parts) for (let k = m.first; k < m.last; k++) inActor[k] = m.kind !== "role";
  // Words of an actor other than a bare adjective of nationality or a country ("military", "Taliban", "Hamas").
  const heads = new Array<boolean>(tokens.length).fill(false);
  for (const p of phrases) for (const m of p.parts) for (let k = m.first; k < m.last; k++) if (m.kind !== "demonym" && m.kind !== "country") heads[k] = true;
  // (…and the words of a nationality, which may stand before an act's noun as its doer: "in Israeli strikes".)
  const demonyms = new Array<boolean>(tokens.length).fill(false);
  for (const p of phrases) for (const m of p.parts) for (let k = m.first; k < m.last; k++) if (m.kind === "demonym") demonyms[k] = true;
  const used = new Array<boolean>(tokens.length).fill(false);
  const out: Trigger[] = [];
  const present = lemmasOf(tokens);
  // "gathered outside the Georgian parliament": a pattern's last word may be the head of a state body's name, which
  // is then also whom the act addresses.
  const bodyHeads = new Set<number>();
  for (const p of phrases) for (const m of p.parts) if (m.kind === "institution") bodyHeads.add(m.last - 1);
  // "Venezuela freed six Americans": so may a nationality that stands for counted people, who are then whom it befalls.
  for (const p of phrases) if (p.actor.sector === CIVILIANS && p.parts.length && p.parts.every((m) => m.kind === "demonym")) bodyHeads.add(p.last - 1);
  // "repealed the Israel Boycott Law", "derogó la Ley de Boicot": so may a word that qualifies the head of a thing's name
  // (a law, a treaty: the pack's name_thing_last and name_thing_first), which names what the act is about and no party.
  // The head itself too ("suspended the Indus Waters Treaty", "firmaron el Acuerdo de Escazú"), where the name is the
  // verb's own object, only determiners between ("firmaron ayer sobre el Tratado de 1944": the treaty is a topic).
  const thingHeads = new Map<number, number>();
  for (const p of phrases) {
    if (!p.parts.length || !p.parts.every((m) => m.kind === "name")) continue;
    const [from, to] = [p.parts[0]!.first, p.parts.at(-1)!.last];
    if (has(pack.grammar, "name_thing_last", tokens[to - 1]?.norm)) {
      for (let k = from; k < to - 1; k++) bodyHeads.add(k);
      thingHeads.set(to - 1, from);
    } else if (has(pack.grammar, "name_thing_first", tokens[from]?.norm)) {
      for (let k = from + 1; k < to; k++) bodyHeads.add(k);
      thingHeads.set(from, from);
    }
  }
  const objectHead = (ks: readonly number[]): boolean => {
    const head = thingHeads.get(ks.at(-1)!);
    if (head === undefined || ks.length < 2) return false;
    for (let k = ks.at(-2)! + 1; k < head; k++) if (!has(pack.grammar, "determiners", tokens[k]!.norm)) return false;
    return true;
  };
  // "sin embargo" (however): the words of a fixed expression (grammar fixed_expressions) are no act's, in any pattern.
  const fixed = fixedWords(tokens, pack.grammar);
  const open = (k: number, last: boolean) => !used[k] && !fixed?.[k] && (!inActor[k] || (last && bodyHeads.has(k)));
  const free = (ks: readonly number[]): boolean => ks.every((k, j) => open(k, j === ks.length - 1) || (j === ks.length - 1 && !used[k] && objectHead(ks)));
  const s: Scan = { tokens, phrases, pack, inActor, heads, demonyms, used, out, present, conditionalThreat: false, arrestTold: false, topicEnd: -1 };
  for (let i = 0; i < tokens.length; i++) {
    if (inActor[i] || used[i] || s.conditionalThreat) continue;
    const m = perfectParticiple(tokens, i, pack.rules.matchAt(tokens, i, pack.grammar, free, present), (masked) => pack.rules.matchAt(masked, i, pack.grammar, free, present), pack.grammar);
    if (m && free(m.tokens)) triggerAt(s, i, m);
  }
  return out;
}

/**
 * The list of fixed expressions whose words tell no act in any pattern: "sin embargo" (however). (A verb's form that
 * with the next word makes an adjective, "close to", is adjectival_verb_forms: the verb may still be a pattern's later
 * word, "gathered close to the parliament".)
 */
const FIXED_EXPRESSIONS = "fixed_expressions";

/** Per token, whether it is a word of one of the pack's fixed expressions of two to four words; none where no such. */
function fixedWords(tokens: readonly Token[], g: Grammar): boolean[] | undefined {
  const set = g.get(FIXED_EXPRESSIONS);
  if (!set) return undefined;
  const heads = phraseHeads(set);
  let out: boolean[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let phrase = tokens[i]!.norm;
    if (!heads.has(phrase)) continue;
    for (let n = 1; n < 4 && i + n < tokens.length; n++) {
      phrase = `${phrase} ${tokens[i + n]!.norm}`;
      if (!set.has(phrase)) continue;
      out ??= new Array<boolean>(tokens.length).fill(false);
      for (let k = i; k <= i + n; k++) out[k] = true;
      break;
    }
  }
  return out;
}

/** Most words between a resignation and the relative clause's verb that accepts it ("su renuncia irrevocable, que fue aceptada"). */
const RESIGNATION_REACH = 6;

/**
 * Is the verb at i one of accepting (grammar accepting_verbs) whose object is a resignation (resignation_nouns): after
 * it past determiners ("aceptó la renuncia"), or before it with a relative word between ("su renuncia, que fue aceptada")?
 */
function acceptedResignation(tokens: readonly Token[], i: number, g: Grammar): boolean {
  if (!tokens[i]!.lemmas.some((l) => has(g, "accepting_verbs", l))) return false;
  let k = i + 1;
  while (has(g, "determiners", tokens[k]?.norm)) k++;
  if (has(g, "resignation_nouns", tokens[k]?.norm)) return true;
  let relative = false;
  for (k = i - 1; k >= 0 && k >= i - RESIGNATION_REACH; k--) {
    const t = tokens[k]!;
    if (has(g, "resignation_nouns", t.norm)) return relative;
    if (has(g, "relatives", t.norm)) relative = true;
    else if (t.pos === "VERB") return false;
  }
  return false;
}

/** Most words between force used and "para dispersar" that tells what it did. */
const MEANS_REACH = 6;

/** Tags of the word before an adjective that stands before its noun (a tagger's; untagged words have none). */
const ATTRIBUTIVE_BEFORE = new Set(["DET", "ADP", "SCONJ"]);
/** The tagger's tag of a common noun. */
const NOUN_TAG = "NOUN";

/** Is token i a regular participle set as an adjective: after a determiner, a preposition or a subordinator (tagged)? */
const attributiveParticiple = (tokens: readonly Token[], i: number, g: Grammar): boolean =>
  ATTRIBUTIVE_BEFORE.has(tokens[i - 1]?.pos ?? "") && endsIn(g, "suffix_regular_participle", tokens[i]!.norm);

/**
 * An act counted vaguely over a span told is a total, not an event (GUIDELINES: totals and habits are not coded):
 * "has held several calls with Trump since he returned…", "ha sostenido varias llamadas desde…" (meetings and calls,
 * whose pattern ends on the counted noun: "lo acusa de varios delitos" counts one act's charges, and "has held several
 * meetings in Baghdad to…" with no span may be the week's news); "Tehran has detained several tankers in the area
 * since 2023" (any act in the perfect, its vague count on the object).
 */
function toldAsTotal(tokens: readonly Token[], i: number, m: RuleMatch, g: Grammar): boolean {
  const vague = (t: Token | undefined) => has(g, "object_vague_counts", t?.norm);
  const spanWithin = (n: number) => tokens.slice(m.last, m.last + n).some((t) => has(g, "total_span_openers", t.norm));
  if (m.rule.type === "CONSULT" && vague(tokens[m.last - 2]) && spanWithin(6)) return true;
  return has(g, "total_perfect_auxiliaries", tokens[i - 1]?.norm) && [tokens[m.last - 2], tokens[m.last], tokens[m.last + 1]].some(vague) && spanWithin(8);
}

/** What findTriggers keeps while it reads a sentence from left to right. */
interface Scan {
  readonly tokens: readonly Token[];
  readonly phrases: readonly ActorPhrase[];
  readonly pack: LanguagePack;
  /** Per token: inside an actor's name; a word of an actor's head; a word of a nationality; taken by a trigger. */
  readonly inActor: boolean[];
  readonly heads: boolean[];
  readonly demonyms: boolean[];
  readonly used: boolean[];
  /** The triggers so far. */
  readonly out: Trigger[];
  readonly present: ReadonlySet<string>;
  /** "advirtió que, si pierde, Washington no será generoso": what follows a warning's condition is the threat's
   * content, not events of its own. */
  conditionalThreat: boolean;
  /** Whether an arrest was told before in the sentence, kept up as triggers are added (linear on a run-on text). */
  arrestTold: boolean;
  /** Where the last topic of talks or a deal ended (topicOfTalks), for a second one coordinated with it. */
  topicEnd: number;
}

/** The match `m` at token `i` as a trigger, with its modality, added to `s.out`; none where it is no act told. */
function triggerAt(s: Scan, i: number, m: RuleMatch): void {
  const { tokens, phrases, pack, heads, demonyms, inActor, used, out, present } = s;
  // "advirtió que Rusia podría atacar", "warned that Russia could strike": a warning pattern whose gap opens a clause
  // with a subject of its own joins two acts of two doers; the clause's verb is matched on its own. (A request's
  // content is the other's to do: "demanded that Hamas renounce…" stays one act.)
  if (m.rule.type === "THREATEN" && m.tokens.length > 1 && opensOtherSubject(tokens, m.first, m.last, phrases, pack.grammar)) return;
  const g = pack.grammar;
  // "26 alleged members of the gang", "arrested for alleged money laundering": a charge's participle inside a noun
  // phrase reports what someone is charged with; nobody accuses anyone here (the verb: "the opposition alleged fraud").
  if (m.rule.type === "ACCUSE" && m.tokens.length === 1 && isParticiple(tokens[i]!, g) && ATTRIBUTIVE_AFTER.has(tokens[i - 1]?.pos ?? "") && MODIFIED.has(tokens[i + 1]?.pos ?? "")) return;
  // "las FARC se atribuyeron el ataque": a reflexive verb of claiming is no accusation; the act it names is the
  // claimant's own (decision source.claimed-act).
  if (m.rule.pos === "verb" && reflexiveClaim(g, tokens, i)) return;
  // "near Tillaberi, close to the border", "close to a third of the capital": a verb's written form that with the
  // word after it makes an adjective or a degree word reports no act.
  if (m.rule.pos === "verb" && has(g, "adjectival_verb_forms", `${tokens[i]!.norm} ${tokens[i + 1]?.norm}`)) return;
  // "presentó su renuncia, que fue aceptada", "aceptó la dimisión del ministro": accepting a resignation closes the
  // resignation told; it is no agreement of its own.
  if (m.rule.type === "AGREE" && m.tokens.length === 1 && acceptedResignation(tokens, i, g)) return;
  // "held lengthy surrender talks", "signed the surrender order": an act's bare word before a noun it qualifies names
  // what the talks or the paper are about; nobody has surrendered.
  if (m.rule.pos === "verb" && m.tokens.length === 1 && tokens[i]!.lemmas.includes(tokens[i]!.norm) && has(g, "act_qualified_heads", tokens[i + 1]?.norm)) return;
  m.tokens.forEach((k) => (used[k] = true));
  // "in exchange for deported Venezuelans", "relatives of detained protesters": a participle set as an adjective before
  // the people it befell (after a determiner or a preposition, as a tagger marks them) tells their state, not an act.
  if (m.tokens.length === 1 && m.rule.pos === "verb" && attributiveParticiple(tokens, i, g) && phrases.some((p) => p.first === i + 1 && !p.anaphor)) return;
  // "offered to hand over", "agreed to share information", "amenazó con imponer aranceles": what a stance is
  // about is its content, not a second event.
  // …but a verb's noun that a rejection is about ("rechazó las sanciones que Estados Unidos impuso"), asserted by a
  // relative clause with its own doer, is an act of its own, as a noun rule's is below ("insisted on its demands that
  // the government grant…" asks for what has not happened).
  // "tensions over threatened strikes on cartels", "the promised aid": a participle set as an adjective before the
  // pattern's own noun tells the act as a noun (the strikes that were threatened): its doer is not the clause's subject.
  const nominal = isNominal(tokens, i, m.rule, g, heads, demonyms) ||
    (m.rule.pos === "verb" && m.tokens[1] === i + 1 && tokens[i + 1]?.pos === NOUN_TAG && attributiveParticiple(tokens, i, g));
  // "las entregas saldrán sobre todo de presas de Tamaulipas": a noun's complement does not lie past the verb of its
  // clause; a pattern whose gap runs across a finite verb after its noun joins words of two phrases.
  if (nominal && m.rule.pos === "verb" && gapHoldsVerb(tokens, m.tokens, g)) return;
  const asserted = nominal && !PROPOSALS.has(out.at(-1)?.rule.type ?? "") && relativeSubject(tokens, m.last, phrases, g) !== undefined;
  // "approved a resolution condemning…", "adoptó una declaración condenando…": a document does what its participle says
  // on behalf of whoever adopts it; the adoption is that act, not an endorsement of its own (GUIDELINES: a resolution
  // that condemns is ACCUSE).
  const documented = m.rule.pos === "verb" && has(g, "document_nouns", tokens[i - 1]?.norm) && endsIn(g, "suffix_gerund", tokens[i]!.norm);
  if (documented && out.at(-1)?.rule.type === "SUPPORT" && i - out.at(-1)!.last <= 3) out.pop();
  else if (m.rule.pos === "verb" && contentOfStance(tokens, i, out, g, nominal, m.rule.type) && !asserted) return;
  // "accused Darfur rebels of violating a month-old ceasefire": an act noun inside what is alleged is no act either.
  if (m.rule.pos !== "verb" && insideAccusation(tokens, i, out, g, true)) return;
  // "a man convicted of murder", "condenado por el asesinato de…", "convicted of killing two officers": what someone
  // is charged with or convicted of is the charge's content, not an act this report tells.
  if (chargedWith(tokens, i, g)) return;
  // "provided $1.7 billion in humanitarian assistance to support Syrian refugees": support as the aim of aid just
  // told is what the aid is for, no political backing of its own.
  if (m.rule.type === "SUPPORT" && m.rule.pos === "verb" && aimOfAid(tokens, i, out, g)) return;
  // "after a week of unrest", "tras las protestas": the background an event follows, unless the text dates the
  // event by it ("un día después de la llamada") or names its parties.
  // …and one owned by a possessive ("tras su visita a Washington") is recalled, known to the reader, even with its
  // parties named.
  if (nominal && afterBackground(tokens, i, g) && (!namesParties(tokens, m.last, g) || possessedAct(tokens, i, g))) return;
  // "since a truce brokered by Qatar", "desde la tregua": the point a span of time is counted from is background.
  if (nominal && sinceBackground(tokens, i, m.last, g)) return;
  // "responderá a cualquier sanción de Washington", "warned it would answer any new tariffs", "posibles sanciones": an act
  // noun that a free-choice or possibility word qualifies names no act that happened (the pack's unreal_modifiers).
  if (nominal && unrealAct(tokens, i, g)) return;
  // "differences remain over the U.S. tariff": what a dispute is about is no act of the day.
  if (nominal && topicOfDispute(tokens, i, g, inActor)) return;
  // "negotiations on a ceasefire", "a deal for a ceasefire and the release of hostages": what talks or a deal told as a
  // noun are about is their topic, not an act that happened.
  if ((nominal || tokens[i]!.pos === "NOUN") && discussedTopic(tokens, i, g)) return;
  if (nominal && topicOfTalks(tokens, i, out, g, s.topicEnd)) {
    s.topicEnd = m.last;
    return;
  }
  // "slammed the deal as a surrender", "criticó el acuerdo como una rendición": what a judgement frames its object as
  // is the judgement's content, not an act. It stays a trigger, so that the judgement's arguments stop where they
  // did ("slammed the budget as a surrender to the IMF" is not aimed at the IMF); decision drop.judged-as drops it.
  const judged = (nominal || tokens[i]!.pos === "NOUN") && judgedAs(tokens, i, out, g);
  if (partOfProtest(tokens, i, m.rule, out, g, nominal)) return;
  // "abandona el organismo como protesta por…", "paralizaron sus actividades en rechazo a las extorsiones": a protest
  // noun after "como" (frame_preps), or a rejection noun after "como" or "en", frames the act before it; it is no act
  // of its own. "En protesta" is left to partOfProtest: "impidieron la entrada … en protesta contra el proyecto" and
  // force used "como protesta" ("quemaron patrullas") are the protest itself.
  const before = tokens[i - 1]?.norm;
  const forceBefore = out.length > 0 && (out.at(-1)!.rule.type === "ASSAULT" || out.at(-1)!.rule.type === "COERCE");
  const framedProtest = m.rule.type === "PROTEST" && !forceBefore && has(g, "frame_preps", before);
  const framedRejection = m.rule.type === "REJECT" && (has(g, "frame_preps", before) || has(g, "inside_preps", before));
  if (out.length && (framedProtest || framedRejection) && !endsIn(g, "suffix_infinitive", tokens[i]!.norm) && !endsIn(g, "suffix_gerund", tokens[i]!.norm)) return;
  // "trasladó a los reos con apoyo de la Marina", "In cooperation with its partners, USAID provided…": help told as
  // the means of another act names who took part in it; it is no act of support of its own.
  // (Not a joint operation named by its own two words: "desarticuló una red … en una operación coordinada con la DEA"
  // is police cooperation between states, PLOVER COOPERATE, as dev-es es-d10 codes it; its doer is the clause's
  // subject, decision source.joint-operation.)
  const jointOperation = m.rule.type === "COOPERATE" && !!m.rule.symmetric && has(g, "operation_nouns", tokens[i]!.norm);
  if (nominal && MEANS.has(m.rule.type) && !jointOperation && meansBefore(tokens, i, g)) return;
  // "rechazó las amenazas de Trump", "condemned the strike": a nominal event that is the object of another event
  // is a reference to it, not a new event, unless a relative clause asserts it with its own doer ("rechazó el
  // arancel que Washington impuso ayer").
  const agentAt = nominal ? relativeSubject(tokens, m.last, phrases, g) : undefined;
  // …or one whose relative clause tells whom it struck ("denounced Israeli airstrikes that targeted Hamas leaders").
  const struck = nominal && has(g, "relatives", tokens[m.last]?.norm) && !!tokens[m.last + 1]?.lemmas.some((l) => has(g, "striking_verbs", l));
  if (nominal && agentAt === undefined && !struck && objectOfTrigger(tokens, i, out, g)) {
    // "acusó a los detenidos", "liberaron a los secuestrados": a verb's participle standing as a noun names the
    // people it befell ("el atentado", a noun of its own, is the act).
    const people = m.rule.pos === "verb" && endsIn(g, "suffix_participle", tokens[m.last - 1]!.text.toLowerCase(), true);
    out[out.length - 1] = { ...out.at(-1)!, refers: m.rule.type, ...(people ? { undergoers: true } : {}) };
    return;
  }
  // "pidió perdón por las masacres de la conquista", "apologized for the killings": what an apology is for is a past act.
  if (nominal && agentAt === undefined && apologizedFor(tokens, i, g)) return;
  // "pidieron a la Secretaría apoyos para…", "offered Kyiv more military aid", "amenazó con sanciones": what is
  // asked, offered or threatened, told as a noun, is the stance's content, not an act that happened.
  // Not a noun of cause or background: "pidió explicaciones por la detención de…", "agreed … after a meeting between…".
  if (nominal && agentAt === undefined && PROPOSALS.has(out.at(-1)?.rule.type ?? "") && !causeOrBackground(tokens, i, g) && contentOfStance(tokens, i, out, g)) return;
  // A word of a name is no auxiliary: "Theresa May held talks" is no "may hold talks".
  const left = ownClauseLeft(tokens, i, m, phrases, g, leftContext(tokens, i, g).filter((t) => !inActor[tokens.indexOf(t)]));
  const anchor = tokens[i]!;
  // "Si Rusia ataca a Polonia, la OTAN responderá", "if Iran strikes…", "decidirá si impone aranceles": an act in a
  // condition or an indirect question is neither done nor threatened by its doer ("si bien", "although", is no condition).
  // (Nor is emphatic "sí", folded to "si": "Estados Unidos sí atacó", nor a reciprocal written without its accent.)
  const noCondition = (t: Token) => has(g, "conditions", t.norm) && (!has(g, "conditions:written", t.text.toLowerCase()) ||
    has(g, "not_conditions", `${t.norm} ${tokens[tokens.lastIndexOf(t, i) + 1]?.norm}`) || isReciprocal(tokens, tokens.lastIndexOf(t, i), g.get("reciprocals")));
  if (left.some((t) => has(g, "conditions:written", t.text.toLowerCase()) && !noCondition(t))) return;
  // "did not say whether Washington would lift sanctions", "unclear whether Russia attacked the convoy": an act in an
  // open question is neither told nor refused, nor threatened or promised.
  if (left.some((t) => has(g, "question_openers", t.norm))) return;
  // "tries to head off new U.S. tariffs", "to forestall more violence", "to prevent a civil war": an act told as a
  // noun that a verb of prevention governs is one that has not happened.
  if ((nominal || anchor.pos === "NOUN") && hasPhrase(g, "preventive_verbs", left)) return;
  // The words that open the act's clause, up to its subordinator ("…hasta que", "…unless", "se espera que").
  const opener = clauseOpener(tokens, i, g);
  // "mantendrá a su embajador hasta que Venezuela acepte liberar…", "unless Iran agrees to…": an act in a clause of
  // a pending condition has not happened, unless the clause tells it in the past ("until the government agreed").
  if (opener && hasPhrase(g, "pending_clauses", opener.words) && !tokens.slice(opener.at + 1, i + 1).some((t) => endsIn(g, "suffix_past", t.text.toLowerCase(), true))) return;
  // "para evitar que el gobierno firme el tratado", "impidieron que la caravana cruzara": an act in the clause a verb of
  // prevention opens has not happened.
  if (opener && has(g, "stance_content_openers", opener.words[0]?.norm) && has(g, "preventive_verbs", opener.words[1]?.norm)) return;
  // "organizaciones no gubernamentales y confiscó…", "the non-aggression pact": a negator inside a compound noun or
  // adjective negates no act.
  const compound = (t: Token) => has(g, "negation_compounds", `${t.norm} ${tokens[tokens.lastIndexOf(t, i) + 1]?.norm}`);
  // "said lifting the ban is out of the question", "dijo que levantar la prohibición está descartado": an act told as
  // the subject (a gerund, an infinitive, a noun) of a predicate that rules it out is refused, not done.
  const ruledOut = (nominal || endsIn(g, "suffix_gerund", anchor.norm) || endsIn(g, "suffix_infinitive", anchor.norm)) && ruledOutAfter(tokens, m.last, g);
  const negated = ruledOut || hasPhrase(g, "negators", left.filter((t) => !compound(t))) || left.some((t) => endsIn(g, "suffix_negation", t.norm) || t.lemmas.some((l) => has(g, "negating_verbs", l)));
  // "has repeatedly rejected", "has long pressed", "ha criticado en el pasado": a habit or a stance held over time is
  // background, not an event of the day.
  // "would keep talking with U.S. officials": talks under way go on, no act of the day.
  if (m.rule.pos === "verb" && m.rule.type === "CONSULT" && ongoingTalks(tokens, i, g)) return;
  // "248 fishermen had been arrested since the start of last year": people counted over a span are a total.
  if (m.rule.pos === "verb" && countedTotal(tokens, i, m.last, g)) return;
  // "la UE financia desde 2024 un programa", "Desde 2024, el país ha deportado a más de…": an act in the clause of a
  // span counted from a point in time is a state, a habit or a total over the span.
  if (m.rule.pos === "verb" && spannedAct(tokens, i, m.last, g)) return;
  // "quien corta la calle va preso", "a quienes atentaron contra el orden": a free relative's act describes a kind of doer.
  if (m.rule.pos === "verb" && freeRelative(tokens, i, g) >= 0) return;
  // "Blessed Geza, who has called on the president to step down": a person's record, told to introduce them.
  if (m.rule.pos === "verb" && describedRecord(tokens, i, g)) return;
  // "hombres que se movilizaban en una motocicleta": moving in a vehicle is travel, no march.
  if (m.rule.pos === "verb" && m.rule.type === "PROTEST" && travelIn(tokens, i, m.last, g)) return;
  // "guarantees the right to seek asylum", "a law that allows police to search homes": a kind of act, none done.
  if (m.rule.pos === "verb" && entitledAct(tokens, i, g)) return;
  if (m.rule.pos === "verb" && (hasPhrase(g, "habitual_markers", left.slice(0, 3)) || hasPhrase(g, "habitual_markers", tokens.slice(m.last, m.last + 4).reverse()))) return;
  if (m.rule.pos === "verb" && toldAsTotal(tokens, i, m, g)) return;
  // "la guerrilla negó haber atacado", "denied attacking", "descartó que México firme un acuerdo": a denied or
  // ruled-out act is no event ("no descartó atacar" is a threat: a negated denial does not deny).
  if (!negated && (left.slice(0, 3).some((t) => t.lemmas.some((l) => has(g, "denials", l))) || deniedClause(tokens, i, g))) return;
  // "will not accept any tutelage", "no aceptará": refusing to agree is a rejection (CAMEO 12); other negated
  // acts did not happen and are no events.
  // "would not meet the kidnappers' demands": refusing to concede is rejecting too.
  // "will not release the pilots until…", "won't lift the embargo", "will not accept any more refugees": yielding
  // or help refused for the future is a refusal (CAMEO 12), like a negated concession; "did not release" is no event.
  // "no liberará a los rehenes", "nunca los liberará": so is a verb in a synthetic future, the future told by its
  // ending and not by an auxiliary, with the negator right before it (a clitic between): in "no dijo cuántos presos
  // saldrán libres" the negator is another verb's.
  const futureVerb = (t: Token) => endsIn(g, "suffix_future", t.text.toLowerCase(), true) && t.lemmas[0] !== t.norm;
  const negatedFuture = m.rule.pos === "verb" && futureVerb(anchor) && hasPhrase(g, "negators", left.slice(0, 2));
  const refused = negated && REFUSABLE.has(m.rule.type) && (ruledOut || hasPhrase(g, "future", left) || hasPhrase(g, "modals", left) || negatedFuture);
  if (negated && m.rule.type !== "AGREE" && m.rule.type !== "CONCEDE" && m.rule.cameo !== AGREEMENT_CAMEO && !refused) return;
  // "dos personas hermanos entre sí": the reciprocal "sí", folded to "si", is no condition.
  // "hackers may have launched attacks on the grid", "podría haber lanzado ataques": a possibility modal with a perfect
  // right before the verb tells a past act as alleged, like the reportive "habría atacado"; no threat or hypothesis.
  // "Russia would have attacked Kyiv if…", "the strike could have killed dozens": a modal perfect of what did not
  // happen (the pack's `counterfactual_perfects`) tells no act, nor a threat.
  if (allegedPast(left, m.rule.pos, g, "counterfactual_perfects")) return;
  const modal = !allegedPast(left, m.rule.pos, g) && hasPhrase(g, "modals", left.filter((t) => !isReciprocal(tokens, tokens.lastIndexOf(t, i), g.get("reciprocals")) && !noCondition(t)));
  // "would impose tariffs", "podría atacar": a conditional sanction or attack is a threat, other acts are not events.
  // "Mexico would keep collaborating with the United States": cooperation reported as intended is a promise
  // (AGREE), unless it hangs on a condition ("si…", "if…").
  // "a delegation could travel to Doha next week", "Takaichi is expected to travel on to Jakarta": a cooperative act
  // that is only possible, or that others forecast, is neither done nor promised by its doer (a hypothetical).
  if (!negated && PROMISABLE.has(m.rule.type) && hasPhrase(g, "forecast_markers", left)) return;
  const promised = modal && PROMISABLE.has(m.rule.type) && !left.some((t) => has(g, "conditions", t.norm));
  if (modal && !THREAT_IF_MODAL.has(m.rule.type) && !promised) return;
  const written = anchor.text.toLowerCase();
  // "dijo que liberaría a los rehenes", "anunció que enviaría ayuda": a conditional reported right after a verb of
  // speech and its "que" is the future of the past, an intent told, like English "said it would…": promised
  // (PROMISABLE) or, for force, a threat (THREAT_IF_MODAL); other conditionals are hypothetical.
  const conditional = m.rule.pos === "verb" && endsIn(g, "suffix_conditional", written, true);
  const reportedIntent = conditional && opener !== null && has(g, "stance_content_openers", opener.words[0]?.norm) &&
    (opener.words[1]?.lemmas ?? []).some((l) => has(g, "speech", l)) && !left.some((t) => has(g, "conditions", t.norm)) &&
    (PROMISABLE.has(m.rule.type) || THREAT_IF_MODAL.has(m.rule.type));
  if (conditional && !reportedIntent) return;
  // "harán una huelga la próxima semana": a noun under a verb in the future is announced too (futureVerb, above).
  // "analiza los nombres para congelar cuentas", "in order to strike": force or sanctions as an aim are not done yet.
  // (Not dispersing a crowd with force just used: "usó gases lacrimógenos para dispersar a los manifestantes" dispersed them.)
  const aimMarked = endsWithPhrase(g, "purpose_markers", tokens, i);
  const meansUsed = aimMarked && m.rule.mode === "crowd-control" && out.some((o) => o.rule.type === "ASSAULT" && !o.future && i - o.last <= MEANS_REACH);
  const purposed = m.rule.pos === "verb" && FORCE.has(m.rule.type) && aimMarked && !meansUsed;
  // (…and the means and the dispersal are one act, told once, by the dispersal, which names whom it befell.)
  if (meansUsed) {
    for (let k = out.length - 1; k >= 0 && i - out[k]!.last <= MEANS_REACH * 2; k--) if (out[k]!.rule.type === "ASSAULT" && !out[k]!.future) out.splice(k, 1);
  }
  // "viajará a Washington para reunirse con Trump", "will travel to Beijing in order to meet Xi": the aim of an
  // announced act is announced too.
  // So is a bare infinitive of purpose under a future auxiliary: "will travel to Moscow next week to meet Putin", "is
  // expected to fly to Kyiv to sign the deal".
  const aimOfFuture = m.rule.pos === "verb" && (endsWithPhrase(g, "purpose_markers", tokens, i) || has(g, "infinitive_markers", tokens[i - 1]?.norm)) &&
    ((earlier) => earlier.some((t) => t.pos !== "NOUN" && futureVerb(t)) || hasPhrase(g, "future", earlier.slice(1)))(leftContext(tokens, i, g, 12));
  // "retreated from a threat to hit the bloc with tariffs", "its plan to strike the base": force or sanctions an intent
  // noun is aimed at are not done yet.
  const intended = m.rule.pos === "verb" && FORCE.has(m.rule.type) && has(g, "infinitive_markers", tokens[i - 1]?.norm) && has(g, "intent_nouns", tokens[i - 2]?.norm);
  // "announced they will extend the curfew": a pattern that runs across a future auxiliary tells an act to come.
  const gapFuture = FORCE.has(m.rule.type) && hasPhrase(g, "future", tokens.slice(m.first, m.last).filter((_, k) => !m.tokens.includes(m.first + k)).reverse());
  // "anunció una jornada de protesta para el mes próximo", "la huelga programada para el jueves": a protest noun that
  // an announcing verb governs, or that a planning participle dates ahead, is announced, not held (plover.json future).
  const announced = nominal && ANNOUNCEABLE.has(m.rule.type) && (leftContext(tokens, i, g, 8).some((t) => t.lemmas.some((l) => has(g, "announcing_verbs", l))) || plannedAhead(tokens, m.last, g));
  // "Se espera que el canciller viaje a Moscú": an act in a clause that an expectation or a plan opens is to come.
  const expected = !!opener && hasPhrase(g, "future_clauses", opener.words);
  // "volverán a bloquear las rutas", "seguirán marchando": an aspect verb in the future carries the act it governs.
  const aspect = left[0] && has(g, "aspect_links", left[0].norm) ? left[1] : left[0];
  // (…and so does a causative right before the act's infinitive: "la Policía hará cumplir la orden de captura".)
  const carrier = (t: Token) => t.lemmas.some((l) => has(g, "aspect_verbs", l) || (t === left[0] && has(g, "causative_verbs", l)));
  const aspectFuture = m.rule.pos === "verb" && !!aspect && carrier(aspect) && futureVerb(aspect);
  const future = purposed || aimOfFuture || intended || gapFuture || announced || expected || aspectFuture || hasPhrase(g, "future", left) ||
    (m.rule.pos === "verb" && futureVerb(anchor)) ||
    (nominal && left.slice(0, 4).some(futureVerb));
  // "553 people convicted of various crimes": an English participle modifying the noun before it.
  // The sentence's only verb is its main verb: "Thousands of people protested in Santiago".
  // …unless they were arrested in the sentence and are accused ("arrested three men accused of spying").
  const accusedHeld = m.rule.type === "ACCUSE" && s.arrestTold;
  // (The sentence's other verb is its main one only outside a clause opened after the participle: in "the premier
  // of the province called for sanctions after Biden cancelled the pipeline", "cancelled" is no main verb.)
  const opensAfter = (k: number) => k > i && tokens.slice(i + 1, k).some((u) => has(g, "clause_breaks", u.norm));
  const reduced = m.rule.pos === "verb" && endsIn(g, "suffix_reduced_relative", anchor.norm) && tokens[i - 1]?.pos === "NOUN" && has(g, "reduced_relative_next", tokens[i + 1]?.norm) &&
    tokens.some((t, k) => k !== i && (t.pos === "VERB" || t.pos === "AUX") && !opensAfter(k));
  if (reduced && !accusedHeld) return;
  // "is ready to impose sanctions": an infinitive after "to" is no participle.
  const participle = !nominal && isParticiple(anchor, g) && !has(g, "infinitive_markers", tokens[i - 1]?.norm);
  // "was to be “suspended from its organs”": a quotation that opens on the participle goes on with its clause.
  const opensQuote = OPENING_QUOTES.has(tokens[i - 1]?.text ?? "");
  const copulaLeft = opensQuote ? leftContext(tokens, i - 1, g) : left;
  let passive = (participle && copulaLeft.slice(0, 3).some((t) => has(g, "copulas_passive", t.norm))) || m.rule.undergoer === true || (reduced && accusedHeld);
  // In a pack with perfect auxiliaries, a participle with no auxiliary is an adjective ("relaciones respaldadas por
  // el tratado"), unless an agent follows, which makes it a reduced passive ("detenidos por la Marina").
  if (hasList(g, "perfect_auxiliaries") && participle && !passive && !has(g, "perfect_auxiliaries", tokens[i - 1]?.norm) && !sharedPerfect(tokens, i, g)) {
    // …or, for people counted as deported, the state they were sent from ("199 venezolanos deportados desde Estados
    // Unidos"; uncounted, "migrantes expulsados desde…" is a practice, not an event).
    // …or people arrested in the sentence and accused ("capturó a siete extranjeros acusados de espionaje").
    if (!has(g, "agent_preps", tokens[m.last]?.norm ?? "") && !deportedFrom(tokens, i, m.last, m.rule.mode, g) && !accusedHeld) return;
    passive = true;
  }
  // "migrants deported from the United States", "a march organised by the unions": in a pack without perfect
  // auxiliaries, a participle right after a noun, with its agent or origin next, is a reduced passive too.
  // "a tanker seized off the coast and denounced by Caracas": a participle coordinated with one such is one too.
  // "Syrian troops, backed by Russian jets, …": one set off by a comma after its noun is one too.
  const nounAt = (k: number) => tokens[k]?.pos === "NOUN" || tokens[k]?.pos === "PROPN";
  const afterNoun = nounAt(i - 1) || has(g, "and", tokens[i - 1]?.norm) || (tokens[i - 1]?.text === "," && nounAt(i - 2));
  if (participle && !passive && !hasList(g, "perfect_auxiliaries") && m.last === i + 1 && afterNoun &&
    (has(g, "agent_preps", tokens[m.last]?.norm ?? "") || deportedFrom(tokens, i, m.last, m.rule.mode, g))) passive = true;
  // "Two soldiers were killed and three others wounded": a participle after "and" and a noun phrase of its own, where
  // the verb before the "and" is a passive, shares that passive's copula.
  if (participle && !passive && gappedPassive(tokens, i, g)) passive = true;
  if (passive && m.rule.activeOnly) return;
  // (A refusal has a side that refuses: "will not hold talks with Y" is X's, not a meeting's both sides'.)
  const rule = negated ? { ...m.rule, id: `${m.rule.id}.negated`, type: "REJECT" as const, mode: null, cameo: "120", ...(refused ? { symmetric: false } : {}) } : m.rule;
  // "rechazó el ataque", "condemned the bombing": a pattern that ends on another event's noun refers back to it.
  const inner = m.tokens.length > 1 ? pack.rules.matchAt(tokens, m.tokens.at(-1)!, g, undefined, present) : null;
  const refers = inner && inner.rule.pos === "noun" && inner.rule.type !== rule.type ? inner.rule.type : undefined;
  // (Written out field by field: spreading a match with optional fields is slow to copy, once per trigger.)
  const trigger: { -readonly [K in keyof Trigger]: Trigger[K] } = { rule, first: m.first, last: m.last, anchor: m.anchor, tokens: m.tokens, future: negated ? false : future || modal || reportedIntent, passive, nominal };
  if (refers) trigger.refers = refers;
  if (agentAt !== undefined) trigger.agentAt = agentAt;
  if (judged) trigger.judged = true;
  // "Es la quinta masacre del año", "it is the second time that the government has expelled…": an act counted.
  if (countedByOrdinal(tokens, i, nominal, g)) trigger.counted = true;
  // "La petición ya obra en poder de la Corte", "se unió a la protesta.": a noun after a singular definite article with
  // no party of its own after it (grammar act_party_preps, an actor's words) names the act of its kind told before.
  if (nominal && !negated && hasList(g, "act_party_preps") && has(g, "definite_articles", tokens[i - 1]?.norm) && m.last < tokens.length &&
    !has(g, "act_party_preps", tokens[m.last]!.norm) && !inActor[m.last] && !demonyms[m.last]) trigger.anaphoric = true;
  out.push(trigger);
  if (rule.type === "COERCE" && !(future || modal) && !negated) s.arrestTold = true;
  s.conditionalThreat = rule.type === "THREATEN" && has(g, "conditions", tokens[m.last - 1]!.norm);
}

// A content clause's opener inside a match, with an actor right after it ("que Rusia", "that the army").
// …of another side than the warner's: "Hegseth warned that the United States could strike" is Hegseth's own threat,
// one act; a clause subject of no known country ("warned that it would…") keeps the warning whole too.
function opensOtherSubject(tokens: readonly Token[], first: number, last: number, phrases: readonly ActorPhrase[], g: Grammar): boolean {
  const warner = phrases.filter((p) => p.last <= first && p.actor.country).at(-1)?.actor.country ?? null;
  for (let k = first + 1; k < last - 1; k++) {
    if (!has(g, "stance_content_openers", tokens[k]!.norm)) continue;
    const subject = phrases.find((p) => p.first > k && p.first <= k + 3 && p.first < last && tokens.slice(k + 1, p.first).every((t) => has(g, "determiners", t.norm)));
    if (subject?.actor.country && subject.actor.country !== warner) return true;
  }
  return false;
}

// "199 venezolanos deportados desde Estados Unidos", "120 Guatemalans deported from the US": people counted, then
// the participle of their deportation and the state they came from.
function deportedFrom(tokens: readonly Token[], i: number, last: number, mode: string | null | undefined, g: Grammar): boolean {
  if (mode !== "deport" || !has(g, "from_preps", tokens[last]?.norm ?? "")) return false;
  return tokens.slice(Math.max(0, i - 4), i).some((t) => isCount(g, t.norm));
}

// How far after an act its clause's predicate may rule it out ("lifting the ban on foreign aid is out of the question").
const RULED_OUT_REACH = 10;

/**
 * Is the act ending before `from` the subject of a predicate of the pack's `ruled_out_predicates` ("is out of the
 * question", "está descartado") in its own clause (no clause break, no comma or stop between)?
 * @example "lifting the ban | is out of the question" → true; "lifted the ban, | which critics called out of the question" → false
 */
function ruledOutAfter(tokens: readonly Token[], from: number, g: Grammar): boolean {
  const set = g.get("ruled_out_predicates");
  if (!set) return false;
  const end = Math.min(tokens.length, from + RULED_OUT_REACH);
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (CLAUSE_STOPS.has(t.text) || has(g, "clause_breaks", t.norm)) return false;
    let phrase = t.norm;
    for (let n = 0; n < 5 && k + n < end; n++) {
      if (n > 0) phrase = `${phrase} ${tokens[k + n]!.norm}`;
      if (set.has(phrase)) return true;
    }
  }
  return false;
}

/**
 * "may have launched", "might have been killed", "podría haber atacado": the words right before a verb trigger (nearest
 * first in `left`) are a possibility modal with a perfect (the pack's `epistemic_perfects`, in text order), so the act is
 * told as past and alleged, not as to come.
 * @example left of "launched" in "hackers may have launched attacks" → true; of "attack" in "may have to attack" → false
 */
function allegedPast(left: readonly Token[], pos: string, g: Grammar, key = "epistemic_perfects"): boolean {
  if (pos !== "verb") return false;
  for (let n = 2; n <= 3 && n <= left.length; n++) {
    if (has(g, key, left.slice(0, n).map((t) => t.norm).reverse().join(" "))) return true;
  }
  return false;
}

// A finite verb in a pattern's gap: tagged so (a tagged pack), or by its written ending (the pack's finite, future and
// conditional endings, of a word the lemmatiser reads as a form of another).
function gapHoldsVerb(tokens: readonly Token[], used: readonly number[], g: Grammar): boolean {
  for (let k = used[0]! + 1; k < used.at(-1)!; k++) if (!used.includes(k) && isFiniteVerb(tokens[k]!, g)) return true;
  return false;
}

// A word of the pack's unreal_modifiers before the act noun at i, with at most two lower-case words between ("any new
// tariffs", "cualquier nueva sanción").
const UNREAL_REACH = 3;
function unrealAct(tokens: readonly Token[], i: number, g: Grammar): boolean {
  for (let k = i - 1; k >= 0 && k >= i - UNREAL_REACH; k--) {
    if (has(g, "unreal_modifiers", tokens[k]!.norm)) return true;
    if (!/^\p{Ll}+$/u.test(tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * "Argelia ha llamado a consultas a su embajador", "Sumar ha pedido conocer el texto": a participle right after a perfect
 * auxiliary is the verb, not the noun written the same ("el llamado a consultas", "a pedido de"). A noun entry matched
 * there gives way to the entries of the token's verb lemmas, if one matches.
 */
function perfectParticiple(tokens: readonly Token[], i: number, m: RuleMatch | null, retry: (masked: readonly Token[]) => RuleMatch | null, g: Grammar): RuleMatch | null {
  const t = tokens[i]!;
  if (m?.rule.pos !== "noun" || !has(g, "perfect_auxiliaries", tokens[i - 1]?.norm) || !isParticiple(t, g)) return m;
  const verbs = t.lemmas.filter((l) => l !== t.norm);
  if (verbs.length === 0) return m;
  const masked = tokens.slice();
  masked[i] = { ...t, lemmas: verbs };
  const v = retry(masked);
  return v && v.rule.pos === "verb" ? v : m;
}

// The tag of a preposition (Universal Dependencies part-of-speech tags, as the lemmatizer gives them).
const PREPOSITION_TAG = "ADP";

/** Is this rule match a noun in this sentence ("las protestas", "the attack"), whatever the rule's own part of speech? */
function isNominal(tokens: readonly Token[], i: number, rule: RuleMatch["rule"], g: Grammar, heads: readonly boolean[] = [], demonyms: readonly boolean[] = []): boolean {
  const t = tokens[i]!;
  // "una resolución que condena la represión": right after a relative pronoun, a form that is also a verb is one.
  // "Hungría bloqueó el paquete": a form written with a verb's stressed ending is no noun, whatever it folds to ("bloqueo").
  if (rule.pos === "noun") return !(has(g, "relatives", tokens[i - 1]?.norm) && t.lemmas.some((l) => l !== t.norm && endsIn(g, "suffix_infinitive", l))) &&
    !endsIn(g, "suffix_stressed_verb", t.text.toLowerCase(), true);
  // "Él criticó", "está dispuesto": a determiner as written, not one the fold made ("él", "está" fold to "el", "esta").
  const prev = tokens[i - 1];
  const det = prev?.norm ?? "";
  const written = !!prev && has(g, "determiners:written", prev.text.toLowerCase());
  // A determiner before a verb form makes it a noun ("las protestas"), unless it is an object clitic before a
  // finite verb ("lo acusa", "los atacaron").
  const clitic = has(g, "clitics_before_any_verb", det) || (has(g, "clitics_before_finite_verb", det) && endsIn(g, "suffix_finite_verb", t.text.toLowerCase(), true));
  // "were all suspended", "were both arrested": a floating quantifier between the passive's copula and its participle.
  const floating = has(g, "gap_adverbs", det) && has(g, "copulas_passive", tokens[i - 2]?.norm);
  if (written && !clitic && !floating) return true;
  // "the Israeli attacks", "its new sanctions": a determiner, one or two adjectives, then a word tagged a noun; not
  // after an actor's head noun or name ("The US military trains…", "A Taliban attack": those may be subjects).
  const adjectives = (k: number) => (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "PROPN") && !heads[k];
  const detAt = (k: number) => !!tokens[k] && has(g, "determiners:written", tokens[k]!.text.toLowerCase());
  if (t.pos === "NOUN" && adjectives(i - 1) && (detAt(i - 2) || (adjectives(i - 2) && detAt(i - 3)))) return true;
  // "were killed in Israeli strikes", "died in Russian shelling of Kharkiv": a nationality between a preposition and
  // the act's word makes it a noun, a gerund too (a verb takes no nationality before it).
  const prepAt = (k: number) => tokens[k]?.pos === PREPOSITION_TAG;
  if ((t.pos === "NOUN" || endsIn(g, "suffix_gerund", t.norm)) && demonyms[i - 1] && (prepAt(i - 2) || (demonyms[i - 2] && prepAt(i - 3)))) return true;
  // "Hegseth's warning", "Russia's attack": a word tagged a noun after a possessive clitic.
  if (t.pos === "NOUN" && has(g, "possessive_clitics", det)) return true;
  // "un nuevo ataque", "su enérgico rechazo": with no tagger, an adjective that stands before its noun tells the same;
  // not before a finite verb, where the adjective stands for people ("los primeros protestaban").
  const prenominal = (k: number) => has(g, "prenominal_adjectives", tokens[k]?.norm);
  const finite = endsIn(g, "suffix_finite_verb", t.text.toLowerCase(), true);
  if (!finite && prenominal(i - 1) && (detAt(i - 2) || (prenominal(i - 2) && detAt(i - 3)))) return true;
  // "enfrentó protestas", "las amenazas": a second-person form ("protestas", "amenazas") is in news a noun.
  const secondPerson = endsIn(g, "suffix_second_person", t.text.toLowerCase(), true) && !isParticiple(t, g) && t.lemmas.some((l) => l !== t.norm && endsIn(g, "suffix_infinitive", l));
  // "una manifestación de protesta", "movimiento de protesta": after a preposition only an infinitive is a verb.
  const afterPrep = has(g, "noun_preps", det) && !endsIn(g, "suffix_infinitive", t.norm) && !endsIn(g, "suffix_reflexive_infinitive", t.norm) && !endsIn(g, "suffix_gerund", t.norm);
  return secondPerson || afterPrep;
}

// "tras la llamada entre A y B", "after a meeting in Washington between Ebrard and Greer": the parties may follow a place.
function namesParties(tokens: readonly Token[], last: number, g: Grammar): boolean {
  // (The pattern may end on the preposition itself: "after a visit by U.S. envoy Richard Grenell".)
  return has(g, "party_preps", tokens[last]?.norm) || has(g, "party_preps", tokens[last - 1]?.norm) || tokens.slice(last, last + 5).some((t) => has(g, "between_preps", t.norm));
}

// The sentence's last protest so far, kept up as triggers are added (a run-on text has thousands): linear, not quadratic.
const protests = new WeakMap<readonly Trigger[], { seen: number; last: Trigger | undefined }>();
function lastProtest(before: readonly Trigger[]): Trigger | undefined {
  let c = protests.get(before);
  if (!c) protests.set(before, (c = { seen: 0, last: undefined }));
  for (; c.seen < before.length; c.seen++) if (before[c.seen]!.rule.type === "PROTEST") c.last = before[c.seen];
  return c.last;
}

/** A match that only describes a protest already told in the sentence: its effect, its participants, its cause. */
function partOfProtest(tokens: readonly Token[], i: number, rule: RuleMatch["rule"], before: readonly Trigger[], g: Grammar, nominal: boolean): boolean {
  if (!lastProtest(before)) return false;
  const t = tokens[i]!;
  // "staged a general strike…, halting trains and flights", "…, paralizando el transporte": its effect.
  if (rule.pos === "verb" && rule.type !== "PROTEST" && endsIn(g, "suffix_gerund", t.norm) && tokens.slice(Math.max(0, i - 3), i).some((x) => x.text === ",")) return true;
  // "a rally … in support of pensioners protesting over cuts": people described by the protest they are part of.
  if (rule.type === "PROTEST" && endsIn(g, "suffix_gerund", t.norm) && tokens[i - 1]?.pos === "NOUN") return true;
  // "protested … against talk of military strikes", "marcharon contra la privatización": what a protest opposes,
  // told as a noun, is its cause, not an act of its own (one that a relative clause asserts is kept by the caller).
  // (Not an act answered with: "lanzaron piedras contra los policías, que respondieron con gases lacrimógenos" is the
  // police's crowd control, not what the riot opposes.)
  if ((nominal || tokens[i]!.pos === "NOUN") && rule.type !== "PROTEST" && !answeredWith(tokens, i, g)) {
    const p = lastProtest(before)!;
    // (The protest's own aim may sit between: "manifestaron en el centro de Londres para protestar contra…".)
    const gap = tokens.slice(p.last, i);
    if (gap.length <= 20 && !gap.some((x) => CLAUSE_PUNCT.has(x.text)) && gap.some((x, k) => has(g, "protest_against", x.norm) || has(g, "protest_against", `${gap[k - 1]?.norm} ${x.norm}`))) return true;
  }
  // "bloquearon el puente en protesta por…", "a rally in support of pensioners", "una marcha en apoyo a los
  // maestros": the protest an act is made in, or its cause.
  return (rule.type === "PROTEST" || rule.type === "SUPPORT") && has(g, "inside_preps", tokens[i - 1]?.norm) && !endsIn(g, "suffix_infinitive", t.norm) && !endsIn(g, "suffix_gerund", t.norm);
}

// A verb of answering and its preposition a few words before the noun at i ("respondieron con gases", "replicaron
// horas después con granadas"), in one clause.
const ANSWER_REACH = 5;
function answeredWith(tokens: readonly Token[], i: number, g: Grammar): boolean {
  let k = i - 1;
  while (k >= 0 && has(g, "determiners", tokens[k]!.norm)) k--;
  if (!has(g, "response_preps", tokens[k]?.norm)) return false;
  for (let j = k - 1; j >= 0 && k - j <= ANSWER_REACH; j--) {
    if (tokens[j]!.lemmas.some((l) => has(g, "response_verbs", l))) return true;
    if (CLAUSE_PUNCT.has(tokens[j]!.text) || tokens[j]!.text === "," || tokens[j]!.text === ".") return false;
  }
  return false;
}

// The word before a noun (past its determiners) introduces a cause or a background: "por la detención", "after a meeting".
function causeOrBackground(tokens: readonly Token[], i: number, g: Grammar): boolean {
  let k = i - 1;
  while (k >= 0 && has(g, "determiners", tokens[k]!.norm)) k--;
  const w = tokens[k]?.norm;
  return has(g, "cause_preps", w) || has(g, "background_markers", w);
}

// The sector of civilians: counted people of a nationality ("six Americans", "dos estadounidenses").
const CIVILIANS = "CVL";

// Acts of force and sanctions: announced or aimed at, they are threats, not acts (plover.json future).
const FORCE = new Set(["SANCTION", "COERCE", "ASSAULT"]);
// Acts that are announced as nouns ("anunció un paro"): an announced arrest or attack is mostly one reported as done.
const ANNOUNCEABLE = new Set(["PROTEST"]);

// A planning participle with a date ahead a few words after the act's noun: "la marcha silenciosa prevista para el 20".
function plannedAhead(tokens: readonly Token[], last: number, g: Grammar): boolean {
  for (let k = last; k < Math.min(tokens.length - 1, last + 5); k++) {
    if (CLAUSE_PUNCT.has(tokens[k]!.text) || has(g, "clause_breaks", tokens[k]!.norm)) return false;
    // ("un paro convocado para protestar": "para" before an infinitive is the protest's aim, no date.)
    const next = tokens[k + 2]?.norm ?? "";
    if (has(g, "planned_participles", tokens[k]!.norm) && has(g, "planned_date_preps", tokens[k + 1]!.norm) && !endsIn(g, "suffix_infinitive", next)) return true;
  }
  return false;
}

/** "descartó que México firme…", "denied that troops had crossed…": is token i in the content of a denial verb? */
function deniedClause(tokens: readonly Token[], i: number, g: Grammar): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text)) return false;
    if (!has(g, "stance_content_openers", t.norm)) continue;
    // The denial verb may stand a time phrase away ("descartó este lunes que…").
    if (![1, 2, 3, 4].some((j) => tokens[k - j]?.lemmas.some((l) => has(g, "denials", l)))) return false;
    // "negó que los agentes usaran munición real y acusó a…": after the content's subjunctive, a verb of another mood
    // coordinated with it is the denier's next act, not more of what was denied.
    return !(has(g, "and", tokens[i - 1]?.norm) && tokens.slice(k + 1, i - 1).some((w) => endsIn(g, "suffix_subjunctive", w.norm)) && !endsIn(g, "suffix_subjunctive", tokens[i]!.norm) &&
      !["suffix_infinitive", "suffix_gerund"].some((key) => endsIn(g, key, tokens[i]!.norm)));
  }
  return false;
}

// An act right after the purpose preposition, the clause's aid told just before (no sentence stop between).
function aimOfAid(tokens: readonly Token[], i: number, before: readonly Trigger[], g: Grammar): boolean {
  const aid = before.at(-1);
  return !!aid && aid.rule.type === "AID" && has(g, "purpose_preps", tokens[i - 1]?.norm) && i - aid.last <= 10 &&
    !tokens.slice(aid.last, i).some((t) => /^[.;:]$/.test(t.text));
}

// Stances (and signing, SUPPORT) whose infinitive complement is their content: "signed a memorandum to share data".
// How far after an accusation's noun the verb of its "that" clause may stand.
const ALLEGED_REACH = 14;
const STANCES = new Set(["AGREE", "REQUEST", "REJECT", "THREATEN", "CONCEDE", "SUPPORT"]);
// Stances whose object is something that has not happened (a rejection's or a condemnation's object has).
const PROPOSALS = new Set(["AGREE", "REQUEST", "THREATEN", "CONCEDE"]);
const UNASSERTED = new Set(["AGREE", "REQUEST", "REJECT", "THREATEN", "CONCEDE", "SUPPORT"]);
// The topic of a talks or deal noun right before ("talks on a truce"), past a topic preposition and determiners, or
// past a coordinated topic of the same noun ("a deal for a ceasefire and the release of hostages").
function topicOfTalks(tokens: readonly Token[], i: number, before: readonly Trigger[], g: Grammar, topicEnd: number): boolean {
  let k = i - 1;
  while (k >= 0 && has(g, "determiners", tokens[k]!.norm)) k--;
  if (k > 0 && has(g, "and", tokens[k]!.norm) && k === topicEnd) return true;
  if (k < 1 || !has(g, "topic_preps", tokens[k]!.norm)) return false;
  // The noun before the preposition: a talks or deal trigger, or a word that names one (grammar topic_heads: "a deal").
  const prev = before.at(-1);
  const talks = !!prev && prev.nominal && prev.last === k && (prev.rule.type === "CONSULT" || prev.rule.type === "AGREE");
  return talks || has(g, "topic_heads", tokens[k - 1]!.norm);
}

/**
 * Is the act noun at i the object of a verb of discussing ("se reunieron para discutir el alto el fuego", "weighed new
 * sanctions on Moscow")? Then it is what is talked over, not an act that happened.
 */
function discussedTopic(tokens: readonly Token[], i: number, g: Grammar): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && (has(g, "determiners", tokens[k]!.norm) || tokens[k]!.pos === "ADJ")) k--;
  return k >= 0 && tokens[k]!.lemmas.some((l) => has(g, "discussion_verbs", l));
}

// Most words between an act and the same act told again as its aim ("summoned the British ambassador on Tuesday to
// protest").
const SAME_ACT_REACH = 8;

// Marks that close a quotation (the closing single quote doubles as an apostrophe, but not before a speech verb).
const CLOSING_QUOTES = new Set(["’", "”", "\"", "»"]);

function contentOfStance(tokens: readonly Token[], i: number, before: readonly Trigger[], g: Grammar, nominal = false, type?: string): boolean {
  const prev = before.at(-1);
  // "began a hunger strike on Monday to protest against…", "marcharon para exigir…": the purpose of a protest.
  // (Not past a clause that tells an earlier or later act: "…tried to block the avenue, hours after lawmakers voted to
  // ban…", "…, días después de que el Congreso votó para…".)
  // ("…de huelga en demanda de mejoras salariales": so is a demand told as a noun after the pack's aim_preps.)
  const purpose = (has(g, "purpose_preps", tokens[i - 1]?.norm) || has(g, "aim_preps", tokens[i - 1]?.norm)) && before.some((b) => b.rule.type === "PROTEST" && i - b.last <= 15 &&
    !tokens.slice(b.last, i - 1).some((t) => has(g, "sequence_words", t.norm)));
  if (purpose) return true;
  // "summoned the British ambassador to protest against the sanctions", "entregó una nota al gobierno para protestar
  // por…": a complaint's aim told as a complaint is that complaint told again (a state's "protest" is one, ACCUSE).
  // (Not a meeting's: "is hosting a summit to discuss…" may have other parties than the host.)
  const again = (a: string) => a === "ACCUSE" && (type === "ACCUSE" || type === "PROTEST");
  if (type && has(g, "purpose_preps", tokens[i - 1]?.norm) && prev && again(prev.rule.type) && i - prev.last <= SAME_ACT_REACH) return true;
  // "acusó a Estados Unidos de financiar a grupos opositores", "accused Rwanda of backing the rebels": what someone
  // is accused of is the accusation's content, not an act the text asserts.
  if (prev?.rule.type === "ACCUSE" && i - prev.last <= 8 && has(g, "accusation_links", tokens[i - 1]?.norm) &&
    (endsIn(g, "suffix_infinitive", tokens[i]!.norm) || endsIn(g, "suffix_gerund", tokens[i]!.norm)) && !tokens.slice(prev.last, i).some((t) => /^[.;:]$/.test(t.text))) return true;
  // …and so is an act further down that complement, reached through more infinitives: "acusado de pretender ejecutar
  // un plan para atentar contra la vicepresidenta".
  if (insideAccusation(tokens, i, before, g, nominal)) return true;
  // "an investigation into an allegation by the LPC that the NPFL had taken over the city", "la denuncia de que el
  // Ejército ocupó la finca": what an accusation told as a noun says in its "that" clause is its content (GUIDELINES:
  // the content of an accusation is no event of its own), not an act the text asserts.
  if (prev?.rule.type === "ACCUSE" && prev.nominal && i - prev.last <= ALLEGED_REACH) {
    const gap = tokens.slice(prev.last, i);
    // (A "that" after an article or a preposition opens a relative clause: "el insulto con el que…".)
    const opener = gap.findIndex((t) => has(g, "stance_content_openers", t.norm));
    const before = gap[opener - 1];
    const relative = !!before && (has(g, "determiners", before.norm) || before.pos === "ADP" || before.pos === "DET") && !has(g, "of_preps", before.norm);
    if (opener >= 0 && !relative && !gap.some((t) => /^[.;:“”"«»]$/.test(t.text) || has(g, "concessive_conjunctions", t.norm))) return true;
  }
  if (!prev || !STANCES.has(prev.rule.type)) return false;
  // "Syrian warplanes supported by Russia pounded the enclave": a stance told as a participle after its noun, its
  // agent next, describes that noun; the verb after it is the clause's own ("was urged by Peru to release…" is not one).
  const nounBefore = (k: number) => tokens[k]?.pos === "NOUN" || tokens[k]?.pos === "PROPN";
  // (…or one set off by a comma after it: "Yemeni soldiers, supported by allied fighters, carried out an attack".)
  const described = nounBefore(prev.first - 1) || (tokens[prev.first - 1]?.text === "," && nounBefore(prev.first - 2));
  if (prev.passive && prev.last - prev.first === 1 && described && has(g, "agent_preps", tokens[prev.last]?.norm ?? "")) return false;
  const gap = tokens.slice(prev.last, i);
  // "solicitó a la Administración federal que retire las tropas": the request's "que" clause is its content.
  if (gap.length <= 8 && has(g, "stance_content_openers", gap.at(-1)?.norm) && !gap.some((t) => /^[.;:]$/.test(t.text))) return true;
  // "pidió a Londres que suspenda las maniobras y que retome las negociaciones", "ha pedido a Tiflis que libere a los
  // detenidos y que retome el diálogo": a second "que" clause coordinated with the first is the request's content too.
  const second = gap.length <= 20 && has(g, "stance_content_openers", gap.at(-1)?.norm) && has(g, "coordinators", gap.at(-2)?.norm) &&
    gap.slice(0, 8).some((t) => has(g, "stance_content_openers", t.norm)) && !gap.some((t) => /^[.;:,“”"«»()]$/.test(t.text));
  if (second && UNASSERTED.has(prev.rule.type)) return true;
  // "demanded that the US cancel plans to sell weapons", "rejected a US offer to host a summit", "agreed to
  // postpone the demonstration": what is asked, refused or promised has not happened. A verb coordinated with the
  // stance ("has refused… and has urged") is an act of its own.
  const coordinated = [tokens[i - 1], tokens[i - 2]].some((t) => t && (has(g, "coordinators", t.norm) || t.text === ","));
  // "firmaron un acuerdo en el que México se compromete a…": a clause about what was signed asserts its own act.
  if (prev.rule.type === "SUPPORT" && gap.some((t) => has(g, "stance_content_openers", t.norm))) return false;
  // (…nor past the quotation's end and its speech verb, which reports a clause of its own: "‘We will not put up with
  // this,’ he added, confirming that Qatar is looking into the incident".)
  const closes = gap.findIndex((t) => CLOSING_QUOTES.has(t.text));
  const speech = (t: Token) => t.lemmas.some((l) => has(g, "speech", l));
  // (…nor past a speech verb coordinated with the stance, by which its doer tells of itself in a clause of its own:
  // "refused to accept the results and said they planned to boycott the new parliament".)
  const ownClause = (k: number) => [gap[k + 1], gap[k + 2]].some((w, j) => w && has(g, "subject_pronouns", w.norm) && (j === 0 || has(g, "stance_content_openers", gap[k + 1]!.norm)));
  const reported = (closes >= 0 && gap.slice(closes).some(speech)) || gap.some((t, k) => speech(t) && gap.slice(Math.max(0, k - 2), k).some((c) => has(g, "and", c.norm)) && ownClause(k));
  // (…nor past a concessive conjunction, whose clause the text asserts: "threatening fresh tariffs, even though both sides
  // had signaled headway in their talks".)
  // ("called on the government to withdraw the bill and release the activists", "pidió retirar el proyecto y liberar a
  // los activistas": an infinitive coordinated with the content's infinitive is content too; a finite verb is not.)
  // (The content's infinitive may be in the stance's own words: "called on X to withdraw", "pidió al gobierno retirar".)
  const told = tokens.slice(prev.first + 1, i - 1);
  const opens = told.some((t) => endsIn(g, "suffix_infinitive", t.norm) || has(g, "infinitive_markers", t.norm));
  const bare = (t: Token) => endsIn(g, "suffix_infinitive", t.norm) || (t.lemmas[0] === t.norm && told.some((w) => has(g, "infinitive_markers", w.norm)));
  const contentGoesOn = coordinated && opens && bare(tokens[i]!);
  // (…nor past a clause that tells an earlier or later act by a finite verb, set off by a comma or dated by a count:
  // "rejected the result as rigged, a day after police arrested its candidate", "urged calm hours after troops fired on…".)
  // (A finite verb's act: "hours after reaching agreement" names the act the stance answers, as a noun would.)
  const finite = (tokens[i]!.pos === "VERB" || tokens[i]!.pos === "AUX") && !["suffix_gerund", "suffix_infinitive"].some((key) => endsIn(g, key, tokens[i]!.norm));
  const sequel = finite && gap.some((t, k) => has(g, "sequence_words", t.norm) && gap.slice(Math.max(0, k - 3), k).some((w) => w.text === "," || has(g, "dating_counts", w.norm)));
  if (UNASSERTED.has(prev.rule.type) && gap.length <= 15 && (!coordinated || contentGoesOn) && !reported && !sequel && !gap.some((t) => /^[.;:“”"«»()]$/.test(t.text) || has(g, "relative_openers", t.norm) || has(g, "concessive_conjunctions", t.norm))) return true;
  if (i - prev.last > 3) return false;
  return gap.length === 0 || gap.every((t) => has(g, "content_links", t.norm) || endsInAfter(g, ["suffix_adverb"], t.norm, 1) || has(g, "negators", t.norm));
}

// "accused Rwanda of continuing to send soldiers into North Kivu in support of the rebels", "acusado de pretender
// ejecutar un plan para atentar contra la vicepresidenta": the complement an accusation's link opens with a non-finite
// verb is all the accusation's content, down to its nouns and further non-finite verbs. A finite verb there is the
// accuser's own next act ("…of lying and walked out"). In a pack whose tagger gives no parts of speech, only
// non-finite verbs are read as content, and a comma or a coordinator ends the complement.
const JUDGEMENTS = new Set(["ACCUSE", "REJECT"]);
const JUDGED_REACH = 8;
/** Is the noun at i what a judgement just told frames its object as (the pack's judgement_frames, two words back at most)? */
function judgedAs(tokens: readonly Token[], i: number, before: readonly Trigger[], g: Grammar): boolean {
  if (labelledAs(tokens, i, g)) return true;
  // (The object between may be an act's noun of its own: "slammed the agreement as a surrender".)
  const last = before.findLast((t) => JUDGEMENTS.has(t.rule.type));
  if (!last || i - last.last > JUDGED_REACH) return false;
  for (let k = i - 1; k >= Math.max(last.last, i - 3); k--) if (has(g, "judgement_frames", tokens[k]!.norm)) return true;
  return false;
}

// "calificó la medida de “paro político”", "tildó de traición la decisión": the noun a verb of labelling puts on its
// object, after the label's link (the pack's label_links, past quotes and an article), is a name given, no act,
// whatever the judgement (the labelling verb need not code as one).
const LABEL_REACH = 6;
function labelledAs(tokens: readonly Token[], i: number, g: Grammar): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= 3 && (OPENING_QUOTES.has(tokens[k]!.text) || has(g, "determiners", tokens[k]!.norm))) k--;
  if (!has(g, "label_links", tokens[k]?.norm)) return false;
  for (let j = k - 1; j >= 0 && k - j <= LABEL_REACH; j--) {
    const w = tokens[j]!;
    if (w.lemmas.some((l) => has(g, "label_verbs", l))) return true;
    if (CLAUSE_PUNCT.has(w.text) || w.text === ",") return false;
  }
  return false;
}

const ACCUSATION_REACH = 8;
const CONTENT_REACH = 14;
function insideAccusation(tokens: readonly Token[], i: number, before: readonly Trigger[], g: Grammar, noun = false): boolean {
  const accuse = [...before].reverse().find((b) => b.rule.type === "ACCUSE" && b.last <= i);
  if (!accuse) return false;
  const t = tokens[i]!;
  const nonFinite = (w: Token) => ["suffix_infinitive", "suffix_gerund"].some((key) => endsIn(g, key, w.norm)) || endsIn(g, "suffix_participle", w.text.toLowerCase(), true);
  const tagged = t.pos !== "";
  // (In a pack with no parts of speech, a noun rule's word is a noun: "acusó al general de ordenar la masacre".)
  if (tagged ? (t.pos === "VERB" || t.pos === "AUX") && !endsIn(g, "suffix_gerund", t.norm) && !has(g, "infinitive_markers", tokens[i - 1]?.norm) : !noun && !nonFinite(t)) return false;
  // (The link and its verb may be the accusation pattern's own words: "accused Darfur rebels of violating".)
  for (let k = accuse.first + 1; k < i && k - accuse.last <= ACCUSATION_REACH; k++) {
    // (The verb after the link is an infinitive or a gerund: "de Estados Unidos" is no participle.)
    const opens = ["suffix_infinitive", "suffix_gerund"].some((key) => endsIn(g, key, tokens[k]!.norm));
    // ("charged eight opposition leaders with sabotage and attempting to overthrow the government": a charge's noun may
    // open the complement too, whose non-finite verbs go on with it up to a comma.)
    const named = tagged && tokens[k]!.pos === "NOUN";
    if (!has(g, "accusation_links", tokens[k - 1]!.norm) || !(opens || named)) continue;
    return i - k <= CONTENT_REACH && tokens.slice(k + 1, i).every((x) => !/^[.;:“”"«»()]$/.test(x.text) && !has(g, "relative_openers", x.norm) &&
      (tagged || (x.text !== "," && !has(g, "coordinators", x.norm) && !((x.pos === "VERB" || x.pos === "AUX") && !nonFinite(x)))) &&
      (opens || (x.text !== "," && !((x.pos === "VERB" || x.pos === "AUX") && !nonFinite(x)))));
  }
  return false;
}

/**
 * Is token i (past a few determiners and adjectives) right after a charge's link ("convicted of", "acusado de",
 * "condenado por"): a word whose lemma is one of the pack's charge_words, then one of its charge_links?
 */
function chargedWith(tokens: readonly Token[], i: number, g: Grammar): boolean {
  let k = i - 1;
  while (k > 0 && i - k <= 3 && (has(g, "determiners", tokens[k]!.norm) || tokens[k]!.pos === "ADJ" || has(g, "hedge_adjectives", tokens[k]!.norm))) k--;
  if (!has(g, "charge_links", tokens[k]?.norm)) return false;
  // (Past the object: "convicted the man of murder", "condenó a 30 años al exalcalde por el asesinato".)
  for (let j = k - 1; j >= 0 && k - j <= CHARGE_REACH; j--) {
    const w = tokens[j]!;
    if (/^[.;:,“”"«»()]$/.test(w.text) || has(g, "clause_breaks", w.norm)) return false;
    if (w.lemmas.some((l) => has(g, "charge_words", l)) || has(g, "charge_words", w.norm)) return true;
  }
  return false;
}

// Most words between a charge word and its link ("condenó a 30 años al exalcalde por").
const CHARGE_REACH = 7;

// "tras la llamada entre A y B", "after talks with X": a background event with its parties named is reported too.
// "un día después de la llamada": a count or a time unit before the background word dates the event by it.
function afterBackground(tokens: readonly Token[], i: number, g: Grammar): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    if (!has(g, "background_markers", tokens[k]!.norm)) continue;
    const before = tokens.slice(Math.max(0, k - 2), k).map((t) => t.norm);
    return !before.some((w) => /^\d+$/.test(w) || has(g, "dating_counts", w));
  }
  return false;
}

// "the 25% tariff that the United States imposed", "el arancel de 25% que Washington impuso": a relative pronoun
// within a few words of the noun, then an actor, then a verb. Returns where that actor's phrase starts.
// Lists of subordinators that end on the word a relative clause would open with ("a menos que", "so that").
const SUBORDINATOR_LISTS = ["pending_clauses", "future_clauses", "subordinators"] as const;

function relativeSubject(tokens: readonly Token[], from: number, phrases: readonly ActorPhrase[], g: Grammar): number | undefined {
  for (let k = from; k < tokens.length && k <= from + 4; k++) {
    if (/^[.;:,]$/.test(tokens[k]!.text)) return undefined;
    if (!has(g, "object_relatives", tokens[k]!.norm)) continue;
    // "mantendrán el bloqueo a menos que el gobierno retire el impuesto": the last word of a subordinator opens no
    // relative clause.
    if (SUBORDINATOR_LISTS.some((key) => endsWithPhrase(g, key, tokens, k + 1))) return undefined;
    const isVerb = (t: Token | undefined) => !!t && (t.pos === "VERB" || t.pos === "AUX" || t.lemmas.some((l) => l !== t.norm && endsIn(g, "suffix_infinitive", l)));
    // "el paro que convocaron los transportistas": where the language lets the subject follow its verb in a
    // relative clause (grammar inverted_relatives), the phrase right after "que" + verb did it.
    const after = tokens[k + 1];
    if (has(g, "inverted_relatives", tokens[k]!.norm) && isVerb(after) && !endsIn(g, "suffix_subjunctive", after!.norm)) {
      const q = phrases.find((x) => x.first > k + 1 && x.first <= k + 3 && !x.anaphor);
      if (q && tokens.slice(k + 2, q.first).every((t) => has(g, "determiners", t.norm))) return q.first;
    }
    const p = phrases.find((q) => q.first > k && q.first <= k + 2 && !q.anaphor);
    if (!p || !tokens.slice(k + 1, p.first).every((t) => has(g, "determiners", t.norm))) return undefined;
    // "the talks that Ukraine and the United States are holding": a coordinated subject ends at its last member.
    let end = p;
    for (let next: ActorPhrase | undefined = end; next; ) {
      const at = end.last;
      next = has(g, "and", tokens[at]?.norm) ? phrases.find((q) => q.first > at && tokens.slice(at + 1, q.first).every((t) => has(g, "determiners", t.norm))) : undefined;
      if (next) end = next;
    }
    const verb = tokens[end.last];
    if (!verb) return undefined;
    // A subjunctive ("propuso en una llamada que tropas de EE.UU. entraran") opens a content clause, not a relative.
    if (endsIn(g, "suffix_subjunctive", verb.norm)) return undefined;
    return verb.pos === "VERB" || verb.pos === "AUX" || verb.lemmas.some((l) => l !== verb.norm && endsIn(g, "suffix_infinitive", l)) ? p.first : undefined;
  }
  return undefined;
}

const QUOTE_MARK = /^[“”"«»]$/;
function objectOfTrigger(tokens: readonly Token[], i: number, before: readonly Trigger[], g: Grammar): boolean {
  const prev = before.at(-1);
  if (!prev || prev.rule.pos !== "verb") return false;
  // (A scare quote's marks are no words of the way: "condenó la “cobarde agresión” de la guerrilla".)
  const quoted = tokens.slice(prev.last, i).some((t) => OPENING_QUOTES.has(t.text) || t.text === "\"") && scareQuoted(tokens, i);
  const gap = tokens.slice(prev.last, i).filter((t) => !(quoted && QUOTE_MARK.test(t.text)));
  // "opened an investigation into the shooting", "abrió una investigación por el tiroteo": what an inquiry is into is
  // its object, though the preposition is one of a target.
  const inquiry = (t: Token) => prev.rule.mode === "investigate" && has(g, "inquiry_preps", t.norm);
  return gap.length <= 3 && gap.every((t) => has(g, "determiners", t.norm) || inquiry(t) || /^\p{L}+$/u.test(t.text) && t.norm.length > 2 && !has(g, "clause_breaks", t.norm) && !has(g, "target_preps", t.norm) && !has(g, "agent_preps", t.norm));
}

// Read on the written form: "solicitó" (preterite) is no participle, "solicitado" is. A verb the tagger marks, not
// a gerund, is one too ("is arresting" is no passive).
function isParticiple(t: Token, g: Grammar): boolean {
  return endsIn(g, "suffix_participle", t.text.toLowerCase(), true) || (t.pos === "VERB" && !endsIn(g, "suffix_gerund", t.norm));
}

// Is the participle at i the second of two passives sharing a copula ("were killed and three others wounded")? An
// "and" a few words before it, no verb between, and a passive copula with its participle right before the "and".
function gappedPassive(tokens: readonly Token[], i: number, g: Grammar): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === ",") return false;
    if (!has(g, "and", t.norm)) continue;
    // (Its own noun phrase: "and called on the Council" right after a passive is a verb of the sentence's subject.)
    if (k === i - 1) return false;
    for (let j = k - 1; j >= 1 && j >= k - 8; j--) {
      if (STOPS.has(tokens[j]!.text)) return false;
      if (isParticiple(tokens[j]!, g) && has(g, "copulas_passive", tokens[j - 1]!.norm)) return true;
    }
    return false;
  }
  return false;
}
const STOPS = new Set([",", ";", ":", ".", "(", ")"]);

/**
 * "había desbloqueado la vía y arrestado a doce manifestantes", "ha desalojado la plaza y detenido a…": a participle
 * right after "y" shares the perfect auxiliary of a participle before it in the clause, an act like it.
 */
function sharedPerfect(tokens: readonly Token[], i: number, g: Grammar): boolean {
  if (!has(g, "and", tokens[i - 1]?.norm)) return false;
  for (let j = i - 2; j >= 1 && j >= i - 12; j--) {
    if (STOPS.has(tokens[j]!.text) || tokens[j]!.pos === "VERB" && !isParticiple(tokens[j]!, g)) return false;
    if (isParticiple(tokens[j]!, g) && has(g, "perfect_auxiliaries", tokens[j - 1]!.norm)) return true;
  }
  return false;
}
