import type { Grammar } from "../data/knowledge.js";
import { beforeDeterminers, endsIn, endsWithPhrase, has, hasPair, isCount } from "../data/grammar.js";
import type { ActorPhrase } from "../model/actor.js";
import { isReciprocal, type Token } from "../model/token.js";
import { isFiniteVerb, type Trigger } from "./find.js";

// CAMEO 039, "Express intent to mediate": whoever offers deals with both parties, as a mediator does.
const OFFER_TO_MEDIATE = "039";

/** Who did it and to whom, as phrases of the sentence (resolved to actors later). */
export interface Roles { source: ActorPhrase[]; target: ActorPhrase[]; symmetric: boolean }

const PATIENT_OF = new Set(["COERCE", "ASSAULT"]);
const PATIENT_MODES = new Set(["release", "expel", "convict", "deport", "arrest"]);
// Object pronouns and clitics ("le concederá", "lo acusa", "praised him") are never subjects.
const isObjectPronoun = (c: Clause, p: ActorPhrase): boolean => p.anaphor && p.last - p.first === 1 && has(c.grammar, "object_pronouns", c.tokens[p.first]!.norm);
// Nominal stances belong to the subject that voices them ("reiteraron su disposición", "renewed its demand");
// other nominal events ("condemned the strike", "called the talks cordial") are not done by that subject.
const STANCE = new Set(["AGREE", "SUPPORT", "CONCEDE", "REQUEST", "REJECT", "THREATEN"]);
const GIVING = new Set(["AID", "AGREE"]);
// Judicial cooperation (CAMEO 063: extradition, transfer of prisoners) hands people over to another state.
// Handing people over between states (CAMEO 063 and its sub-codes: extradition, prisoner transfers).
const handover = (cameo: string): boolean => cameo.startsWith("063");
const PRISONER = "role.prisoner";
const GIVEN = new Set(["MIL", "COP", "CVL", "REF"]);
/** The sector of refugees and the displaced (PLOVER REF). */
const UPROOTED = "REF";
// Acts whose noun's "from" names who does them (not harm, sanctions or withdrawals, whose "from" is a place or a target;
// not "the threat from Russia", a danger described rather than a threat made).
const FROM_DOER = new Set(["ACCUSE", "SUPPORT", "AID", "REQUEST", "REJECT", "AGREE", "COOPERATE"]);
// Sectors that use force: a body of one of them named on an act of force is its doer.
const FORCE_SECTORS = new Set(["GOV", "MIL", "COP", "REB", "UAF", "PRM", "CRM", "SPY"]);
const BARE_KINDS = new Set(["demonym", "country", "metonym"]);
const QUOTES = new Set(["“", "”", "\"", "«", "»"]);
const STOP = new Set([";", "“", "”", "\"", "«", "»"]);
const OPENING_QUOTES = new Set(["“", "«"]);

/** The sentence's phrases with their coordination groups, ready for role search. */
export interface Clause {
  tokens: readonly Token[];
  phrases: readonly ActorPhrase[];
  groups: readonly ActorPhrase[][];
  grammar: Grammar;
  /** Token indexes where event triggers start (filled once triggers are found). */
  anchors?: Set<number>;
}

const groupOf = (c: Clause, p: ActorPhrase): ActorPhrase[] => c.groups.find((g) => g.includes(p)) ?? [p];
const isLocative = (c: Clause, w: string | undefined): boolean => has(c.grammar, "locative_preps", w);
const isOf = (c: Clause, w: string | undefined): boolean => has(c.grammar, "of_preps", w);
const isRelative = (c: Clause, w: string | undefined): boolean => has(c.grammar, "relatives", w);

/** The word right before a phrase, skipping determiners ("a la SEMAR" → "a"). */
function prepBefore(c: Clause, p: ActorPhrase, from = -1): string {
  let counted = false;
  let reach = 4;
  for (let k = p.first - 1; k >= 0 && k >= p.first - reach; k--) {
    const n = c.tokens[k]!.norm;
    if (has(c.grammar, "determiners", n)) continue;
    // "in the eastern Kosovan town of Gjilan": a region's part before a demonym leaves it hanging from the preposition.
    if (has(c.grammar, "compass_adjectives", n)) continue;
    // "the arrest of 26 alleged members of the cartel": a hedge on the people named is no preposition.
    if (has(c.grammar, "hedge_adjectives", n)) continue;
    // "la captura de doce integrantes", "the arrest of 40 people": a count is not a preposition either, nor the
    // approximation before it ("around 3,000 members surrendered", "más de 300 personas marcharon").
    if (isCount(c.grammar, n)) {
      counted = true;
      continue;
    }
    // ("shelter to 500 refugees": "to" alone is the preposition; only "up to 500" approximates.)
    if (counted && has(c.grammar, "approximator_pairs", `${c.tokens[k - 1]?.norm} ${n}`)) {
      k--;
      continue;
    }
    if (counted && has(c.grammar, "approximators", n)) continue;
    // "by all four pro-European opposition parties": a prefixed modifier inside the phrase's determiners is no preposition.
    if (/^\p{Ll}+-\p{L}/u.test(c.tokens[k]!.text)) continue;
    if (counted && isOf(c, n) && has(c.grammar, "approximators", c.tokens[k - 1]?.norm)) {
      k--;
      continue;
    }
    // "sanctions on a network of ten people", "a una red de diez personas": a collective noun after the act heads the
    // count; the preposition is the one before it (not the act's own "de": "la captura de doce integrantes").
    if (counted && from >= 0 && isOf(c, n) && k - 1 >= from && /^\p{Ll}+$/u.test(c.tokens[k - 1]!.text) && !has(c.grammar, "determiners", c.tokens[k - 1]!.norm)) {
      k--;
      reach += 3;
      continue;
    }
    // "abatieron a dos de los agresores", "killed two of the gunmen": a count of a set is no preposition either.
    if (isOf(c, n) && k + 1 < p.first && has(c.grammar, "determiners", c.tokens[k + 1]!.norm) && isCount(c.grammar, c.tokens[k - 1]?.norm ?? "")) {
      k--;
      counted = true;
      continue;
    }
    // "Miles de manifestantes", "hundreds of protesters": a quantity is not a preposition.
    if (isOf(c, n) && has(c.grammar, "quantity_nouns", c.tokens[k - 1]?.norm)) {
      k--;
      continue;
    }
    // "A team of the Central Bureau of Investigation took him…": a detachment of a body, but for a verb's object
    // ("sent a team of experts"), is no preposition either.
    if (isOf(c, n) && has(c.grammar, "detachment_nouns", c.tokens[k - 1]?.norm) && c.tokens[beforeDeterminers(c.grammar, c.tokens, k - 1)]?.pos !== "VERB") {
      k--;
      continue;
    }
    // "por parte de grupos paramilitares", "a manos de", "at the hands of": the agent's compound prepositions.
    for (let m = 3; m <= 4; m++) {
      if (k - m + 1 < 0) break;
      const compound = c.tokens.slice(k - m + 1, k + 1).map((t) => t.norm).join(" ");
      if (has(c.grammar, "agent_preps", compound)) return compound;
    }
    // "out of respect for, President Sheinbaum": a comma does not hide the preposition before it.
    const before = c.tokens[k - 1]?.norm ?? "";
    if (n === "," && (isLocative(c, before) || has(c.grammar, "target_preps", before) || has(c.grammar, "agent_preps", before))) return before;
    return n;
  }
  return "";
}

/**
 * Is the phrase the act's direct object: after it, with no preposition between ("freed two ex-ministers", not "released
 * a video of the rebels")? Determiners, counts and their hedges between are read past, as prepBefore does.
 */
export function isDirectObject(c: Clause, trigger: { readonly first: number; readonly last: number }, p: ActorPhrase): boolean {
  // (The act's word is a verb where the tagger says so: "pledged support for free media" frees no one.)
  const tag = c.tokens[trigger.first]?.pos;
  return (!tag || tag === "VERB") && p.first >= trigger.last && prepBefore(c, p) === c.tokens[trigger.last - 1]?.norm;
}

// The antecedent of an object relative clause ending right before the verb at i: "X a las que [acusa]", "X a quienes
// [acusa]" (the object marker says it), or "X it [accused]" (a subject pronoun right after the antecedent).
function objectRelativeAntecedent(c: Clause, i: number): ActorPhrase | null {
  let k = i - 1;
  while (k >= 0 && (has(c.grammar, "object_pronouns", c.tokens[k]!.norm) || has(c.grammar, "reflexive_clitics", c.tokens[k]!.norm))) k--;
  const before = (end: number) => [...c.phrases].reverse().find((p) => p.last === end && !p.anaphor) ?? null;
  if (k >= 1 && has(c.grammar, "relatives", c.tokens[k]!.norm)) {
    const j = beforeDeterminers(c.grammar, c.tokens, k);
    return j >= 0 && has(c.grammar, "object_markers", c.tokens[j]!.norm) ? before(j) : null;
  }
  if (k >= 1 && has(c.grammar, "subject_pronouns", c.tokens[k]!.norm)) return before(k);
  return null;
}

/** Subject: the nearest phrase to the left, not inside a prepositional phrase, within the clause. */
// The closing bracket of a short bracketed aside opening at k ("(SNTP)", "(sudeste)"), else -1.
const MAX_BRACKETED = 6;
function bracketAfter(c: Clause, k: number): number {
  if (c.tokens[k]?.text !== "(") return -1;
  for (let j = k + 1; j < c.tokens.length && j <= k + MAX_BRACKETED; j++) if (c.tokens[j]!.text === ")") return j;
  return -1;
}

// A phrase that is a word of its holder's name and a holder_suffixes ending ("rebel-held", "ISIS-controlled"): it names
// the place's holder, in a noun phrase of the place.
const heldPlace = (c: Clause, p: ActorPhrase): boolean => {
  const w = c.tokens[p.last - 1]!.norm;
  for (const s of c.grammar.get("holder_suffixes") ?? []) if (w.endsWith(s) && w.length > s.length) return true;
  return false;
};

