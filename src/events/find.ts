import { inGrammar, type Grammar, type LanguagePack } from "../data/knowledge.js";
import type { ActorPhrase } from "../model/actor.js";
import { isReciprocal, type Token } from "../model/token.js";
import type { RuleMatch } from "./rules.js";

/** A trigger that survived the modality checks, with what the grammar says about it. */
export interface Trigger extends RuleMatch {
  readonly future: boolean;
  readonly passive: boolean;
  /** A verb rule met in a noun's place ("las protestas", "the attack"): its arguments are a noun's. */
  readonly nominal: boolean;
  /** "condemned the strike": the type of the event its object refers back to. */
  readonly refers?: string;
  /** "el arancel que Washington impuso": where the phrase of a nominal's relative-clause subject starts. */
  readonly agentAt?: number;
}

const has = inGrammar;

/** Does any one- to four-word phrase of `key` occur in these tokens (given nearest first)? */
export function hasPhrase(g: Grammar, key: string, nearestFirst: readonly Token[]): boolean {
  const set = g.get(key);
  if (!set) return false;
  const words = [...nearestFirst].reverse().map((t) => t.norm);
  for (let i = 0; i < words.length; i++) {
    let phrase = "";
    for (let n = 0; n < 4 && i + n < words.length; n++) {
      phrase = n ? `${phrase} ${words[i + n]}` : words[i]!;
      if (set.has(phrase)) return true;
    }
  }
  return false;
}
const CONDITIONS = new Set(["si", "if", "unless"]);
const REDUCED_REL_NEXT = new Set(["of", "for", "in", "as", "under", "after"]);
const DENIALS = new Set(["negar", "desmentir", "deny", "denied", "denies"]);
const PROMISABLE = new Set(["CONSULT", "SUPPORT", "COOPERATE", "AID"]);
const THREAT_IF_MODAL = new Set(["SANCTION", "ASSAULT", "COERCE"]);
const HABER = new Set(["ha", "han", "he", "has", "hemos", "habia", "habian", "habria", "habrian", "haya", "hayan", "hubiera", "hubieran", "habra", "habran", "haber", "habiendo"]);
const CLAUSE_PUNCT = new Set([";", ":", "“", "”", "\"", "«", "»", "(", ")", "—"]);

// Spanish conditional ("detendría") is hypothetical; the future ("enviará") makes cooperation a promise. Read
// on the written form: folding would confuse "enviará" with the subjunctive "enviara".
const ES_CONDITIONAL = /(?:ría|rías|ríamos|rían)$/;
const ES_FUTURE = /(?:rá|rás|ré|remos|rán)$/;

/** Tokens before `i` back to the start of its clause, nearest first (at most `max`). */
export function leftContext(tokens: readonly Token[], i: number, g: Grammar, max = 5): Token[] {
  const out: Token[] = [];
  for (let k = i - 1; k >= 0 && out.length < max; k--) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) || t.text === "," || has(g, "clause_breaks", t.norm)) break;
    out.push(t);
  }
  return out;
}

/**
 * Find event triggers in a sentence: rule matches outside actor names, minus negated and hypothetical ones.
 * @example "no se reunió con" → none; "enviará ayuda" → AID marked future
 */
