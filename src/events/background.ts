import type { Grammar } from "../data/knowledge.js";
import { endsIn, endsWithPhrase, has, hasList, isCount } from "../data/grammar.js";
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

// Most words between a since-word and the act told as a noun after it ("since the Qatar-brokered truce").
const SINCE_REACH = 4;

/**
 * "the deadliest flare-up since a truce brokered by Qatar", "the positions Israel has held since the truce", "el
 * peor ataque desde la tregua": an act told as a noun after the word that opens a span of time (grammar
 * total_span_openers) is the point the span is counted from, known background, not an act of the day. Not when the
 * noun is the subject of a clause of its own ("ever since coups occurred in Niger last July" tells the coups, dated):
 * `last` is the first word after the act's pattern. A word after it that opens an infinitive ("since the truce to be
 * handed back") belongs to the noun before the span.
 */
export function sinceBackground(tokens: readonly Token[], i: number, last: number, g: Grammar): boolean {
  // (A participle with its agent after it is a reduced relative: "since a truce brokered by Qatar"; so is any
  // participle in a pack whose participles differ from its past tense, "desde la tregua firmada en octubre".)
  const next = tokens[last];
  const reducedRelative = has(g, "agent_preps", tokens[last + 1]?.norm) ||
    (hasList(g, "perfect_auxiliaries") && endsIn(g, "suffix_participle", next?.text.toLowerCase() ?? "", true));
  if (next && (next.pos === "VERB" || next.pos === "AUX") && !reducedRelative) return false;
  for (let k = i - 1; k >= 0 && k >= i - SINCE_REACH; k--) {
    const t = tokens[k]!;
    if (has(g, "total_span_openers", t.norm)) return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === "," || has(g, "clause_breaks", t.norm)) return false;
  }
  return false;
}

// Most words between the count of people and the perfect passive ("248 fishermen from the State had been arrested").
const TOTAL_SUBJECT_REACH = 8;
// Most words between the act and the span it is counted over ("arrested in Sri Lankan waters since…").
const TOTAL_SPAN_REACH = 6;

/**
 * "248 fishermen had been arrested since the start of last year", "more than 60 people have been killed so far this
 * year", "unos 300 pescadores han sido detenidos en lo que va del año": people counted, then a perfect passive, then
 * the span it is counted over (grammar total_span_openers, total_span_phrases) tell a total over time, no act of the
 * day (GUIDELINES: totals are not coded).
 */
export function countedTotal(tokens: readonly Token[], i: number, last: number, g: Grammar): boolean {
  let k = i;
  while (k > 0 && tokens[k - 1]!.pos === "ADV") k--;
  if (!endsWithPhrase(g, "perfect_passives", tokens, k)) return false;
  const subject = tokens.slice(Math.max(0, k - TOTAL_SUBJECT_REACH), k);
  if (!subject.some((t) => isCount(g, t.norm))) return false;
  const span = tokens.slice(last, last + TOTAL_SPAN_REACH);
  return span.some((t, n) => has(g, "total_span_openers", t.norm) || endsWithPhrase(g, "total_span_phrases", span, n + 1));
}

// Most words between a right or a permission and the infinitive marker of the act it is to ("allows police to").
const ENTITLED_REACH = 3;

/**
 * "international law guarantees the right to seek asylum", "the section of the law that allows police to search
 * homes": an act that a right or a standing permission (grammar entitlement_words) is to is a kind of act, no act
 * done (GUIDELINES: generic states are no events). `i` is the act's first word, right after its infinitive marker.
 */
export function entitledAct(tokens: readonly Token[], i: number, g: Grammar): boolean {
  if (!has(g, "infinitive_markers", tokens[i - 1]?.norm)) return false;
  for (let k = i - 2; k >= 0 && k >= i - 2 - ENTITLED_REACH; k--) {
    const t = tokens[k]!;
    if (has(g, "entitlement_words", t.norm)) return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PUNCT" || has(g, "clause_breaks", t.norm)) return false;
  }
  return false;
}

// Most words between the time counted and the act it counts ("the second time this year that the government has").
const COUNTED_TIME_REACH = 8;

/**
 * "Es la quinta masacre carcelaria del año", "Se trata de la segunda expulsión de diplomáticos rusos", "It is the
 * second time this year that the government has expelled…": an act counted by an ordinal (grammar count_ordinals) in
 * a copula's predicate classes the act the story tells, or recalls earlier ones: a total, no act of its own
 * (GUIDELINES: "the fourth general strike" is not coded). `nominal`: the act is told as a noun; `i`: its first word.
 */