export function subjectBefore(c: Clause, i: number): ActorPhrase[] {
  const aside = parentheticals(c, i);
  for (let k = c.phrases.length - 1; k >= 0; k--) {
    const p = c.phrases[k]!;
    if (p.last > i || isObjectPronoun(c, p) || aside.some(([a, b]) => p.first > a && p.last <= b)) continue;
    // "hit the rebel-held enclave … killing 32 civilians": whoever holds a place named by it is no subject.
    if (heldPlace(c, p)) continue;
    // "los 28 militares que permanecían en poder de una comunidad campesina fueron liberados", "the four students who
    // had been held in a police station in Kandy were freed": a phrase under a preposition inside a relative clause on
    // the clause's opening phrase is that clause's; the opening phrase is the subject.
    const antecedent = relativeAntecedent(c, p);
    if (antecedent) return groupOf(c, antecedent);
    // A subject further back than any clause runs is none: this also keeps a run-on text linear.
    if (i - p.last > MAX_SUBJECT_GAP) break;
    // "el Sindicato Nacional de Trabajadores de la Prensa (SNTP), que condenó…": an acronym or a note in brackets right
    // after a phrase is that phrase's; the relative pronoun after it goes back to the phrase.
    if (c.tokens[p.first - 1]?.text === "(" && c.tokens[p.last]?.text === ")" && c.phrases.some((q) => q.last === p.first - 1)) continue;
    const shut = bracketAfter(c, p.last);
    if (shut >= 0) {
      const rest = c.tokens.slice(shut + 1, i).filter((t) => !has(c.grammar, "object_pronouns", t.norm) && !has(c.grammar, "reflexive_clitics", t.norm) && !has(c.grammar, "gap_adverbs", t.norm));
      if (rest.length && rest.length <= 2 && isRelative(c, rest.at(-1)!.norm) && rest.slice(0, -1).every((t) => t.text === ",")) return groupOf(c, p);
    }
    // Object clitics and "se" between a relative pronoun and its verb do not count: "la Fiscalía, que lo acusa".
    // …and time words ("Pete Hegseth, quien ayer advirtió") and "entre sí" ("dos personas hermanos entre sí fueron").
    // A word inside an actor's name is no clause word: "the World Health Organization (WHO)" opens no relative clause.
    const named = inNames(c);
    // A relative aside between a clause's opening phrase and its verb ("The three, which helped found the bloc,
    // were…") is no part of the gap; after a phrase deeper in the clause it may be that phrase's own.
    const opening = p.first === 0 || STOP.has(c.tokens[p.first - 1]!.text) || c.tokens[p.first - 1]!.text === ",";
    const gap = c.tokens.slice(p.last, i).filter((t, k) => !named[p.last + k] && !(opening && aside.some(([a, b]) => p.last + k >= a && p.last + k <= b)) && !has(c.grammar, "object_pronouns", t.norm) && !has(c.grammar, "reflexive_clitics", t.norm) && !has(c.grammar, "gap_adverbs", t.norm) && !isReciprocal(c.tokens, p.last + k, c.grammar.get("reciprocals")));
    // Quoted words inside the clause ("made the change “as an accommodation” and praised") do not end it.
    if (gap.some((t) => STOP.has(t.text) && !QUOTES.has(t.text))) break;
    // "una orden ejecutiva que imponía…", "the agency, which accused…": the antecedent of a relative pronoun.
    if (gap.length && gap.length <= 2 && isRelative(c, gap.at(-1)!.norm) && gap.slice(0, -1).every((t) => t.text === ",")) return groupOf(c, p);
    // "liberó a cuatro sindicalistas que habían sido aprehendidos": a passive's copula (and its perfect auxiliary) right
    // after the relative pronoun; the antecedent underwent the act, whatever preposition governs it in the main clause.
    const copula = (t: Token) => has(c.grammar, "copulas_passive", t.norm) || has(c.grammar, "perfect_auxiliaries", t.norm);
    const bare = gap.length >= 2 && copula(gap.at(-1)!) ? gap.slice(0, gap.findLastIndex((t) => !copula(t)) + 1) : [];
    if (bare.length && bare.length <= 2 && gap.length - bare.length <= 2 && isRelative(c, bare.at(-1)!.norm) && bare.slice(0, -1).every((t) => t.text === ",")) return groupOf(c, p);
    // "opposition supporters who gathered…", "union members who walked out": people of the body named right before them.
    if (gap.length === 2 && isRelative(c, gap[1]!.norm) && has(c.grammar, "relative_heads", gap[0]!.norm)) return groupOf(c, p);
    // "El Parlamento Europeo aprobó una resolución que condena…", "issued a statement that condemned…": a document
    // does what it says on behalf of whoever issued it.
    if (gap.length >= 3 && gap.length <= 6 && isRelative(c, gap.at(-1)!.norm) && has(c.grammar, "document_nouns", gap.at(-2)!.norm) &&
      !gap.slice(0, -1).some((t) => STOP.has(t.text) || t.text === "," || has(c.grammar, "clause_breaks", t.norm)) && !prepBefore(c, p).length) return groupOf(c, p);
    // "advirtió que la Policía hará cumplir la ley y pidió…", "warned that police would enforce the law and urged…": the
    // subject of a reported clause told in the future, the conditional or under a modal is not the subject of a
    // preterite coordinated after it: that verb is the reporter's next act.
    const reporter = reportedFutureBefore(c, p, i);
    if (reporter >= 0) return subjectBefore(c, reporter);
    const breakAt = gap.findIndex((t) => has(c.grammar, "clause_breaks", t.norm));
    // "la Fiscalía, que lo acusa": the relative pronoun's antecedent is the subject.
    // "Albares contó que habló con…": past a speech verb's "que", its subject is the reported clause's subject.
    if ((breakAt > 1 || (breakAt >= 0 && !gap.slice(0, breakAt).every((t) => t.text === ","))) && !speechBefore(c, p.last + breakAt)) break;
    // "Netanyahu called Morrison on Wednesday to congratulate him": the object of a verb before an infinitive of
    // purpose is not its subject, unless the verb hands the act over ("urged Iran to release", "ordered troops to").
    if (purposeObject(c, p, i)) continue;
    // "si el Ejecutivo no declara la emergencia, convocarán a una huelga", "if Lima refuses, they will strike": the
    // subject of a condition set off by a comma is not the main clause's.
    if (inCondition(c, p, i)) continue;
    // "Israeli airstrikes that targeted Hamas leaders killed six people": the object of a relative clause's verb is
    // not the subject of the verb after the clause.
    if (relativeObject(c, p, i)) continue;
    // "negó que los agentes usaran munición real y acusó a…": the subject of a denied clause, its verb a subjunctive,
    // is not that of a verb of another mood coordinated after it: that is the denier's next act.
    const denier = denialBefore(c, p, i);
    if (denier >= 0) return subjectBefore(c, denier);
    // 'respondió que "las ONG no están por encima de la ley" y acusó a…': nor is the subject of a quoted report the
    // subject of a preterite coordinated right after the quotation closes; that verb is the reporter's next act.
    const opener = quotedReportBefore(c, p, i);
    if (opener >= 0) return subjectBefore(c, opener);
    // "The Saudi-led coalition fighting Houthi rebels in Yemen has declared…": nor is the object of a gerund that
    // qualifies the phrase before it.
    if (gerundObject(c, p)) continue;
    const prep = prepBefore(c, p);
    // "declaró la emergencia en las provincias de Tacna y Tarata y ordenó…": a member coordinated after a phrase under a
    // preposition is under that preposition too, and no more the subject than the first member is.
    // (Not for an infinitive, whose subject an object may control: "called on the United States and France … to press".)
    if (!has(c.grammar, "infinitive_markers", c.tokens[i - 1]?.norm) && memberUnderPrep(c, p)) continue;
    // "…, with Zelenskyy getting ready for a meeting with Trump", "with Iran threatening to retaliate": in an absolute
    // clause the phrase after "with" is the subject of the gerund right after it.
    if (has(c.grammar, "with_preps", prep) && p.last <= i && i - p.last <= 1 && endsIn(c.grammar, "suffix_gerund", c.tokens[p.last]!.norm) && c.tokens[p.last]!.pos !== "NOUN") return groupOf(c, p);
    // "Missiles fired by the Israeli military struck the depot", "a march organised by the unions blocked the road":
    // the agent of a participle after the clause's opening noun, itself no actor, is the doer of the verb after.
    if (has(c.grammar, "agent_preps", prep) && instrumentAgent(c, p)) return groupOf(c, p);
    // "La Oficina del Alto Comisionado de la ONU … condenó": a body of no entry that opens the clause and is named
    // as the known body's own acts for it.
    if (isOf(c, prep) && unknownBodyOf(c, p)) return groupOf(c, p);
    // "Un avión Hércules de la Fuerza Aérea Argentina aterrizó…", "a convoy of the Turkish Red Crescent reached…": a
    // vehicle that opens the clause does what it does for the body it is of.
    if (isOf(c, prep) && vehicleOf(c, p)) return groupOf(c, p);
    // "según medios iraníes, causó…": who reports an act is not its doer.
    if (noSubjectPrep(c, prep)) continue;
    if (c.tokens.slice(Math.max(0, p.first - 3), p.first).some((t) => has(c.grammar, "attribution_markers", t.norm))) continue;
    const g = groupOf(c, p);
    return g[0] && g[0].first <= p.first ? g : [p];
  }
  return [];
}

// A preposition whose phrase is no subject: a target's, a place's, an agent's, or "de"/"of".
const noSubjectPrep = (c: Clause, prep: string): boolean =>
  has(c.grammar, "target_preps", prep) || isLocative(c, prep) || has(c.grammar, "agent_preps", prep) || isOf(c, prep);

// Is p a later member of a coordinated group whose first member hangs from a preposition that is no subject's?
function memberUnderPrep(c: Clause, p: ActorPhrase): boolean {
  const g = c.grammar;
  // "sanciones contra Irán y Siria", "talks with Iran and Syria": a later member hangs from the first's preposition.
  // (Not past a comma: ", y el Gobierno de Pedro Sánchez le concederá", ", and President Trump thanked" join clauses.)
  const group = groupOf(c, p);
  const at = group.indexOf(p);
  // (Not under "de"/"of", where the conjunction may join the noun the first member qualifies: "los serbios de Belgrado
  // y los albaneses de Kosovo mantuvieron…".)
  if (at > 0 && c.tokens.slice(group[at - 1]!.last, p.first).every((t) => t.text !== ",")) {
    const prep = prepBefore(c, group[0]!);
    return !isOf(c, prep) && noSubjectPrep(c, prep);
  }
  // "en las provincias de Tacna y Tarata": a name joined to a name that no actor reads (a place) hangs from its preposition.
  let k = p.first - 1;
  if (!has(g, "coordinators", c.tokens[k]?.norm)) return false;
  k--;
  const end = k;
  while (k >= 0 && /^\p{Lu}/u.test(c.tokens[k]!.text) && !c.phrases.some((q) => q.first <= k && k < q.last)) k--;
  if (k === end) return false;
  while (k >= 0 && has(g, "determiners", c.tokens[k]!.norm)) k--;
  return k >= 0 && noSubjectPrep(c, c.tokens[k]!.norm);
}

// Where the "que"/"that" stands that opens the reported clause the verb at i is coordinated after, when that clause's
// verb is a future, a conditional or under a modal or a future auxiliary, the clause has no preterite, and the verb at
// i is a preterite right after "and"; -1 otherwise. ("advirtió que la Policía hará cumplir la orden que pesa contra él y
// pidió…"; "dijo que la Policía detuvo a once personas y liberó a tres": the clause's own preterites stay its own.)
export function reportedFutureOpener(c: Clause, i: number): number {
  const g = c.grammar;
  const written = (t: Token) => t.text.toLowerCase();
  if (!has(g, "and", c.tokens[i - 1]?.norm) || !endsIn(g, "suffix_past", written(c.tokens[i]!), true)) return -1;
  let unreal = false;
  for (let k = i - 2; k >= 0 && i - k <= MAX_SUBJECT_GAP; k--) {
    const t = c.tokens[k]!;
    if (STOP.has(t.text) || endsIn(g, "suffix_past", written(t), true)) return -1;
    if (has(g, "stance_content_openers", t.norm) && unreal && k > 0) return k;
    unreal ||= has(g, "modals", t.norm) || has(g, "future", t.norm) || ["suffix_future", "suffix_conditional"].some((key) => endsIn(g, key, written(t), true));
  }
  return -1;
}

// The opener of the reported future clause (reportedFutureOpener) that phrase p is the subject of, -1 if none.
function reportedFutureBefore(c: Clause, p: ActorPhrase, i: number): number {
  const k = reportedFutureOpener(c, i);
  return k >= 0 && beforeDeterminers(c.grammar, c.tokens, p.first) === k ? k : -1;
}

// Where the denial verb stands whose content clause phrase p opens, when the verb at i is coordinated after that
// clause's subjunctive in another mood; -1 otherwise.
function denialBefore(c: Clause, p: ActorPhrase, i: number): number {
  const g = c.grammar;
  const k = beforeDeterminers(g, c.tokens, p.first);
  if (k < 1 || !has(g, "stance_content_openers", c.tokens[k]!.norm)) return -1;
  const verb = c.tokens[i]!;
  const coordinated = has(g, "and", c.tokens[i - 1]?.norm) && c.tokens.slice(p.last, i - 1).some((t) => endsIn(g, "suffix_subjunctive", t.norm)) &&
    !["suffix_subjunctive", "suffix_infinitive", "suffix_gerund"].some((key) => endsIn(g, key, verb.norm));
  const j = [1, 2, 3, 4].find((d) => c.tokens[k - d]?.lemmas.some((l) => has(g, "denials", l)));
  return coordinated && j !== undefined ? k - j : -1;
}

// Where the "que" stands that opens the reported clause phrase p begins, when that clause is quoted, the quotation
// closes right before "y" and the verb at i after it is a preterite the clause itself has none of ('afirmó que el
// mandatario "no va a pedir perdón por decir la verdad" y acusó al Gobierno español…', 'respondió … que "las ONG no
// están por encima de la ley" y acusó a la comunidad internacional…'); -1 otherwise. (A report that tells past acts,
// "dijo que la policía detuvo a cinco y liberó a tres", keeps its own subject for the verbs coordinated in it.)
function quotedReportBefore(c: Clause, p: ActorPhrase, i: number): number {
  const g = c.grammar;
  const tokens = c.tokens;
  if (!has(g, "and", tokens[i - 1]?.norm) || !QUOTES.has(tokens[i - 2]?.text ?? "") || !endsIn(g, "suffix_past", tokens[i]!.text.toLowerCase(), true)) return -1;
  let k = beforeDeterminers(g, tokens, p.first);
  if (QUOTES.has(tokens[k]?.text ?? "")) k--;
  if (k < 1 || !has(g, "stance_content_openers", tokens[k]!.norm)) return -1;
  const told = tokens.slice(k + 1, i - 2);
  if (!told.some((t) => QUOTES.has(t.text)) || told.some((t) => endsIn(g, "suffix_past", t.text.toLowerCase(), true))) return -1;
  return k;
}

// "Missiles fired by", "A drone operated by": the agent phrase p follows "by" (after determiners), a participle and a
// noun that opens the clause (after determiners), and no actor stands before it in the clause.
function instrumentAgent(c: Clause, p: ActorPhrase): boolean {
  let b = p.first - 1;
  while (b >= 0 && has(c.grammar, "determiners", c.tokens[b]!.norm)) b--;
  const participle = c.tokens[b - 1];
  const noun = c.tokens[b - 2];
  // (The tagger may read a capitalised first word as a name: "Rockets launched by…".)
  const nounLike = !!noun && (noun.pos === "NOUN" || (noun.pos === "PROPN" && b - 2 === 0));
  if (!participle || participle.pos !== "VERB" || !endsIn(c.grammar, "suffix_participle", participle.text.toLowerCase(), true) || !nounLike) return false;
  let k = b - 3;
  while (k >= 0 && (has(c.grammar, "determiners", c.tokens[k]!.norm) || c.tokens[k]!.pos === "ADJ" || c.tokens[k]!.pos === "NUM")) k--;
  if (k >= 0 && c.tokens[k]!.text !== ",") return false;
  return !c.phrases.some((q) => q.last <= b - 1 && q.first > k);
}

// "La Oficina del …", "La Misión de Observación Electoral de …": the phrase's "de" ends a capitalised name of no actor,
// opened by an article at the clause's start, so the name is a body of the phrase's own.
function unknownBodyOf(c: Clause, p: ActorPhrase): boolean {
  // (The body it is of must be one the knowledge base knows: in "the Michigan Department of Environmental Quality" both
  // are unknown names, and the head is the first, the doer; the second is its complement.)
  if (p.parts.every((m) => m.kind === "name")) return false;
  const of = beforeDeterminers(c.grammar, c.tokens, p.first);
  let j = of - 1;
  let capitals = 0;
  // (A capitalised word of no entry makes a phrase of an unknown name: "Oficina".)
  const inPhrase = (k: number) => c.phrases.some((q) => q.first <= k && k < q.last && !q.parts.every((m) => m.kind === "name"));
  for (; j >= 0 && !inPhrase(j); j--) {
    const w = c.tokens[j]!;
    if (has(c.grammar, "articles", w.norm)) break;
    if (/^\p{Lu}\p{Ll}+$/u.test(w.text)) capitals++;
    else if (!(capitals > 0 && (has(c.grammar, "name_particles", w.norm) || isOf(c, w.norm)))) break;
  }
  const article = c.tokens[j];
  const opens = j - 1 < 0 || STOP.has(c.tokens[j - 1]!.text) || c.tokens[j - 1]!.text === ",";
  // ("En un comunicado, el Frente de Guerra Nororiental del ELN acusó…", "Por su parte, la Oficina del Inspector General
  // del Departamento de Seguridad Nacional informó…": after an opener set off by a comma the article is lower-case.)
  const comma = c.tokens[j - 1]?.text === ",";
  return capitals > 0 && !!article && has(c.grammar, "articles", article.norm) && (/^\p{Lu}/u.test(article.text) || comma) && opens;
}