export function findTriggers(tokens: readonly Token[], phrases: readonly ActorPhrase[], pack: LanguagePack): Trigger[] {
  const inActor = new Array<boolean>(tokens.length).fill(false);
  for (const p of phrases) for (const m of p.parts) for (let k = m.first; k < m.last; k++) inActor[k] = m.kind !== "role";
  const used = new Array<boolean>(tokens.length).fill(false);
  const out: Trigger[] = [];
  // "advirtió que, si pierde, Washington no será generoso": what follows a warning's condition is the threat's
  // content, not events of its own.
  let conditionalThreat = false;
  for (let i = 0; i < tokens.length; i++) {
    if (inActor[i] || used[i] || conditionalThreat) continue;
    const m = pack.rules.matchAt(tokens, i);
    if (!m || m.tokens.some((k) => inActor[k] || used[k])) continue;
    m.tokens.forEach((k) => (used[k] = true));
    const g = pack.grammar;
    // "offered to hand over", "agreed to share information", "amenazó con imponer aranceles": what a stance is
    // about is its content, not a second event.
    if (m.rule.pos === "verb" && contentOfStance(tokens, i, out)) continue;
    const nominal = isNominal(tokens, i, m.rule, pack);
    // "after a week of unrest", "tras las protestas": the background an event follows, unless the text dates the
    // event by it ("un día después de la llamada") or names its parties.
    if (nominal && afterBackground(tokens, i) && !namesParties(tokens, m.last)) continue;
    if (partOfProtest(tokens, i, m.rule, out)) continue;
    // "rechazó las amenazas de Trump", "condemned the strike": a nominal event that is the object of another event
    // is a reference to it, not a new event, unless a relative clause asserts it with its own doer ("rechazó el
    // arancel que Washington impuso ayer").
    const agentAt = nominal ? relativeSubject(tokens, m.last, phrases, g) : undefined;
    if (nominal && agentAt === undefined && objectOfTrigger(tokens, i, out, g)) {
      out[out.length - 1] = { ...out.at(-1)!, refers: m.rule.type };
      continue;
    }
    // "pidieron a la Secretaría apoyos para…", "offered Kyiv more military aid", "amenazó con sanciones": what is
    // asked, offered or threatened, told as a noun, is the stance's content, not an act that happened.
    if (nominal && agentAt === undefined && PROPOSALS.has(out.at(-1)?.rule.type ?? "") && contentOfStance(tokens, i, out)) continue;
    const left = leftContext(tokens, i, g);
    const anchor = tokens[i]!;
    const negated = hasPhrase(g, "negators", left) || left.some((t) => /n['’]t$/.test(t.norm) || t.lemmas.includes("fail"));
    // "la guerrilla negó haber atacado", "denied attacking": a denied act is no event.
    if (left.slice(0, 3).some((t) => t.lemmas.some((l) => DENIALS.has(l)))) continue;
    // "will not accept any tutelage", "no aceptará": refusing to agree is a rejection (CAMEO 12); other negated
    // acts did not happen and are no events.
    // "would not meet the kidnappers' demands": refusing to concede is rejecting too.
    if (negated && m.rule.type !== "AGREE" && m.rule.type !== "CONCEDE") continue;
    // "dos personas hermanos entre sí": the reciprocal "sí", folded to "si", is no condition.
    const modal = hasPhrase(g, "modals", left.filter((t) => !isReciprocal(tokens, tokens.indexOf(t))));
    // "would impose tariffs", "podría atacar": a conditional sanction or attack is a threat, other acts are not events.
    // "Mexico would keep collaborating with the United States": cooperation reported as intended is a promise
    // (AGREE), unless it hangs on a condition ("si…", "if…").
    const promised = modal && PROMISABLE.has(m.rule.type) && !left.some((t) => t.norm === "si" || t.norm === "if" || t.norm === "unless");
    if (modal && !THREAT_IF_MODAL.has(m.rule.type) && !promised) continue;
    const written = anchor.text.toLowerCase();
    if (pack.lang === "es" && m.rule.pos === "verb" && ES_CONDITIONAL.test(written)) continue;
    // "harán una huelga la próxima semana": a noun under a verb in the future is announced too.
    const futureVerb = (t: Token) => ES_FUTURE.test(t.text.toLowerCase()) && t.lemmas[0] !== t.norm;
    const future = hasPhrase(g, "future", left) ||
      (pack.lang === "es" && m.rule.pos === "verb" && futureVerb(anchor)) ||
      (pack.lang === "es" && nominal && left.slice(0, 4).some(futureVerb));
    // "553 people convicted of various crimes": an English participle modifying the noun before it.
    // The sentence's only verb is its main verb: "Thousands of people protested in Santiago".
    if (pack.lang === "en" && m.rule.pos === "verb" && /ed$/.test(anchor.norm) && tokens[i - 1]?.pos === "NOUN" && REDUCED_REL_NEXT.has(tokens[i + 1]?.norm ?? "") &&
      tokens.some((t, k) => k !== i && (t.pos === "VERB" || t.pos === "AUX"))) continue;
    // "is ready to impose sanctions": an infinitive after "to" is no participle.
    const participle = !nominal && isParticiple(anchor, pack.lang) && tokens[i - 1]?.norm !== "to";
    let passive = (participle && left.slice(0, 3).some((t) => has(g, "copulas_passive", t.norm))) || m.rule.undergoer === true;
    // A Spanish participle with no auxiliary is an adjective ("relaciones respaldadas por el tratado"), unless
    // an agent follows, which makes it a reduced passive ("detenidos por la Marina").
    if (pack.lang === "es" && participle && !passive && !HABER.has(tokens[i - 1]?.norm ?? "")) {
      if (!has(g, "agent_preps", tokens[m.last]?.norm ?? "")) continue;
      passive = true;
    }
    const rule = negated ? { ...m.rule, id: `${m.rule.id}.negated`, type: "REJECT" as const, mode: null, cameo: "120" } : m.rule;
    // "rechazó el ataque", "condemned the bombing": a pattern that ends on another event's noun refers back to it.
    const inner = m.tokens.length > 1 ? pack.rules.matchAt(tokens, m.tokens.at(-1)!) : null;
    const refers = inner && inner.rule.pos === "noun" && inner.rule.type !== rule.type ? inner.rule.type : undefined;
    out.push({ ...m, rule, future: negated ? false : future || modal, passive, nominal, ...(refers ? { refers } : {}), ...(agentAt !== undefined ? { agentAt } : {}) });
    conditionalThreat = rule.type === "THREATEN" && CONDITIONS.has(tokens[m.last - 1]!.norm);
  }
  return out;
}

/** Is this rule match a noun in this sentence ("las protestas", "the attack"), whatever the rule's own part of speech? */
function isNominal(tokens: readonly Token[], i: number, rule: RuleMatch["rule"], pack: LanguagePack): boolean {
  if (rule.pos === "noun") return true;
  const t = tokens[i]!;
  // "Él criticó", "está dispuesto": a determiner as written, not one the fold made ("él", "está" fold to "el", "esta").
  const prev = tokens[i - 1];
  const det = prev?.norm ?? "";
  const written = !!prev && (pack.grammar.get("determiners:written")?.has(prev.text.toLowerCase()) ?? false);
  // A determiner before a verb form makes it a noun ("las protestas"), unless it is an object clitic before a
  // finite verb ("lo acusa", "los atacaron").
  const clitic = det === "lo" || (["la", "las", "los"].includes(det) && /(?:aron|ieron|ó|ió|aba|aban|ía|ían)$/.test(t.text.toLowerCase()));
  if (written && !clitic) return true;
  if (pack.lang !== "es") return false;
  // "enfrentó protestas", "las amenazas": a Spanish second-person form ("protestas", "amenazas") is in news a noun.
  const secondPerson = /(?:as|es)$/.test(t.text.toLowerCase()) && !isParticiple(t, "es") && t.lemmas.some((l) => l !== t.norm && /(?:ar|er|ir)$/.test(l));
  // "una manifestación de protesta", "movimiento de protesta": after a preposition only an infinitive is a verb.
  const afterPrep = ["de", "del", "con", "sin"].includes(det) && !/(?:ar|er|ir|arse|erse|irse)$/.test(t.norm);
  return secondPerson || afterPrep;
}

// "tras la llamada entre A y B", "after a meeting in Washington between Ebrard and Greer": the parties may follow a place.
function namesParties(tokens: readonly Token[], last: number): boolean {
  return NAMES_PARTIES.has(tokens[last]?.norm ?? "") || tokens.slice(last, last + 5).some((t) => t.norm === "entre" || t.norm === "between");
}

/** A match that only describes a protest already told in the sentence: its effect, its participants, its cause. */
function partOfProtest(tokens: readonly Token[], i: number, rule: RuleMatch["rule"], before: readonly Trigger[]): boolean {
  if (!before.some((b) => b.rule.type === "PROTEST")) return false;
  const t = tokens[i]!;
  // "staged a general strike…, halting trains and flights", "…, paralizando el transporte": its effect.
  if (rule.pos === "verb" && rule.type !== "PROTEST" && /(?:ing|ando|iendo)$/.test(t.norm) && tokens.slice(Math.max(0, i - 3), i).some((x) => x.text === ",")) return true;
  // "a rally … in support of pensioners protesting over cuts": people described by the protest they are part of.
  if (rule.type === "PROTEST" && /ing$/.test(t.norm) && tokens[i - 1]?.pos === "NOUN") return true;
  // "bloquearon el puente en protesta por…", "a rally in support of pensioners", "una marcha en apoyo a los
  // maestros": the protest an act is made in, or its cause.
  return (rule.type === "PROTEST" || rule.type === "SUPPORT") && ["en", "in"].includes(tokens[i - 1]?.norm ?? "") && !/(?:ar|er|ir|ing)$/.test(t.norm);
}

const STANCES = new Set(["AGREE", "REQUEST", "REJECT", "THREATEN", "CONCEDE"]);
// Stances whose object is something that has not happened (a rejection's or a condemnation's object has).
const PROPOSALS = new Set(["AGREE", "REQUEST", "THREATEN", "CONCEDE"]);
const UNASSERTED = new Set(["AGREE", "REQUEST", "REJECT", "THREATEN", "CONCEDE"]);
const COORDINATORS = new Set(["and", "y", "e", "but", "pero", "while", "mientras", "as", "when", "cuando", "whereas"]);
const RELATIVE_OPENERS = new Set(["which", "who", "whom", "where", "cual", "quien", "quienes", "donde"]);
const CONTENT_LINKS = new Set(["to", "a", "con", "de", "en", "para", "that", "que"]);
function contentOfStance(tokens: readonly Token[], i: number, before: readonly Trigger[]): boolean {
  const prev = before.at(-1);
  // "began a hunger strike on Monday to protest against…", "marcharon para exigir…": the purpose of a protest.
  const purpose = ["to", "para"].includes(tokens[i - 1]?.norm ?? "") && before.some((b) => b.rule.type === "PROTEST" && i - b.last <= 15);
  if (purpose) return true;
  if (!prev || !STANCES.has(prev.rule.type)) return false;
  const gap = tokens.slice(prev.last, i);
  // "solicitó a la Administración federal que retire las tropas": the request's "que" clause is its content.
  if (gap.length <= 8 && gap.at(-1)?.norm === "que" && !gap.some((t) => /^[.;:]$/.test(t.text))) return true;
  // "demanded that the US cancel plans to sell weapons", "rejected a US offer to host a summit", "agreed to
  // postpone the demonstration": what is asked, refused or promised has not happened. A verb coordinated with the
  // stance ("has refused… and has urged") is an act of its own.
  const coordinated = [tokens[i - 1], tokens[i - 2]].some((t) => t && (COORDINATORS.has(t.norm) || t.text === ","));
  if (UNASSERTED.has(prev.rule.type) && gap.length <= 15 && !coordinated && !gap.some((t) => /^[.;:“”"«»()]$/.test(t.text) || RELATIVE_OPENERS.has(t.norm))) return true;
  if (i - prev.last > 3) return false;
  return gap.length === 0 || gap.every((t) => CONTENT_LINKS.has(t.norm) || /^\p{L}+(?:mente|ly)$/u.test(t.norm) || t.norm === "not" || t.norm === "no");
}

// "tras la llamada entre A y B", "after talks with X": a background event with its parties named is reported too.
const NAMES_PARTIES = new Set(["entre", "between", "con", "with", "de", "del", "of", "by", "por"]);
const BACKGROUND = new Set(["after", "following", "amid", "tras", "despues", "luego", "retaliation", "represalia", "because", "debido", "despite", "pese"]);
const DATED_BY = /^(?:\d+|un|una|dos|tres|cuatro|cinco|varios|varias|pocos|pocas|a|one|two|three|four|five|several|few|hours?|days?|weeks?|horas?|dias?|semanas?|minutos?|minutes?)$/;
function afterBackground(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    if (!BACKGROUND.has(tokens[k]!.norm)) continue;
    const before = tokens.slice(Math.max(0, k - 2), k).map((t) => t.norm);
    return !before.some((w) => DATED_BY.test(w));
  }
  return false;
}

// "the 25% tariff that the United States imposed", "el arancel de 25% que Washington impuso": a relative pronoun
// within a few words of the noun, then an actor, then a verb. Returns where that actor's phrase starts.
function relativeSubject(tokens: readonly Token[], from: number, phrases: readonly ActorPhrase[], g: Grammar): number | undefined {
  for (let k = from; k < tokens.length && k <= from + 4; k++) {
    if (/^[.;:,]$/.test(tokens[k]!.text)) return undefined;
    if (!["que", "that", "which"].includes(tokens[k]!.norm)) continue;
    const p = phrases.find((q) => q.first > k && q.first <= k + 2 && !q.anaphor);
    const verb = p ? tokens[p.last] : undefined;
    if (!p || !verb || !tokens.slice(k + 1, p.first).every((t) => has(g, "determiners", t.norm))) return undefined;
    // A subjunctive ("propuso en una llamada que tropas de EE.UU. entraran") opens a content clause, not a relative.
    if (/(?:ara|aran|iera|ieran|ase|asen|iese|iesen)$/.test(verb.norm)) return undefined;
    return verb.pos === "VERB" || verb.pos === "AUX" || verb.lemmas.some((l) => l !== verb.norm && /(?:ar|er|ir)$/.test(l)) ? p.first : undefined;
  }
  return undefined;
}

function objectOfTrigger(tokens: readonly Token[], i: number, before: readonly Trigger[], g: Grammar): boolean {
  const prev = before.at(-1);
  if (!prev || prev.rule.pos !== "verb") return false;
  const gap = tokens.slice(prev.last, i);
  return gap.length <= 3 && gap.every((t) => has(g, "determiners", t.norm) || /^\p{L}+$/u.test(t.text) && t.norm.length > 2 && !has(g, "clause_breaks", t.norm) && !has(g, "target_preps", t.norm) && !has(g, "agent_preps", t.norm));
}

// Read on the written form: "solicitó" (preterite) is no participle, "solicitado" is.
function isParticiple(t: Token, lang: string): boolean {
  const w = t.text.toLowerCase();
  // English: "-ed" and the irregular past participles, not "-ing" ("is arresting" is no passive).
  return lang === "es" ? /(?:ad|id|ít|it|ech|uest|iert|uert|ist|uelt|ect)[oa]s?$/.test(w) : /(?:ed|en|wn|ught|ung|ept|ent)$/.test(t.norm) || (t.pos === "VERB" && !/ing$/.test(t.norm));
}