export function countedByOrdinal(tokens: readonly Token[], i: number, nominal: boolean, g: Grammar): boolean {
  const predicate = (at: number): boolean => {
    // The ordinal, after its article, after the copula ("es la quinta", "se trata de la segunda", "is the second").
    if (!has(g, "count_ordinals", tokens[at]?.norm)) return false;
    const det = at - 1;
    return det > 0 && has(g, "determiners", tokens[det]!.norm) && endsWithPhrase(g, "count_copulas", tokens, det);
  };
  // (A word right after "la quinta" is a noun, whatever its rule: "la quinta masacre".)
  if (predicate(i - 1) || (tokens[i - 1]?.pos === "ADJ" && predicate(i - 2))) return true;
  if (nominal) return false;
  for (let k = i - 1; k > 0 && k >= i - COUNTED_TIME_REACH; k--) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT") return false;
    if (has(g, "count_times", t.norm)) return predicate(k - 1) && tokens.slice(k + 1, i).some((u) => has(g, "relatives", u.norm));
  }
  return false;
}

/** Marks that open a quotation or an aside, after which a free relative or a span starts its own clause. */
const OPENING_MARKS = /^["“«'‘(—–-]$/u;
/** A token of punctuation only. */
const PUNCTUATION = /^\p{P}+$/u;

// Most words between the "desde" that opens the act's clause and the act's verb, across the span, a fronted comma and
// the act's subject ("Desde la entrada en vigor del régimen, más de 85.000 personas han sido detenidas").
const SPAN_BEFORE_REACH = 16;
// Most words between the act's last word and the span's "desde" after it ("financia desde 2024 un programa").
const SPAN_AFTER_REACH = 2;

/** Does "desde" at k open a span of time (a count, a year, or a word of since_time_heads after its determiners)? */
function opensTimeSpan(tokens: readonly Token[], k: number, g: Grammar): boolean {
  if (!has(g, "total_span_openers", tokens[k]?.norm) || !hasList(g, "since_time_heads")) return false;
  let n = k + 1;
  while (n < tokens.length && has(g, "determiners", tokens[n]!.norm)) n++;
  const t = tokens[n];
  return !!t && (isCount(g, t.norm) || has(g, "since_time_heads", t.norm));
}

/**
 * "la Unión Europea financia desde 2024 un programa", "la DEA, que desde 2024 ofrecía una recompensa", "Desde 2024,
 * la República Dominicana ha deportado a más de 500.000 haitianos", "Desde la entrada en vigor del régimen, más de
 * 85.000 personas han sido detenidas": an act verb in the clause of a span of time counted from a point (grammar
 * total_span_openers + since_time_heads) tells a state, a habit or a total over the span, no act of the day
 * (GUIDELINES: generic ongoing states, totals and habits are not coded). The span stands right after the act's words,
 * or opens the act's clause (at the sentence's start, after a quotation mark or a clause break), no clause break
 * between it and the act's verb. Not a verb in the preterite, which dates the act's start by the point. `i`: the act's
 * verb; `last`: the first word after its pattern.
 */
export function spannedAct(tokens: readonly Token[], i: number, last: number, g: Grammar): boolean {
  // (A preterite dates the act's start by the point: "ocuparon la mina desde el martes" occupied it on Tuesday.)
  if (endsIn(g, "suffix_past", tokens[i]!.text.toLowerCase(), true)) return false;
  for (let k = last; k < tokens.length && k <= last + SPAN_AFTER_REACH; k++) {
    if (opensTimeSpan(tokens, k, g)) return true;
    if (tokens[k]!.pos !== "ADV") break;
  }
  // (An infinitive or a gerund is no verb of the span's clause: "avanzan desde hace días para reclamar…" asks now.)
  const norm = tokens[i]!.norm;
  if (endsIn(g, "suffix_infinitive", norm) || endsIn(g, "suffix_gerund", norm)) return false;
  for (let k = i - 1; k >= 0 && k >= i - SPAN_BEFORE_REACH; k--) {
    const t = tokens[k]!;
    if (has(g, "clause_breaks", t.norm) || t.text === ";" || t.text === ":") return false;
    if (!opensTimeSpan(tokens, k, g)) continue;
    const b = tokens[k - 1];
    return !b || has(g, "clause_breaks", b.norm) || OPENING_MARKS.test(b.text);
  }
  return false;
}

/** Quote marks that may stand between a relative pronoun and its verb ('con quienes "siguen asesinando"'). */
const QUOTE_MARKS = /^["“”«»'’]$/u;
/** Most words between a relative pronoun and the verb of its clause ("quienes no se habían…"). */
const RELATIVE_REACH = 3;

/**
 * Where the relative pronoun (grammar `key`) stands that opens the clause of the verb at `i`, past what may come
 * between: auxiliaries, clitics, negators, a verb that goes on with it and quote marks ("que habían bloqueado",
 * "quien se niegue", 'quienes "siguen asesinando"'); -1 if none.
 */
export function relativeBefore(tokens: readonly Token[], i: number, g: Grammar, key = "relatives"): number {
  let k = i - 1;
  while (k >= 0 && i - k <= RELATIVE_REACH && relativeGap(tokens[k]!, g)) k--;
  return has(g, key, tokens[k]?.norm) ? k : -1;
}
const relativeGap = (t: Token, g: Grammar) => t.pos === "AUX" || QUOTE_MARKS.test(t.text) ||
  ["perfect_auxiliaries", "continuation_verbs", "reflexive_clitics", "negators"].some((key) => has(g, key, t.norm));

/**
 * "Quien bloquee calles o cierre hospitales va preso", "no otorgará salvoconductos a quienes atentaron contra el
 * orden constitucional", "will not negotiate with those who attacked the base": the act of a free relative describes
 * whoever does it, a kind of doer, no act the text tells. The relative (grammar people_relatives) has no antecedent:
 * an opener before it (free_relative_openers: a preposition, a pronoun of no one) or, for one that may stand alone
 * (bare_relatives), none; and no comma before them (a relative on a named person has one: "Burita, con quien
 * habló…"). Not in a cleft ("fue él quien llamó a la guardia": cleft_copulas), which asserts the act. `i`: the act's
 * verb. Returns where the relative is, or -1.
 */
export function freeRelative(tokens: readonly Token[], i: number, g: Grammar): number {
  const k = relativeBefore(tokens, i, g, "people_relatives");
  if (k < 0) return -1;
  let before = k - 1;
  if (has(g, "free_relative_openers", tokens[before]?.norm)) before--;
  else if (!has(g, "bare_relatives", tokens[k]!.norm)) return -1;
  const b = tokens[before];
  if (b && PUNCTUATION.test(b.text) && !OPENING_MARKS.test(b.text)) return -1;
  for (let n = k - 1; n >= 0 && n >= k - 3; n--) if (has(g, "cleft_copulas", tokens[n]!.norm)) return -1;
  return k;
}

/**
 * "Blessed Geza, who has called on the president to step down", "Prabowo, who has promised rapid growth": an act in
 * the perfect, in a relative clause set off by a comma after a person, describes that person's record (background),
 * no act the story tells. `i`: the act's verb, right after the auxiliary (grammar relative_auxiliaries) and the
 * pronoun (people_relatives), time and focus adverbs (gap_adverbs) aside.
 */
export function describedRecord(tokens: readonly Token[], i: number, g: Grammar): boolean {
  let k = i - 1;
  while (k >= 0 && has(g, "gap_adverbs", tokens[k]!.norm)) k--;
  if (!has(g, "relative_auxiliaries", tokens[k]?.norm)) return false;
  k--;
  while (k >= 0 && has(g, "gap_adverbs", tokens[k]!.norm)) k--;
  return has(g, "people_relatives", tokens[k]?.norm) && tokens[k - 1]?.text === ",";
}

/** Most words from an act's noun back to the apology it is the object of ("pidió perdón por lo que calificó de
 * “invasión” de América durante la conquista y por las “masacres”"). */
const APOLOGY_REACH = 20;
/** Most words between an apology's word and its preposition ("pidió perdón a las víctimas por"). */
const APOLOGY_GAP = 4;

/**
 * "pidió perdón a México por las masacres de la conquista", "se disculpó con Namibia por el genocidio y las masacres",
 * "apologized for the killings": an act named after an apology's preposition (grammar apology_words, apology_preps)
 * is the wrong it owns up to, an act of the past told as its object, no act of the day. The preposition may be one
 * coordinated with the first ("por la invasión y por las masacres"), past the clause of the first one's complement.
 * `i`: the act's noun.
 */
export function apologizedFor(tokens: readonly Token[], i: number, g: Grammar): boolean {
  let coordinated = false;
  for (let k = i - 1; k >= 0 && i - k <= APOLOGY_REACH; k--) {
    const t = tokens[k]!;
    if (/^[.;:!?]$/u.test(t.text) || (!coordinated && has(g, "clause_breaks", t.norm))) return false;
    if (!has(g, "apology_preps", t.norm)) continue;
    for (let j = k - 1; j >= 0 && k - j <= APOLOGY_GAP; j--) {
      const w = tokens[j]!;
      if (has(g, "apology_words", w.norm) || w.lemmas.some((l) => has(g, "apology_words", l))) return true;
    }
    if (!has(g, "and", tokens[k - 1]?.norm)) return false;
    coordinated = true;
  }
  return false;
}

/**
 * "hombres que se movilizaban en una motocicleta asesinaron a…", "cuando se movilizaba en su camioneta": a verb of
 * moving in the imperfect (grammar suffix_imperfect, as written) whose place is a vehicle (vehicle_nouns, after
 * determiners and counts) tells how someone was travelling when another act befell them, no march. `i`: the verb;
 * `last`: the first word after its pattern (whose last word is the preposition).
 */
export function travelIn(tokens: readonly Token[], i: number, last: number, g: Grammar): boolean {
  if (!endsIn(g, "suffix_imperfect", tokens[i]!.text.toLowerCase(), true)) return false;
  let k = last;
  while (k < tokens.length && (has(g, "determiners", tokens[k]!.norm) || isCount(g, tokens[k]!.norm) || has(g, "possessive_determiners", tokens[k]!.norm))) k++;
  return has(g, "vehicle_nouns", tokens[k]?.norm);
}