// "Un avión (Hércules) de la Fuerza Aérea", "A convoy of the Red Crescent": the phrase's "of" follows a vehicle noun
// (grammar carrier_nouns; past a capitalised model name) that opens the clause after determiners and a count.
function vehicleOf(c: Clause, p: ActorPhrase): boolean {
  let k = beforeDeterminers(c.grammar, c.tokens, p.first) - 1;
  if (k >= 0 && /^\p{Lu}/u.test(c.tokens[k]!.text) && k > 0) k--;
  if (!has(c.grammar, "carrier_nouns", c.tokens[k]?.norm)) return false;
  k--;
  while (k >= 0 && (has(c.grammar, "determiners", c.tokens[k]!.norm) || c.tokens[k]!.pos === "NUM")) k--;
  return k < 0 || STOP.has(c.tokens[k]!.text) || OPENS_CLAUSE.test(c.tokens[k]!.text);
}
// What a clause may open after: a comma, a full stop, a dateline's closing bracket or dash ("(Prensa Latina) El buque…").
const OPENS_CLAUSE = /^[,.:)—–-]$/u;

// A phrase right after a condition's word ("si el Ejecutivo…"), with a comma between it and the verb at i.
function inCondition(c: Clause, p: ActorPhrase, i: number): boolean {
  const k = beforeDeterminers(c.grammar, c.tokens, p.first);
  if (k < 0 || !has(c.grammar, "conditions:written", c.tokens[k]!.text.toLowerCase())) return false;
  return c.tokens.slice(p.last, i).some((t) => t.text === ",");
}

// Verbal acts said to someone: an infinitive of purpose of one is addressed to whom the verb before it reached.
const ADDRESSED = new Set(["SUPPORT", "ACCUSE", "CONSULT"]);

// An infinitive at i whose nearest phrase p is the direct object of a verb that does not hand the act to its object
// (the pack's object_control_verbs; a pack without the list never skips).
function purposeObject(c: Clause, p: ActorPhrase, i: number): boolean {
  // ("visitó Caracas el lunes para reunirse con Maduro": a purpose marker before an infinitive, in a pack without one.)
  const marker = has(c.grammar, "infinitive_markers", c.tokens[i - 1]?.norm) ||
    (has(c.grammar, "purpose_markers", c.tokens[i - 1]?.norm) && (endsIn(c.grammar, "suffix_infinitive", c.tokens[i]!.norm) || endsIn(c.grammar, "suffix_reflexive_infinitive", c.tokens[i]!.norm)));
  if (!c.grammar.get("object_control_verbs")?.size || !marker) return false;
  let k = p.first - 1;
  // Past determiners and adjectives ("called new Australian Prime Minister Scott Morrison").
  // (A pack with no parts of speech knows a verb by its lemma, an infinitive other than the form.)
  const isVerb = (t: Token) => t.pos === "VERB" || (t.pos === "" && t.lemmas.some((l) => l !== t.norm && endsIn(c.grammar, "suffix_infinitive", l)));
  const adjective = (t: Token) => t.pos === "ADJ" || (t.pos !== "VERB" && !isVerb(t) && /^\p{Ll}+$/u.test(t.text));
  // …and counts ("holding 2000 people in Buner to use them as shields").
  while (k >= 0 && k >= p.first - 3 && (has(c.grammar, "determiners", c.tokens[k]!.norm) || adjective(c.tokens[k]!) || isCount(c.grammar, c.tokens[k]!.norm))) k--;
  const verb = c.tokens[k];
  if (!verb || !isVerb(verb) || verb.lemmas.some((l) => has(c.grammar, "object_control_verbs", l))) return false;
  // Only the verb's own object, with nothing but a time phrase between it and the infinitive.
  return c.tokens.slice(p.last, i - 1).every((t) => /^\p{L}+$/u.test(t.text) && t.pos !== "VERB" && t.pos !== "AUX" && !has(c.grammar, "clause_breaks", t.norm));
}

// A phrase right after "that/which/que + verb" (past determiners), with the verb at i after it: the object of a
// restrictive relative clause, whose antecedent stands further back.
// The phrase that opens the clause (or follows its comma) and a restrictive relative pronoun right after it heads,
// when `p` hangs from a preposition inside that relative clause (no comma, quotation or semicolon between).
const RELATIVE_REACH = 30;
function relativeAntecedent(c: Clause, p: ActorPhrase): ActorPhrase | undefined {
  if (!prepBefore(c, p)) return undefined;
  for (let r = p.first - 1; r >= 1 && r >= p.first - RELATIVE_REACH; r--) {
    const t = c.tokens[r]!;
    // (A comma inside: the relative clause may have closed before `p`, "X, who hosted the talks, said…".)
    if (STOP.has(t.text) || t.text === ",") return undefined;
    if (!isRelative(c, t.norm)) continue;
    const q = c.phrases.find((q) => q.last === r);
    if (!q || q === p) return undefined;
    let b = q.first - 1;
    while (b >= 0 && (has(c.grammar, "determiners", c.tokens[b]!.norm) || isCount(c.grammar, c.tokens[b]!.norm))) b--;
    return b < 0 || c.tokens[b]!.text === "," ? q : undefined;
  }
  return undefined;
}

function relativeObject(c: Clause, p: ActorPhrase, i: number): boolean {
  const k = beforeDeterminers(c.grammar, c.tokens, p.first);
  const verb = c.tokens[k];
  if (!verb || verb.pos !== "VERB" || k < 1 || !isRelative(c, c.tokens[k - 1]!.norm) || k - 1 === 0) return false;
  // …with the antecedent a noun (not "said that …": a speech verb's clause is no relative).
  const before = c.tokens[k - 2]!;
  return (before.pos === "NOUN" || before.pos === "PROPN") && c.tokens[i - 1]?.pos !== "ADP";
}

// A phrase right after a gerund (past determiners) that itself follows another phrase: "the coalition fighting Houthi
// rebels", "militants holding the hostages", "la coalición combatiendo a los rebeldes". It is the object of a reduced
// relative clause on the phrase before.
function gerundObject(c: Clause, p: ActorPhrase): boolean {
  let k = beforeDeterminers(c.grammar, c.tokens, p.first);
  if (has(c.grammar, "object_markers", c.tokens[k]?.norm)) k--;
  const verb = c.tokens[k];
  if (!verb || verb.pos !== "VERB" || !endsIn(c.grammar, "suffix_gerund", verb.norm)) return false;
  return c.phrases.some((q) => q.last === k && q !== p);
}

// Which tokens of the clause belong to an actor mention other than a role, found once per clause.
const names = new WeakMap<Clause, boolean[]>();
function inNames(c: Clause): boolean[] {
  let out = names.get(c);
  if (!out) {
    out = new Array<boolean>(c.tokens.length).fill(false);
    for (const p of c.phrases) for (const m of p.parts) if (m.kind !== "role") for (let k = m.first; k < m.last; k++) out[k] = true;
    names.set(c, out);
  }
  return out;
}

// ", which is not sending troops of its own," / ", que viajó con el ministro,": a relative clause set off by commas
// before the verb holds no subject of it.
function parentheticals(c: Clause, i: number): [number, number][] {
  let all = asides.get(c);
  if (!all) {
    // Every comma-to-comma relative of the clause, found once: each trigger takes those that close before it.
    all = [];
    for (let k = 0; k < c.tokens.length; k++) {
      // (Set off by commas or by dashes: "The three -- which helped found the bloc -- were…".)
      const open = c.tokens[k]!.text;
      // (Most tokens are no such mark: refused before the tests below, which ask the grammar and the phrases.)
      if (!ASIDE_MARKS.has(open)) continue;
      // ("--" may come as two tokens.)
      const w = open === "-" && c.tokens[k + 1]?.text === "-" ? 2 : 1;
      const rel = c.tokens[k + w]?.norm;
      // (…or an apposition: "Estonia, a small but strong country in Northern Europe, has launched…", "the brigade,
      // based in Akure, had mobilised…": set off by commas, opened by an indefinite article or a participle of place.)
      // (Not one that names who the phrase before it is: "The driver, a Peruvian national, was arrested", "the man, a
      // South Korean citizen, …".)
      const names = c.phrases.some((p) => p.first === k + 2) || [k + 3, k + 4].some((j) => has(c.grammar, "nationality_nouns", c.tokens[j]?.norm));
      // (…or a participle with its agent: "Yemeni soldiers, supported by allied fighters, carried out an attack", "las
      // tropas, apoyadas por milicias, atacaron…": the agent backs the subject and is no subject of the verb.)
      const agented = endsIn(c.grammar, "suffix_participle", c.tokens[k + w]?.text.toLowerCase() ?? "", true) && has(c.grammar, "agent_preps", c.tokens[k + w + 1]?.norm);
      const apposition = open === "," && ((has(c.grammar, "indefinite_articles", rel) && !names) || has(c.grammar, "place_descriptive", rel) || agented);
      if (!apposition && (!isRelative(c, rel) || has(c.grammar, "restrictive_relatives", rel))) continue;
      let e = k + w + 1;
      while (e < c.tokens.length && c.tokens[e]!.text !== open) e++;
      if (e < c.tokens.length) all.push([k, e + w - 1]);
    }
    asides.set(c, all);
  }
  return all.filter(([, e]) => e < i);
}
const asides = new WeakMap<Clause, [number, number][]>();
const ASIDE_MARKS = new Set([",", "-", "--", "—", "–"]);

/** Tokens between a subject and its verb, at most: further back is another clause (or a run-on list). */
const MAX_SUBJECT_GAP = 60;

// "X dijo que …", "X told Y that …": a speech verb before the clause break lets the search go on to its subject.
function speechBefore(c: Clause, breakIndex: number): boolean {
  for (let k = breakIndex - 1; k >= 0 && k >= breakIndex - 4; k--) if (c.tokens[k]!.lemmas.some((l) => has(c.grammar, "speech", l))) return true;
  return false;
}

/** Phrases after the trigger up to the end of its clause, with the preposition that introduces each. */
// Acts of backing: the owner of their noun is who backs ("Turkey's support"), not whom.
const BACKING = new Set(["SUPPORT", "AGREE"]);

// PLOVER's mode of an inquiry (ACCUSE/investigate), and how far after its noun whom it looks into may be named
// ("an investigation into the mayor": the article).
const INQUIRY = "investigate";
const INQUIRY_REACH = 3;

/**
 * The index of the preposition that names whom an inquiry ending at `k` looks into (grammar inquiry_target_preps),
 * right after its noun or past a time phrase ("opened a criminal investigation on Wednesday into far-right leader
 * George Simion", "launched a probe last week into the mayor"); -1 when there is none.
 */
function inquiryPrep(c: Clause, k: number): number {
  const i = pastTime(c, k);
  return has(c.grammar, "inquiry_target_preps", c.tokens[i]?.norm) ? i : -1;
}

/** Most words of a time phrase between an act and its party ("on Wednesday", "last Friday night"). */
const TIME_REACH = 3;

/**
 * Where the words from `k` on go on past a time phrase of the pack's time words and fillers ("on Wednesday into…",
 * "last week against…"); `k` itself when none starts there. (A time phrase holds a time word: "on" alone is none.)
 */
function pastTime(c: Clause, k: number): number {
  let i = k;
  while (i < c.tokens.length && i - k < TIME_REACH && (has(c.grammar, "time_words", c.tokens[i]!.norm) || has(c.grammar, "time_fillers", c.tokens[i]!.norm))) i++;
  return c.tokens.slice(k, i).some((x) => has(c.grammar, "time_words", x.norm)) ? i : k;
}
// How far after a demand whom it asks may be named ("demanded a serious, immediate apology from…").
const ASKED_REACH = 6;

// Acts whose generic object is their victim ("arrested 40 protesters in Kenya"), not a thing conveyed.
const FORCE_TYPES = new Set(["ASSAULT", "COERCE"]);
// How far past the conveyed noun its recipient may be named ("sent a team of medical experts to…").
const CONVEYED_REACH = 6;
// The people that are sent, withdrawn or talked about as a generic noun: troops, police, civilians, refugees, medics
// (not officials, suspects or judges, who are parties themselves: "ordered a diplomat at Iran's mission to the UN").
const CONVEYED_SECTORS = new Set(["MIL", "COP", "CVL", "REF", "MED"]);

/**
 * "refused to send peacekeepers to Angola", "retiró a sus cascos azules de Liberia", "discussed the migrant crisis with
 * the leaders of France": when the object r is a generic noun (a role, no name, body or country) and a party (a country,
 * an organisation or a named body or person) follows it behind a preposition of recipient, origin or company, that
 * party is the act's target.
 */
function conveyedTo(c: Clause, type: string, r: { prep: string; group: ActorPhrase[] }, right: readonly { prep: string; group: ActorPhrase[] }[]): { prep: string; group: ActorPhrase[] } | undefined {
  const generic = (p: ActorPhrase) => !p.actor.name && !p.actor.org && p.parts.some((m) => m.kind === "role") && p.parts.every((m) => m.kind === "role" || m.kind === "demonym");
  if (FORCE_TYPES.has(type) || !r.group.every((p) => generic(p) && CONVEYED_SECTORS.has(p.actor.sector ?? ""))) return undefined;
  const end = r.group.at(-1)!.last;
  // "urged American soldiers to disobey orders from President Trump", "instó a los soldados a desobedecer órdenes de…":
  // an addressee asked to act itself (an infinitive after it, not a passive one: "called for troops to be sent to…")
  // is the request's target; a party of the act asked for is no recipient of it.
  if (type === "REQUEST" && askedToAct(c, end)) return undefined;
  // ("retiró a sus cascos azules de Liberia": a bare "de" names the place left only as a country.)
  const party = (q: { prep: string; group: ActorPhrase[] }) => has(c.grammar, "conveyed_to_preps", q.prep)
    ? q.group.some((p) => !generic(p) && (!!p.actor.org || (!!p.actor.country && p.parts.some((m) => m.kind !== "place"))))
    : has(c.grammar, "conveyed_from_country_preps", q.prep) && q.group.every((p) => p.parts.length > 0 && p.parts.every((m) => m.kind === "country"));
  return right.find((q) => q !== r && q.group[0]!.first >= end && q.group[0]!.first - end <= CONVEYED_REACH && party(q));
}

// An active infinitive right after token `end` (past its marker: "to", "a"): "soldiers to disobey", "a los soldados a
// desobedecer".
function askedToAct(c: Clause, end: number): boolean {
  const marker = c.tokens[end];
  const verb = has(c.grammar, "infinitive_markers", marker?.norm) || has(c.grammar, "target_preps", marker?.norm) ? c.tokens[end + 1] : undefined;
  if (!verb || has(c.grammar, "passive_infinitives", verb.norm)) return false;
  return has(c.grammar, "infinitive_markers", marker?.norm) ? verb.pos === "VERB" || verb.pos === "" : endsIn(c.grammar, "suffix_infinitive", verb.norm);
}

function rightArgs(c: Clause, from: number, nominal: boolean, end = from): { prep: string; group: ActorPhrase[] }[] {
  const out: { prep: string; group: ActorPhrase[] }[] = [];
  for (const p of c.phrases) {
    if (p.first < from || out.some((o) => o.group.includes(p))) continue;
    const gap = c.tokens.slice(from, p.first);
    // "indultó “al condenado por narcotráfico”": an object in quotation marks right after the verb is still its object.
    // …and so is one past a few words set in quotation marks ("condenó la “cobarde agresión” de la guerrilla") or an
    // object quoted whole ("acusó a “bandas criminales infiltradas” de…"), after the trigger's own words (a quotation
    // inside them is the pattern's: "calificó de “barbarie” el ataque de Israel").
    if (gap.some((t, k) => STOP.has(t.text) && !(k === 0 && OPENING_QUOTES.has(t.text) && !out.length) && !(from + k >= end && scareQuote(c, from + k, end, p)))) break;
    if (!nominal && gap.some((t, k) => !inNames(c)[from + k] && has(c.grammar, "clause_breaks", t.norm) && !forumBefore(c, from + k))) break;
    if (gap.length > 12) break;
    // "condenó el atentado en su cuenta de X y ordenó a la fuerza pública…": past "y" and the next act's verb, a phrase
    // is that act's.
    if (gap.some((t, k) => has(c.grammar, "coordinators", t.norm) && (c.anchors?.has(from + k + 1) || c.anchors?.has(from + k + 2)))) break;
    const prep = prepBefore(c, p, from);
    // "While the two men met, about 200 protesters marched": the subject of the next verb is not an object.
    if (gap.some((t) => t.text === ",") && (c.anchors?.has(p.last) || c.anchors?.has(p.last + 1))) break;
    // "Germany supports the plan, said a spokesman for the government", "…, a spokesman said": who reports the act
    // after a comma is no argument of it.
    if (reportsAfterComma(c, from, p)) break;
    // "struck what the military said were Hezbollah depots": who describes the object is no argument of the act.
    if (describerOfObject(c, p)) continue;
    // An unknown capitalised name is an argument only as a direct object ("detuvieron a Juan Pérez"), not as a
    // place in passing ("en la vereda El Morro").
    if (p.parts.length && p.parts.every((m) => m.kind === "name") && namesAPlace(c, p.first)) continue;
    // "sent aid to Gaza via Egypt", "a través de Egipto": the way something goes is no party to it.
    if (routeBefore(c, p)) continue;
    out.push({ prep, group: groupOf(c, p).filter((q) => q.first >= p.first) });
    if (out.length === 3) break;
  }
  return out;
}

/**
 * "filed graft charges before the Sandiganbayan against five contractors", "brought a case before the Supreme Court
 * against the minister": a word of the pack's that opens clauses ("before") and names a forum (grammar forum_preps),
 * right before a court or a body with only determiners between, is a preposition: the search for the act's parties
 * goes on past it.
 */
function forumBefore(c: Clause, k: number): boolean {
  if (!has(c.grammar, "forum_preps", c.tokens[k]!.norm)) return false;
  let j = k + 1;
  while (j < c.tokens.length && has(c.grammar, "determiners", c.tokens[j]!.norm)) j++;
  if (j === k + 1 || j >= c.tokens.length) return false;
  // A court or a body the coder knows, a name it does not ("the Sandiganbayan"), or a forum noun within a few words
  // ("a New York court", grammar forum_nouns).
  const p = c.phrases.find((q) => q.first === j);
  if (p && !p.anaphor && (!!p.actor.org || p.actor.sector === "JUD")) return true;
  if (/^\p{Lu}/u.test(c.tokens[j]!.text) && (!p || (p.parts.length > 0 && p.parts.every((m) => m.kind === "name")))) return true;
  return c.tokens.slice(j, j + FORUM_REACH).some((x) => has(c.grammar, "forum_nouns", x.norm));
}
/** Most words from a forum's first word to its noun ("a New York district court"). */
const FORUM_REACH = 4;

/** Most words between an inquiry's preposition and the conduct noun whose owner it looks into ("into the business dealings of"). */
const CONDUCT_REACH = 3;

/**
 * "opened an investigation into the conduct of the riot police unit", "a probe into the business dealings of the
 * Kempinski group": an inquiry into what a party does (a conduct noun of the pack, right before "of") looks into that
 * party, as one into the party itself does. `prep` is the index of the inquiry's preposition.
 */
function conductInquired(c: Clause, prep: number, p: ActorPhrase): boolean {
  const of = beforeDeterminers(c.grammar, c.tokens, p.first);
  const noun = of - 1;
  return isOf(c, c.tokens[of]?.norm) && noun > prep && noun - prep <= CONDUCT_REACH && has(c.grammar, "conduct_nouns", c.tokens[noun]!.norm);
}

/** Most words (adverbs: "then", "later") between the subject of a free relative and its verb of saying or labelling. */
const DESCRIBER_GAP = 2;

/**
 * Is phrase p the subject of a free relative of saying or labelling ("struck what the military said were Hezbollah
 * depots", "in what US officials then said was a response", "because of what it called its involvement")? It only
 * describes what the act is about (grammar free_relatives, speech lemmas, label_verb_forms).
 */
function describerOfObject(c: Clause, p: ActorPhrase): boolean {
  if (!endsWithPhrase(c.grammar, "free_relatives", c.tokens, beforeDeterminers(c.grammar, c.tokens, p.first) + 1)) return false;
  for (let k = p.last; k < c.tokens.length && k <= p.last + DESCRIBER_GAP; k++) {
    const w = c.tokens[k]!;
    if (w.lemmas.some((l) => has(c.grammar, "speech", l)) || has(c.grammar, "label_verb_forms", w.norm)) return true;
    if (w.pos !== "ADV") return false;
  }
  return false;
}

/** Does a route preposition of the pack ("via", "a través de") stand right before phrase p, past its determiners? */
export function routeBefore(c: Pick<Clause, "grammar" | "tokens">, p: Pick<ActorPhrase, "first">): boolean {
  return endsWithPhrase(c.grammar, "route_preps", c.tokens, beforeDeterminers(c.grammar, c.tokens, p.first) + 1);
}

/** Most words a scare quote inside an argument's way may hold ("la “cobarde agresión” de…"): longer is quoted speech. */
const SCARE_QUOTE_WORDS = 4;

/**
 * Is the quotation mark at k one of a short pair set inside a phrase's way from `from`, or one that opens phrase p
 * quoted whole (its mark closes right after it)? Such marks set words apart; they open no quoted speech.
 */
function scareQuote(c: Clause, k: number, from: number, p: ActorPhrase): boolean {
  const tokens = c.tokens;
  if (!QUOTES.has(tokens[k]?.text ?? "")) return false;
  // (A whole phrase quoted as the verb's marked object, a word or two after it at most: "acusó a “bandas criminales
  // infiltradas”"; a name quoted after another preposition is a title, "within an “Alliance of Sahel States”".)
  const closes = [0, 1, 2].find((d) => QUOTES.has(tokens[p.last + d]?.text ?? "") && tokens.slice(p.last, p.last + d).every((t) => /^\p{Ll}+$/u.test(t.text)));
  if (k === p.first - 1 && closes !== undefined) return has(c.grammar, "object_markers", tokens[k - 1]?.norm);
  const words = (a: number, b: number) => tokens.slice(a + 1, b).every((t) => /^[\p{L}\p{N}-]+$/u.test(t.text));
  for (let j = k + 1; j < p.first && j <= k + SCARE_QUOTE_WORDS + 1; j++) if (QUOTES.has(tokens[j]!.text)) return j > k + 1 && words(k, j);
  // (A mark that closes right after the trigger's words closes a quotation the trigger is in: "expresó su “firme
  // respaldo” a Guyana" quotes the act's own words, and its object follows.)
  const back = k === from ? 0 : from;
  for (let j = k - 1; j >= back && j >= k - SCARE_QUOTE_WORDS - 1; j--) if (QUOTES.has(tokens[j]!.text)) return j < k - 1 && words(j, k);
  return false;
}

// The verb a gerund set off by a comma hangs on (", pledging to…", ", acusando a…"): the last verb before the comma
// in the same sentence, -1 when there is none or the gerund does not follow a comma.
function participleHost(c: Clause, i: number): number {
  const t = c.tokens[i];
  if (!t || t.pos !== "VERB" || !endsIn(c.grammar, "suffix_gerund", t.norm) || c.tokens[i - 1]?.text !== ",") return -1;
  for (let k = i - 2; k >= 0; k--) {
    const w = c.tokens[k]!;
    // (A short quotation the host verb takes is passed over whole: "condemned \"a flagrant violation\", calling on…".)
    const opened = QUOTES.has(w.text) ? quoteOpening(c, k) : -1;
    if (opened >= 0) {
      k = opened;
      continue;
    }
    if (STOP.has(w.text) || w.text === "." || (has(c.grammar, "clause_breaks", w.norm) && !has(c.grammar, "relatives", w.norm))) return -1;
    // ("ordered two Russian diplomats to leave the country, accusing them of…": an infinitive is the host verb's
    // complement, whose subject is the host's object; the gerund hangs on the verb that governs it.)
    if ((w.pos === "VERB" || w.pos === "AUX") && has(c.grammar, "infinitive_markers", c.tokens[k - 1]?.norm)) continue;
    if ((w.pos === "VERB" || w.pos === "AUX") && !endsIn(c.grammar, "suffix_gerund", w.norm)) return coordinationHead(c, k);
  }
  return -1;
}

const QUOTED_OBJECT_WORDS = 10;
// Where the quotation closed by the quote mark at k opens, when it is a short one with no sentence mark (-1 otherwise).
function quoteOpening(c: Clause, k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - QUOTED_OBJECT_WORDS - 1; j--) {
    const w = c.tokens[j]!;
    if (w.text === "." || w.text === ";" || w.text === ":") return -1;
    if (QUOTES.has(w.text)) return j < k - 1 ? j : -1;
  }
  return -1;
}

// The first of the verbs coordinated by "and" that verb k closes ("summoned the envoy and condemned the strike,
// calling on…" → "summoned"): they share its subject, which the object right before "and" is not; k itself when none.
function coordinationHead(c: Clause, k: number): number {
  const and = c.tokens[k - 1]?.text === "," ? k - 2 : k - 1;
  if (!has(c.grammar, "and", c.tokens[and]?.norm)) return k;
  for (let j = and - 1; j >= 0; j--) {
    const w = c.tokens[j]!;
    if (STOP.has(w.text) || w.text === "." || w.text === ":" || has(c.grammar, "clause_breaks", w.norm)) return k;
    if ((w.pos === "VERB" || w.pos === "AUX") && !endsIn(c.grammar, "suffix_gerund", w.norm)) return coordinationHead(c, j);
  }
  return k;
}

/** Acts that seek, order or threaten a penalty (grammar list penalty_words names the penalty). */
const PENALTY_TYPES = new Set(["ACCUSE", "THREATEN", "SANCTION"]);
// Acts done in words: a gerund of one of them may go on with the report it follows.
const SAID_ACTS = new Set(["ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE"]);
const REPORT_REACH = 5;

// The speech verb whose reported clause opens at token `first` ("said [that] Trump's plan…"), -1 when none: at most
// a complementizer, a time phrase or "in a statement" between them.
function reportingVerb(c: Clause, first: number): number {
  for (let k = first - 1; k >= 0 && k >= first - REPORT_REACH; k--) {
    const w = c.tokens[k]!;
    if (w.lemmas.some((l) => has(c.grammar, "speech", l))) return k;
    if (STOP.has(w.text) || w.text === "," || (c.phrases.some((p) => k >= p.first && k < p.last))) return -1;
  }
  return -1;
}

// The finite speech verb whose reported clause holds the phrase opening at `first` and runs on to the verb at `end`
// ("said [that] …"), -1 when none: no sentence mark between them, and the verb not itself in another's clause.
function reportOpening(c: Clause, first: number, end: number): number {
  const verb = c.tokens[end]!;
  if (verb.pos !== "VERB" || ["suffix_gerund", "suffix_infinitive"].some((key) => endsIn(c.grammar, key, verb.norm))) return -1;
  for (let k = first - 1; k >= 0 && first - k <= MAX_SUBJECT_GAP; k--) {
    const w = c.tokens[k]!;
    if (w.text === ";" || w.text === "." || w.text === ":") return -1;
    if (w.lemmas.some((l) => has(c.grammar, "speech", l)) && (w.pos === "VERB" || w.pos === "AUX") && !endsIn(c.grammar, "suffix_gerund", w.norm)) {
      return c.tokens.slice(k + 1, end).some((x) => x.text === ";" || x.text === "." || x.text === ":") ? -1 : k;
    }
  }
  return -1;
}

// Is phrase p the speaker of a speech verb set after a comma past the act (", said a spokesman", ", dijo el vocero",
// ", a spokesman said")? Between the comma and p only the speech verb and determiners, or only determiners with the
// speech verb right after p.
function reportsAfterComma(c: Clause, from: number, p: ActorPhrase): boolean {
  let comma = -1;
  for (let k = p.first - 1; k >= from; k--) if (c.tokens[k]!.text === ",") { comma = k; break; }
  if (comma < 0) return false;
  const says = (t: Token | undefined) => !!t && t.lemmas.some((l) => has(c.grammar, "speech", l));
  const words = c.tokens.slice(comma + 1, p.first);
  const det = (t: Token) => has(c.grammar, "determiners", t.norm);
  if (words.length > 0 && says(words[0]) && words.slice(1).every(det)) return true;
  // (", with Kremlin spokesman Dmitry Peskov saying…": an absolute clause's speaker too.)
  const lead = words.length > 0 && has(c.grammar, "with_preps", words[0]!.norm) ? words.slice(1) : words;
  if (!lead.every(det)) return false;
  // (The speaker's title may carry its own short complement: ", a spokesman for the foreign ministry said".)
  for (let k = p.last; k < c.tokens.length && k <= p.last + 5; k++) {
    if (says(c.tokens[k])) return true;
    if (c.tokens[k]!.text === "," || STOP.has(c.tokens[k]!.text) || c.tokens[k]!.pos === "VERB" || c.tokens[k]!.pos === "AUX") return false;
  }
  return false;
}

// A nominal trigger that opens its clause after a preposition ("tras la llamada", "en la conversación") has no
// governing verb whose subject could hold it.
function startsNounPhrase(c: Clause, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const n = c.tokens[k]!.norm;
    if (has(c.grammar, "determiners", n)) continue;
    // "respondió a las amenazas de…", "ante las exigencias de…", "a wave of threats": a stance noun after a
    // preposition is no object of the verb before it, so that verb's subject does not voice it.
    return isLocative(c, n) || has(c.grammar, "noun_phrase_openers", n) || has(c.grammar, "governing_preps", n) || n === "," || k === 0;
  }
  return true;
}

// "en la vereda El Morro", "in the town of San Rafael": a common noun names the kind of place before the name.
function namesAPlace(c: Clause, first: number): boolean {
  const prev = c.tokens[first - 1];
  const prev2 = c.tokens[first - 2]?.norm ?? "";
  return !!prev && /^\p{Ll}+$/u.test(prev.text) && (has(c.grammar, "determiners", prev2) || isLocative(c, prev2) || isOf(c, prev2));
}

// Between the verb and "de X" only a short noun phrase: "el puesto de", "una tractomula de la".
function directObjectGap(c: Clause, from: number, to: number): boolean {
  // (The two marks of a scare quote are no words of it: "condenó la “cobarde agresión” de la guerrilla".)
  const all = c.tokens.slice(from, to);
  const marks = all.filter((t) => QUOTES.has(t.text)).length;
  const gap = marks === 2 ? all.filter((t) => !QUOTES.has(t.text)) : all;
  if (gap.length > 5) return false;
  return gap.every((t) => /^\p{L}/u.test(t.text) && !isLocative(c, t.norm) && !has(c.grammar, "target_preps", t.norm) && !has(c.grammar, "agent_preps", t.norm));
}

function subjectAfterComma(c: Clause, from: number): ActorPhrase[] {
  const comma = c.tokens.findIndex((t, k) => k >= from && t.text === ",");
  if (comma < 0) return [];
  const p = c.phrases.find((q) => q.first > comma && q.first <= comma + 3);
  return p ? groupOf(c, p) : [];
}

// A noun at the head of its sentence behind a framing preposition ("Durante la reunión", "During talks"): nothing
// but determiners and adjectives between, and the sentence (or a dateline's dash) right before.
function framesSentence(c: Clause, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && !has(c.grammar, "framing_preps", c.tokens[k]!.norm)) {
    if (!/^\p{Ll}+$/u.test(c.tokens[k]!.text)) return false;
    k--;
  }
  if (k < 0 || !has(c.grammar, "framing_preps", c.tokens[k]!.norm)) return false;
  const prev = c.tokens[k - 1];
  return !prev || STOP.has(prev.text) || /^[.—–-]+$/.test(prev.text);
}

// "que fueron detenidos", "; fue arrestada": the passive's copula right after a clause break, a comma or the sentence
// start, with no subject before it in its clause.
function opensClause(c: Clause, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && (has(c.grammar, "copulas_passive", c.tokens[k]!.norm) || has(c.grammar, "gap_adverbs", c.tokens[k]!.norm))) k--;
  if (k === i - 1) return false;
  const prev = c.tokens[k];
  // "The three, which helped found the bloc, were suspended": the mark that closes a relative aside opens nothing.
  if (prev && parentheticals(c, i).some(([, e]) => e === k)) return false;
  // ("En la operación fueron capturados cuatro guerrilleros", "Durante el ataque resultaron heridos dos soldados": a
  // framing phrase that opens the sentence names nobody, and the clause still opens at the copula.)
  return !prev || STOP.has(prev.text) || prev.text === "," || prev.text === ":" || has(c.grammar, "clause_breaks", prev.norm) || framesSentence(c, k);
}

/** An object pronoun right before the verb ("le concedió", "lo acusa", "se lo entregó"). */
function cliticBefore(c: Clause, i: number): ActorPhrase | null {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const p = c.phrases.find((q) => q.first === k);
    if (p && isObjectPronoun(c, p)) return p;
    if (!has(c.grammar, "preverbal_particles", c.tokens[k]!.norm)) return null;
  }
  return null;
}

// Light verbs only carry the noun after them: the event is the noun's, the doer the verb's subject.
function lightVerbBefore(c: Clause, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const x = c.tokens[k]!;
    if (x.lemmas.some((l) => has(c.grammar, "light_verbs", l)) && !has(c.grammar, "determiners", x.norm)) return k;
    // "llevaron a cabo un paro": a light verb's locution ends on words of its own (the pack's light_locution_ends).
    const lead = c.tokens[k - 2];
    if (lead && has(c.grammar, "light_locution_ends", `${c.tokens[k - 1]!.norm} ${x.norm}`) && lead.lemmas.some((l) => has(c.grammar, "light_verbs", l))) return k - 2;
    // Only the verb's own object: "extended the curfew in response to recent unrest" does not make unrest the
    // government's; "25,000 tons of food aid" still is the UN's.
    if (!/^[\p{L}\d.,%$-]+$/u.test(x.text) || x.text === "," || has(c.grammar, "clause_breaks", x.norm) || c.phrases.some((p) => p.first <= k && k < p.last) ||
      (!isOf(c, x.norm) && (isLocative(c, x.norm) || has(c.grammar, "target_preps", x.norm) || has(c.grammar, "agent_preps", x.norm) || has(c.grammar, "not_object_links", x.norm)))) return -1;
  }
  return -1;
}

// The verb of a response ("respondió", "reaccionó") a few words before "con" and the act's noun at i, in one clause.
function responseVerbBefore(c: Clause, i: number): number {
  const k = beforeDeterminers(c.grammar, c.tokens, i);
  if (k < 0 || !has(c.grammar, "response_preps", c.tokens[k]!.norm)) return -1;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const x = c.tokens[j]!;
    if (x.lemmas.some((l) => has(c.grammar, "response_verbs", l))) return j;
    // (A time phrase may sit between: "respondió horas después con…".)
    if (!/^[\p{L}\d]+$/u.test(x.text) || has(c.grammar, "relatives", x.norm) || c.phrases.some((p) => p.first <= j && j < p.last)) return -1;
  }
  return -1;
}

// The verb a crowd-control instrument opening at i serves: the verb of using whose object it is ("used tear gas"),
// or the finite verb before its instrument preposition ("despejaron el acceso con gases"), past other instruments
// coordinated before it ("con camiones hidrantes y balas de goma") and the verb's object; -1 if none.
const CROWD_CONTROL = "crowd-control";
const INSTRUMENT_REACH = 8;
function instrumentVerbBefore(c: Clause, i: number): number {
  let prep = -1;
  for (let k = i - 1; k >= 0 && k >= i - INSTRUMENT_REACH; k--) {
    const x = c.tokens[k]!;
    if (prep < 0 && x.lemmas.some((l) => has(c.grammar, "use_verbs", l))) return isFiniteVerb(x, c.grammar) ? k : -1;
    if (prep < 0 && has(c.grammar, "instrument_preps", x.norm)) {
      prep = k;
      continue;
    }
    if (prep >= 0 && isFiniteVerb(x, c.grammar)) return k;
    // (Only words: a comma, a quotation or a relative pronoun ends the clause the verb is in.)
    if (!/^[\p{L}\d-]+$/u.test(x.text) || has(c.grammar, "relatives", x.norm) || has(c.grammar, "clause_breaks", x.norm)) return -1;
  }
  return -1;
}

/**
 * Whom a protest addresses: not the bridge it blocks; else its destination ("marcharon hacia el Congreso",
 * "protested outside the embassy"), whoever is behind or owns what it opposes ("un paro contra la reforma
 * impulsada por el Gobierno", "contra las tarifas que aplica el SENIAT", "por los cobros de la aduana"), or whom
 * its chant names ("chanting “Marco Rubio out of Panama”").
 */
function protestTarget(c: Clause, t: Trigger, right: { prep: string; group: ActorPhrase[] }[], target: ActorPhrase[]): ActorPhrase[] {
  const isAgent = (p: string) => has(c.grammar, "agent_preps", p);
  const kept = target.filter((p) => !(p.parts.some((m) => m.entryId === "role.civilian-property") && p.parts.every((m) => m.entryId === "role.civilian-property" || m.kind === "name" || m.kind === "place")));
  if (kept.length) return kept;
  // "close to the parliament", "delante del Congreso": the word before the preposition, past the phrase's determiners.
  const beforePrep = (p: ActorPhrase) => {
    let k = p.first - 1;
    while (k >= 0 && has(c.grammar, "determiners", c.tokens[k]!.norm)) k--;
    return c.tokens[k - 1]?.norm;
  };
  const toward = right.find((r) => hasPair(c.grammar, "protest_toward", beforePrep(r.group[0]!), r.prep));
  if (toward) return toward.group;
  // What is opposed follows "contra"/"against", "en protesta por", or the protest verb itself.
  const marker = c.tokens.findIndex((x, k) => k >= t.last && k - t.last <= 10 && hasPair(c.grammar, "protest_against", c.tokens[k - 1]?.norm, x.norm));
  const against = marker >= 0 ? marker : t.last - 1;
  const relBehind = (p: ActorPhrase) => c.tokens.slice(against + 1, p.first).some((x) => isRelative(c, x.norm)) && !has(c.grammar, "complement_preps", prepBefore(c, p));
  const owner = (p: ActorPhrase) => isOf(c, prepBefore(c, p)) && p.first - against <= 6;
  const open = (p: ActorPhrase) => !c.tokens.slice(against + 1, p.first).some((x) => STOP.has(x.text) || x.text === "." || (has(c.grammar, "clause_breaks", x.norm) && !isRelative(c, x.norm)));
  // A passive's agent ("charged by", "impulsada por"), not a route ("marcharon por Asunción").
  const agentOfPassive = (p: ActorPhrase) => isAgent(prepBefore(c, p)) && c.tokens.slice(Math.max(0, p.first - 4), p.first).some((x) => endsIn(c.grammar, "suffix_regular_participle", x.norm));
  const place = (p: ActorPhrase) => p.parts.every((m) => m.kind === "place" || m.kind === "metonym");
  const behind = c.phrases.find((p) => p.first > against && p.first - against <= 10 && open(p) && !p.anaphor && !place(p) && (agentOfPassive(p) || relBehind(p) || owner(p)));
  if (behind) return groupOf(c, behind);
  const chant = c.tokens.findIndex((x, k) => k >= t.last && x.lemmas.some((l) => has(c.grammar, "chant_words", l)));
  const chanted = chant >= 0 ? c.phrases.find((p) => p.first > chant && p.first - chant <= 4 && !p.anaphor) : undefined;
  return chanted ? [chanted] : [];
}

// The phrase after "participle by/por" right after the trigger ("staged by X", "carried out by X", "convocada por X").
function ownParticipleAgent(c: Clause, t: Trigger): ActorPhrase[] {
  const part = c.tokens[t.last];
  // Only after the act's own word, not after a verb's object ("expelled 20 workers employed by the UN").
  if (!part || !(t.nominal || t.last - t.first === 1) || !endsIn(c.grammar, "suffix_regular_participle", part.norm)) return [];
  for (let k = t.last + 1; k <= t.last + 2; k++) {
    if (!has(c.grammar, "agent_preps", c.tokens[k]?.norm)) continue;
    const p = c.phrases.find((q) => q.first > k && q.first <= k + 3 && c.tokens.slice(k + 1, q.first).every((x) => has(c.grammar, "determiners", x.norm)));
    return p && !p.anaphor ? groupOf(c, p) : [];
  }
  return [];
}

// "un atentado, atribuido al ELN, …", "a bombing blamed on the rebels": the phrase after a participle of attribution
// and its preposition, a few words after the act's noun.
function attributedTo(c: Clause, t: Trigger): ActorPhrase[] {
  for (let k = t.last; k < c.tokens.length && k <= t.last + 4; k++) {
    if (!has(c.grammar, "attribution_participles", c.tokens[k]!.norm) || !has(c.grammar, "attribution_preps", c.tokens[k + 1]?.norm)) continue;
    const p = c.phrases.find((q) => q.first > k + 1 && q.first <= k + 4 && !q.anaphor && c.tokens.slice(k + 2, q.first).every((x) => has(c.grammar, "determiners", x.norm)));
    return p ? groupOf(c, p) : [];
  }
  return [];
}

// The people an attack's toll verb names right after it ("dejó tres policías muertos", "left five soldiers dead"), with
// nothing but the attack's own words, a comma aside or a time phrase between.
function tollOf(c: Clause, t: Trigger): ActorPhrase[] {
  for (let k = t.last; k < c.tokens.length && k <= t.last + 8; k++) {
    const x = c.tokens[k]!;
    if (has(c.grammar, "clause_breaks", x.norm) || STOP.has(x.text)) return [];
    if (!x.lemmas.some((l) => has(c.grammar, "toll_verbs", l))) continue;
    const p = c.phrases.find((q) => q.first > k && q.first <= k + 5 && !q.anaphor && c.tokens.slice(k + 1, q.first).every((w, j) => has(c.grammar, "determiners", w.norm) || isCount(c.grammar, w.norm) || has(c.grammar, "approximators", w.norm) ||
      has(c.grammar, "approximator_pairs", `${c.tokens[k + j]!.norm} ${w.norm}`) || isOf(c, w.norm) || has(c.grammar, "object_markers", w.norm)));
    return p && has(c.grammar, "toll_words", c.tokens[p.last]?.norm) ? groupOf(c, p) : [];
  }
  return [];
}

// "murieron este jueves por disparos de…", "died on Monday in an attack by…": the subject of a verb of dying a few
// words before the attack's noun, with no clause break or other party between.
const DIED_REACH = 6;
function diedOf(c: Clause, t: Trigger): ActorPhrase[] {
  for (let k = t.first - 1; k >= 0 && k >= t.first - DIED_REACH; k--) {
    const x = c.tokens[k]!;
    if (STOP.has(x.text) || x.text === "," || has(c.grammar, "clause_breaks", x.norm) || c.phrases.some((p) => p.first <= k && k < p.last)) return [];
    if (x.lemmas.some((l) => has(c.grammar, "death_verbs", l))) return subjectBefore(c, k);
  }
  return [];
}

// Judgements whose object, an act told as a thing, is aimed at its author ("rechazó las sanciones anunciadas por X").
const JUDGED_BY_AUTHOR = new Set(["REJECT", "ACCUSE"]);
// Acts that grant or accept what someone sought or proposed: its author is whom they answer ("granted the order
// sought by the ACLU", "accepted the proposal submitted by the port company").
const ANSWERS = new Set(["CONCEDE", "AGREE"]);
// How far past a judgement the agent of the act it judges may stand ("the arrest of the opposition leader by…").
const AUTHOR_REACH = 10;

// The agent of a participle that follows the verb's object noun closely ("las nuevas sanciones anunciadas por X"):
// the object's author, not a party of the verb.
function authorOfObject(c: Clause, t: Trigger, p: ActorPhrase, asked = false): boolean {
  let k = p.first - 1;
  while (k > t.last && has(c.grammar, "determiners", c.tokens[k]!.norm)) k--;
  const part = c.tokens[k - 1];
  if (!has(c.grammar, "agent_preps", c.tokens[k]?.norm) || !part || k - 1 < t.last) return false;
  if (asked) return longObjectAuthor(c, t, k, asked);
  if (k - 1 > t.last && k - 1 - t.last <= 5 && endsIn(c.grammar, "suffix_regular_participle", part.norm) && has(c.grammar, "determiners", c.tokens[t.last]?.norm)) return true;
  return longObjectAuthor(c, t, k);
}

// Parts of speech that open an object noun phrase right after its verb ("rejected multiple proposals").
const OBJECT_OPENERS = new Set(["DET", "ADJ", "NUM", "NOUN"]);
// Parts of speech of a phrasal participle's particle ("laid out by", "put forward by").
const PARTICLES = new Set(["ADP", "ADV", "PART"]);

/**
 * "condemned the act of aggression and the continuing threats made by the United States", "rejected multiple proposals
 * laid out by the National Assembly", "rejected the draft truce resolution proposed by the Security Council": a longer
 * object (up to AUTHOR_REACH words), opened right after the verb or by the trigger's own noun, whose participle (of any
 * form, a particle after it) has its agent at k. Nothing but the object's words between: no verb, clause word or mark.
 */
function longObjectAuthor(c: Clause, t: Trigger, k: number, asked = false): boolean {
  let j = k - 1;
  if (PARTICLES.has(c.tokens[j]!.pos) && /^\p{Ll}+$/u.test(c.tokens[j]!.text) && c.tokens[j - 1]?.pos === "VERB") j--;
  const part = c.tokens[j]!;
  // (The trigger's own noun may be the object, the participle right after it: "granted another restraining order sought by".)
  const ownNoun = t.tokens.length > 1 && c.tokens[t.last - 1]!.pos === "NOUN";
  if (j < t.last || (j === t.last && !ownNoun) || j - t.last > AUTHOR_REACH || (part.pos !== "VERB" && !endsIn(c.grammar, "suffix_regular_participle", part.norm))) return false;
  // (What is granted or accepted answers whoever asked for or put it forward, not whoever brokered it.)
  if (asked && !part.lemmas.some((l) => has(c.grammar, "proposing_verbs", l))) return false;
  const opens = j === t.last || OBJECT_OPENERS.has(c.tokens[t.last]!.pos) || ownNoun;
  return opens && c.tokens.slice(t.last, j).every((x) => /^[\p{L}-]+$/u.test(x.text) && x.pos !== "VERB" && x.pos !== "AUX" && !has(c.grammar, "clause_breaks", x.norm));
}

// A "por" phrase right after a participle that heads its own noun phrase ("el rechazo de lo decidido por el Presidente").
function agentOfLaterParticiple(c: Clause, t: Trigger, p: ActorPhrase): boolean {
  let k = p.first - 1;
  while (k > t.last && has(c.grammar, "determiners", c.tokens[k]!.norm)) k--;
  const part = c.tokens[k - 1];
  // Only a participle that heads a noun phrase of its own, after an article or the neuter "lo" ("de lo decidido
  // por…"): "un paro de diez días decretado por los productores" is the noun's own, and so is a passive ("los cargos …
  // fueron formulados por la Corte").
  const before = c.tokens[k - 2]?.norm;
  const nominalised = has(c.grammar, "determiners", before) || has(c.grammar, "pronouns", before);
  return k - 1 >= t.last + 1 && !!part && endsIn(c.grammar, "suffix_regular_participle", part.norm) && nominalised;
}

// A passive copula and a participle of a verb that does not carry the noun (no light verb) between the noun and its
// "por" phrase: "fue condenado por", "fueron atribuidos al ELN por".
function passiveOfOtherVerb(c: Clause, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const w = c.tokens[k]!;
    if (!has(c.grammar, "copulas_passive", c.tokens[k - 1]!.norm) || !endsIn(c.grammar, "suffix_regular_participle", w.norm)) continue;
    if (!w.lemmas.some((l) => has(c.grammar, "light_verbs", l))) return true;
  }
  return false;
}

/**
 * "returned six Iraqi artifacts to the government of Iraq", "handed over $4 million worth of medicines to the Ministry
 * of Health of Ethiopia": a phrase inside what a verb of transfer (grammar transfer_verbs) hands over, with no
 * preposition of a party before it, yields to the party named after "to" past it, the recipient.
 */
function recipientPast(c: Clause, t: Trigger, r: { prep: string; group: ActorPhrase[] }): { prep: string; group: ActorPhrase[] } | undefined {
  if (has(c.grammar, "target_preps", r.prep) || has(c.grammar, "with_preps", r.prep) || has(c.grammar, "from_preps", r.prep)) return undefined;
  if (!c.tokens[t.first]!.lemmas.some((l) => has(c.grammar, "transfer_verbs", l))) return undefined;
  const party = (p: ActorPhrase) => !p.anaphor && (!!p.actor.org || !!p.actor.country);
  const from = Math.max(t.last, r.group.at(-1)!.last);
  // (Only within the object: past a verb, a "to" is that verb's, "a team sent to investigate the rebels opposed to…".)
  const verbless = (q: { group: ActorPhrase[] }) => !c.tokens.slice(from, q.group[0]!.first).some((x) => x.pos === "VERB" || x.pos === "AUX");
  return rightArgs(c, from, false).find((q) => has(c.grammar, "recipient_preps", q.prep) && q.group.some(party) && verbless(q));
}

/** "… por la detención de X", "… for the arrest of X": a nominal event given as the cause of another. */
export function nestedByCause(c: Clause, i: number): boolean {
  // "thanked Trump for an “excellent and respectful” phone call": a few adjectives may come in between.
  const before = c.tokens.slice(Math.max(0, i - 7), i);
  const k = before.findLastIndex((t) => has(c.grammar, "cause_preps", t.norm));
  // ("thanked Norway for its help in the peace talks": a noun a further preposition governs is no cause itself.)
  return k >= 0 && !before.slice(k + 1).some((t) => has(c.grammar, "clause_breaks", t.norm) || t.text === "," || isLocative(c, t.norm) || isOf(c, t.norm));
}

// "los ataques de Rusia contra Járkov", "el ataque del Ejército ruso", "el bombardeo de la aviación rusa", "disparos de
// un dron israelí": an attack's first "de"/"of" phrase did it when a "contra"/"against" follows it (whatever it names),
// when it is an armed body named as an institution, or when it is a nationality on the weapon the "de" names.
const ARMED_BODIES = new Set(["MIL", "REB", "PRM", "UAF", "COP"]);
const BODY_KINDS = new Set(["institution", "org"]);
const AGAINST_REACH = 6;
function attackerOf(c: Clause, t: Trigger, r: { prep: string; group: ActorPhrase[] } | undefined): boolean {
  if (!r || t.rule.type !== "ASSAULT" || t.agentAt !== undefined) return false;
  const p = r.group[0]!;
  const gap = c.tokens.slice(t.last, p.first);
  if (!gap.length || !isOf(c, gap[0]!.norm)) return false;
  const end = r.group.at(-1)!.last;
  const after = c.tokens.slice(end, end + AGAINST_REACH);
  const stop = after.findIndex((k) => k.text === "," || k.pos === "VERB" || has(c.grammar, "clause_breaks", k.norm));
  if ((stop < 0 ? after : after.slice(0, stop)).some((k) => has(c.grammar, "against_preps", k.norm))) return gap.length <= 2;
  if (gap.length <= 2) return ARMED_BODIES.has(p.actor.sector ?? "") && p.parts.some((m) => BODY_KINDS.has(m.kind));
  // "de la aviación rusa", "de un dron israelí": "de", a determiner and one common noun, then a nationality.
  const weapon = gap.slice(1).filter((k) => !has(c.grammar, "determiners", k.norm));
  return weapon.length === 1 && /^\p{Ll}+$/u.test(weapon[0]!.text) && r.group.length === 1 && p.parts.length > 0 && p.parts.every((m) => m.kind === "demonym");
}

/**
 * "enfrentamiento entre tropas del Ejército y el ELN": a lone bare role whose "of" names a body that a conjunction joins
 * to the next party is one party through that body; the list goes on past it ("tropas del Ejército" and "el ELN"), as
 * it does in "los cancilleres de Chile y Bolivia".
 */
function listPastOf(c: Clause, group: ActorPhrase[]): ActorPhrase[] {
  const role = group.length === 1 ? group[0]! : null;
  if (!role || role.actor.country || role.actor.org || !role.parts.length || !role.parts.every((m) => m.kind === "role")) return group;
  const owner = c.phrases.find((p) => p.first > role.last && p.first - role.last <= 2 && isOf(c, prepBefore(c, p)));
  const list = owner ? groupOf(c, owner) : [];
  return list.length >= 2 && list[0] === owner ? list : group;
}

/**
 * Assign source and target to a trigger from its clause: subject/object for verbs, passive agents,
 * "de/of", "entre/between", "por/by" for nominal forms.
 */
export function assignRoles(c: Clause, t: Trigger): Roles {
  const { rule } = t;
  const nominal = t.nominal;
  // Arguments may sit inside a gapped pattern: "acusó al exministro de corrupción" (acusar … corrupción).
  // …and so may a noun's: "announced the release of three Kuwaiti nationals" (release … national).
  // (Only a phrase the noun's own "of" governs: not a place in passing, "el envío a la frontera con México de…".)
  const inside = nominal && c.phrases.some((p) => p.first > t.first && p.last < t.last && isOf(c, prepBefore(c, p)));
  // ("suspended the Indus Waters Treaty with Pakistan": a name that holds the pattern's own word is what the act is
  // about, no party to it.)
  const right = rightArgs(c, nominal && !inside ? t.last : t.first + 1, nominal, t.last).filter((r) => !r.group.some((p) => p.parts.length > 0 && p.parts.every((m) => m.kind === "name") && t.tokens.some((k) => k >= p.first && k < p.last)));
  const isAgent = (p: string) => has(c.grammar, "agent_preps", p);
  let source: ActorPhrase[] = [];
  let target: ActorPhrase[] = [];
  const symmetric = rule.symmetric ?? false;
  // "enfrentamiento entre policías y sicarios" matched by "enfrentamiento ... policía": the parties after a "between"
  // inside the trigger's gap are still its parties.
  const inner = nominal ? c.tokens.findIndex((k, i) => i > t.first && i < t.last && has(c.grammar, "between_preps", k.norm)) : -1;
  const found = inner >= 0
    ? rightArgs(c, inner + 1, nominal).find((r) => r.group[0]!.first - inner <= 3 && r.group[0]!.first > inner)
    : right.find((r) => has(c.grammar, "between_preps", r.prep) && r.group[0]!.first - t.last <= 3);
  const between = found && { ...found, group: listPastOf(c, found.group) };
  // …but after a verb of one doer, a "between" names the parties of its object, not the act's: "Kenya welcomed the truce
  // between Israel and Hamas" is Kenya's welcome ("celebró el acuerdo entre Israel y Hamás").
  const mediates = rule.mode === "third-party" || rule.cameo === OFFER_TO_MEDIATE;
  const subject = between && between.group.length >= 2 && !nominal ? subjectBefore(c, t.first) : [];
  if (between && between.group.length >= 2 && (nominal || symmetric || mediates || !subject.length)) {
    // "Putin launched a mediation effort between India and Pakistan": a mediator deals with both parties.
    // …and so does one who offers to (CAMEO 039, "Qatar offered to mediate between Rwanda and Congo").
    if (mediates && subject.length) return { source: subject, target: between.group, symmetric: false };
    return { source: [between.group[0]!], target: between.group.slice(1), symmetric: true };
  }
  // "indirect talks between the two sides": a pair word after "between" is both parties (the decisions split it).
  if (between && between.group.length === 1 && between.group[0]!.pair && rule.symmetric) return { source: between.group, target: [], symmetric: true };
  // "an earlier protest staged by labour groups", "la marcha convocada por los sindicatos", "attacks carried out by the
  // RSF": the agent of a participle right after the act is who did it.
  const own = ownParticipleAgent(c, t);
  // "Missiles fired by the Israeli military struck the depot": a noun pattern run past the participle on its noun to
  // the clause's verb holds the participle's agent; that agent did the act.
  const held = nominal && !t.passive ? c.phrases.find((p) => p.first > t.first && p.last < t.last && !p.anaphor && isAgent(prepBefore(c, p)) &&
    c.tokens.slice(t.first, p.first).some((x) => endsIn(c.grammar, "suffix_regular_participle", x.norm))) : undefined;
  if (held) {
    const rest = rightArgs(c, t.last, false);
    return { source: groupOf(c, held), target: rest[0] && !isAgent(rest[0].prep) ? rest[0].group : [], symmetric: false };
  }
  if (own.length && !t.passive) {
    const rest = assignRoles(c, { ...t, agentAt: undefined, last: own[0]!.last }) as Roles;
    return { source: own, target: rest.target.filter((p) => !own.includes(p)), symmetric: rest.symmetric };
  }
  if (t.passive) {
    source = right.find((r) => isAgent(r.prep))?.group ?? [];
    // "came under fire from Russian forces", "received threats from the cartel": what the subject undergoes comes
    // from its doer.
    if (!source.length && rule.undergoer) source = right.find((r) => has(c.grammar, "from_preps", r.prep) && !r.group[0]!.parts.every((m) => m.kind === "place"))?.group ?? [];
    // "199 venezolanos deportados desde Estados Unidos", "migrants deported from the US": the state they were sent
    // from deported them.
    // "inspectors have been expelled from North Korea", "were suspended from ECOWAS": the state or bloc they were put
    // out of did it.
    const putOutBy = (a: ActorPhrase["actor"]) => (a.country && !a.name) || (rule.mode === "expel" && a.org);
    if (!source.length && (rule.mode === "deport" || rule.mode === "expel")) source = right.find((r) => has(c.grammar, "from_preps", r.prep) && putOutBy(r.group[0]!.actor))?.group ?? [];
    // "fueron detenidos cinco hombres": a subject after the passive verb, with no preposition, is who underwent it.
    // Only where the passive opens its clause ("…informó que fueron capturados…", "; fue arrestada también una mujer").
    // "He is being held in Bukele's mega prison": whose prison, jail or custody it is holds them; a possessor is no
    // subject after the verb either.
    const possessor = (r: { group: ActorPhrase[] }) => has(c.grammar, "possessive_clitics", c.tokens[r.group.at(-1)!.last]?.norm);
    if (!source.length && rule.type === "COERCE") source = right.find((r) => r.group[0]!.first < t.last && possessor(r) && isLocative(c, prepBefore(c, r.group[0]!)))?.group ?? [];
    const after = opensClause(c, t.first) ? right.find((r) => r.group[0]!.first >= t.last && r.group[0]!.first - t.last <= 3 && !possessor(r) && directObjectGap(c, t.last, r.group[0]!.first) && !c.tokens.slice(t.last, r.group[0]!.first).some((x) => isOf(c, x.norm))) : undefined;
    // "con 120 hondureños deportados desde…": a participle right after a noun phrase says what befell that phrase.
    const head = c.phrases.find((p) => p.last === t.first && !p.anaphor);
    // "rescued 40 schoolchildren kidnapped by gunmen": right after a noun that names no actor, the participle befell
    // that noun's people, not the sentence's subject.
    const bareNoun = !rule.undergoer && c.tokens[t.first - 1]?.pos === "NOUN" && !c.phrases.some((p) => p.first < t.first && p.last >= t.first);
    target = after ? after.group : head ? groupOf(c, head) : bareNoun ? [] : subjectBefore(c, t.first);
    // "fue extraditado ayer a Estados Unidos por la FGR": the state that receives him, not the man handed over.
    const to = handover(rule.cameo) ? right.find((r) => has(c.grammar, "recipient_preps", r.prep) && r.group[0]!.actor.country && !r.group[0]!.actor.name) : undefined;
    if (to) target = to.group;
    return { source, target, symmetric };
  }
  if (nominal) {
    const patientOf = PATIENT_OF.has(rule.type) || PATIENT_MODES.has(rule.mode ?? "");
    // "U.S. strikes", "Iran's attack", "los bombardeos israelíes": a country named on the noun is its doer.
    // (Not where the pattern ends on another act's noun: in "su rechazo a los bombardeos estadounidenses" the demonym
    // did the bombing, and is what the rejection is aimed at.)
    const modifier = c.phrases.find((p) => (p.last === t.first || (p.last === t.first - 1 && has(c.grammar, "possessive_clitics", c.tokens[p.last]!.norm)) ||
      (p.first === t.last && !t.refers && p.parts.every((m) => m.kind === "demonym")) ||
      // "Un dron ucraniano impactó…": a pattern that opens on its instrument holds the nationality that owns it.
      (p.first === t.first + 1 && p.last < t.last && p.parts.every((m) => m.kind === "demonym"))) && p.parts.length > 0 && p.parts.every((m) => BARE_KINDS.has(m.kind)));
    // "Pete Hegseth's warning", "the ministry's decision": whoever owns the act did it.
    // "Bukele's visit", "Japan's aid": any act but harm, a trial or what is done to someone is its owner's.
    const ownable = STANCE.has(rule.type) || (!patientOf && rule.type !== "ACCUSE");
    // "a police crackdown", "Syrian government missiles struck": a body that uses force, named right before the act's
    // noun, did it (not a people it befell: "journalist killings", "opposition arrests").
    // …not a gerund after its noun, which tells what the body does by habit ("the coalition fighting the rebels").
    const gerund = endsIn(c.grammar, "suffix_gerund", c.tokens[t.first]!.norm);
    const compound = modifier || gerund || !PATIENT_OF.has(rule.type) ? undefined : c.phrases.find((p) => p.last === t.first && !p.anaphor &&
      (!!p.actor.org || FORCE_SECTORS.has(p.actor.sector ?? "")) && !p.parts.some((m) => m.kind === "place"));
    const owner = modifier ?? compound ?? (ownable ? c.phrases.find((p) => p.last === t.first - 1 && has(c.grammar, "possessive_clitics", c.tokens[p.last]!.norm) && !p.anaphor) : undefined);
    if (owner) source = [owner];
    // "el arancel de 25% que Washington impuso ayer", "the tariff that the United States imposed": the relative
    // clause's subject did it.
    const agent = t.agentAt !== undefined ? c.phrases.find((p) => p.first === t.agentAt) : undefined;
    if (agent && source.length === 0) source = groupOf(c, agent);
    // "envió una nota diplomática al gobierno de EE.UU. por la muerte de un ciudadano": under a light verb, a "de"
    // further on belongs to another noun.
    // "Caracas respondió horas después con la expulsión de la encargada de negocios", "responded with tariffs on US
    // goods": who answers with an act does it.
    const answer = source.length === 0 ? responseVerbBefore(c, t.first) : -1;
    if (answer >= 0) source = subjectBefore(c, answer);
    // "despejaron el acceso con camiones hidrantes y balas de goma", "Police used pepper spray against…": a
    // crowd-control instrument told as a noun is used by the subject of the verb it serves.
    const wielder = source.length === 0 && rule.mode === CROWD_CONTROL ? instrumentVerbBefore(c, t.first) : -1;
    if (wielder >= 0) {
      source = subjectBefore(c, wielder);
      // …on whom the verb is done: its object, right after it or marked ("despejaron con balas de goma a un grupo de").
      const object = (p: ActorPhrase) => {
        const k = beforeDeterminers(c.grammar, c.tokens, p.first);
        return k === wielder || (k > wielder && has(c.grammar, "object_markers", prepBefore(c, p)) && !c.phrases.some((q) => q.first >= t.last && q.first < p.first));
      };
      // (People: "despejaron el puente con gases" clears a place, on no one named.)
      const property = (p: ActorPhrase) => p.parts.every((m) => m.entryId === "role.civilian-property");
      const done = target.length ? undefined : c.phrases.find((p) => p.first > wielder && p.first - t.last <= INSTRUMENT_REACH && !source.includes(p) && !property(p) && object(p));
      if (done) target = groupOf(c, done);
    }
    const governed = source.length === 0 && lightVerbBefore(c, t.first) >= 0;
    let ofSource: ActorPhrase[] | undefined;
    // "el ataque de Rusia contra Ucrania", "la ofensiva del Ejército contra el ELN": an act of harm aimed "against"
    // someone named after its "de" was done by the "de" phrase, not to it.
    const against = patientOf ? right.findIndex((r) => has(c.grammar, "against_preps", r.prep)) : -1;
    const doerOf = (against > 0 && isOf(c, right[0]!.prep) && !right[0]!.group.includes(agent!)) || attackerOf(c, t, right[0]) ? right[0] : undefined;
    if (doerOf && source.length === 0 && !governed) {
      source = doerOf.group;
      target = against > 0 ? right[against]!.group : [];
    }
    for (const r of right) {
      if (r === doerOf || (doerOf && r === right[against])) continue;
      // "la extradición de 26 narcotraficantes a Estados Unidos": whom a handover's "de" names is handed over, no party.
      if (handover(rule.cameo) && isOf(c, r.prep) && !r.group.every((p) => p.actor.country && !p.actor.name)) continue;
      if (isOf(c, r.prep)) {
        // ("announced the arrest of 26 alleged members of…": counts and hedges after the "of" are no further noun.)
        const ofWords = c.tokens.slice(t.last, r.group[0]!.first).filter((k) => !isCount(c.grammar, k.norm) && !has(c.grammar, "hedge_adjectives", k.norm));
        if (governed && ofWords.length > 2) continue;
        // "una jornada de protesta de un día, pero se alargó al no recibir del gobierno respuestas": past a clause word,
        // a "de" phrase belongs to another clause's noun.
        if (c.tokens.slice(t.last, r.group[0]!.first).some((x) => has(c.grammar, "clause_breaks", x.norm))) continue;
        // "launched a probe of the FAA", "expressed its condemnation of the declaration": under a light verb, whose
        // subject does the act, the noun's "of" names what the act is about.
        if ((patientOf || governed) && target.length === 0) target = r.group;
        else if (!patientOf && source.length === 0) source = ofSource = r.group;
        else if (target.length === 0) target = r.group;
      } else if (r.group.includes(agent!)) continue;
      // "el rechazo de lo decidido por el Presidente": the agent of a participle further on is not the noun's doer.
      else if (isAgent(r.prep) && agentOfLaterParticiple(c, t, r.group[0]!)) continue;
      // "el bombardeo israelí fue condenado por Egipto": the agent of a passive whose verb is no light verb is that
      // verb's doer (Egypt condemned); "los cargos fueron formulados por la Corte" (a light verb) are the Court's.
      else if (isAgent(r.prep) && passiveOfOtherVerb(c, t.last, r.group[0]!.first)) continue;
      // "the protests were triggered by the announcement by X": a "by" past a verb of its own is that verb's agent.
      else if (isAgent(r.prep) && (source.length === 0 || source[0] === modifier) && !c.tokens.slice(t.last, r.group[0]!.first).some((k) => k.pos === "VERB" || k.pos === "AUX")) source = r.group;
      // "la cancelación de los visados de tres diputados por parte de Estados Unidos": with an agent named, the noun's
      // "de" names whom the act befalls.
      else if (isAgent(r.prep) && source === ofSource && target.length === 0 && !c.tokens.slice(t.last, r.group[0]!.first).some((k) => k.pos === "VERB" || k.pos === "AUX" || has(c.grammar, "clause_breaks", k.norm))) {
        target = source;
        source = r.group;
      }
      // "criticism from the UN", "aid from Japan", "threats from Iran": a stance or a gift comes from its doer.
      else if (FROM_DOER.has(rule.type) && source.length === 0 && has(c.grammar, "from_preps", r.prep) && !r.group[0]!.parts.every((m) => m.kind === "place")) source = r.group;
      else if ((has(c.grammar, "target_preps", r.prep) || has(c.grammar, "with_preps", r.prep)) && target.length === 0) target = r.group;
    }
    // "airstrikes that targeted Hamas leaders", "a strike that hit a school": an attack's relative clause names its target.
    const rel = t.last;
    if (target.length === 0 && rule.type === "ASSAULT" && isRelative(c, c.tokens[rel]?.norm) && c.tokens[rel + 1]?.lemmas.some((l) => has(c.grammar, "striking_verbs", l))) {
      const hit = c.phrases.find((p) => p.first > rel + 1 && beforeDeterminers(c.grammar, c.tokens, p.first) === rel + 1 && !p.anaphor);
      if (hit) target = groupOf(c, hit);
    }
    // "missiles fired at dawn struck a rebel camp": a noun's pattern that closes on a verb takes that verb's object;
    // "Israeli airstrikes hit Gaza": so does an attack that is the subject of a striking verb right after it.
    const closing = c.tokens[t.last - 1];
    if (target.length === 0 && t.tokens.length > 1 && closing?.pos === "VERB") target = right.find((r) => r.prep === closing.norm)?.group ?? [];
    const strikes = c.tokens[t.last];
    if (target.length === 0 && rule.type === "ASSAULT" && strikes?.pos === "VERB" && strikes.lemmas.some((l) => has(c.grammar, "striking_verbs", l))) {
      target = right.find((r) => r.group[0]!.first > t.last && directObjectGap(c, t.last + 1, r.group[0]!.first))?.group ?? [];
    }
    // "un ataque con explosivos atribuido a disidencias de las FARC", "an attack blamed on the ELN": whom the act is
    // put down to did it.
    if (source.length === 0) {
      source = attributedTo(c, t);
      // (Its "a" is then no target: "atribuido al ELN".)
      target = target.filter((p) => !source.includes(p));
    }
    // "El atentado dejó tres policías muertos", "the bombing left five soldiers dead": whom an attack's toll names it hit.
    if (target.length === 0 && rule.type === "ASSAULT") target = tollOf(c, t);
    // "Cuatro palestinos murieron por disparos de un dron israelí", "three soldiers died in an attack by the rebels":
    // who died of an attack it hit.
    if (target.length === 0 && rule.type === "ASSAULT" && source.length > 0) target = diedOf(c, t);
    // "ambas dependencias reiteraron su disposición de …": the governing verb's subject holds the nominal event.
    // …and so does a handover's ("el gobierno de Honduras aprobó la extradición del exdiputado").
    if (source.length === 0 && (STANCE.has(rule.type) || handover(rule.cameo)) && !startsNounPhrase(c, t.first) && !nestedByCause(c, t.first)) source = subjectBefore(c, t.first);
    // "Gabon's junta announced on Sunday its withdrawal from the AU", "declared their withdrawal": an act a possessive
    // determiner owns, under a verb, is the clause subject's, the owner the determiner points back to.
    // …after a preposition too for a joint act, whose owners are its parties ("both sides signaled headway in their talks").
    if (source.length === 0 && ownable && has(c.grammar, "possessive_determiners", c.tokens[t.first - 1]?.norm) && (symmetric || !startsNounPhrase(c, t.first - 1))) source = subjectBefore(c, t.first - 1);
    // "The UN will provide 25,000 tons of food aid", "el ELN lanzó una ofensiva": a light verb's subject does
    // what its object noun names.
    const light = source.length === 0 ? lightVerbBefore(c, t.first) : -1;
    if (light >= 0) source = subjectBefore(c, light);

    // "Durante una conversación telefónica, Sheinbaum y Trump pactaron…", "During talks in Beijing, Xi told Putin…":
    // a meeting that frames the sentence is held by the main clause's subject.
    if (source.length === 0 && target.length === 0 && symmetric && rule.type === "CONSULT" && framesSentence(c, t.first)) source = subjectAfterComma(c, t.last);
    // "la visita a Caracas del enviado especial": a visit told as a noun has its place as its host too.
    if (target.length === 0 && rule.mode === "visit") target = right.find((r) => isLocative(c, r.prep) && r.group[0]!.actor.country && !source.some((s) => s.actor.country === r.group[0]!.actor.country))?.group ?? [];
    return { source, target, symmetric };
  }
  source = subjectBefore(c, t.first);
  // "Pakistan's foreign minister met his Chinese counterpart on Monday, pledging…": a gerund set off by a comma has
  // the subject of the verb before the comma, not that verb's object.
  const main = participleHost(c, t.first);
  if (main >= 0 && source.length && source[0]!.first > main) {
    const own = subjectBefore(c, main);
    if (own.length) source = own;
  }
  // "France's envoy said Trump's plan cements despair, calling out the plan for…": an act said in words, as a gerund
  // after a reported clause whose subject is a thing an actor owns, goes on with the report: it is the speaker's.
  const owner = source.length > 0 && has(c.grammar, "possessive_clitics", c.tokens[source[0]!.last]?.norm);
  const speech = main >= 0 && owner && source[0]!.first < main && SAID_ACTS.has(rule.type) && !c.anchors?.has(main) ? reportingVerb(c, source[0]!.first) : -1;
  const speaker = speech >= 0 ? subjectBefore(c, speech) : [];
  if (speaker.length) source = speaker;
  // "Ali said two soldiers were wounded in the attack and called on the Council…", "a spokesperson said the agency had
  // targeted … and accused the mayor…": an act done in words, a finite verb coordinated after a reported clause whose
  // subject the search found, goes on with the report: it is the speaker's.
  const reported = SAID_ACTS.has(rule.type) && source.length > 0 && has(c.grammar, "and", c.tokens[t.first - 1]?.norm) ? reportOpening(c, source[0]!.first, t.first) : -1;
  const teller = reported >= 0 ? subjectBefore(c, reported) : [];
  if (teller.length && !teller.some((p) => source.includes(p))) source = teller;
  // "Tras reunirse con el embajador, García Harfuch anunció…", "After meeting Rubio, Mulino said…": the subject
  // of an opening infinitive or gerund is the main clause's, after the comma.
  if (source.length === 0 && has(c.grammar, "opening_preps", c.tokens[t.first - 1]?.norm)) source = subjectAfterComma(c, t.last);
  const multiword = t.tokens.length > 1;
  // "tachó de criminales a los militares", "branded as terrorists the leaders of…": after a label's preposition, the
  // words right after are the label, not whom it is put on.
  const labelled = has(c.grammar, "label_preps", c.tokens[t.last - 1]?.norm) && right.length > 1 && right[0]!.group[0]!.first - t.last <= 2;
  // "rechazó las nuevas sanciones anunciadas por Washington contra…", "condemned the attack carried out by the ELN on…":
  // a judged act's author, the agent of its participle, is whom the judgement is aimed at.
  // …and so is the agent of the act its noun names: "condemned the arrest of the opposition leader by Tanzanian police".
  const nounAgent = JUDGED_BY_AUTHOR.has(rule.type) && t.refers && right[0] && right[1] && isOf(c, right[0].prep) && isAgent(right[1].prep) &&
    right[1].group[0]!.first - t.last <= AUTHOR_REACH ? right[1] : undefined;
  const answered = ANSWERS.has(rule.type);
  const author = ((JUDGED_BY_AUTHOR.has(rule.type) || answered) && right[0] && isAgent(right[0].prep) && authorOfObject(c, t, right[0].group[0]!, answered) ? right[0] : undefined) ?? nounAgent;
  if (author) target = author.group.filter((p) => !source.includes(p));
  // "pidió 30 años de prisión para el exalcalde", "sought a life sentence for the former minister", "issued an arrest
  // warrant for the general": whom a penalty is sought or a warrant issued for is the act's target.
  const penalty = PENALTY_TYPES.has(rule.type) && t.tokens.some((i) => c.tokens[i]!.lemmas.some((l) => has(c.grammar, "penalty_words", l)));
  for (const r of author || labelled ? right.slice(1) : right) {
    if (author) break;
    // "ordenó la detención de González", "defendió el derecho de Israel": the complement of the rule's noun.
    const ofPrep = isOf(c, r.prep);
    // "atacaron el puesto de Policía", "ordenó la detención de González": the complement of the object noun.
    const ofNoun = ofPrep && (multiword ? r.group[0]!.first - t.last <= 3 : directObjectGap(c, t.last, r.group[0]!.first));
    // "fired missiles at the air base", "an attack on police": an attack's "at"/"on" names its target.
    const aimed = rule.type === "ASSAULT" && has(c.grammar, "aimed_preps", r.prep);
    // "launched an investigation into the mayor", "abrió una investigación sobre el exministro": whom an inquiry looks
    // into, right after its noun, is its target.
    // "demanded an apology from the prime minister": whom a demand's first object is asked of.
    const askedOf = rule.type === "REQUEST" && r === right[0] && has(c.grammar, "asked_of_preps", r.prep) && r.group[0]!.first - t.last <= ASKED_REACH &&
      // (A place there is where the demand comes from or what it qualifies: "from an Islamabad city magistrate".)
      r.group.some((p) => p.parts.some((m) => m.kind !== "place" && m.kind !== "country" && m.kind !== "metonym"));
    const into = rule.mode === INQUIRY ? inquiryPrep(c, t.last) : -1;
    const inquired = into >= 0 && ((r.prep === c.tokens[into]!.norm && r.group[0]!.first - into <= INQUIRY_REACH) || (ofPrep && conductInquired(c, into, r.group[0]!)));
    if (!ofNoun && !aimed && !inquired && !askedOf && !(penalty && has(c.grammar, "penalty_target_preps", r.prep)) && (isLocative(c, r.prep) || isAgent(r.prep) || ofPrep)) continue;
    // "reiterated Turkey's support for the GNA", "promised Washington's support for…": the owner of the support the
    // trigger names, inside its words, is whose support it is (the speaker's side), not whom it goes to.
    // (Only the owner of the backing noun itself: "defended Brazil's new mining policy" defends Brazil's act.)
    const owns = (k: number) => has(c.grammar, "possessive_clitics", c.tokens[k]?.norm) && has(c.grammar, "backing_nouns", c.tokens[k + 1]?.norm);
    // (…when a known party follows: "reaffirmed his administration's commitment to the One China principle" names none.)
    const known = (q: { group: ActorPhrase[] }) => q.group[0]!.first > r.group.at(-1)!.last && q.group.some((p) => !!p.actor.country || !!p.actor.org);
    if (BACKING.has(rule.type) && r.group.every((p) => p.first > t.first && p.last < t.last - 1) && owns(r.group.at(-1)!.last) && right.some(known)) continue;
    // "denunciará la medida ante la ONU", "lo denunció ante la Corte Penal Internacional": an international body or a
    // court a charge is brought before is its forum, not whom it is aimed at.
    // (…and so is a name the coder does not know, when the charge's "against" follows: "filed graft charges before the
    // Sandiganbayan against five contractors".)
    const unknownForum = (p: ActorPhrase) => !p.actor.country && p.parts.length > 0 && p.parts.every((m) => m.kind === "name") && has(c.grammar, "against_preps", c.tokens[pastTime(c, p.last)]?.norm);
    if (rule.type === "ACCUSE" && has(c.grammar, "forum_preps", r.prep) && r.group.every((p) => !!p.actor.org || p.actor.sector === "JUD" || unknownForum(p))) continue;
    // "pledged 1,000 officers", "enviará tropas a Haití": forces offered or sent are the aid, not its recipient.
    // The same holds for people taken in or handed over: "take in more deportation flights, including migrants".
    // (…but people of a named country given something are its recipients: "willing to provide support to Palestinian
    // refugees"; not bare ones, whose country the story does not give: "legal assistance to the detainees"; nor after a
    // preposition that also marks an object: "aceptó recibir a migrantes venezolanos".)
    // (…and forces pledged or withdrawn yield to the party they go to or leave: "willing to withdraw its troops from Iraq".)
    // (…and refugees and the displaced, who are never what is given: "delivered food rations to 12,000 displaced people".)
    const recipients = has(c.grammar, "recipient_preps", r.prep) && !has(c.grammar, "object_markers", r.prep) &&
      r.group.every((p) => p.parts.some((m) => m.kind === "demonym" || m.kind === "country") || p.actor.sector === UPROOTED);
    if (GIVING.has(rule.type) && !recipients && r.group.every((p) => p.parts.some((m) => m.kind === "role" && GIVEN.has(m.sector ?? "")) && p.parts.every((m) => m.kind === "role" || m.kind === "demonym" || m.kind === "country"))) {
      const left = conveyedTo(c, rule.type, r, right);
      if (!left) continue;
      target = left.group.filter((p) => !source.includes(p));
      break;
    }
    // "extraditó a Estados Unidos al operador del CJNG": the suspect handed over is not the other party.
    if (handover(rule.cameo) && r.group.every((p) => p.actor.sector === "CRM" || p.parts.some((m) => m.entryId === PRISONER) || p.parts.every((m) => m.kind === "name" || m.kind === "person"))) continue;
    // "refused to send peacekeepers to Angola", "withdrew peacekeepers from Liberia", "discussed the migrant crisis with
    // the leaders of France": a generic noun of what is sent, withdrawn or talked about yields to the recipient, the
    // place left or the counterpart named right after it (not in acts of force, whose generic people are the victims).
    const party = conveyedTo(c, rule.type, r, right) ?? recipientPast(c, t, r);
    target = (party ?? r).group.filter((p) => !source.includes(p));
    break;
  }
  // "a 50% tariff on all imports from Brazil": a sanction's "from" names whom it hits.
  if (target.length === 0 && (rule.type === "SANCTION" || rule.type === "THREATEN")) {
    // …a bloc too: "a 30% tariff on products from the EU".
    const from = right.find((r) => has(c.grammar, "from_preps", r.prep) && (r.group[0]!.actor.country || r.group[0]!.actor.org));
    if (from) target = from.group;
  }
  // "lamentó que Venezuela haya cerrado la frontera", "regretted that Peru had left": a judgement whose pattern ends
  // on "que"/"that" is about the subject of the clause it opens.
  if (target.length === 0 && has(c.grammar, "stance_content_openers", c.tokens[t.last - 1]?.norm)) {
    const subject = c.phrases.find((p) => p.first >= t.last && p.first - t.last <= 3 && prepBefore(c, p) === c.tokens[t.last - 1]!.norm &&
      c.tokens.slice(t.last, p.first).every((x) => has(c.grammar, "determiners", x.norm)));
    if (subject) target = groupOf(c, subject);
  }
  // "demanded that the prime minister apologize", "exigió que el presidente renuncie": whom a demand asks to act is the
  // subject of the clause it opens.
  // …also where the demand's pattern runs on into that clause ("demanded that Prime Minister Pashinian's government
  // resign", "demanding that authorities release a student").
  const opener = has(c.grammar, "stance_content_openers", c.tokens[t.last]?.norm) ? t.last : has(c.grammar, "stance_content_openers", c.tokens[t.first + 1]?.norm) ? t.first + 1 : -1;
  if (target.length === 0 && rule.type === "REQUEST" && opener >= 0) {
    const subject = c.phrases.find((p) => p.first > opener && p.first - opener <= ASKED_REACH && c.tokens.slice(opener + 1, p.first).every((x) => has(c.grammar, "determiners", x.norm)));
    if (subject) target = groupOf(c, subject);
  }
  // "las personas y empresas a las que acusa de…", "ten people and six companies it accused of…": in an object
  // relative clause with its own subject, the antecedent is what the verb acts on.
  // …also over a phrase the verb reaches only through a preposition of what it charges ("officials it accuses of
  // directing a campaign against journalists": the journalists are in the charge, the officials are accused).
  if (target.length === 0 || (prepBefore(c, target[0]!) !== "" && !has(c.grammar, "object_markers", prepBefore(c, target[0]!)))) {
    const antecedent = objectRelativeAntecedent(c, t.first);
    if (antecedent) target = groupOf(c, antecedent);
  }
  // "Stoltenberg called Erdogan to apologize", "phoned his counterpart to complain": a verbal act in an infinitive of
  // purpose, with no object of its own, is addressed to the object of the verb before it.
  if (target.length === 0 && ADDRESSED.has(rule.type) && has(c.grammar, "infinitive_markers", c.tokens[t.first - 1]?.norm)) {
    const called = [...c.phrases].reverse().find((p) => p.last < t.first && purposeObject(c, p, t.first));
    if (called) target = groupOf(c, called);
  }
  const clitic = cliticBefore(c, t.first);
  if (clitic && (target.length === 0 || !has(c.grammar, "object_markers", prepBefore(c, target[0]!)))) target = [clitic];
  if (rule.type === "PROTEST") target = protestTarget(c, t, right, target);
  // "Israel bombardeó instalaciones en Teherán": an attack's place names its target when nothing else does.
  // …and a visit's place its host: "arrived in Amman", "llegó a Caracas".
  if (target.length === 0 && (rule.type === "ASSAULT" || rule.mode === "visit")) {
    // …or the civilian property it hit: "detonaron una carga explosiva en el puente Villalobos".
    const property = (r: { group: ActorPhrase[] }) => rule.type === "ASSAULT" && r.group[0]!.parts.some((m) => m.entryId === "role.civilian-property");
    const place = right.find((r) => isLocative(c, r.prep) && (property(r) || (r.group[0]!.actor.country && !source.some((s) => s.actor.country === r.group[0]!.actor.country))));
    if (place) target = place.group;
  }
  return { source, target, symmetric };
}
