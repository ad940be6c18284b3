import { inGrammar, type Grammar } from "../data/knowledge.js";
import { beforeDeterminers, endsIn, isCount, reflexiveClaim } from "../data/grammar.js";
import { resolveAnaphor, type Discourse } from "../actors/coref.js";
import { agentSlot, readName, type NameReading } from "../actors/names.js";
import { gazetteer } from "../places/gazetteer.js";
import { singleOfficeRoles } from "../actors/offices.js";
import { isDirectObject, reportedFutureOpener, routeBefore, subjectBefore } from "../events/roles.js";
import { freeRelative, relativeBefore } from "../events/background.js";
import { hasPhrase, leftContext, type Trigger } from "../events/find.js";
import type { Actor, ActorPhrase } from "../model/actor.js";
import { fold, type Token } from "../model/token.js";
import type { EventType, Ontology } from "../ontology/index.js";
import type { AnalyzedSentence } from "../pipeline/analyze.js";
import type { Candidate, Decided, DecisionContext, DecisionRule } from "./candidate.js";
import { namedNonActorParty, ownThingObject, publicOfferObject, requesterAfter, unownedMeasure } from "./objects.js";
import { STATE, counterpart, fillDefaults, implicit } from "./sides.js";

// Sectors that bear arms (a "protest" by them is coercion), and those of them outside the state.
const ARMED = new Set(["REB", "UAF", "CRM", "MIL", "COP", "SPY", "PRM"]);
// Troops and fighters: the sides whose withdrawal from a place is a military retreat (type.forces-withdraw).
const FORCES = new Set(["MIL", "REB", "PRM", "UAF"]);
const IRREGULAR = new Set(["REB", "UAF", "CRM", "PRM"]);
// People outside the state and its armed foes who take to the streets: the public, students, workers, farmers, and the
// political opposition's supporters ("opposition supporters hurled stones at police").
const UNARMED_PUBLIC = new Set(["CVL", "EDU", "LAB", "AGR", "OPP"]);
// CAMEO 180, an unconventional attack with primitive means (stones, fire), not a killing with them (1823).
const PRIMITIVE_ATTACK = "180";
const CIVILIAN_PROPERTY = "role.civilian-property";
const PEOPLE_KINDS = new Set(["role", "group", "demonym", "person", "org", "institution"]);
// The state's security forces that search and raid (not its army).
const POLICE = new Set(["COP", "SPY"]);
/** Forces that arrest people: police and the military. */
const SECURITY_FORCES = new Set(["COP", "MIL"]);
// Offices a counterpart mirrors: soldiers, police, judges, lawmakers (a government's is the default).
const OFFICE_KINDS = new Set(["MIL", "COP", "JUD", "LEG"]);
const COUNTERPART = "role.counterpart";
const SOLDIERS = "role.soldier";
const EQUIPMENT = "role.military-equipment";
// Modes of harm a state does through its police or jailers rather than its armed forces.
const NOT_MILITARY = new Set(["crowd-control", "torture", "beat", "sexual"]);
const BARE = new Set(["demonym", "country", "metonym"]);
// How far past a trigger the country owning its object noun may stand ("criticó la decisión de Colombia": 3 words).
const OWNER_REACH = 4;
const CRIME = new Set(["crime", "illegal_drugs", "trafficking", "corruption"]);
// The role entry of protesters (data/actors/roles.json).
const PROTESTER_ROLE = "role.protester";
// Acts of state power that an authority reports having done in the passive ("were detained", "fue expulsado").
const AUTHORITY_ACTS = new Set(["COERCE", "SANCTION"]);
const PLACE_KINDS = new Set(["place", "country", "metonym"]);
// CAMEO 202 (mass killings) and 203 (ethnic cleansing): harm to non-combatants by definition.
const MASS_KILLING = new Set(["202", "203"]);
// Acts that a state aims at an international organisation it is at odds with.
const AT_BODY = new Set(["ACCUSE", "REJECT", "SANCTION", "THREATEN", "REQUEST"]);
// The tag of a verb's particle ("shore up"), as the English tagger marks it.
const PARTICLE_TAG = "ADP";
// A state's answers to protesters: offers, demands, refusals, concessions.
const TO_PROTESTERS = new Set(["AGREE", "REQUEST", "REJECT", "CONCEDE", "RETREAT"]);
// "Los agentes respondieron con gases lacrimógenos" in a story about a strike: crowd control has a crowd as its object.
const RESIGN = "resign";
const CROWD_CONTROL = "crowd-control";
const ABDUCTION = "181";

const copy = (xs: readonly Actor[]): Actor[] => xs.map((x) => ({ ...x }));

/** An act that takes people captive (an abduction, an arrest), told with a doer who has an identity. */
const isCaptivity = (e: Decided): boolean =>
  ((e.type === "ASSAULT" && e.mode === "abduct") || (e.type === "COERCE" && e.mode === "arrest")) && e.source.length > 0 && e.source.every((s) => !!(s.country || s.org));

/** The people the nearest captivity took (not one whose captives read as its captors: "police said they had been detained"). */
function captives(events: readonly Decided[]): Actor[] | undefined {
  const same = (a: Actor, b: Actor) => a.country === b.country && a.sector === b.sector && a.org === b.org;
  return events.find((e) => isCaptivity(e) && known(e.target).length && !e.target.some((t) => e.source.some((s) => same(s, t))))?.target;
}

/** How many sentences after a release its captors may be told. */
const CAPTORS_AFTER = 2;

/**
 * Settle the releases that wait for their captors (source.captors-release): each takes the doer of the nearest
 * captivity told in the next CAPTORS_AFTER sentences whose captives are of the released people's country where both
 * are known; a release no later sentence gives captors to has no doer, and is no event. Returns the events kept.
 */
export function settleCaptors<E extends Decided & { awaits?: "captors"; trace: string[] }>(events: readonly E[]): E[] {
  const out: E[] = [];
  for (const [i, e] of events.entries()) {
    if (!e.awaits || e.source.length) {
      out.push(e);
      continue;
    }
    const countries = new Set(e.target.map((t) => t.country).filter(Boolean));
    // (…or the same people by the same noun: "los enfermeros … retuvieron a los enfermeros".)
    const fits = (h: Decided) => !countries.size || !h.target.some((t) => t.country) || h.target.some((t) => countries.has(t.country) || e.target.some((r) => !!r.text && fold(r.text) === fold(t.text ?? "")));
    const held = events.slice(i + 1).find((h) => isCaptivity(h) && fits(h) && h.sentence - e.sentence <= CAPTORS_AFTER);
    if (!held) continue;
    e.source = copy(held.source);
    if (!known(e.target).length) e.target = copy(captives(events.slice(i + 1)) ?? held.target);
    e.trace.push(`source.captors-release: the captivity told later names the captors (${held.source.map((s) => s.name ?? s.text).join(", ")})`);
    delete e.awaits;
    out.push(e);
  }
  return out;
}
// The PLOVER mode of withdrawing forces or envoys (RETREAT, SANCTION), and of a visit (CONSULT).
const WITHDRAW = "withdraw";
const PEACEKEEPERS_OUT = "1661";
const VISIT = "visit";
const TROOPS = "troops";
const POLICE_MODE = "police";
// Security forces: who enters a prison as a force, not as a prisoner.
const SECURITY = new Set(["MIL", "COP"]);
const LOWER_WORD = /^\p{Ll}+$/u;

// "Qatar is looking into the incident", "questioned officers over the incident": a word that names an act only as
// something that happened (grammar incident_nouns), in or right after a reaction's pattern, is the latest act of force
// the story told.
function incidentReferred(c: Candidate, x: DecisionContext): EventType | undefined {
  const t = c.found.trigger;
  const words = x.a.sentence.tokens.slice(t.first, t.last + 4);
  if (!x.on.is(c.type, "stance")) return undefined;
  if (words.some((w) => inGrammar(x.g, "incident_nouns", w.norm)) || labelledObject(c, x)) return [...x.earlier, ...x.out].reverse().find((e) => (e.type === "ASSAULT" || e.type === "COERCE") && e.source.length)?.type;
  return actNounReferred(c, x);
}

/** Most words between a free relative and its verb of labelling ("what the rights group itself called"). */
const LABELLER_GAP = 4;

// "Amnesty International Kenya condemned what it called the excessive use of force", "condemned what it called 'the
// criminalization of peaceful protest'": a judgement of what the judge labels in its own words, right after its verb,
// names an act told before in other words; like an incident, it stands for the latest act of force told.
function labelledObject(c: Candidate, x: DecisionContext): boolean {
  const t = c.found.trigger;
  const tokens = x.a.sentence.tokens;
  if (c.type !== "ACCUSE" || !inGrammar(x.g, "free_relatives", tokens[t.last]?.norm ?? "")) return false;
  for (let k = t.last + 1; k < tokens.length && k <= t.last + LABELLER_GAP; k++) {
    if (inGrammar(x.g, "label_verb_forms", tokens[k]!.norm)) return true;
  }
  return false;
}

// "called the move reckless", "welcomed the judgment", "called the decision a huge win": a judgement of a word for an
// act in general is about the latest act the story told, by someone other than the judge.
function actNounReferred(c: Candidate, x: DecisionContext): EventType | undefined {
  const t = c.found.trigger;
  const words = x.a.sentence.tokens.slice(t.first, t.last + 4);
  // (Praise, not a defence: "defended the decision" is of one's own measure, CAMEO 052.)
  if (!(JUDGEMENTS.has(c.type) && (c.type !== "SUPPORT" || c.cameo === PRAISE)) || !words.some((w) => inGrammar(x.g, "act_nouns", w.norm))) return undefined;
  const judge = new Set(c.source.map((a) => a.country ?? a.org));
  return [...x.earlier, ...x.out].reverse().find((e) => e.source.length && !e.source.some((a) => judge.has(a.country ?? a.org)))?.type;
}
/** Most words (adjectives: "trabajadores portuarios que…") between a relative's antecedent and the pronoun. */
const ANTECEDENT_GAP = 2;
/** The id suffix of a lexicon entry read negated (a refusal: RuleIndex.entry). */
const NEGATED = ".negated";
const JUDGEMENTS: ReadonlySet<EventType> = new Set(["ACCUSE", "SUPPORT", "REJECT"]);
const FORCE_ACTS: ReadonlySet<string> = new Set(["ASSAULT", "COERCE"]);

// The latest act of type `refers` told with a doer; for a noun of force, ASSAULT or COERCE, with no act of its own type
// told, the latest act of force ("Israeli warplanes struck… Aoun condemned the raids": a raid is COERCE).
function reactedTo(x: DecisionContext, refers: string): Decided | undefined {
  const told = [...x.earlier, ...x.out].reverse();
  return told.find((e) => e.type === refers && e.source.length) ?? (FORCE_ACTS.has(refers) ? told.find((e) => FORCE_ACTS.has(e.type) && e.source.length) : undefined);
}

// "Pandilleros… secuestraron a dos monjas… Los agentes abatieron a cinco… EE.UU. condenó el secuestro", "gunmen
// kidnapped… police killed… condemned the kidnapping": the act a reaction names by its noun is the one the story told
// with a word of the same stem, not merely the latest act of its type.
const STEM = 5;
function namedAct(c: Candidate, x: DecisionContext, refers: string): Decided | undefined {
  const t = c.found.trigger;
  const stems = x.a.sentence.tokens.slice(t.last, t.last + 3).filter((w) => w.norm.length >= STEM && /^\p{L}+$/u.test(w.norm)).map((w) => w.norm.slice(0, STEM));
  if (!stems.length) return undefined;
  // (the head word of the act's trigger: "secuestraron", "the kidnapping of"; an act told with whom it befell)
  return [...x.earlier, ...x.out].reverse().find((e) => e.type === refers && e.source.length && e.target.length && stems.includes(fold(e.trigger?.text ?? "").split(/\s+/)[0]!.slice(0, STEM)));
}
const PRAISE = "051";
/** PLOVER's PROTEST mode for members of an organisation or union abandoning their workplaces. */
const STRIKE = "strike";

// "in Niger last July, in Burkina Faso in 2022 and in Mali in 2020": the countries of a list of places, each after
// its own locative preposition, from the first one on; each link holds only a comma, "and", a date or its words.
/**
 * A country that owns the act the trigger is about: told inside the trigger with a possessive ("defended Mexico's
 * immigration policy", "defended Germany's decision") or, for a stance and a country named as such, right after it as
 * the complement of its noun ("defendió la política ambiental de Brasil", "criticó la decisión de Colombia"; not a
 * place, "el repliegue de Managua a Masaya"). It is that country's government, whose act it is.
 */
function actOwner(c: Candidate, x: DecisionContext, p: ActorPhrase): boolean {
  const t = c.found.trigger;
  const tokens = x.a.sentence.tokens;
  return (p.first > t.first && p.last < t.last && inGrammar(x.g, "possessive_clitics", tokens[p.last]?.norm ?? "")) ||
    (x.on.is(c.type, "stance") && p.parts.every((m) => m.kind === "country") && p.first > t.last && p.first - t.last <= OWNER_REACH &&
      inGrammar(x.g, "of_preps", tokens[p.first - 1]?.norm ?? "") && (tokens[p.first - 2]?.pos || "NOUN") === "NOUN");
}

function placeList(x: DecisionContext, first: ActorPhrase): ActorPhrase[] {
  const tokens = x.a.sentence.tokens;
  const out = [first];
  const country = (p: ActorPhrase) => !!p.actor.country && !p.actor.org && !p.anaphor && p.parts.every((m) => BARE.has(m.kind));
  for (const p of x.a.phrases) {
    const prev = out.at(-1)!;
    if (p.first < prev.last) continue;
    const gap = tokens.slice(prev.last, p.first);
    if (!country(p) || gap.length > 6 || !inGrammar(x.g, "locative_preps", gap.at(-1)?.norm ?? "")) break;
    // (Between them: a comma or "and" ending the previous member, and any time words of its own.)
    if (!gap.some((t) => t.text === "," || inGrammar(x.g, "and", t.norm)) || gap.some((t) => STOPS.has(t.text))) break;
    // ("in Chad, before a summit in Niger": a noun or a verb of its own makes the next place another matter.)
    if (gap.some((t) => (t.pos === "NOUN" || t.pos === "VERB" || t.pos === "AUX") && !inGrammar(x.g, "dating_counts", t.norm))) break;
    if (out.some((o) => o.actor.country === p.actor.country)) break;
    out.push(p);
  }
  return out;
}
const STOPS = new Set([".", ";", ":", "?", "!"]);
// The doers of the story's latest protest told with more than the bare public ("transportistas y campesinos", "the
// teachers' union"), for "los manifestantes" and protests with nobody named later on.
const PROTESTER = "role.protester";
const COLLEAGUE = "role.colleague";
const PROPERTY = "role.civilian-property";
function namedProtesters(x: DecisionContext): Actor[] | null {
  const prior = [...x.earlier, ...x.out].reverse().find((e) => e.type === "PROTEST" && e.source.length && e.source.every((s) => s.country || s.org) && e.source.some((s) => s.text && (s.org || (s.sector && s.sector !== "CVL"))) && !e.source.some((s) => STATE.has(s.sector ?? "")));
  return prior ? prior.source : null;
}
// The people of the latest protest told, unnamed ones too ("grupos de manifestantes"): whom crowd control disperses.
function crowd(x: DecisionContext): Actor[] | null {
  const prior = [...x.earlier, ...x.out].reverse().find((e) => e.type === "PROTEST" && e.source.length && e.source.every((s) => s.country && !STATE.has(s.sector ?? "")));
  return prior ? prior.source : null;
}
const crowdOnly = (ps: readonly ActorPhrase[]): boolean => ps.length > 0 && ps.every((p) => !p.actor.name && !p.actor.org && p.parts.some((m) => m.entryId === PROTESTER) && p.parts.every((m) => m.entryId === PROTESTER || m.kind === "demonym" || m.kind === "country" || m.kind === "place"));
// CAMEO's occupation of territory (192), the seizure that takes ground.
const OCCUPATION = "192";
const known = (xs: Actor[]) => xs.filter((x) => x.country || x.sector || x.org);
// A phrase that names property alone ("puentes internacionales", "drug-trafficking boats"): no doer of any act; with
// `named`, also property with its own name ("el puente de Tienditas"), a party only to harm.
const isProperty = (p: ActorPhrase, named = false): boolean =>
  p.parts.some((m) => m.entryId === PROPERTY) && p.parts.every((m) => m.entryId === PROPERTY || (named && m.kind === "name") || m.kind === "demonym" || m.kind === "place");
// Is the actor (a side's, resolved) the one a phrase names?
const inPhrase = (a: Actor, p: ActorPhrase): boolean => a.start >= p.actor.start && a.end <= p.actor.end;
// A phrase that is an unknown name and nothing else ("Boztepe", "Miguel Antonio").
const bareName = (p: ActorPhrase): boolean => !p.anaphor && p.parts.length > 0 && p.parts.every((m) => m.kind === "name");
// How far after the act a visa may be named ("revoked the visa of…", "revoked President Petro's visa").
const VISA_REACH = 8;
// How far around a property's phrase a crime word ties it to crime: "alleged drug-trafficking boats", "lanchas que
// describió como dedicadas al narcotráfico".
const CRIME_TIE_BEFORE = 3;
const CRIME_TIE_AFTER = 10;
// Who investigates, charges and tries: prosecutors and courts, police.
const LEGAL_SECTORS = new Set(["JUD", "COP"]);
// "peacekeepers arrive in Monrovia", "Russian troops arrived at the airport": a visit (or arrival) whose every doer is
// troops (the soldiers' role, or armed forces named as an institution), no person among them (type.troops-arrive).
const troopsArriving = (c: Candidate): boolean =>
  c.type === "CONSULT" && c.mode === VISIT && c.srcPhrases.length > 0 &&
  c.srcPhrases.every((p) => p.parts.some((m) => m.entryId === SOLDIERS || (m.kind === "institution" && p.actor.sector === "MIL")) && !p.parts.some((m) => m.kind === "person"));
// "the health minister of Ruritania, Ivo Brankov,": a name in apposition to another party of the side is that party.
const apposed = (side: readonly Actor[], s: Actor, x: DecisionContext): boolean =>
  side.some((o) => o !== s && o.end < s.start && /^\s*,\s*$/.test(x.a.sentence.text.slice(o.end - x.a.sentence.start, s.start - x.a.sentence.start)));
// What the story's unknown names were read as (src/actors/names.ts), by folded name, per document.
const readNames = new WeakMap<Discourse, Map<string, NameReading>>();
/**
 * The reading of a party that is an unknown name: from the words around it in its sentence, else from the reading of
 * the full name the story gave before ("Khodorkovsky", "he" after "Mikhail Khodorkovsky, a Russian oil tycoon").
 */
function namedParty(s: Actor, x: DecisionContext): NameReading | null {
  let memo = readNames.get(x.d);
  if (!memo) readNames.set(x.d, (memo = new Map()));
  const context = nameContext(x);
  let own: NameReading | null = null;
  for (const p of x.a.phrases) {
    const r = readName(p, context);
    if (r) memo.set(fold(p.actor.name ?? p.actor.text), r);
    if (p.actor.start === s.start && p.actor.end === s.end) own = r;
  }
  if (own) return own;
  const words = fold(s.name ?? s.text).split(/\s+/);
  const full = [...memo.keys()].reverse().find((n) => n.split(/\s+/).some((_, k, ns) => words.every((w, j) => ns[k + j] === w)));
  const r = full ? memo.get(full)! : null;
  return r ? { ...r, why: `${r.why}, as named before` } : null;
}
// "The NCB has ordered…": an unknown acronym standing as the doer of a verbal act is a body (names.ts, doer).
// "allanaron las oficinas de la Fundación Entre Voces", "raided the Freedom Now Foundation": an unknown name its body
// word makes a body. The defaults for people (a civilian harmed, a suspect held) leave it to roles.known.
const namedBody = (a: Actor, x: DecisionContext): boolean => !known([a]).length && namedParty(a, x)?.kind === "body";
function acronymDoer(s: Actor, x: DecisionContext): NameReading | null {
  const p = phraseOf(s, x);
  return p ? readName(p, { ...nameContext(x), doer: true }) : null;
}
// The sentence's phrase that names exactly this actor, and the sentence as names.ts reads it.
const phraseOf = (s: Actor, x: DecisionContext): ActorPhrase | undefined => x.a.phrases.find((q) => q.actor.start === s.start && q.actor.end === s.end);
const nameContext = (x: DecisionContext) => ({ tokens: x.a.sentence.tokens, phrases: x.a.phrases, g: x.g, home: x.d.home });
// "accused Gulen of…", "acusó a Gulen de…": an unknown name where only an agent stands after the act (names.ts agentSlot).
// (Not a town of note or a region: "agradeció a Santiago" thanks a capital's government, read elsewhere or not at all.)
function inAgentSlot(s: Actor, c: Candidate, x: DecisionContext): NameReading | null {
  const p = phraseOf(s, x);
  if (!p || c.found.trigger.passive) return null;
  if (gazetteer().lookup(s.text).some(({ place }) => place.kind === "admin1" || place.kind === "country" || place.population >= NOTABLE_TOWN)) return null;
  return agentSlot(p, nameContext(x), c.found.trigger);
}
// The population from which a town's or district's name is taken for the place rather than for a person of that name.
const NOTABLE_TOWN = 100_000;
// How far past a threat's words its closing condition may open ("…into next week unless the government…").
const CONDITION_REACH = 15;
const verbal = (c: Candidate) => !c.found.trigger.nominal && !c.found.trigger.passive;
// Acts that, announced, would be threats (plover.json future): forecast by another side they are none.
const FORECAST_TYPES = new Set(["ASSAULT", "SANCTION", "COERCE"]);
const drop = (c: Candidate, why: string) => {
  c.dropped = why;
  return why;
};

// For each token of a sentence, the first clause break (not a relative) at or after it, -1 if none: found once per
// sentence, so that a run-on text stays linear.
const breaks = new WeakMap<AnalyzedSentence, Int32Array>();
function nextClauseBreak(a: AnalyzedSentence, g: Grammar): Int32Array {
  let out = breaks.get(a);
  if (out) return out;
  const toks = a.sentence.tokens;
  out = new Int32Array(toks.length + 1).fill(-1);
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k]!;
    out[k] = inGrammar(g, "clause_breaks", t.norm) && !inGrammar(g, "relatives", t.norm) ? k : out[k + 1]!;
  }
  breaks.set(a, out);
  return out;
}

// The speaker of a reported-speech verb in the sentence: "X dijo que …" or "…, informó X"; past a "that" ("argued
// that they…") a phrase is the reported clause's subject, not the speaker.
function speaker(a: AnalyzedSentence, trigger?: { last: number }): ActorPhrase[] {
  // The parts that do not depend on the act are found once per sentence, however many events it has.
  let sp = speakers.get(a);
  if (sp === undefined) speakers.set(a, (sp = speakerOf(a)));
  if (!sp) return [];
  if (sp.own) return sp.own;
  // Right after a quotation ("“Rechazamos la propuesta que nos hicieron los diplomáticos de Chile”, escribió…") a
  // phrase of the quote past the act is no doer of it: the speaker follows the verb.
  const before = trigger && sp.afterQuote && sp.inner.some((p) => p.first >= trigger.last) ? [] : sp.inner;
  if (before.length) return before;
  return sp.after;
}
const speakers = new WeakMap<AnalyzedSentence, Speaker | null>();
interface Speaker { own: ActorPhrase[] | null; inner: ActorPhrase[]; afterQuote: boolean; after: ActorPhrase[] }

function speakerOf(a: AnalyzedSentence): Speaker | null {
  const speech = a.clause.grammar.get("speech") ?? new Set<string>();
  const tokens = a.sentence.tokens;
  // The speech verb that reports the quotation, not one quoted inside it ("“…mientras no se indique lo contrario…”,
  // indicaron…").
  const quoted = insideQuotes(tokens);
  // (A word of an actor's name says nothing: "Secretary of State Marco Rubio said…" is not "state".)
  const named = new Uint8Array(tokens.length);
  for (const p of a.phrases) named.fill(1, p.first, p.last);
  const says = (k: number) => !named[k] && tokens[k]!.lemmas.some((l) => speech.has(l));
  let i = tokens.findIndex((_, k) => says(k));
  if (i < 0) return null;
  // A quoted speech verb with its own subject ("“El canciller sostuvo…”") still tells who acts in the quotation.
  const outside = tokens.findIndex((_, k) => !quoted[k] && says(k));
  if (quoted[i] && outside >= 0) {
    const own = subjectBefore(a.clause, i);
    if (own.length) return { own, inner: [], afterQuote: false, after: [] };
    i = outside;
  }
  // "Chile's minister said Bolivia must…": a speech verb with its subject before it reports what follows.
  const inner = subjectBefore(a.clause, i);
  // "explicó a la prensa Melvin Duarte": whom the words are told to is not who says them.
  const after = a.phrases.find((p) => p.first > i && p.first <= i + 4 && !tokens.slice(i + 1, p.first).some((t) => inGrammar(a.clause.grammar, "clause_breaks", t.norm) || inGrammar(a.clause.grammar, "target_preps", t.norm)));
  return { own: null, inner, afterQuote: quoteEndsAt(tokens, i - 1), after: after ? [after] : [] };
}

/**
 * The speaker of the quotation a sentence gives ("“…,” said Bessent"); "same-speaker" for a sentence that is all
 * quotation with no speaker of its own ("“We urge our allies to…”"), which goes on with the previous one's; null when
 * the sentence quotes nobody.
 */
export function quotationSpeaker(a: AnalyzedSentence): ActorPhrase[] | "same-speaker" | null {
  const tokens = a.sentence.tokens;
  const quoted = insideQuotes(tokens);
  if (!quoted.some(Boolean)) return null;
  const sp = speakers.get(a) ?? speakerOf(a);
  // ("“…,” said Treasury Secretary Scott Bessent": after a quotation, who speaks follows the verb.)
  const who = sp ? sp.own ?? (sp.afterQuote && sp.after.length ? sp.after : sp.inner.filter((p) => !quoted[p.first]).concat(sp.inner.length ? [] : sp.after)) : [];
  if (who.length) return who;
  return OPENING.has(tokens[0]?.text ?? "") || tokens[0]?.text === "\"" ? "same-speaker" : null;
}

// A closing quotation mark at k, or at k − 1 before a comma ("…”, dijo", "…,” he said").
export function quoteEndsAt(tokens: readonly { text: string }[], k: number): boolean {
  return QUOTE_MARKS.has(tokens[k]?.text ?? "") || (tokens[k]?.text === "," && QUOTE_MARKS.has(tokens[k - 1]?.text ?? ""));
}
const QUOTE_MARKS = new Set(["”", "»", "\"", "’", "“", "'"]);
const OPENING = new Set(["“", "«", "‘"]);
const CLOSING = new Set(["”", "»", "’"]);

// "deportation flights to Villahermosa, in southern Mexico": a destination after "to", then the country it lies in,
// set off by a comma and a locative preposition (compass adjectives and determiners between).
function destinationIn(tokens: readonly Token[], last: number, first: number, g: Grammar): boolean {
  if (!inGrammar(g, "recipient_preps", tokens[last]?.norm ?? "")) return false;
  const comma = tokens.findIndex((t, k) => k > last && k < first && t.text === ",");
  if (comma < 0 || tokens.slice(last + 1, comma).some((t) => !/^\p{Lu}/u.test(t.text))) return false;
  let k = comma + 1;
  if (!inGrammar(g, "locative_preps", tokens[k]?.norm ?? "")) return false;
  for (k++; k < first; k++) if (!inGrammar(g, "determiners", tokens[k]!.norm) && !inGrammar(g, "compass_adjectives", tokens[k]!.norm)) return false;
  return true;
}

// Which tokens stand inside a quotation: typographic quotes open and close, straight ones toggle. Read once per
// sentence: rules ask for every candidate, and a run-on sentence has thousands (linear, not quadratic).
const quotedCache = new WeakMap<readonly { text: string }[], readonly boolean[]>();
function insideQuotes(tokens: readonly { text: string }[]): readonly boolean[] {
  let out = quotedCache.get(tokens);
  if (!out) quotedCache.set(tokens, (out = readQuotes(tokens)));
  return out;
}

function readQuotes(tokens: readonly { text: string }[]): boolean[] {
  let depth = 0;
  return tokens.map((t) => {
    if (OPENING.has(t.text) || (t.text === "\"" && depth === 0)) {
      depth = 1;
      return false;
    }
    if (CLOSING.has(t.text) || t.text === "\"") {
      depth = 0;
      return false;
    }
    return depth > 0;
  });
}

/**
 * The act in words of the sentence whose content clause, opened right after its trigger ("denunció que …"), holds the
 * act `inner`; null when there is none.
 */
function contentHolder(x: DecisionContext, inner: Decided): Decided | null {
  const at = inner.trigger?.start;
  // (Only the act told right before the inner one: lastIndexOf looks from the end, where the inner act stands.)
  const e = x.out[x.out.lastIndexOf(inner) - 1];
  const end = e?.trigger?.end;
  if (at === undefined || !e || end === undefined || e.sentence !== inner.sentence || !e.source.length || end > at || !x.on.is(e.type, "stance")) return null;
  // The first token ending at or after the outer trigger's end (tokens are in text order).
  const tokens = x.a.sentence.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  return [tokens[lo], tokens[lo + 1]].some((t) => !!t && t.start < at && inGrammar(x.g, "stance_content_openers", t.norm)) ? e : null;
}

function coordinatedVerb(tokens: readonly { norm: string }[], i: number, g: Grammar): boolean {
  let k = i - 1;
  // ("and has demanded", "and then warned", "and has also called": an auxiliary and adverbs may stand between.)
  while (k >= 0 && (inGrammar(g, "connective_adverbs", tokens[k]!.norm) || inGrammar(g, "coordinated_auxiliaries", tokens[k]!.norm))) k--;
  // (…or "but": "se declaró dispuesto a dialogar con su par, Daniel Noboa, pero exigió…".)
  return k >= 0 && (inGrammar(g, "and", tokens[k]!.norm) || inGrammar(g, "contrast_coordinators", tokens[k]!.norm));
}

// An event needs a doer, except a protest, whose doers news often leaves implicit ("las protestas se extendieron"),
// and harm told from the victim's side by a verb ("una persona fue asesinada", "nine people were arrested"):
// a doer-less nominal ("la represión", "the trial") is too vague to code. DYAD_KEEP=protest keeps only
// protests, =target every doer-less event with a target, =all every one, =none none.
type KeepMode = "harm" | "protest" | "target" | "all" | "none";
function keepWithoutSource(on: Ontology, type: EventType, target: Actor[], trigger: Trigger): boolean {
  const mode = (process.env.DYAD_KEEP ?? "harm") as KeepMode;
  if (mode === "none") return false;
  if (mode === "all") return true;
  if (mode === "target") return target.length > 0 || on.is(type, "implicit-doer");
  if (mode === "harm") return on.is(type, "implicit-doer") || (on.is(type, "harm") && target.length > 0 && !trigger.nominal);
  return on.is(type, "implicit-doer");
}

/** Does what follows the agent preposition at `k - 1` tell a charge: an infinitive ("por bloquear la entrada") or a
 * hedge before the offence ("por presunto lavado de dinero")? */
function chargeAfterAgentPrep(tokens: readonly Token[], k: number, g: Grammar): boolean {
  while (inGrammar(g, "determiners", tokens[k]?.norm ?? "")) k++;
  const w = tokens[k];
  return !!w && (endsIn(g, "suffix_infinitive", w.norm) || inGrammar(g, "hedge_adjectives", w.norm));
}

// "Otros tres fueron detenidos", "Dozens were arrested", "The five were released": the subject before a passive trigger is counts alone
// ("otros", "more", numbers), opening the sentence or its clause.
function countedSubject(x: DecisionContext, first: number): boolean {
  const tokens = x.a.sentence.tokens;
  let k = first - 1;
  while (k >= 0 && (inGrammar(x.g, "copulas_passive", tokens[k]!.norm) || inGrammar(x.g, "perfect_auxiliaries", tokens[k]!.norm))) k--;
  let counts = 0;
  while (k >= 0 && (isCount(x.g, tokens[k]!.norm) || inGrammar(x.g, "count_others", tokens[k]!.norm))) {
    if (isCount(x.g, tokens[k]!.norm)) counts++;
    k--;
  }
  // ("The five were released", "los cuatro fueron liberados": the people counted before.)
  if (counts > 0) k = beforeDeterminers(x.g, tokens, k + 1);
  return counts > 0 && (k < 0 || tokens[k]!.text === "," || inGrammar(x.g, "clause_breaks", tokens[k]!.norm) || inGrammar(x.g, "coordinators", tokens[k]!.norm));
}

// "PANAMA CITY — … after meeting U.S. Secretary of State Marco Rubio": a meeting in the dateline's country
// between its own side and a foreign one is the foreigner's visit, unless the sentence puts it somewhere else.
function hostedAt(where: string, host: Actor[], guest: Actor[], a: AnalyzedSentence): boolean {
  if (!host.length || !guest.length || !host.every((x) => x.country === where) || !guest.every((x) => x.country && x.country !== where)) return false;
  const tokens = a.sentence.tokens;
  // The place may sit inside a longer phrase: "the Peruvian foreign minister in Lima".
  return !a.phrases.some((p) => p.parts.some((m) => m.country && m.country !== where && (m.kind === "place" || m.kind === "metonym" || m.kind === "country") &&
    inGrammar(a.clause.grammar, "place_preps", tokens[m.first - 1]?.norm ?? "")));
}

// "comunicó este 5 de marzo la captura de…", "announced the arrest of…": a noun that is the direct object of a speech
// verb a few words before it, with no clause break between.
function reportedObject(a: AnalyzedSentence, i: number): boolean {
  const speech = a.clause.grammar.get("speech");
  const tokens = a.sentence.tokens;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const t = tokens[k]!;
    if (t.lemmas.some((l) => speech?.has(l))) return true;
    if (t.text === "," || inGrammar(a.clause.grammar, "clause_breaks", t.norm)) return false;
  }
  return false;
}

// "varios centenares de serbios bloquearon la carretera a Pristina y Macedonia, apedrearon a las fuerzas de la OTAN y
// reclamaron…", "atacaron un convoy …, incendiaron una treintena de vehículos y secuestraron a seis conductores": a
// finite verb right after a comma, in a list of verbs that "y" and a finite verb close later in the sentence, is
// coordinated with the verb before the comma: it shares its subject, not the last noun of that verb's object.
function listedVerb(a: AnalyzedSentence, i: number, g: Grammar): boolean {
  const tokens = a.sentence.tokens;
  if (tokens[i - 1]?.text !== "," || !droppedSubject(a, i, g)) return false;
  for (let k = i + 1; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (LIST_END.test(t.text) || inGrammar(g, "relatives", t.norm)) return false;
    if (!inGrammar(g, "and", t.norm)) continue;
    let v = k + 1;
    while (v < tokens.length && (inGrammar(g, "connective_adverbs", tokens[v]!.norm) || inGrammar(g, "coordinated_auxiliaries", tokens[v]!.norm))) v++;
    if (v < tokens.length && droppedSubject(a, v, g)) return true;
  }
  return false;
}
// What ends a list of verbs before its "y": the sentence's or a clause's punctuation, a quotation.
const LIST_END = /^[.;:!?()“”"«»]$/;

// A finite verb form of a pack that drops subjects ("pidió", "acusa"), not an infinitive, gerund or participle.
function droppedSubject(a: AnalyzedSentence, i: number, g: Grammar): boolean {
  const t = a.sentence.tokens[i]!;
  const written = t.text.toLowerCase();
  if (!endsIn(g, "suffix_dropped_subject", written, true) || !t.lemmas.some((l) => l !== t.norm && endsIn(g, "suffix_infinitive", l))) return false;
  return !endsIn(g, "suffix_infinitive", t.norm) && !endsIn(g, "suffix_gerund", t.norm) && !endsIn(g, "suffix_participle", written, true);
}

// "La ministra de Defensa de Chile visitó Lima. Firmó un acuerdo con Perú": a sentence whose verb has no subject
// goes on with the doer of the previous sentence's first act, if their number agrees (a plural verb, a plural head
// noun: "Las autoridades de Honduras… Deportaron…"). A named person is one.
function previousDoer(x: DecisionContext, verb: number): Actor[] {
  const prev = x.earlier.find((e) => e.sentence === x.a.sentence.index - 1);
  if (!prev || prev.source.length !== 1) return [];
  const doer = prev.source[0]!;
  const head = fold(doer.text.split(/\s+/)[0] ?? "");
  const plural = !doer.name && head.length > 3 && endsIn(x.g, "suffix_plural", head);
  const pluralVerb = endsIn(x.g, "suffix_plural_verb", x.a.sentence.tokens[verb]!.text.toLowerCase(), true);
  return doer.text && plural === pluralVerb ? copy([doer]) : [];
}

// "…los delitos que se les imputen", "mientras hablaba con…": a verb of a relative or subordinate clause, whose
// subject is not the sentence's.
function subordinate(a: AnalyzedSentence, i: number, g: Grammar): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = a.sentence.tokens[k]!;
    if (/^[,;:.—–“”"«»()]$/.test(t.text)) return false;
    if (inGrammar(g, "clause_breaks", t.norm) || inGrammar(g, "relatives", t.norm) || inGrammar(g, "reflexive_clitics", t.norm)) return true;
  }
  return false;
}

// "tras ingresar en territorio venezolano": a clause word before an infinitive opens no clause with a subject of its own.
function infinitiveAt(tokens: readonly { norm: string; text: string }[], i: number, g: Grammar): boolean {
  const t = tokens[i];
  return !!t && /^\p{Ll}+$/u.test(t.text) && endsIn(g, "suffix_infinitive", t.norm);
}

// A phrase that hangs from a preposition ("a Hungría", "de Rusia") or is cited ("Según Rodríguez") is no subject.
function governedPhrase(a: AnalyzedSentence, p: ActorPhrase, g: Grammar): boolean {
  const w = a.sentence.tokens[beforeDeterminers(g, a.sentence.tokens, p.first)]?.norm ?? "";
  return inGrammar(g, "governing_preps", w) || inGrammar(g, "target_preps", w) || inGrammar(g, "agent_preps", w) || inGrammar(g, "locative_preps", w) ||
    a.sentence.tokens.slice(Math.max(0, p.first - 3), p.first).some((t) => inGrammar(g, "attribution_markers", t.norm));
}

// A ministry, an office holder or a named official, not a bare country or demonym ("los venezolanos protestaron").
function officialSpeaker(phrases: readonly ActorPhrase[]): boolean {
  return phrases.length > 0 && phrases.every((p) => p.parts.some((m) => m.kind === "role" || m.kind === "institution" || m.kind === "person"));
}

// A state named as such: by its country or capital ("Cuba protesta", "Bogotá protestó"), not by its people.
function stateNamed(phrases: readonly ActorPhrase[]): boolean {
  return phrases.length > 0 && phrases.every((p) => p.parts.every((m) => m.kind === "country" || m.kind === "metonym" || m.kind === "org"));
}

// Does the sentence name a place (a phrase all of place names)?
const namesPlace = (a: AnalyzedSentence): boolean => a.phrases.some((p) => p.parts.length > 0 && p.parts.every((m) => PLACE_KINDS.has(m.kind)));

// The country of the place a protest is held in, after the act's verb and before what it is against: behind a place
// preposition past its article ("en la Ciudad de México"), as a phrase of its own or at the end of a building's
// phrase ("outside the United States embassy in Guatemala City"); the pattern's own words ("marched against") and a
// gap that runs past the place ("protested … outside the embassy in X against…") do not count as what it is against.
function crowdPlace(c: Candidate, x: DecisionContext): string | null {
  const t = c.found.trigger;
  const tokens = x.a.sentence.tokens;
  const verb = t.first + 1;
  const prepOf = (first: number) => tokens[beforeDeterminers(x.g, tokens, first)]?.norm ?? "";
  const open = (first: number) => !tokens.slice(verb, first).some((k, n) => !t.tokens.includes(verb + n) &&
    (inGrammar(x.g, "against_preps", k.norm) || k.text === "," || k.text === ";" || inGrammar(x.g, "clause_breaks", k.norm)));
  const names = x.a.phrases.filter((p) => p.last > verb && !p.anaphor).flatMap((p) => (p.parts.every((m) => PLACE_KINDS.has(m.kind))
    ? [{ first: p.first, country: p.actor.country }]
    : p.parts.filter((m) => m.kind !== "country" && PLACE_KINDS.has(m.kind)).map((m) => ({ first: m.first, country: m.country }))));
  return names.find((m) => m.first >= verb && m.country && inGrammar(x.g, "place_preps", prepOf(m.first)) && open(m.first))?.country ?? null;
}

// What the discourse stage resolved each phrase to, in order (the phrase's own actor where it resolved nothing).
function identities(x: DecisionContext, phrases: readonly ActorPhrase[]): Actor[] {
  const out: Actor[] = [];
  for (const p of phrases) out.push(...(x.resolved.get(p) ?? [p.actor]));
  return out;
}

/**
 * The decisions that make a trigger an event, in the order they apply. Each stands for a construction of news
 * language or a coding convention of PLOVER and our GUIDELINES; its id is what the event's trace and
 * `dyad code --explain` show.
 */
// The actors a phrase stands for: as the roles stage resolved it, or, for a pronoun or epithet no role took, as the
// discourse resolves it now.
function actorsOf(p: ActorPhrase, x: DecisionContext): Actor[] {
  return p.anaphor ? [resolveAnaphor(x.d, p, x.g, [], x.agreement(p))] : x.resolved.get(p) ?? [p.actor];
}

// Where a claim of responsibility ending right before token k begins ("claimed responsibility for", "reivindicó"),
// by the pack's claim_locutions (matched on lemmas for their first word), or -1.
function claimEndsAt(tokens: readonly Token[], k: number, g: Grammar): number {
  // "se atribuyó el atentado": a verb that claims only when reflexive, with its clitic.
  if (k >= 2 && reflexiveClaim(g, tokens, k - 1)) return k - 2;
  const set = g.get("claim_locutions");
  if (!set) return -1;
  for (let n = 1; n <= 3 && k - n >= 0; n++) {
    const words = tokens.slice(k - n, k);
    for (const first of words[0]!.lemmas) if (set.has([first, ...words.slice(1).map((w) => w.norm)].join(" "))) return k - n;
  }
  return -1;
}

// "En Francia, miles de agricultores…", "In Kenya, police fired…": the country a sentence opens on with a locative
// preposition, a country's name alone and a comma, where it is not the story's home.
const FRONT_OPENER = 3;
// (Once per sentence: the decision asks it for each of the sentence's acts, thousands in a run-on text.)
const fronted = new WeakMap<DecisionContext["a"], string | null>();
function frontedCountry(x: DecisionContext): string | null {
  let out = fronted.get(x.a);
  if (out === undefined) fronted.set(x.a, (out = readFrontedCountry(x)));
  return out;
}
function readFrontedCountry(x: DecisionContext): string | null {
  const tokens = x.a.sentence.tokens;
  // ("Mientras tanto, en Gaza, …", "Meanwhile, in Gaza, …": a short opener set off by a comma may come first.)
  let comma = -1;
  for (let i = 0; i <= FRONT_OPENER && i < tokens.length; i++) {
    if (tokens[i]!.text === ",") {
      comma = i;
      break;
    }
  }
  const at = inGrammar(x.g, "locative_preps", tokens[0]?.norm ?? "") ? 0 : comma > 0 && !x.a.phrases.some((q) => q.first < comma) ? comma + 1 : -1;
  if (at < 0 || !inGrammar(x.g, "locative_preps", tokens[at]?.norm ?? "")) return null;
  const p = x.a.phrases.find((q) => q.first === at + 1);
  if (!p || tokens[p.last]?.text !== "," || !p.parts.length || !p.parts.every((m) => m.kind === "country" || m.kind === "place") || !p.actor.country) return null;
  return p.actor.country === x.d.home ? null : p.actor.country;
}

// "Jair Bolsonaro, a quien se acusa de golpismo", "la marcha, en la que se reclamó…": a verb told with an impersonal
// "se" (past its object clitics) inside a relative clause; harm so told is left to the rules that keep it.
function impersonalInRelative(c: Candidate, x: DecisionContext): boolean {
  if (!verbal(c) || x.on.is(c.type, "harm")) return false;
  const tokens = x.a.sentence.tokens;
  let k = c.found.trigger.first - 1;
  while (k >= 0 && inGrammar(x.g, "object_pronouns", tokens[k]!.norm) && !inGrammar(x.g, "reflexive_clitics", tokens[k]!.norm)) k--;
  if (k < 0 || !inGrammar(x.g, "reflexive_clitics", tokens[k]!.norm)) return false;
  return tokens.slice(Math.max(0, k - 3), k).some((w) => inGrammar(x.g, "relative_openers", w.norm) || inGrammar(x.g, "relatives", w.norm));
}

/** How many words before an act its subject is looked for in, and after an agent preposition its agent. */
const HAZARD_SUBJECT_REACH = 6;
const HAZARD_AGENT_REACH = 3;
/** PLOVER's mode of an inquiry (ACCUSE/investigate). */
const INQUIRY_MODE = "investigate";
// CAMEO's threat of the very act announced: a curfew (1723) or a state of emergency (1724) announced, not yet in force,
// is the threat to impose one (1323, 1324), not the general threat of repression (137).
const THREATENED_AS: Readonly<Record<string, string>> = { "1723": "1323", "1724": "1324" };

export const DECISIONS: readonly DecisionRule[] = [
  {
    // "slammed the deal as a surrender", "criticó el acuerdo como una rendición": the noun a judgement frames its
    // object as (found by src/events/find.ts) is the judgement's content, not an act of its own.
    id: "drop.judged-as",
    apply: (c) => (c.found.trigger.judged ? drop(c, "what a judgement frames its object as is its content, not an act") : null),
  },
  {
    // "…”, informó la Cancillería": a stance whose clause names no subject is its speaker's.
    id: "source.speaker",
    apply(c, x) {
      if (c.srcPhrases.length || !x.on.is(c.type, "stance")) return null;
      // ("…, señaló el ministro, a los promotores de la marcha, en la que se reclamó mano dura": an impersonal "se" act in
      // a relative clause is nobody's, not the speaker's; drop.impersonal-se leaves it out.)
      if (impersonalInRelative(c, x)) return null;
      c.srcPhrases = speaker(x.a, c.found.trigger);
      return c.srcPhrases.length ? `a stance with no subject is its speaker's ("${c.srcPhrases.map((p) => p.actor.text).join(", ")}")` : null;
    },
  },
  {
    // The phrases' identities, resolved by the discourse stage; an object pronoun never points back to its own
    // clause's subject ("Rubio warned him").
    id: "roles.resolve",
    // (Loops, not Array#flatMap: every candidate passes here, and V8's flatMap costs ten times a loop on short lists.)
    apply(c, x) {
      c.source = identities(x, c.srcPhrases);
      const how: string[] = [];
      const told = (p: ActorPhrase, a: Actor | undefined, line: string | undefined) => {
        if (line && a) how.push(`${line} ("${p.actor.text}" → ${a.name ?? a.text} [${[a.country ?? a.org, a.sector].filter(Boolean).join(" ")}])`);
      };
      for (const p of c.srcPhrases) told(p, x.resolved.get(p)?.[0], x.howResolved(p));
      const target: Actor[] = [];
      for (const p of c.found.roles.target) {
        if (p.anaphor && !p.pair && !p.group) {
          // (Resolved again here, without the act's own doer: the trace names whom it now stands for.)
          const again = resolveAnaphor(x.d, p, x.g, c.source, x.agreement(p), x.a.sentence.tokens[p.first - 1]?.pos === "VERB");
          const before = x.resolved.get(p)?.[0];
          const moved = before && (again.country !== before.country || again.org !== before.org || again.sector !== before.sector || again.name !== before.name);
          told(p, again, moved ? "actor.object-anaphor: an object pronoun is the latest fitting actor named before other than the act's own doer" : x.howResolved(p));
          target.push(again);
        } else {
          told(p, x.resolved.get(p)?.[0], x.howResolved(p));
          target.push(...(x.resolved.get(p) ?? [p.actor]));
        }
      }
      c.target = target;
      return how.length ? how : null;
    },
  },
  {
    // "…después de que el Gobierno de Nicaragua las expulsara, denunció la Conferencia Episcopal", "…, denunció este
    // martes la organización": an accusation whose verb follows a comma and whose subject comes after it, closing the
    // sentence, is that subject's; the doer of the clause before the comma is whom it accuses.
    id: "source.postposed-accuser",
    apply(c, x) {
      const t = c.found.trigger;
      const toks = x.a.sentence.tokens;
      if (c.type !== "ACCUSE" || t.nominal || t.passive || toks[t.first - 1]?.text !== ",") return null;
      // (A pack's list: a language that puts an object right after its verb, "criticized the government", has none.)
      if (!toks[t.first]!.lemmas.some((l) => inGrammar(x.g, "postposed_accusers", l))) return null;
      const filler = (k: number) => inGrammar(x.g, "determiners", toks[k]!.norm) || inGrammar(x.g, "time_words", toks[k]!.norm) || inGrammar(x.g, "time_fillers", toks[k]!.norm);
      const p = x.a.phrases.find((q) => q.first >= t.last && toks.slice(t.last, q.first).every((_, j) => filler(t.last + j)));
      if (!p || !toks.slice(p.last).every((w) => !/\p{L}/u.test(w.text))) return null;
      const before = c.srcPhrases.filter((q) => q.last < t.first);
      if (!before.length || before.length !== c.srcPhrases.length || !c.target.every((a) => a.start === p.actor.start)) return null;
      c.target = c.source;
      c.srcPhrases = [p];
      c.source = identities(x, [p]);
      return `an accusation whose subject follows its verb past a comma is that subject's ("${p.actor.text}"), against the doer told before it`;
    },
  },
  {
    // "unos 1.200 militares ingresaron al penal", "los policías ingresaron a la cárcel": a security force that enters a
    // prison is not jailed (es.coerce.ingresar-en-prision reads its subject as the one imprisoned): it is deployed there
    // (CAMEO 154/153, as fresh9-es codes "1.200 militares ingresaron al complejo" after "retomar el control del penal").
    id: "type.forces-enter-prison",
    apply(c) {
      const held = c.found.roles.target;
      if (!c.found.rule.undergoer || c.type !== "COERCE" || c.source.length || !held.length || !c.target.length) return null;
      if (!held.every((p) => !p.parts.some((m) => m.kind === "person" || m.kind === "name")) || !c.target.every((a) => SECURITY.has(a.sector ?? ""))) return null;
      const police = c.target.every((a) => a.sector === "COP");
      [c.source, c.target] = [c.target, []];
      [c.type, c.cameo, c.mode, c.symmetric] = ["MOBILIZE", police ? "153" : "154", police ? POLICE_MODE : TROOPS, false];
      return "a security force that enters a prison is deployed there, not jailed";
    },
  },
  {
    // "it still got a letter from Trump threatening fresh tariffs", "a statement from the ministry warning…": a
    // participle right after "from X" tells what X's message does; X is its doer, and whoever got it its target.
    id: "source.message-sender",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (t.nominal || t.passive || !endsIn(x.g, "suffix_gerund", tokens[t.first]!.norm)) return null;
      const from = x.a.phrases.find((p) => p.last === t.first && inGrammar(x.g, "from_preps", tokens[p.first - 1]?.norm ?? ""));
      if (!from) return null;
      const sender = x.resolved.get(from) ?? [from.actor];
      const id = (a: Actor) => a.country ?? a.org;
      if (!sender.some(id)) return null;
      const got = c.source.filter((a) => id(a) && !sender.some((s) => id(s) === id(a)));
      c.source = copy(sender);
      if (got.length && (!c.target.length || c.target.every((a) => sender.some((s) => id(s) === id(a))))) c.target = copy(got);
      return `a participle right after "from ${from.actor.text}" is what that sender's message does`;
    },
  },
  {
    // "fired tear gas at protesters demanding the president's resignation", "clashed with farmers calling for…": a
    // participle right after a phrase a preposition governs describes that phrase, which is its doer, not the
    // sentence's subject (only for what is said or protested: "…at the crowd, killing two" is the shooters').
    id: "source.described-by-participle",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (t.nominal || t.passive || !endsIn(x.g, "suffix_gerund", tokens[t.first]!.norm) || tokens[t.first]!.pos === "NOUN") return null;
      if (!x.on.is(c.type, "said") && c.type !== "PROTEST") return null;
      const host = x.a.phrases.find((p) => p.last === t.first && inGrammar(x.g, "participle_host_preps", tokens[p.first - 1]?.norm ?? ""));
      if (!host) return null;
      const doers = actorsOf(host, x);
      if (!doers.some((a) => a.country || a.org || a.sector) || c.source.some((a) => doers.some((d) => d.text === a.text))) return null;
      c.source = copy(doers);
      c.target = c.target.filter((a) => !doers.some((d) => d.text === a.text));
      return `a participle right after "${host.actor.text}" tells what they do`;
    },
  },
  {
    // "Israel's public broadcaster KAN reported that the formal approval means that the ceasefire deal will take
    // effect": news media that report a stance told as a noun take none of their own by reporting it.
    id: "source.media-reports",
    apply(c, x) {
      const t = c.found.trigger;
      if (!t.nominal || !c.source.length || !c.source.every((a) => a.sector === "JRN") || !x.on.is(c.type, "stance")) return null;
      const speech = x.a.clause.grammar.get("speech");
      if (!x.a.sentence.tokens.slice(0, t.first).some((w) => w.lemmas.some((l) => speech?.has(l)))) return null;
      c.source = [];
      c.srcPhrases = [];
      return "news media that report a stance take none of their own";
    },
  },
  {
    // "saying it has turned into a threat to member states", "highlighting the long-term threat from Russia": a threat
    // described, not made, accuses what it is said of (CAMEO 112): the subject of the describing verb, or the doer
    // after "from"; the sentence's speaker or subject accuses.
    id: "type.threat-described",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (c.type !== "THREATEN" || !t.nominal || !tokens.slice(t.first, t.last).some((w) => inGrammar(x.g, "danger_nouns", w.norm))) return null;
      const from = x.a.phrases.find((p) => p.first > t.last - 1 && p.first - t.last <= 2 && inGrammar(x.g, "from_preps", tokens[p.first - 1]?.norm ?? "") && !p.parts.every((m) => PLACE_KINDS.has(m.kind) && m.kind !== "country"));
      let k = t.first - 1;
      while (k >= 0 && (inGrammar(x.g, "determiners", tokens[k]!.norm) || inGrammar(x.g, "indefinite_articles", tokens[k]!.norm) || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADP")) k--;
      const describing = k >= 0 && tokens[k]!.lemmas.some((l) => inGrammar(x.g, "describing_verbs", l));
      if (!from && !describing) return null;
      const said = from ? [from] : subjectBefore(x.a.clause, k);
      let target = said.flatMap((p) => actorsOf(p, x)).filter((a) => a.country || a.org);
      // ("cartels together with other transnational groups pose a threat": the subject the threat was found with
      // stands when the phrase right before the verb names no country.)
      // (Its country, if the text gives none, is the story's, filled in later.)
      if (!target.length && describing && !from) target = c.source.filter((a) => a.country || a.org || a.sector);
      if (!target.length) return null;
      const same = (a: Actor) => target.some((b) => (b.country ?? b.org) === (a.country ?? a.org));
      if (!c.source.length || c.source.every(same)) c.source = speaker(x.a, t).flatMap((p) => actorsOf(p, x)).filter((a) => !same(a));
      if (!c.source.length) return null;
      c.target = copy(target);
      [c.type, c.cameo, c.mode] = ["ACCUSE", "112", "allege"];
      return "a threat described, not made, accuses what it is said of (CAMEO 112)";
    },
  },
  {
    // "Congo and Rwanda signed a peace deal, with both countries promising to…": a pair word after a two-sided act
    // of its own sentence stands for that act's two sides (not for whatever country was named last, "in Washington").
    id: "roles.pair-told",
    apply(c, x) {
      const pair = c.srcPhrases.find((p) => p.pair);
      const id = (a: Actor) => a.country ?? a.org;
      const told = pair ? [...x.out].reverse().find((e) => e.source[0] && e.target[0] && id(e.source[0]) && id(e.target[0]) && id(e.source[0]) !== id(e.target[0])) : undefined;
      if (!pair || !told) return null;
      const sides = [told.source[0]!, told.target[0]!].map((a) => ({ ...a, text: pair.actor.text, start: pair.actor.start, end: pair.actor.end }));
      if (sides.every((s) => c.source.some((o) => id(o) === id(s)))) return null;
      c.source = [...c.source.filter((s) => !(s.start === pair.actor.start)), ...sides];
      return `"${pair.actor.text}" are the two sides of the act just told (${sides.map(id).join(", ")})`;
    },
  },
  {
    // "La Defensoría del Pueblo pidió a las partes respetar a la población civil", "urged both sides to show
    // restraint": a pair word the act is aimed at, that names no two countries, stands for the two sides of the latest
    // clash the story told (an act of harm or a protest with a doer and a victim of two kinds: "the ELN ↔ the troops",
    // "the police → the coca growers"), though both are of one country.
    id: "target.pair-told",
    apply(c, x) {
      const pair = c.found.roles.target.find((p) => p.pair);
      if (!pair || c.srcPhrases.includes(pair) || c.target.some((t) => inPhrase(t, pair) && (t.country || t.org))) return null;
      const kind = (a: Actor) => `${a.country ?? a.org}/${a.sector}`;
      const told = [...x.earlier].reverse().find((e) => (x.on.is(e.type, "harm") || e.type === "PROTEST") && e.source[0] && e.target[0] &&
        (e.source[0].country || e.source[0].org) && (e.target[0].country || e.target[0].org) && kind(e.source[0]) !== kind(e.target[0]));
      if (!told) return null;
      const sides = [told.source[0]!, told.target[0]!].map((a) => ({ ...a, text: pair.actor.text, start: pair.actor.start, end: pair.actor.end }));
      c.target = [...c.target.filter((t) => !inPhrase(t, pair)), ...sides];
      return `"${pair.actor.text}" are the two sides of the latest clash told (${sides.map(kind).join(", ")})`;
    },
  },
  {
    // "con bloqueos de carreteras federales, de puentes internacionales": the roads or bridges a blockade is of are what
    // it stops, never who does it.
    id: "source.not-property",
    apply(c) {
      if (!c.srcPhrases.length || !c.srcPhrases.every((p) => isProperty(p))) return null;
      c.srcPhrases = [];
      c.source = [];
      return "the property an act is about is no doer of it";
    },
  },
  {
    // "agreed to reopen the Simón Bolívar bridge", "reabrió el puente de Tienditas": a bridge or a bus is civilian
    // property, whose people an attack or a seizure harms (PLOVER CVL); what an agreement, a request or a reopening is
    // about is no party to it.
    id: "target.not-property",
    apply(c, x) {
      if (x.on.is(c.type, "harm") || c.type === "PROTEST" || !c.target.length) return null;
      const things = c.found.roles.target.filter((p) => isProperty(p, true));
      const kept = c.target.filter((t) => !things.some((p) => inPhrase(t, p)));
      if (kept.length === c.target.length) return null;
      const dropped = c.target.filter((t) => !kept.includes(t)).map((t) => t.text).join(", ");
      c.target = kept;
      return `"${dropped}" is property the act is about, no party to it`;
    },
  },
  {
    // "Transportistas y campesinos convocaron un paro… amenazan con bloquear cualquier entrada a la capital": a threat of
    // protest (CAMEO 133) with no doer named is the story's protesters'.
    id: "source.protest-threat",
    apply(c, x) {
      if (c.source.length || c.type !== "THREATEN" || c.cameo !== "133") return null;
      const named = namedProtesters(x);
      if (!named) return null;
      c.source = copy(named);
      return `a threat of protest with no doer named is the story's protesters' (${named.map((s) => s.text).join(", ")})`;
    },
  },
  {
    // "Transportistas y campesinos convocaron un paro… Los manifestantes reclaman…": the story's protesters, named
    // once, are who "los manifestantes" / "the protesters" are afterwards.
    id: "actor.protesters",
    apply(c, x) {
      const src = crowdOnly(c.srcPhrases);
      const tgt = crowdOnly(c.found.roles.target);
      if (!src && !tgt) return null;
      const named = namedProtesters(x);
      if (!named) return null;
      if (src) c.source = copy(named);
      if (tgt) c.target = copy(named);
      return `"${(src ? c.srcPhrases : c.found.roles.target).map((p) => p.actor.text).join(", ")}" are the protesters the story named (${named.map((s) => s.text).join(", ")})`;
    },
  },
  {
    // "Jair Bolsonaro, a quien se acusa de golpismo", "las personas a las que se les imputa…": an impersonal "se" verb in
    // a relative clause says nobody did it; it is no act of the story's last doer (harm so told is kept without one).
    id: "drop.impersonal-se",
    apply(c, x) {
      if (c.srcPhrases.length || !impersonalInRelative(c, x)) return null;
      return drop(c, "an impersonal 'se' act in a relative clause names no doer");
    },
  },
  {
    // "The typhoon has killed at least 188 people", "el huracán mató a 20 personas", "were killed by floods": a natural
    // hazard, a disease or an accident (the pack's natural_hazards) that harms is no political actor, and what it
    // does is no event. Only where the act has no actor for subject, before a dropped subject or the story's last
    // doer is lent to it.
    id: "drop.natural-cause",
    apply(c, x) {
      if (!x.g.has("natural_hazards")) return null;
      const tokens = x.a.sentence.tokens;
      const t = c.found.trigger;
      const hazard = (nearestFirst: readonly Token[]) =>
        hasPhrase(x.g, "natural_hazards", nearestFirst) || nearestFirst.some((w) => w.lemmas.some((l) => inGrammar(x.g, "natural_hazards", l)));
      // "Hurricane Melissa destroyed…", "la tormenta tropical Alberto dejó…": a subject that is a storm's name.
      const stormName = (p: ActorPhrase) => !p.actor.country && !p.actor.org && hazard(tokens.slice(Math.max(0, p.first - 2), p.first + 1).reverse());
      if (c.srcPhrases.length && !c.srcPhrases.every(stormName)) return null;
      if (c.srcPhrases.length) return drop(c, `its subject is a storm's name ("${c.srcPhrases.map((p) => p.actor.text).join(", ")}"), no political actor`);
      // Its subject, in the words of its clause before it; or its agent, right after it ("por las lluvias").
      let agent: Token[] = [];
      for (let n = 1; n <= 4 && !agent.length; n++) {
        if (inGrammar(x.g, "agent_preps", tokens.slice(t.last, t.last + n).map((w) => w.norm).join(" "))) agent = tokens.slice(t.last + n, t.last + n + HAZARD_AGENT_REACH).reverse();
      }
      if (hazard(leftContext(tokens, t.first, x.g, HAZARD_SUBJECT_REACH))) return drop(c, "its subject is a natural hazard, a disease or an accident, no political actor");
      return hazard(agent) ? drop(c, "its agent is a natural hazard, a disease or an accident, no political actor") : null;
    },
  },
  {
    // "no negociará con quienes siguen asesinando a líderes sociales", "will not talk with those who attacked the base": a
    // relative with no antecedent is the verb's subject and names its doers only as "whoever", nobody the story told
    // (freeRelative, which reads it for the finder too). (Not after a party just named: "su homólogo, Nasser Burita, con
    // quien se reunió…" is whom the previous doer met.)
    id: "drop.free-relative",
    apply(c, x) {
      if (!verbal(c)) return null;
      const tokens = x.a.sentence.tokens;
      const rel = freeRelative(tokens, c.found.trigger.first, x.g);
      if (rel < 0) return null;
      return drop(c, `its subject is "${tokens[rel]!.text}", whoever does it, nobody named`);
    },
  },
  {
    // "Pandilleros atacaron la localidad de Kenscoff, al sureste de la capital haitiana, donde incendiaron decenas de
    // viviendas y mataron a 12 civiles" (udp-es-protest: "se congregaron en la plaza del Zócalo, …, donde expresaron su
    // oposición"): a finite verb right after a relative "donde" has dropped its subject, which is the doer of the act
    // told before it in the sentence, not the last noun of the place phrase "donde" stands for.
    id: "source.where-clause",
    apply(c, x) {
      const first = c.found.trigger.first;
      if (!verbal(c) || !inGrammar(x.g, "locative_relatives", x.a.sentence.tokens[first - 1]?.norm ?? "") || !droppedSubject(x.a, first, x.g)) return null;
      const head = [...x.out].reverse().find((e) => e.sentence === x.a.sentence.index && e.source.length && !e.trace?.some((t) => t.startsWith("trigger.nominal")));
      if (!head) return null;
      c.source = copy(head.source);
      return "after a relative 'donde', the dropped subject is the doer of the act told before it";
    },
  },
  {
    // Spanish drops subjects: "Llegó a Madrid y se reunió con …" continues the previous event's source.
    id: "source.dropped-subject",
    apply(c, x) {
      if (c.source.length || !verbal(c) || !x.out.length) return null;
      // ("…to protest against cross-border attacks that killed five soldiers": the subject of a verb right after a
      // relative pronoun is the noun before it, told, not dropped; an act's noun there has a doer of its own, not the
      // previous event's. "fired mortar rounds that killed three soldiers": a weapon's is whoever fired it.)
      const tokens = x.a.sentence.tokens;
      const first = c.found.trigger.first;
      const named = tokens[first - 2]?.pos === "NOUN" ? x.pack.rules.matchAt(tokens, first - 2, x.g) : null;
      const act = !!named && named.tokens.length === 1;
      if (inGrammar(x.g, "relatives", tokens[first - 1]?.norm ?? "") && act) return null;
      // "dispersó a unos 300 trabajadores portuarios que cumplían su quinto día de huelga": after a relative pronoun the
      // subject is the actor right before it, the antecedent, not the previous event's doer.
      // ("strikers who had blocked the road", "que habían bloqueado": auxiliaries may stand between.)
      // (…and a verb that goes on with it, or a quote mark: 'con quienes "siguen asesinando"'.)
      const rel = relativeBefore(tokens, first, x.g);
      const antecedent = rel >= 0 ?
        x.a.phrases.find((p) => !p.anaphor && p.last <= rel && rel - p.last <= ANTECEDENT_GAP && tokens.slice(p.last, rel).every((t) => /^\p{L}+$/u.test(t.text) &&
          // (Not an object relative: "a las que acusa", "en la que demandan", "al que acusaron".)
          !["determiners", "target_preps", "locative_preps", "of_preps"].some((key) => inGrammar(x.g, key, t.norm)))) : undefined;
      // ("strikes against drug-trafficking boats that have killed 90 people": property is no doer; the act before it
      // did what the relative tells.)
      if (antecedent && isProperty(antecedent)) return null;
      if (antecedent) {
        c.source = actorsOf(antecedent, x);
        return "after a relative pronoun, the subject is the actor right before it";
      }
      c.source = x.out.at(-1)!.source;
      return "a verb with no subject continues the previous event's doer";
    },
  },
  {
    // "He also accused Brazil's Supreme Court of … and warned that…": a verb coordinated with the previous one
    // shares its subject, not the previous verb's object.
    id: "source.coordinated-verb",
    apply(c, x) {
      if (!verbal(c) || !x.out.length) return null;
      const listed = !coordinatedVerb(x.a.sentence.tokens, c.found.trigger.first, x.g);
      if (listed && !listedVerb(x.a, c.found.trigger.first, x.g)) return null;
      // ("sounded the alarm about atrocities carried out by the RSF, and has demanded…": an act told as a noun inside
      // the first verb's object is not the verb the second one is coordinated with.)
      // ("used water cannon against protesters who threw fireworks near the station, and detained 17 people": nor is
      // the verb of a relative clause closed by the comma before "and"; the verb goes on with the main clause.)
      const tokens = x.a.sentence.tokens;
      const first = c.found.trigger.first;
      const afterComma = tokens[first - 2]?.text === ",";
      const relative = (e: Decided): boolean => {
        if (!afterComma || e.sentence !== x.a.sentence.index) return false;
        const k = tokens.findIndex((t) => t.start === e.trigger?.start);
        return k > 0 && inGrammar(x.g, "relatives", tokens[k - 1]!.norm) && !tokens.slice(k, first - 2).some((t) => t.text === ",");
      };
      const head = [...x.out].reverse().find((e) => !e.trace?.some((t) => t.startsWith("trigger.nominal")) && !relative(e)) ?? x.out.at(-1)!;
      // (A verb listed after a comma goes with a verb of its own sentence.)
      if (listed && head.sentence !== x.a.sentence.index) return null;
      // "Ali said two soldiers were wounded in the attack and called on the Council…", "Fletcher said Mr Streeting had
      // refused to put an offer on the table and urged him to…": an act done in words coordinated after a reported
      // clause goes on with the report: it is the speaker's, not the reported act's doer's.
      if (x.on.is(c.type, "stance") && head.sentence === x.a.sentence.index) {
        // (An implicit side, "the protesters' own state", stands nowhere in the text: "said police had arrested 11 people
        // who tried to block the bridge, and warned that…".)
        const told = [...head.source, ...head.target].filter((a) => a.start >= 0);
        const teller = told.length ? speaker(x.a, c.found.trigger).filter((p) => told.every((a) => a.start >= tokens[p.last - 1]!.end)) : [];
        if (teller.length) {
          c.source = teller.flatMap((p) => actorsOf(p, x));
          return "an act in words coordinated after a reported clause is the speaker's";
        }
        // "Grossi denunció que Irán impidió la entrada de los inspectores y exigió a Teherán…": so it is after an act in
        // words whose content clause ("que …") holds the previous act: it goes on with that outer act's doer.
        const outer = contentHolder(x, head);
        if (outer) {
          c.source = copy(outer.source);
          return "an act in words coordinated after another's content clause is that other act's doer's";
        }
      }
      // "advirtió que la Policía hará cumplir la orden de aprehensión … y pidió a los dirigentes…": a preterite coordinated
      // after a reported clause told in the future is the reporter's next act, not the reported clause's doer's.
      const opener = head.sentence === x.a.sentence.index ? reportedFutureOpener(x.a.clause, c.found.trigger.first) : -1;
      const reporter = opener >= 0 ? subjectBefore(x.a.clause, opener) : [];
      if (reporter.length) {
        c.source = reporter.flatMap((p) => actorsOf(p, x));
        return "a preterite coordinated after a reported clause in the future is the reporter's act";
      }
      // ("Trump recibió en la Casa Blanca a Milei … y le advirtió que…": a host's visit has the visitor as its source;
      // the verb's subject, whom the next verb goes on with, is its target.)
      c.source = copy(head.trace?.some((t) => t.startsWith("roles.host")) && head.target.length ? head.target : head.source);
      // "has sounded the alarm about atrocities by the RSF, and has demanded safe passage": a demand with no addressee
      // coordinated with a complaint is made of whom the complaint is about.
      // ("acusó a Moscú de … y pidió a los socios europeos acelerar…", "urged European partners to…": a party named with
      // no country right after the verb, marked as its addressee, is whom the demand is made of; not the owner of what
      // is demanded, "exigió la liberación de las religiosas".)
      const stop = nextClauseBreak(x.a, x.g)[c.found.trigger.last] ?? -1;
      const addressed = inGrammar(x.g, "object_markers", x.a.sentence.tokens[c.found.trigger.last]?.norm ?? "") || inGrammar(x.g, "recipient_preps", x.a.sentence.tokens[c.found.trigger.last]?.norm ?? "");
      const party = () => addressed && !!namedNonActorParty(x.a, x.g, c.found.trigger, stop >= 0 ? stop : x.a.sentence.tokens.length);
      if (c.type === "REQUEST" && head.type === "ACCUSE" && !c.target.length && head.target.length && !party()) {
        c.target = copy(head.target);
        return ["a verb coordinated with the previous one shares its subject", "…and a demand with no addressee after a complaint is made of whom the complaint is about"];
      }
      // "ha condenado la escalada del régimen y le ha exigido la liberación de los presos": a dative clitic before the
      // coordinated demand, with no addressee named after it, points back to whom the complaint was about, not to the
      // people whose release is demanded.
      let k = c.found.trigger.first - 1;
      while (k >= 0 && inGrammar(x.g, "coordinated_auxiliaries", tokens[k]!.norm) && !inGrammar(x.g, "dative_clitics", tokens[k]!.norm)) k--;
      if (c.type === "REQUEST" && head.type === "ACCUSE" && head.target.length && k >= 0 && inGrammar(x.g, "dative_clitics", tokens[k]!.norm) && !addressed) {
        c.target = copy(head.target);
        return ["a verb coordinated with the previous one shares its subject", "…and its dative clitic points back to whom the complaint before it was about"];
      }
      return "a verb coordinated with the previous one shares its subject";
    },
  },
  {
    // "Russian troops shelled a Ukrainian position, killing three soldiers", "Israeli jets struck a Hezbollah post,
    // wounding two fighters", "Armed men attacked an army camp, killing 19 soldiers": harm told by a gerund after a
    // comma is what the attack just told did. Its doer is that attack's (not the object before the comma), and the
    // people it names by a bare role belong to the side attacked, not to the attackers' nationality named before them.
    id: "roles.harm-consequence",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (c.type !== "ASSAULT" || t.nominal || t.passive || tokens[t.first - 1]?.text !== "," || !endsIn(x.g, "suffix_gerund", tokens[t.first]!.norm)) return null;
      const attack = [...x.out].reverse().find((e) => e.sentence === x.a.sentence.index && e.type === "ASSAULT" && e.source.some((a) => a.country || a.org));
      if (!attack) return null;
      const id = (a: Actor) => a.country ?? a.org;
      const attackers = new Set(attack.source.map(id));
      // (The side attacked is named before the gerund: one named after it is the report's speaker.)
      const attacked = attack.target.find((a) => id(a) && !attackers.has(id(a)) && a.start < tokens[t.first]!.start);
      const how: string[] = [];
      if (!c.source.length || !c.source.every((a) => attackers.has(id(a)))) {
        c.source = copy(attack.source);
        how.push("harm told by a gerund after an attack is that attack's doer's");
      }
      const bare = (a: Actor) => !a.name && x.a.phrases.some((p) => p.actor.start === a.start && p.actor.end === a.end && p.parts.every((m) => m.kind === "role"));
      // (Before the story's country is filled in, a bare role has none; one the attackers' demonym gave is theirs.)
      const theirs = (a: Actor) => bare(a) && (!id(a) || attackers.has(id(a)));
      if (attacked && c.target.some(theirs)) {
        c.target = c.target.map((a) => (theirs(a) ? { ...a, country: attacked.country, org: attacked.org } : a));
        how.push(`…and the people it names by a bare role are of the side attacked (${id(attacked)})`);
      }
      // ("…, killing at least 156 people, the UN refugee agency reported": the speaker set off after the victims is none.)
      const speech = x.a.clause.grammar.get("speech");
      const comma = tokens.findIndex((w, k) => k >= t.last && w.text === ",");
      if (comma > 0 && tokens.slice(comma + 1).some((w) => w.lemmas.some((l) => speech?.has(l))) && c.target.some((a) => a.start >= tokens[comma]!.start)) {
        c.target = c.target.filter((a) => a.start < tokens[comma]!.start);
        how.push("…and whoever is named after the victims, before a speech verb, is the speaker");
      }
      return how.length ? how : null;
    },
  },
  {
    // "Ucrania espera sanciones, agregó, y pidió a Hungría…", "Trump autorizó…; además, acusa a Maduro de…": a
    // Spanish finite verb with no subject anywhere before it in its clause has the subject the text was telling
    // about: the sentence's opening subject, else the previous sentence's protagonist.
    id: "source.pro-drop",
    apply(c, x) {
      const t = c.found.trigger;
      if (c.source.length || c.srcPhrases.length || !verbal(c) || !droppedSubject(x.a, t.first, x.g) || subordinate(x.a, t.first, x.g)) return null;
      const opening = x.a.phrases.find((p) => p.last <= t.first && !p.anaphor && !governedPhrase(x.a, p, x.g));
      const who = opening ? (x.resolved.get(opening) ?? [opening.actor]) : x.d.topic ? [x.d.topic] : previousDoer(x, t.first);
      if (!who.length || !who.every((w) => (w.country || w.org) && (w.name || STATE.has(w.sector ?? "")))) return null;
      c.source = copy(who);
      return `a verb with no subject has the one the text was telling about (${who.map((w) => w.name ?? w.text).join(", ")})`;
    },
  },
  {
    // "La Policía Nacional de España desarticuló una red …, en una operación coordinada con la DEA" (dev-es es-d10): a
    // joint operation told as a noun after a preposition of means is the frame of the clause's act, done by the
    // clause's subject with the party named after it.
    id: "source.joint-operation",
    apply(c, x) {
      const t = c.found.trigger;
      if (c.source.length || c.type !== "COOPERATE" || !t.nominal || !c.target.length) return null;
      const tokens = x.a.sentence.tokens;
      let k = t.first - 1;
      while (k >= 0 && (inGrammar(x.g, "determiners", tokens[k]!.norm) || inGrammar(x.g, "indefinite_articles", tokens[k]!.norm))) k--;
      if (k < 0 || !inGrammar(x.g, "means_preps", tokens[k]!.norm)) return null;
      const opening = x.a.phrases.find((p) => p.last <= k && !p.anaphor && !governedPhrase(x.a, p, x.g));
      const who = opening ? (x.resolved.get(opening) ?? [opening.actor]) : [];
      if (!who.length || !who.every((w) => (w.country || w.org) && STATE.has(w.sector ?? "")) || who.some((w) => c.target.some((o) => o.country === w.country && o.org === w.org))) return null;
      c.source = copy(who);
      return `a joint operation framing the clause's act is its subject's (${who.map((w) => w.name ?? w.text).join(", ")})`;
    },
  },
  {
    // "“…,” said Bessent in a statement. “We urge our allies to take part in these sanctions.”": a stance in a
    // quotation that goes on in a sentence of its own, with no doer named, is the quotation's speaker's.
    id: "source.quotation-continued",
    apply(c, x) {
      if (c.source.length || !x.on.is(c.type, "stance") || !x.d.quoteSpeaker?.length || quotationSpeaker(x.a) !== "same-speaker") return null;
      c.source = copy(x.d.quoteSpeaker);
      return `a quotation going on from the previous sentence is its speaker's (${c.source.map((s) => s.name ?? s.text).join(", ")})`;
    },
  },
  {
    // "sanctioned ten people and six companies it accused of…": the pronoun of a reduced object relative is the main
    // clause's doer, not the antecedent right before it (which is what the verb acts on).
    id: "source.relative-pronoun",
    apply(c, x) {
      const p = c.srcPhrases[0];
      if (c.srcPhrases.length !== 1 || !p!.anaphor || !x.out.length) return null;
      const antecedent = c.found.roles.target.find((q) => q.last === p!.first || x.a.clause.groups.some((g) => g.includes(q) && g.at(-1)!.last === p!.first));
      if (!antecedent) return null;
      const prev = x.out.at(-1)!;
      if (!prev.source.length) return null;
      c.source = copy(prev.source);
      return `"${p!.actor.text}" in a relative clause on "${antecedent.actor.text}" is the main clause's doer`;
    },
  },
  {
    // "Jordan condemned the attack. It also summoned the Syrian ambassador.": a body's "it" with nobody near is the
    // last event's doer.
    id: "source.it",
    apply(c, x) {
      const p = c.srcPhrases[0];
      if (known(c.source).length || c.srcPhrases.length !== 1 || !p!.anaphor || !inGrammar(x.g, "body_pronouns", fold(p!.actor.text))) return null;
      c.source = copy((x.out.at(-1) ?? x.earlier.at(-1))?.source ?? []);
      return `"${p!.actor.text}" with no body named near is the last event's doer`;
    },
  },
  {
    // "The interior ministry said 40 people had been detained", "la Fiscalía informó que fueron detenidas veinte
    // personas", "the bloc's chairman said Mali would be suspended": an act of state power told in the passive with no
    // agent, inside what an authority reports, is that authority's own act, when it falls on the authority's own
    // country (or on nobody named of another country).
    id: "source.reporting-authority",
    apply(c, x) {
      const t = c.found.trigger;
      // "El Gabinete de Seguridad comunicó la captura de…", "police announced the arrest of…": the act told as a noun
      // that an authority reports is its own as well.
      // "Se detuvo a cinco narcotraficantes…": an impersonal "se" with its undergoer named is a passive too.
      const impersonal = !t.nominal && inGrammar(x.g, "reflexive_clitics", x.a.sentence.tokens[t.first - 1]?.norm ?? "") && c.target.length > 0;
      if (c.source.length || c.srcPhrases.length || !(t.passive || impersonal || (t.nominal && reportedObject(x.a, t.first))) || !AUTHORITY_ACTS.has(c.type)) return null;
      // …or of the authority the sentence opens with: "la Policía desarticuló una red en una operación en la que fueron
      // detenidas nueve personas".
      // …or postposed past a comma ("Cinco colombianos fueron detenidos en Guayaquil, informó la Policía de Ecuador"), or
      // cited before it ("Según la Policía de Ecuador, fueron detenidos…").
      const toks0 = x.a.sentence.tokens;
      const says = (k: number) => toks0[k]!.lemmas.some((l) => inGrammar(x.g, "speech", l));
      const verb = toks0.findIndex((w, k) => k > t.last && says(k) && toks0[k - 1]!.text === ",");
      const postposed = verb > 0 ? x.a.phrases.filter((p) => p.first > verb && p.first <= verb + 3 && toks0.slice(verb + 1, p.first).every((w) => inGrammar(x.g, "determiners", w.norm))) : [];
      const cited = x.a.phrases.filter((p) => p.last <= t.first && toks0.slice(Math.max(0, p.first - 3), p.first).some((w) => inGrammar(x.g, "attribution_markers", w.norm)));
      const said = [...speaker(x.a).filter((p) => p.last <= t.first && !postposed.length), ...postposed, ...cited];
      // (past a dateline: "LIMA, 8 ene.— La Policía…").
      const toks = x.a.sentence.tokens;
      const opener = x.a.phrases.find((p) => !p.parts.every((m) => m.kind === "place" || m.kind === "country"));
      let k = (opener?.first ?? 0) - 1;
      while (k >= 0 && inGrammar(x.g, "determiners", toks[k]!.norm)) k--;
      const head = opener && opener.last <= t.first && !c.found.roles.target.includes(opener) && (k < 0 || !/\p{L}/u.test(toks[k]!.text)) ? [opener] : [];
      const by = said.length && officialSpeaker(said) ? said : officialSpeaker(head) ? head : [];
      if (!by.length) return null;
      // A body of no stated country ("el Gabinete de Seguridad") is the story's home country's.
      const who = by.flatMap((p) => x.resolved.get(p) ?? [p.actor]).map((w) => (w.country || w.org || !x.d.home ? w : { ...w, country: x.d.stateHome ?? x.d.home }));
      if (!who.length || !who.every((w) => w.org || (w.country && STATE.has(w.sector ?? "")))) return null;
      const home = who[0]!.country;
      // "…were detained in the United States", "deported to Venezuela": another country named as a place after the act
      // may be the doer.
      const after = x.a.sentence.tokens[t.last - 1]!.end;
      const placed = x.a.phrases.filter((p) => p.actor.start >= after && p.parts.length > 0 && p.parts.every((m) => PLACE_KINDS.has(m.kind)));
      if (home && placed.some((p) => p.actor.country && p.actor.country !== home)) return null;
      c.source = copy(who);
      // (A cited authority is no undergoer: "Según la Policía de Ecuador, cinco colombianos fueron capturados".)
      c.target = c.target.filter((a) => !by.some((p) => p.actor.start === a.start));
      return `an agentless ${c.type} in what an authority reports or has just done is its own act (${who.map((w) => w.name ?? w.org ?? w.country).join(", ")})`;
    },
  },
  {
    // "El ELN atacó un puesto militar en Tibú. Horas después, una patrulla fue atacada con explosivos", "Police
    // arrested six men on Monday. Two more were detained on Tuesday": an agentless passive act of the kind just told,
    // in the next sentences, is the same doer's.
    id: "source.previous-agent",
    apply(c, x) {
      const t = c.found.trigger;
      if (c.source.length || c.srcPhrases.length || !t.passive || !x.on.is(c.type, "harm")) return null;
      const i = x.a.sentence.index;
      // "Los antidisturbios dispersaron a los manifestantes. Catorce personas fueron detenidas": an agentless arrest
      // right after another act of a police or military force (same sentence or the one before) is that force's.
      const force = (e: Decided) => e.source.length > 0 && e.source.every((s) => SECURITY_FORCES.has(s.sector ?? ""));
      const prior = [...x.earlier].reverse().find((e) => e.sentence < i && e.sentence >= i - 2 && e.type === c.type) ??
        (c.type === "COERCE" && c.mode === "arrest" ? [...x.earlier, ...x.out].reverse().find((e) => e.sentence >= i - 1 && force(e)) : undefined);
      if (!prior || !prior.source.length || !prior.source.every((s) => s.text && (s.country || s.org))) return null;
      // "…sent home to Ecuador and Colombia, where they will be detained", "held in Bukele's prison": another country
      // named beside the act may be the doer.
      const theirs = new Set(prior.source.map((s) => s.country));
      if (x.a.phrases.some((p) => !c.found.roles.target.includes(p) && !p.anaphor && p.actor.country && !theirs.has(p.actor.country))) return null;
      c.source = copy(prior.source);
      return `an agentless ${c.type} right after one told with its doer is the same doer's (${prior.source.map((s) => s.name ?? s.text).join(", ")})`;
    },
  },
  {
    // "…permanecían retenidos por personas que vestían de civil. Su liberación pudo concretarse…", "Police arrested
    // five union leaders… The five were released on bail": a release with no doer named, after an abduction or an
    // arrest the story told, is the captors' (of the people they held, if none is named). With none told yet, it waits
    // for one told later ("…fueron liberados. Los presos retuvieron a los custodios el domingo"): see settleCaptors.
    id: "source.captors-release",
    apply(c, x) {
      if (c.source.length || c.srcPhrases.length || c.type !== "RETREAT" || c.mode !== "release") return null;
      // (Told as a noun or a nominalised participle — "urged the release of", "los excarcelados" — the release is only
      // talked about: only an abduction told already gives it captors.)
      const t = c.found.trigger;
      const told = t.passive && !t.nominal;
      // (An arrest farther back than the sentence before may have ended otherwise: by a court's order, in another year.)
      const i = x.a.sentence.index;
      const before = [...x.earlier, ...x.out].reverse();
      const held = before.find((e) => (e.type === "ASSAULT" && e.mode === "abduct" && isCaptivity(e)) || (told && isCaptivity(e) && e.sentence >= i - 1));
      if (!held && told) {
        c.awaits = "captors";
        return "a release with no doer and no captors told yet waits for the captors a later sentence tells";
      }
      if (!held) return null;
      c.source = copy(held.source);
      if (!known(c.target).length) c.target = copy(captives(before) ?? held.target);
      return `a release with no doer, after an abduction or arrest told, is the captors' (${held.source.map((s) => s.name ?? s.text).join(", ")})`;
    },
  },
  {
    // "detuvo a siete extranjeros acusados de espionaje", "arrested three men accused of smuggling": people held and
    // accused in one sentence are accused by whoever holds them.
    id: "source.captor-accuses",
    apply(c, x) {
      if (c.source.length || c.srcPhrases.length || !c.found.trigger.passive || c.type !== "ACCUSE") return null;
      // (People held: an arrest, not any coercion — "The coup has been condemned" is no accusation by the putschists.)
      const arrest = [...x.out].reverse().find((e) => e.type === "COERCE" && e.mode === "arrest" && e.source.length && e.source.every((s) => s.country || s.org));
      if (!arrest) return null;
      c.source = copy(arrest.source);
      // …and the accused are the people held (the participle's own subject search may reach the captor).
      if (arrest.target.length) c.target = copy(arrest.target);
      return `people held and accused in one sentence are accused by whoever holds them (${arrest.source.map((s) => s.name ?? s.text).join(", ")})`;
    },
  },
  {
    // "Tokyo called the verdict regrettable and demanded the man's early release", "demanded the release of all detained
    // protesters": a demand for a release that names only the captives ("X's release", "the release of X") is made of
    // whoever holds them — the captors or the court the story told — not of the captives (GUIDELINES: the target of a
    // request is whom it asks).
    id: "target.release-holder",
    apply(c, x) {
      if (c.type !== "REQUEST") return null;
      const tokens = x.a.sentence.tokens;
      const t = c.found.trigger;
      const noun = t.last - 1;
      if (!inGrammar(x.g, "release_nouns", tokens[noun]?.norm ?? "") || inGrammar(x.g, "infinitive_markers", tokens[noun - 1]?.norm ?? "")) return null;
      const of = inGrammar(x.g, "of_preps", tokens[t.last]?.norm ?? "");
      const phrases = c.found.roles.target;
      // Every target phrase names the captives: the possessor inside the trigger, or the phrase after "release of".
      const captive = (p: ActorPhrase) => (p.first > t.first && p.last <= noun) || (of && p.first >= t.last + 1 && p.first <= t.last + 4);
      if (!phrases.length || !phrases.every(captive)) return null;
      const before = [...x.earlier, ...x.out].reverse();
      const held = before.find((e) => isCaptivity(e) || (e.type === "SANCTION" && e.mode === "convict" && e.source.length > 0 && e.source.every((s) => !!(s.country || s.org))));
      if (!held) return null;
      c.target = copy(held.source);
      return `a demand for the release of captives is made of whoever holds them (${held.source.map((s) => s.name ?? s.text).join(", ")})`;
    },
  },
  {
    // "The journalist was arrested on Monday in Niger", "un gendarme fue arrestado tras ingresar en territorio
    // venezolano": a person arrested in a country with nobody named as the arrester is held by that country's state.
    id: "source.place-of-arrest",
    apply(c, x) {
      const t = c.found.trigger;
      if (c.source.length || c.srcPhrases.length || !t.passive || c.type !== "COERCE" || c.mode !== "arrest") return null;
      const tokens = x.a.sentence.tokens;
      const placed = (p: ActorPhrase) => {
        let k = p.first - 1;
        while (k >= 0 && k >= p.first - 3 && !inGrammar(x.g, "locative_preps", tokens[k]!.norm)) {
          if (!/^\p{Ll}+$/u.test(tokens[k]!.text) && !inGrammar(x.g, "determiners", tokens[k]!.norm)) return false;
          k--;
        }
        return k >= 0 && inGrammar(x.g, "locative_preps", tokens[k]!.norm);
      };
      const where = x.a.phrases.find((p) => p.first >= t.last && p.first - t.last <= 10 && p.parts.length > 0 &&
        p.parts.every((m) => PLACE_KINDS.has(m.kind) || m.kind === "demonym") && !!p.actor.country && placed(p) &&
        !tokens.slice(t.last, p.first).some((k, j) => k.text === ";" || (inGrammar(x.g, "clause_breaks", k.norm) && !infinitiveAt(tokens, t.last + j + 1, x.g))));
      if (!where) return null;
      c.source = [{ ...where.actor, sector: "GOV", name: null }];
      return `a person arrested in a country with no arrester named is held by its state (${where.actor.country})`;
    },
  },
  {
    // "Nicaragua comunicó a la Unesco que abandona el organismo", "el canciller dijo que enviará ayuda": a verb with no
    // subject in what a speaker reports is the speaker's own act.
    id: "source.reported-pro-drop",
    apply(c, x) {
      const t = c.found.trigger;
      if (!verbal(c) || !droppedSubject(x.a, t.first, x.g)) return null;
      const tokens = x.a.sentence.tokens;
      // The clause's opening word, within a clause's reach (a run-on sentence of thousands of verbs is not read back to
      // its start for each of them).
      let k = t.first - 1;
      const reach = Math.max(-1, t.first - 40);
      while (k > reach && !inGrammar(x.g, "clause_breaks", tokens[k]!.norm) && !/^[,;:.—–“”"«»()]$/.test(tokens[k]!.text)) k--;
      if (k <= reach || !inGrammar(x.g, "stance_content_openers", tokens[k]!.norm) || x.a.phrases.some((p) => p.first > k && p.first < t.first)) return null;
      const speech = x.a.clause.grammar.get("speech");
      let v = k - 1;
      while (v >= 0 && v >= k - 6 && !tokens[v]!.lemmas.some((l) => speech?.has(l))) v--;
      if (v < 0 || v < k - 6) return null;
      // Whom the words are told to ("comunicó a la Unesco que…") is no subject of what they report.
      if (c.source.length && !c.srcPhrases.every((p) => p.first > v && p.last <= k && governedPhrase(x.a, p, x.g))) return null;
      const who = speaker(x.a).flatMap((p) => x.resolved.get(p) ?? [p.actor]);
      if (!who.length || !who.every((w) => w.country || w.org)) return null;
      c.source = copy(who);
      return `a verb with no subject in what a speaker reports is the speaker's act (${who.map((w) => w.name ?? w.text).join(", ")})`;
    },
  },
  {
    // "la inseguridad empujó a los transportistas a paralizar sus actividades", "obligó a las tropas a retirarse": the
    // object of a verb that makes someone act (grammar object_control_verbs) does the infinitive's act.
    id: "source.object-control",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (!verbal(c) || !endsIn(x.g, "suffix_infinitive", tokens[t.first]!.norm) || !inGrammar(x.g, "object_markers", tokens[t.first - 1]?.norm ?? "")) return null;
      // The verb, then (past time words: "empujó este jueves a…") its object marker, then the object's phrase, all
      // within one clause.
      for (let v = t.first - 2; v >= 0 && v >= t.first - 14; v--) {
        const w = tokens[v]!;
        if (/^[,;:.—–“”"«»()]$/.test(w.text) || inGrammar(x.g, "clause_breaks", w.norm)) return null;
        if (!w.lemmas.some((l) => inGrammar(x.g, "object_control_verbs", l))) continue;
        let k = v + 1;
        while (k < t.first && (inGrammar(x.g, "time_words", tokens[k]!.norm) || inGrammar(x.g, "time_fillers", tokens[k]!.norm))) k++;
        if (!inGrammar(x.g, "object_markers", tokens[k]!.norm)) return null;
        const p = x.a.phrases.find((q) => q.first > k && beforeDeterminers(x.g, tokens, q.first) === k && q.last < t.first);
        if (!p || p.anaphor) return null;
        // A subject found inside the object's own phrase ("a los transportistas de la capital peruana a…") is none.
        if (c.source.length && !c.srcPhrases.every((q) => q.first >= p.first && q.last < t.first)) return null;
        const who = x.resolved.get(p) ?? [p.actor];
        if (!who.every((w) => w.country || w.org || w.sector)) return null;
        c.source = copy(who);
        return `the object of a verb that makes someone act does the infinitive's act ("${p.actor.text}")`;
      }
      return null;
    },
  },
  {
    // "su gobierno liberará a 553 reclusos tras unas conversaciones con el Vaticano", "Cuba freed prisoners after talks
    // with the Vatican": a meeting in the background with only its other party named was held by the doer of the act
    // it is the background of.
    // …and "Venezuela freed six Americans after a visit by U.S. envoy Richard Grenell": a visit in the background with
    // only its visitor named was paid to that doer.
    id: "source.background-meeting",
    apply(c, x) {
      const t = c.found.trigger;
      const visit = c.mode === VISIT && c.source.length > 0 && !c.target.length;
      if (c.type !== "CONSULT" || !t.nominal || !(visit || (!c.source.length && !c.srcPhrases.length && c.found.roles.target.length))) return null;
      const tokens = x.a.sentence.tokens;
      let k = t.first - 1;
      while (k >= 0 && k >= t.first - 3 && !inGrammar(x.g, "background_markers", tokens[k]!.norm)) k--;
      if (k < 0 || k < t.first - 3) return null;
      // The doer of the act it is the background of, else the subject before the marker.
      const main = x.out.at(-1);
      const who = main?.source.length ? main.source : subjectBefore(x.a.clause, k).flatMap((p) => x.resolved.get(p) ?? [p.actor]);
      const other = visit ? c.source : c.target;
      if (!who.length || !who.every((w) => w.country || w.org) || who.some((w) => other.some((o) => o.country === w.country && o.org === w.org))) return null;
      if (visit) {
        c.target = copy(who);
        return `a visit in the background with only its visitor named was paid to the clause's subject (${who.map((w) => w.name ?? w.text).join(", ")})`;
      }
      c.source = copy(who);
      return `a meeting in the background with one party named was held by the clause's subject (${who.map((w) => w.name ?? w.text).join(", ")})`;
    },
  },
  {
    // "Un policía resultó herido tras ser atacado por sujetos armados", "militares abatieron a doce tras ser agredidos",
    // "was wounded after being shot by gunmen": a passive infinitive after a preposition befell the main clause's subject.
    id: "target.passive-infinitive",
    apply(c, x) {
      const t = c.found.trigger;
      if (!t.passive || c.target.length) return null;
      const toks = x.a.sentence.tokens;
      const aux = [1, 2].find((n) => inGrammar(x.g, "passive_infinitives", toks.slice(t.first - n, t.first).map((k) => k.norm).join(" ")));
      if (!aux || !inGrammar(x.g, "opening_preps", toks[t.first - aux - 1]?.norm ?? "")) return null;
      const at = t.first - aux - 1;
      // "Tras ser atacados, los militares…": opening the sentence, the subject comes after the comma.
      const comma = at === 0 ? toks.findIndex((k, i) => i > t.last && k.text === ",") : -1;
      const main = comma >= 0 ? x.a.phrases.filter((p) => p.first > comma && p.first <= comma + 3).slice(0, 1) : subjectBefore(x.a.clause, at);
      if (!main.length) return null;
      c.target = main.flatMap((p) => x.resolved.get(p) ?? [p.actor]).map((a) => ({ ...a }));
      return `a passive infinitive after a preposition befell the main clause's subject (${main.map((p) => p.actor.text).join(", ")})`;
    },
  },
  {
    // "Un comando atacó a policías en Uruapan. Los agentes repelieron la agresión", "the garrison repelled an attack by
    // the rebels", "soldiers returned fire": an act that answers an attack, with no one named as its object, is aimed at
    // the attackers: the agent named after it, else the doers of the latest attack on the answering side.
    id: "target.repelled",
    apply(c, x) {
      if (!c.found.rule.answers || c.target.length || !c.source.length) return null;
      const t = c.found.trigger;
      const agent = x.a.phrases.find((p) => p.first >= t.last && p.first - t.last <= 3 && inGrammar(x.g, "agent_preps", x.a.sentence.tokens[beforeDeterminers(x.g, x.a.sentence.tokens, p.first)]?.norm ?? ""));
      if (agent) {
        c.target = copy(x.resolved.get(agent) ?? [agent.actor]);
        return `an answer to an attack is aimed at the attack's agent (${agent.actor.text})`;
      }
      const answering = (a: Actor) => c.source.some((s) => (s.sector && s.sector === a.sector) || (s.name && s.name === a.name));
      const attack = [...x.earlier, ...x.out].reverse().find((e) => e.type === "ASSAULT" && e.source.length && e.target.some(answering));
      if (!attack) return null;
      c.target = copy(attack.source);
      return `an answer to an attack is aimed at the attackers (${attack.source.map((s) => s.text).join(", ")})`;
    },
  },
  {
    // "Brasil llamó a consultas a su embajador en Israel", "recalled its ambassador to Mexico": a state's own envoy
    // withdrawn is withdrawn from the country where the envoy serves.
    id: "target.posting",
    apply(c, x) {
      if (c.mode !== "withdraw" || !c.target.length || !c.source.length) return null;
      const own = new Set(c.source.map((s) => s.country));
      if (!c.target.every((t) => !t.country || own.has(t.country))) return null;
      const tokens = x.a.sentence.tokens;
      const after = c.found.roles.target.at(-1)?.last ?? c.found.trigger.last;
      const where = x.a.phrases.find((p) => p.first >= after && p.first - after <= 2 && p.actor.country && !own.has(p.actor.country) &&
        inGrammar(x.g, "posting_preps", tokens[p.first - 1]?.norm ?? ""));
      if (!where) return null;
      c.target = [{ ...where.actor, sector: "GOV", name: null }];
      return `an envoy withdrawn is withdrawn from the country where the envoy serves (${where.actor.country})`;
    },
  },
  {
    // "rejected requests from two Mexican airlines to open routes to U.S. cities", "accepted demands from Shona rebels":
    // a request or offer answered is aimed at whoever made it, not at a phrase of its content.
    id: "target.requester",
    apply(c, x) {
      const asker = verbal(c) ? requesterAfter(x.a, c.found.trigger, x.g) : undefined;
      if (!asker) return null;
      c.target = x.resolved.get(asker) ?? [asker.actor];
      return `a request or offer answered is aimed at whoever made it ("${asker.actor.text}")`;
    },
  },
  {
    // Nobody is their own target ("Rubio warned him" is not Rubio → Rubio); unnamed people may harm unnamed people
    // of their own kind ("unos hombres asesinaron a un hombre").
    id: "target.not-self",
    apply(c, x) {
      const kin = x.on.is(c.type, "harm");
      // "Britain warned it could seek sanctions", "the allies said they would respond": a subject pronoun right after
      // the verb opens the clause of what is said, so the doer named again there is no party the act is aimed at.
      const tokens = x.a.sentence.tokens;
      const clauseSubjects = new Set(c.found.roles.target.filter((p) => p.first > c.found.trigger.first && p.last - p.first === 1 && inGrammar(x.g, "subject_pronouns", tokens[p.first]!.norm) &&
        (inGrammar(x.g, "modals", tokens[p.last]?.norm ?? "") || inGrammar(x.g, "future", tokens[p.last]?.norm ?? "") || ["VERB", "AUX"].includes(tokens[p.last]?.pos ?? ""))).map((p) => p.actor.start));
      const same = (s: Actor, t: Actor) => s.country === t.country && s.org === t.org && s.sector === t.sector;
      // (A state whose act a stance is about is that act's owner, not the speaker again, though the speaker holds its
      // office: "the chancellor defended Germany's decision", actOwner.)
      const owners = new Set(c.found.roles.target.filter((p) => actOwner(c, x, p)).map((p) => p.actor.start));
      // (A government named by its national level is another party than a doer who names none: "Borno State Governor
      // Babagana Zulum urged the federal government to recruit more soldiers".)
      const national = (p: ActorPhrase) => tokens.slice(p.first, p.last).some((w) => inGrammar(x.g, "national_level", w.norm));
      const levels = new Set(c.found.roles.target.filter((p) => national(p) && !c.srcPhrases.some(national)).map((p) => p.actor.start));
      // (One office named for another is another person: "the president refused a request from the justice minister".)
      const office = (p: ActorPhrase) => p.parts.filter((m) => m.kind === "role" && singleOfficeRoles().has(m.entryId ?? "")).map((m) => m.entryId);
      const doers = new Set(c.srcPhrases.flatMap(office));
      const others = new Set(x.a.phrases.filter((p) => !p.anaphor && !c.srcPhrases.includes(p) && office(p).some((id) => !doers.has(id))).map((p) => p.actor.start));
      // (Nor are state bodies named by a plural collective noun the doer is not named by: "La Defensoría del Pueblo exhortó
      // a las autoridades a garantizar…", "the ombudsman urged the authorities to…" is one state body asking the
      // others. A singular one may be the doer's own: "the ministry urged the government".)
      const bodies = (p: ActorPhrase) => p.parts.filter((m) => m.kind === "role" && STATE.has(m.sector ?? "") && x.d.collective?.has(m.entryId ?? "")).map((m) => m.entryId);
      const doerBodies = new Set(c.srcPhrases.flatMap(bodies));
      const plural = (p: ActorPhrase) => { const h = tokens[p.last - 1]; return !!h && !!h.lemmas[0] && h.lemmas[0] !== h.norm; };
      if (!kin) for (const p of c.found.roles.target) if (!p.anaphor && !c.srcPhrases.includes(p) && plural(p) && bodies(p).some((id) => !doerBodies.has(id))) others.add(p.actor.start);
      const self = (t: Actor) => c.source.some((s) => s === t || (s.name !== null && s.name === t.name) || ((!kin || clauseSubjects.has(t.start)) && t.name === null && same(s, t) && !owners.has(t.start) && !levels.has(t.start) && !others.has(t.start)));
      if (!c.target.some(self)) return null;
      c.target = c.target.filter((t) => !self(t));
      return "nobody is their own target";
    },
  },
  {
    // "el magistrado acudió en defensa de su colega", "la diputada respaldó a sus compañeros de bancada": a colleague
    // holds the same kind of office in the same country as the doer (after
    // target.not-self: the colleague is not the doer, though of the same country and sector).
    id: "target.colleague",
    apply(c) {
      const doer = c.source[0];
      const colleague = (p: ActorPhrase) => p.parts.some((m) => m.entryId === COLLEAGUE) && p.parts.every((m) => m.entryId === COLLEAGUE || m.kind === "demonym");
      if (!doer || !c.found.roles.target.length || !c.found.roles.target.every(colleague)) return null;
      c.target = c.target.map((t) => ({ ...t, country: t.country ?? doer.country, org: t.org ?? doer.org, sector: !t.sector || t.sector === "UNK" ? doer.sector : t.sector }));
      return `a colleague holds the same kind of office as the doer (${[doer.country ?? doer.org, doer.sector].filter(Boolean).join(" ")})`;
    },
  },
  {
    // "the two agreed to expand intelligence sharing on cartel operations", "acordaron ampliar el intercambio sobre
    // los cárteles": in a two-sided act of two countries, a phrase after a topic preposition is what the act is
    // about, not its party (the sides are each other's: roles.joint).
    id: "target.topic",
    apply(c, x) {
      if (!c.target.length || c.source.length < 2 || new Set(c.source.map((s) => s.country ?? s.org)).size < 2) return null;
      if (!c.symmetric && !x.on.is(c.type, "joint")) return null;
      const toks = x.a.sentence.tokens;
      const phrases = c.found.roles.target;
      const topic = (first: number) => {
        const k = inGrammar(x.g, "actor_determiners", toks[first - 1]?.norm ?? "") ? first - 2 : first - 1;
        return inGrammar(x.g, "act_topic_preps", toks[k]?.norm ?? "");
      };
      if (!phrases.length || !phrases.every((p) => topic(p.first))) return null;
      c.target = [];
      return `what a two-sided act is about is no party of it (${phrases.map((p) => p.actor.text).join(", ")})`;
    },
  },
  {
    // "discussed Libya with President Trump", "discutió los aranceles con el primer ministro": where the act's words end
    // on "with", the party is the one right after it; a matter named between (even a country's name) is none.
    id: "target.with-party",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (t.nominal || t.tokens.length < 2 || !inGrammar(x.g, "with_preps", tokens[t.last - 1]?.norm ?? "")) return null;
      const party = x.a.phrases.find((p) => p.first >= t.last && beforeDeterminers(x.g, tokens, p.first) === t.last - 1 && !isProperty(p));
      if (!party || c.target.some((a) => inPhrase(a, party))) return null;
      const before = c.target.filter((a) => a.start > tokens[t.first]!.end && a.end <= tokens[t.last - 1]!.start);
      if (!before.length) return null;
      c.target = x.resolved.get(party) ?? [party.actor];
      return `the party is the one after "${tokens[t.last - 1]!.text}", not the matter before it (${before.map((a) => a.text).join(", ")})`;
    },
  },
  {
    // "Erdogan discussed Libya with Trump in a phone call": a meeting named by a noun after a meeting told by a verb of
    // the same doer in the sentence is that meeting, with its party (unless the noun names one of its own: "with X").
    id: "target.same-meeting",
    apply(c, x) {
      const t = c.found.trigger;
      if (c.type !== "CONSULT" || !t.nominal || !c.source.length) return null;
      const tokens = x.a.sentence.tokens;
      if (c.found.roles.target.some((p) => inGrammar(x.g, "with_preps", tokens[beforeDeterminers(x.g, tokens, p.first)]?.norm ?? ""))) return null;
      const verb = x.out.findLast((e) => e.sentence === x.a.sentence.index && e.type === "CONSULT" && e.target.length > 0);
      const same = (a: Actor, b: Actor) => (a.name !== null && a.name === b.name) || (a.name === null && b.name === null && a.country === b.country && a.sector === b.sector);
      if (!verb || !c.source.every((s) => verb.source.some((v) => same(s, v)))) return null;
      if (c.target.length === verb.target.length && c.target.every((a) => verb.target.some((v) => same(a, v)))) return null;
      c.target = copy(verb.target);
      return `the "${tokens.slice(t.first, t.last).map((k) => k.text).join(" ")}" is the meeting the sentence told before, with its party`;
    },
  },
  {
    // "ambos países acordaron…", "the two sides agreed": a pair stands for both sides.
    id: "roles.pair",
    apply(c, x) {
      const pair = c.srcPhrases.find((p) => p.pair);
      if (!pair || c.source.length < 2 || c.target.length) return null;
      // "Hegseth met Trevilla at the Pentagon on Tuesday, and the two agreed…": after a meeting told in its own
      // sentence, "the two" alone (no noun: "the two sides" may be their countries) are the meeting's parties, not
      // the last two named.
      const met = x.a.sentence.tokens[pair.last]?.pos !== "NOUN" && x.out.find((e) => e.sentence === x.a.sentence.index && e.type === "CONSULT" && e.source.length === 1 && e.target.length === 1 && e.source[0]!.country !== e.target[0]!.country);
      if (met) c.source = [met.source[0]!, met.target[0]!].map((p) => ({ ...p, text: pair.actor.text, start: pair.actor.start, end: pair.actor.end }));
      [c.target, c.source, c.symmetric] = [c.source.slice(1), c.source.slice(0, 1), true];
      return `"${pair.actor.text}" names both sides`;
    },
  },
  {
    // "Petro y Maduro firmaron un acuerdo", "Mexico and the US agreed": both sides act together.
    id: "roles.joint",
    apply(c, x) {
      // "Russia and Ukraine swapped prisoners": in a two-sided act, the people its own words name are what is
      // exchanged, not a party.
      const t = c.found.trigger;
      // "El gobierno de Colombia y el ELN firmaron un cese al fuego": a state and an armed group of one country are two
      // sides as much as two states are ("Congo's government and the M23 signed a prisoner exchange deal").
      // ("El ministro de Trabajo, Edgar Morales, se comprometió…": a name in apposition is the same side.)
      const own = c.source.filter((s) => !(apposed(c.source, s, x) && !s.country && !s.org));
      const sides = new Set(own.map((s) => `${s.country ?? s.org}/${STATE.has(s.sector ?? "") ? "state" : s.sector}`)).size;
      const inside = c.found.roles.target.length > 0 && c.found.roles.target.every((p) => p.first > t.first && p.last <= t.last);
      if (c.symmetric && inside && sides > 1) c.target = [];
      if (c.target.length || own.length < 2 || c.srcPhrases.some((p) => p.pair)) return null;
      if (!c.symmetric && !(x.on.is(c.type, "joint") && sides > 1)) return null;
      [c.target, c.source, c.symmetric] = [own.slice(1), own.slice(0, 1), true];
      return "two sides as the subject of a joint act are each other's party";
    },
  },
  {
    // "Sheinbaum y Trump pactaron congelar los aranceles que gravarían las exportaciones mexicanas", "the two sides agreed
    // to lift tariffs on Chinese goods": a measure two sides agree to lift or freeze weighs on the one whose nationality
    // its words name; the concession is the other side's, made to it.
    id: "sides.joint-concession",
    apply(c, x) {
      if (c.type !== "CONCEDE" || !c.symmetric || c.source.length !== 1 || c.target.length !== 1) return null;
      const [a, b] = [c.source[0]!, c.target[0]!];
      if (!a.country || !b.country || a.country === b.country) return null;
      // The measure's words: from the trigger to the end of its clause (a relative one goes on: "que gravarían…").
      const stop = nextClauseBreak(x.a, x.g)[c.found.trigger.last] ?? -1;
      const end = stop >= 0 ? stop : x.a.sentence.tokens.length;
      const burdened = new Set(x.a.phrases.filter((p) => p.first > c.found.trigger.first && p.first < end && !p.anaphor && p.parts.length > 0 &&
        p.parts.every((m) => m.kind === "demonym")).map((p) => p.actor.country));
      if (burdened.has(a.country) === burdened.has(b.country)) return null;
      const [by, to] = burdened.has(a.country) ? [b, a] : [a, b];
      [c.source, c.target, c.symmetric] = [[by], [to], false];
      return `a measure two sides agree to lift weighs on the one its words name (${to.country}): the concession is the other's`;
    },
  },
  {
    // "…condenó el atentado, lo calificó de agresión": a pronoun that stands for an act just named is that act again.
    id: "target.event-pronoun",
    apply(c, x) {
      const t = c.found.roles.target;
      const pronoun = t.length === 1 && t[0]!.anaphor && inGrammar(x.g, "event_pronouns", fold(t[0]!.actor.text));
      // "The coup has been condemned internationally. Guterres described it as an unacceptable breach": with no act
      // named in its own sentence, a judgement's "it" is the act the previous sentence told, aimed at its doer.
      // (Only a pronoun that never stands for a person: Spanish "lo" may be "him" as well.)
      const told = pronoun && inGrammar(x.g, "impersonal_pronouns", fold(t[0]!.actor.text)) && !x.state.refTarget && x.on.is(c.type, "stance") && !x.on.is(c.type, "harm")
        ? x.earlier.filter((e) => e.sentence === x.a.sentence.index - 1 && !x.on.is(e.type as EventType, "said") && e.source.some((s) => s.country || s.org)).at(-1)?.source
        : undefined;
      const ref = x.state.refTarget ?? told ?? null;
      c.again = !!ref && pronoun;
      x.state.refTarget = null;
      if (!c.again) return null;
      c.target = copy(ref!);
      return `"${t[0]!.actor.text}" is the act just named`;
    },
  },
  {
    // "se enfrentaron con el ELN y capturaron a dos", "detuvo a cinco pandilleros en Quito y a tres en Guayaquil": a bare
    // count after the object's preposition, with no noun of its own, leaves out the noun the story just told: it counts
    // more of the previous act's undergoers, or of the side its doer fought.
    id: "target.counted-ellipsis",
    apply(c, x) {
      if (c.target.length || !c.source.length) return null;
      const tokens = x.a.sentence.tokens;
      const t = c.found.trigger;
      // (the count ends its phrase: punctuation, the sentence's end or a place after it: "a dos.", "a tres en Cusco")
      const bare = (k: number) => isCount(x.g, tokens[k]?.norm ?? "") && (!/^\p{L}/u.test(tokens[k + 1]?.text ?? "") || inGrammar(x.g, "locative_preps", tokens[k + 1]?.norm ?? ""));
      const counted = inGrammar(x.g, "target_preps", tokens[t.last]?.norm ?? "") && bare(t.last + 1);
      if (!counted) return null;
      const here = x.a.sentence.index;
      const prior = [...x.earlier, ...x.out].reverse().find((e) => e.sentence >= here - 1 && e.target.length && e.source.length);
      if (!prior) return null;
      const same = prior.type === c.type || prior.source.every((a) => c.source.some((b) => a.country === b.country && a.sector === b.sector));
      if (!same || prior.target.some((a) => c.source.some((b) => a.country === b.country && a.sector === b.sector))) return null;
      c.target = copy(prior.target);
      return `a bare count as the undergoer counts more of the previous act's (${prior.target.map((a) => a.name ?? a.text).join(", ")})`;
    },
  },
  {
    // "rejected the senator's remarks, calling them interventionist", "rechazó las declaraciones del senador y las
    // calificó de injerencistas": a judgement whose object is a pronoun for what the stance just before it in the
    // sentence was about is aimed at that stance's target.
    id: "target.same-object",
    apply(c, x) {
      const t = c.found.roles.target;
      const pronoun = t.length === 1 && t[0]!.anaphor && inGrammar(x.g, "thing_pronouns", fold(t[0]!.actor.text)) ? t[0]!.actor.text : null;
      // (A clitic before the verb is no phrase of its own: "las calificó".)
      const clitic = t.length === 0 ? x.a.sentence.tokens[c.found.trigger.first - 1] : undefined;
      const word = pronoun ?? (clitic && inGrammar(x.g, "thing_clitics", clitic.norm) ? clitic.text : null);
      if (c.again || !word || !x.on.is(c.type, "stance")) return null;
      const before = x.out.at(-1);
      if (!before || !x.on.is(before.type as EventType, "stance") || !before.target.some((a) => a.country || a.org)) return null;
      c.target = copy(before.target);
      return `"${word}" is what the ${before.type} before it was about`;
    },
  },
  {
    // "Qatar condemned the strike": a reaction's target is whoever the story said did what it reacts to — an
    // international body too ("Caricom pidió… Abinader rechazó el pedido"), unless the body reacts to its own act.
    id: "target.reaction",
    apply(c, x) {
      // (An act of force is no reaction: a seizure told with an act's noun after it, "se incautaron los explosivos del
      // atentado", takes nothing of the attack's doer.)
      if (FORCE_ACTS.has(c.type)) return null;
      const refers = c.found.trigger.refers ?? incidentReferred(c, x);
      // ("condemned the attack on the prime minister's office", "condemned the strikes on civilian infrastructure": whom
      // the act befell, after the act's noun and a victim preposition, is no target of the reaction; its doer is.)
      const befell = !!refers && c.target.length > 0 && !c.again && !!c.source.length && victimsOfReferred(c, x);
      if ((c.target.length && !c.again && !befell) || !c.source.length || !refers) return null;
      const prior = namedAct(c, x, refers) ?? reactedTo(x, refers);
      if (befell && !(prior && prior.source.length && prior.source.every((s) => s.country))) return null;
      let why: string | null = null;
      // (not when the protesters themselves react to their own protest: "no levantaremos los bloqueos").
      const named = refers === "PROTEST" ? namedProtesters(x) : null;
      const own = named && named.some((n) => c.source.some((s) => s.country === n.country && s.sector === n.sector));
      if (own) return null;
      if (named) {
        c.target = copy(named);
        why = "a reaction to a PROTEST targets the protesters the story named";
      } else if (c.found.trigger.undergoers && prior?.target.length) {
        c.target = copy(prior.target);
        why = `"${c.found.trigger.refers}" told as its participle names the people it befell`;
      } else if ((x.on.is(c.type, "harm") || c.type === "SANCTION") && prior && prior.source.length && prior.target.length &&
        prior.source.every((s) => s.country && STATE.has(s.sector ?? "") && c.source.some((t) => t.country === s.country)) &&
        prior.target.every((t) => t.country && !c.source.some((s) => s.country === t.country)) && !c.found.trigger.undergoers) {
        // "el Gobierno colombiano suspendió la venta de electricidad a su vecino y anunció que impondrá aranceles", "cut
        // power sales to its neighbour and announced tariffs": the act the doer's own measure goes on from is its own,
        // so it goes on against that act's target, never back at the doer.
        c.target = copy(prior.target);
        why = `a measure that goes on from the doer's own ${refers} is aimed at that act's target`;
      } else if (prior && prior.source.every((s) => s.country || (s.org && !c.source.some((t) => t.org === s.org))) && !c.found.trigger.undergoers) {
        c.target = copy(prior.source);
        why = `a reaction to a ${refers} targets whoever the story said did it`;
      }
      x.state.refTarget = c.target;
      return why;
    },
  },
  {
    // "the EU condemned Russia's attack": a reaction is aimed at the state, even where the attack itself was coded
    // as its armed forces' (source.state-forces) — a condemnation addresses the government.
    id: "target.reaction-state",
    apply(c, x) {
      // (…and so is one of "the decision", "the move", whoever of the state's forces the story said made it: "The
      // Pentagon sent two warships… Venezuela's president condemned the decision".)
      const named = c.found.trigger.refers ? undefined : actNounReferred(c, x);
      const refers = c.found.trigger.refers ?? named;
      if (!refers || x.on.is(c.type, "harm") || !c.target.some((t) => t.sector === "MIL")) return null;
      const prior = reactedTo(x, refers);
      if (!prior || (!named && !prior.trace?.some((l) => l.startsWith("source.state-forces:")))) return null;
      const forces = new Set(prior.source.map((s) => s.country));
      const theirs = (t: Actor) => t.sector === "MIL" && forces.has(t.country);
      if (!c.target.some(theirs)) return null;
      c.target = c.target.map((t) => (theirs(t) ? { ...t, sector: "GOV" } : t));
      return "a reaction to a state's attack is aimed at its government";
    },
  },
  {
    // "acordaron cooperar contra los cárteles", "praised Mexico's cooperation against cartels": whom two sides
    // cooperate against is their common adversary, not the partner.
    id: "target.common-adversary",
    apply(c, x) {
      // (Not a measure yielded: "levantó las sanciones contra el banco central de Siria" yields to whom they were against.)
      if ((x.on.quad.get(c.type) ?? 0) > 2 || c.type === "RETREAT") return null;
      const tokens = x.a.sentence.tokens;
      const against = (p: ActorPhrase) => {
        let k = p.first - 1;
        while (k >= 0 && inGrammar(x.g, "determiners", tokens[k]!.norm)) k--;
        return inGrammar(x.g, "adversary_preps", tokens[k]?.norm ?? "") || inGrammar(x.g, "adversary_preps", `${tokens[k - 2]?.norm} ${tokens[k - 1]?.norm} ${tokens[k]?.norm}`);
      };
      const foes = new Set(c.found.roles.target.filter(against).flatMap((p) => x.resolved.get(p) ?? [p.actor]));
      if (!c.target.some((t) => foes.has(t) || [...foes].some((f) => f.start === t.start && f.start >= 0))) return null;
      c.target = c.target.filter((t) => !foes.has(t) && ![...foes].some((f) => f.start === t.start && f.start >= 0));
      return "whom two sides cooperate against is their common adversary, not the partner";
    },
  },
  {
    // "la justicia venezolana había ordenado… de la Fiscalía": a generic body takes the country of a body of the same
    // kind the sentence has just named.
    id: "country.kin",
    apply(c, x) {
      const kin = (a: Actor, not: ReadonlySet<string | null>) => (x.named[x.a.sentence.index] ?? []).filter((y) => y.start < a.start && y.sector === a.sector && y.country && !not.has(y.country)).at(-1)?.country;
      for (const a of c.source) if (a.country === null && a.org === null && a.sector !== null) a.country = kin(a, NONE) ?? null;
      // "The US embassy in Quito thanked the government", "Chinese coast guard vessels fired water cannon at a government
      // ship" after "summoned China's ambassador": the body an act of a state is aimed at is not of the state's own
      // country by kinship (the story's country is left to target.home). Insurgents and civilians do act on their own
      // state's bodies: "a suicide bombing claimed by the Pakistani Taliban killed 11 soldiers".
      const doers = new Set(c.source.filter((s) => STATE.has(s.sector ?? "")).map((s) => s.country).filter((k) => k !== null));
      for (const a of c.target) if (a.country === null && a.org === null && a.sector !== null) a.country = kin(a, doers) ?? null;
      return null;
    },
  },
  {
    // "La Fiscalía General de la República extraditó a Estados Unidos a…" in a story that names the US most: a body of
    // no stated country dealing with the home state, named as the target, is of the story's other country.
    id: "source.runner-up",
    apply(c, x) {
      const generic = c.source.filter((a) => a.country === null && a.org === null && a.sector !== null);
      const d = x.d;
      if (!generic.length || !d.runnerUp || !x.on.is(c.type, "interstate") || !c.target.length || !c.target.every((t) => t.country === d.home && t.sector === "GOV" && !t.name)) return null;
      for (const a of generic) a.country = d.runnerUp;
      return `a body of no stated country dealing with the home state is of the story's other country (${d.runnerUp})`;
    },
  },
  {
    // "the army's withdrawal from el-Fasher after the RSF claimed control of the city", "Russian troops pulled out of the
    // town, which Ukrainian forces then retook": a withdrawal and a capture told together are one handover of ground —
    // each side is the other's target.
    id: "target.withdrawal-and-capture",
    apply(c, x) {
      const withdraw = c.type === "RETREAT" && c.mode === "withdraw";
      if (known(c.target).length || !c.source.length || !(withdraw || (c.type === "COERCE" && c.mode === "seize"))) return null;
      const other = x.a.found.find((f) => f !== c.found && (withdraw ? f.rule.type === "COERCE" && f.rule.mode === "seize" : f.rule.type === "RETREAT" && f.rule.mode === "withdraw"));
      const mine = new Set(c.source.map((s) => `${s.country}/${s.sector}`));
      const them = (other?.roles.source ?? []).flatMap((p) => x.resolved.get(p) ?? [p.actor]).filter((a) => (a.country || a.org) && !mine.has(`${a.country}/${a.sector}`));
      if (!them.length) return null;
      c.target = copy(them);
      return withdraw ? "a withdrawal told with a capture is from whoever took the ground" : "a capture told with a withdrawal takes the ground from whoever withdrew";
    },
  },
  {
    // "gained control of ground within Ukraine's eastern region", "swept through the DRC's east, capturing territory",
    // "decretó el estado de emergencia en doce distritos de Lima": territory seized is taken from the state it belongs to
    // (CAMEO 192), and a state of emergency falls on the population of the places named (CAMEO 1724).
    id: "target.territory",
    apply(c, x) {
      // (Ground taken is an occupation, CAMEO 192: not a raid or a seizure of goods, 171, of the same mode.)
      const seize = c.mode === "seize" && c.cameo.startsWith(OCCUPATION);
      if (c.type !== "COERCE" || !c.source.length || !(seize || c.mode === "martial-law")) return null;
      // "…el estado de excepción en cinco provincias de Guayaquil": the places named as its object stand for their people.
      const bare = new Set(c.found.roles.target.filter((p) => p.parts.length && p.parts.every((m) => PLACE_KINDS.has(m.kind))).map((p) => p.actor.start));
      if (!seize && c.target.length && c.target.every((v) => bare.has(v.start) && v.country)) {
        c.target = [implicit(c.target[0]!.country, "CVL")];
        return `a state of emergency falls on the population of the places named (${c.target[0]!.country})`;
      }
      if (c.target.length) return null;
      const t = c.found.trigger;
      // Rebels take ground from their own country's state; a state takes it from another's.
      const own = new Set(c.source.filter((s) => STATE.has(s.sector ?? "")).map((s) => s.country));
      const tokens = x.a.sentence.tokens;
      const prep = (p: ActorPhrase) => {
        let k = p.first - 1;
        while (k >= 0 && inGrammar(x.g, "determiners", tokens[k]!.norm)) k--;
        return tokens[k]?.norm ?? "";
      };
      const near = (p: ActorPhrase) => p.first >= t.last ? p.first - t.last <= 15 : seize && t.first - p.last <= 8 && inGrammar(x.g, "locative_preps", prep(p));
      const open = (p: ActorPhrase) => !tokens.slice(Math.min(p.last, t.last), Math.max(p.first, t.first)).some((k) => k.text === ";" || k.text === ".");
      const place = x.a.phrases.find((p) => near(p) && open(p) && p.parts.length > 0 && p.parts.every((m) => PLACE_KINDS.has(m.kind)) && !!p.actor.country && (!seize || !own.has(p.actor.country)));
      if (!place) return null;
      c.target = [implicit(place.actor.country, seize ? "GOV" : "CVL")];
      return seize ? `territory seized is taken from the state it belongs to (${place.actor.country})` : `a state of emergency falls on the population of the places named (${place.actor.country})`;
    },
  },
  {
    // "Demonstrators burned American flags outside the U.S. embassy in Tehran", "protesters marched … in Niamey": a
    // crowd of no stated country is of the place it acts in (named after the act, not inside what it is against),
    // before the story's home, and so is the crowd of a later sentence that names no place; a dateline already says
    // where the story is.
    id: "source.crowd-place",
    apply(c, x) {
      if (c.type !== "PROTEST" || x.where || !c.source.every((s) => !s.country && !s.org && !s.name && !STATE.has(s.sector ?? ""))) return null;
      // "Colectivos de migrantes protestaron ante la embajada estadounidense", "protesters outside the U.S. embassy": a
      // crowd at a foreign state's mission or envoy is of the country the mission stands in, not of the mission's own:
      // the story's home, or the runner-up when the home is the mission's country.
      const mission = c.found.roles.target.find((p) => p.parts.some((m) => m.entryId === "role.diplomat") && p.actor.country)?.actor.country;
      const host = mission ? (x.d.home !== mission ? x.d.home : x.d.runnerUp) ?? null : null;
      // …and the crowd a later sentence tells of with no place of its own is the one the story placed ("Los
      // manifestantes quemaron…"). A crowd left unnamed is placed by the mission only.
      const unnamed = !c.source.length;
      const placed = unnamed ? null : crowdPlace(c, x);
      const country = unnamed ? host : placed ?? (namesPlace(x.a) ? null : x.d.crowdPlace ?? host);
      if (!country || country === x.d.home) return null;
      x.d.crowdPlace = country;
      if (unnamed) {
        c.source = [implicit(country, "CVL")];
        return `a crowd at a foreign state's mission is of the country the mission stands in (${country})`;
      }
      for (const s of c.source) s.country = country;
      return placed ? `a crowd of no stated country is of the place it acts in (${country})`
        : `a crowd of no stated country, in a sentence that names no place, is the crowd the story placed before (${country})`;
    },
  },
  {
    // Generic actors ("manifestantes", "police") belong to the country the text is about; the source's country is
    // settled before its implicit other side is looked for.
    id: "source.home",
    apply(c, x) {
      // "En Francia, miles de agricultores bloquearon…": a sentence that opens on another country, set off by a comma,
      // tells of that country's people and bodies, whatever the story's home.
      const fronted = frontedCountry(x);
      const open = c.source.filter((a) => a.country === null && a.org === null && a.sector !== null);
      fillDefaults(c.source, fronted ?? x.d.home, null, fronted ?? x.d.stateHome ?? x.d.home);
      return fronted && open.length ? `the sentence opens on another country: its unplaced doers are of it (${fronted})` : null;
    },
  },
  {
    // "Kyiv said Moscow had carried out its biggest drone attack", "según Ucrania, Rusia lanzó 500 drones": a state's
    // attack with no object, told by a state of another country, is aimed at the teller.
    id: "target.attacked-teller",
    apply(c, x) {
      if (c.type !== "ASSAULT" || c.target.length || !c.source.length || !c.source.every((s) => s.country && STATE.has(s.sector ?? ""))) return null;
      const tokens = x.a.sentence.tokens;
      const attributed = x.a.phrases.filter((p) => p.last <= c.found.trigger.first && tokens.slice(Math.max(0, p.first - 3), p.first).some((t) => inGrammar(x.g, "attribution_markers", t.norm)));
      // The speech verb nearest before the act ("Russia said…, while Kyiv said Moscow had…": Kyiv).
      const speech = x.a.clause.grammar.get("speech") ?? new Set<string>();
      let k = c.found.trigger.first - 1;
      while (k >= 0 && !tokens[k]!.lemmas.some((l) => speech.has(l))) k--;
      const said = k >= 0 ? subjectBefore(x.a.clause, k) : [];
      const teller = [...said, ...attributed].flatMap((p) => x.resolved.get(p) ?? [p.actor]).find((a) => a.country && !c.source.some((s) => s.country === a.country));
      if (!teller) return null;
      c.target = [implicit(teller.country, "GOV")];
      return `an attack told by a state of another country is aimed at it (${teller.country})`;
    },
  },
  {
    // "Israeli airstrikes", "Russia shelled Kharkiv": a state named only by its country or nationality that uses
    // military force does so through its armed forces (GUIDELINES: the ministry acting through its troops is MIL).
    id: "source.state-forces",
    apply(c) {
      if (c.type !== "ASSAULT" || NOT_MILITARY.has(c.mode ?? "") || !c.srcPhrases.length) return null;
      if (!c.srcPhrases.every((p) => p.parts.length > 0 && p.parts.every((m) => BARE.has(m.kind)))) return null;
      if (!c.source.every((s) => s.sector === "GOV" && s.country)) return null;
      // (copies: the phrase's actor may stand in another event too, "condemned Russia's attack").
      c.source = c.source.map((s) => ({ ...s, sector: "MIL" }));
      return "a state named by its country that strikes does so through its armed forces";
    },
  },
  {
    // "If Iran attacks again, the United States will respond", "Should officers be found to have breached the rules, the
    // government will take the toughest measures": a threat made under a condition is aimed at the condition's subject.
    id: "target.condition-subject",
    apply(c, x) {
      // (An act announced that type.announced makes a threat further on counts: "would extend the walkout unless…".)
      const threat = c.type === "THREATEN" || (c.found.trigger.future && x.on.future(c.type)?.type === "THREATEN");
      if (!threat || known(c.target).length || !c.source.length) return null;
      const tokens = x.a.sentence.tokens;
      const t = c.found.trigger;
      // The condition opens within 40 words before the threat: a run-on text is not read back to its start once per act.
      let opener = -1;
      for (let k = Math.max(0, t.first - 40); k < t.first && opener < 0; k++) {
        if (inGrammar(x.g, "conditions", tokens[k]!.norm) || (k === 0 && inGrammar(x.g, "conditional_inversions", tokens[k]!.norm))) opener = k;
      }
      // …or closes it: "said it would extend the walkout unless the government withdrew the bill", "warned it would not
      // free more hostages unless Israel halts its strikes" (within the sentence's clause, past the threat's words).
      for (let k = t.last; opener < 0 && k < Math.min(tokens.length, t.last + CONDITION_REACH) && !/^[.;:]$/.test(tokens[k]!.text); k++) {
        if (inGrammar(x.g, "conditions", tokens[k]!.norm)) opener = k;
      }
      if (opener < 0) return null;
      const end = opener < t.first ? t.first : tokens.length;
      const subject = x.a.phrases.find((p) => p.first > opener && p.last <= end && tokens.slice(opener + 1, p.first).every((w) => inGrammar(x.g, "determiners", w.norm)));
      const who = subject ? (x.resolved.get(subject) ?? [subject.actor]).filter((a) => (a.country || a.org || a.sector) && !c.source.some((s) => s.start === a.start)) : [];
      if (!who.length) return null;
      c.target = copy(who);
      return `a threat under a condition is aimed at the condition's subject ("${subject!.actor.text}")`;
    },
  },
  {
    // "Mike Waltz praised the resolution", "Russia and China voiced concerns over the resolution": a judgement of a text
    // the story said someone adopted or issued is aimed at who did (grammar adopted_texts).
    id: "target.text-issuer",
    apply(c, x) {
      if (known(c.target).length || !c.source.length || !x.on.is(c.type, "stance") || x.on.is(c.type, "harm") || !x.d.texts) return null;
      const tokens = x.a.sentence.tokens;
      let k = c.found.trigger.last;
      // Past the judgement's preposition and determiners ("concerns over the resolution").
      while (k < tokens.length && k - c.found.trigger.last < 3 && (tokens[k]!.pos === "ADP" || tokens[k]!.pos === "DET" || inGrammar(x.g, "determiners", tokens[k]!.norm))) k++;
      const issuer = tokens[k] ? x.d.texts.get(tokens[k]!.norm) : undefined;
      const others = (issuer ?? []).filter((i) => !c.source.some((s) => (s.country ?? s.org) === (i.country ?? i.org)));
      if (!others.length) return null;
      c.target = copy(others);
      return `a judgement of the ${tokens[k]!.text} is aimed at who adopted it (${others.map((o) => o.org ?? o.country).join(", ")})`;
    },
  },
  {
    // "reports of atrocities carried out by the RSF", "militias committed massacres in Darfur": mass killings and
    // ethnic cleansing (CAMEO 202, 203) are by definition done to non-combatants, so with no victim named the target is
    // the civilians of the place named in the sentence, else of the doer's own country.
    id: "target.mass-killing-civilians",
    apply(c, x) {
      if (c.type !== "ASSAULT" || !MASS_KILLING.has(c.cameo) || !c.source.some((s) => s.country)) return null;
      const bare = (p: ActorPhrase) => p.parts.length > 0 && p.parts.every((m) => PLACE_KINDS.has(m.kind)) && !!p.actor.country;
      // ("committed atrocities in central Mali": the place taken as the target stands for its people.)
      const placed = c.found.roles.target.length > 0 && c.found.roles.target.every(bare);
      if (c.target.length && !placed) return null;
      const place = x.a.phrases.find((p) => p.first >= c.found.trigger.first && bare(p));
      const country = place?.actor.country ?? c.source.find((s) => s.country)!.country;
      c.target = [implicit(country, "CVL")];
      return `mass killings with no victim named are done to civilians (${country})`;
    },
  },
  {
    // "Pakistan's army chief called his Indian counterpart": a counterpart holds the same kind of office as the one
    // whose counterpart they are, so the army chief's is military too.
    id: "target.counterpart-office",
    apply(c) {
      const office = c.source.length === 1 ? c.source[0]!.sector : null;
      if (!office || office === "GOV" || !OFFICE_KINDS.has(office)) return null;
      const theirs = new Set(c.found.roles.target.filter((p) => p.parts.some((m) => m.entryId === COUNTERPART) && !p.parts.some((m) => m.kind === "person")).map((p) => p.actor.start));
      const mirrors = (t: Actor) => theirs.has(t.start) && t.sector === "GOV";
      if (!c.target.some(mirrors)) return null;
      c.target = c.target.map((t) => (mirrors(t) ? { ...t, sector: office } : t));
      return `a counterpart holds the same kind of office (${office})`;
    },
  },
  {
    // "declared their withdrawal from ECOWAS", "decided to quit the bloc": leaving an international organisation is
    // SANCTION/withdraw (GUIDELINES: leaving a treaty or an initiative; CAMEO 166), not a retreat from a place.
    id: "type.leave-organisation",
    apply(c, x) {
      const retreat = c.type === "RETREAT" && (c.mode === "withdraw" || c.mode === "resign");
      if (!retreat && !(c.type === "SANCTION" && c.mode === "withdraw")) return null;
      const org = (a: Actor) => !!a.org && !a.country;
      if (!c.target.length) {
        const t = c.found.trigger;
        const tokens = x.a.sentence.tokens;
        // The phrase right after the act's "from" ("withdrawal from the bloc").
        // (the "from" may close the trigger's own words: "withdrawal from").
        const from = (k: { norm: string }) => inGrammar(x.g, "from_preps", k.norm);
        // (past an aside set off by commas: "declared their withdrawal, with immediate effect, from ECOWAS").
        let at = t.last;
        const close = tokens[at]?.text === "," ? tokens.findIndex((k, i) => i > at && i - at <= 6 && k.text === ",") : -1;
        if (close > 0) at = close + 1;
        const left = x.a.phrases.find((p) => p.first >= at && p.first - at <= 3 && org(p.actor) &&
          [tokens[t.last - 1]!, ...tokens.slice(at, p.first)].some(from) &&
          tokens.slice(at, p.first).every((k) => from(k) || inGrammar(x.g, "determiners", k.norm)));
        if (left) c.target = [{ ...left.actor }];
      }
      if (!c.target.length || !c.target.every(org)) return null;
      if (!retreat) return "what is left is the organisation named after 'from'";
      [c.type, c.cameo, c.mode] = ["SANCTION", "166", "withdraw"];
      return "leaving an international organisation is a sanction (withdraw), not a retreat";
    },
  },
  {
    // "Russian troops withdrew from Kherson", "the rebels pulled out of the town": a withdrawal told by the bare verb and
    // its preposition ("withdraw from", "pull out of"), by troops or fighters, is a retreat from territory (PLOVER
    // RETREAT/withdraw, CAMEO 0874), not a withdrawal of one's non-military resources (SANCTION/withdraw), as Spanish
    // "se retiraron de" already is. A withdrawal whose own words name what is left ("from the peace talks", "from the
    // treaty") ends on that noun and stays a sanction, and so does one from an international organisation.
    id: "type.forces-withdraw",
    apply(c, x) {
      if (c.type !== "SANCTION" || c.mode !== "withdraw" || !c.source.length || !c.source.every((a) => FORCES.has(a.sector ?? ""))) return null;
      const last = x.a.sentence.tokens[c.found.trigger.last - 1];
      if (!last || !(inGrammar(x.g, "from_preps", last.norm) || inGrammar(x.g, "of_preps", last.norm))) return null;
      if (c.target.some((a) => !!a.org && !a.country)) return null;
      [c.type, c.cameo, c.mode] = ["RETREAT", "0874", "withdraw"];
      return "armed forces withdrawing from somewhere retreat (RETREAT/withdraw), not a sanction";
    },
  },
  {
    // "los vetos con los que el presidente Javier Milei frenó las normas de emergencia pediátrica", "vetó la ley de
    // financiamiento universitario": a head of government's veto (CAMEO 129) of a law (grammar law_nouns) is aimed at
    // the legislature that passed it.
    id: "target.vetoed-law",
    apply(c, x) {
      if (known(c.target).length || c.type !== "REJECT" || c.cameo !== "129" || !c.source.length || !c.source.every((s) => s.country && s.sector === "GOV")) return null;
      const tokens = x.a.sentence.tokens;
      if (!tokens.slice(c.found.trigger.last, c.found.trigger.last + 12).some((t) => inGrammar(x.g, "law_nouns", t.norm))) return null;
      c.target = [implicit(c.source[0]!.country, "LEG")];
      return `a veto of a law is aimed at the legislature that passed it (${c.source[0]!.country})`;
    },
  },
  {
    // "Sheinbaum puso a disposición cauces oficiales para dialogar" in a story about a strike: a state's offer, demand,
    // refusal or concession with no object, where the story's protesters are of its own country and no other country
    // is named after the act, is addressed to them.
    id: "target.protesters",
    apply(c, x) {
      if (c.target.length || !c.source.length || !(TO_PROTESTERS.has(c.type) || c.mode === CROWD_CONTROL) || !c.source.every((s) => s.country && STATE.has(s.sector ?? ""))) return null;
      // ("el ministro del Interior presentó su renuncia" after a strike: a resignation is made to nobody; train-en-21's
      // prime minister who stepped down amid protests has no target.)
      if (c.mode === RESIGN) return null;
      const named = namedProtesters(x) ?? (c.mode === CROWD_CONTROL ? crowd(x) : null);
      if (!named || !named.every((p) => p.country === c.source[0]!.country)) return null;
      const after = x.a.sentence.tokens[c.found.trigger.last - 1]!.end;
      if ((x.named[x.a.sentence.index] ?? []).some((n) => n.country && n.country !== c.source[0]!.country && n.start >= after)) return null;
      c.target = copy(named);
      return `a state's act with no object, in a story about its own protesters, is addressed to them (${named.map((p) => p.text).join(", ")})`;
    },
  },
  {
    // "la ausencia de acuerdos en las negociaciones entabladas con la Segob" in a story about a strike: talks with the
    // protesters' own state, with no other party named, are the protesters'.
    id: "source.protesters-talks",
    apply(c, x) {
      if (c.source.length || c.type !== "CONSULT" || !c.target.length || !c.target.every((t) => t.country && STATE.has(t.sector ?? ""))) return null;
      const named = namedProtesters(x);
      if (!named || !named.every((p) => p.country === c.target[0]!.country)) return null;
      c.source = copy(named);
      return `talks with the protesters' own state, with no other party named, are the protesters' (${named.map((p) => p.text).join(", ")})`;
    },
  },
  {
    // "NATO leaders have agreed to raise their defence spending", "OPEC members agreed to cut output": a body's members
    // agreeing to do something themselves take a decision of the body, aimed at no other party.
    id: "target.body-decision",
    apply(c, x) {
      if (c.type !== "AGREE" || known(c.target).length || !c.source.length) return null;
      const org = c.source[0]!.org;
      if (!org || !c.source.every((s) => s.org === org && !s.country)) return null;
      const tokens = x.a.sentence.tokens;
      // (Past time words: "agreed on Sunday to cut output".)
      let k = c.found.trigger.last;
      while (k < c.found.trigger.last + 3 && tokens[k] && /^\p{L}+$/u.test(tokens[k]!.text) && tokens[k]!.pos !== "VERB" && !inGrammar(x.g, "infinitive_markers", tokens[k]!.norm)) k++;
      if (!inGrammar(x.g, "infinitive_markers", tokens[k]?.norm ?? "") || tokens[k + 1]?.pos !== "VERB") return null;
      c.target = [{ ...implicit(null, "", org), sector: null, name: c.source[0]!.name }];
      return `a body's members agreeing to act themselves take a decision of the body (${org})`;
    },
  },
  {
    // "Israel withdrew its troops from Jenin", "Estados Unidos retiró sus fuerzas de Níger", "recalled its ambassador":
    // what a withdrawal moves and its owner names is the withdrawer's own, not its target. A country the phrase names
    // ("sus fuerzas de Níger") is where they leave; else the other side of the relation told is (target.counterpart).
    id: "target.withdrawn-own",
    apply(c, x) {
      // (CAMEO 1661, "expel or withdraw peacekeepers": one who withdraws them pulls out its own.)
      if ((c.mode !== WITHDRAW && c.cameo !== PEACEKEEPERS_OUT) || !c.target.length) return null;
      const tokens = x.a.sentence.tokens;
      const mine = new Set(c.source.map((a) => a.country).filter(Boolean));
      // ("Qatar withdrew peacekeepers from the border", "the UN withdrew troops": a force of the withdrawer's own
      // country, or of none, or an organisation's, is its own too.)
      const orgs = new Set(c.source.map((s) => s.org).filter(Boolean));
      const t = c.found.trigger;
      const object = (p: ActorPhrase) => isDirectObject(x.a.clause, t, p) || (!t.nominal && p.first > t.first && p.last <= t.last);
      const ownForce = (p: ActorPhrase) => object(p) && (x.resolved.get(p) ?? [p.actor]).every((a) =>
        FORCES.has(a.sector ?? "") && ((a.country && mine.has(a.country)) || (orgs.size > 0 && (!a.org || orgs.has(a.org)))));
      const owned = new Set(c.found.roles.target.filter((p) => inGrammar(x.g, "possessive_determiners", tokens[p.first - 1]?.norm ?? "") || ownForce(p)).map((p) => p.actor.start));
      if (!owned.size) return null;
      const left: Actor[] = [];
      for (const t of c.target) {
        if (!owned.has(t.start)) left.push(t);
        else if (t.country && !mine.has(t.country)) left.push(implicit(t.country, "GOV"));
      }
      // "pulled its forces out of Niger", "from the West Bank city of Jenin": the place they leave, right after them.
      const last = Math.max(...c.found.roles.target.filter((p) => owned.has(p.actor.start)).map((p) => p.last));
      const from = x.a.phrases.find((p) => p.first > last && p.first - last <= 3 && inGrammar(x.g, "withdrawn_from_preps", tokens[beforeDeterminers(x.g, tokens, p.first)]?.norm ?? ""));
      const where = from && (x.resolved.get(from) ?? [from.actor]).find((a) => a.country && !mine.has(a.country));
      if (!left.length && where) left.push(implicit(where.country, "GOV"));
      c.target = left;
      return "what a withdrawal moves is the withdrawer's own: not its target";
    },
  },
  {
    // "Nicaragua abandona la Unesco… el Ejecutivo tildó de intolerable la decisión de distinguir a La Prensa": in a story
    // about a state and an international organisation (named more than any other country so far), a state's
    // disapproval, demand, refusal or sanction with no object is aimed at the organisation (an offer of help is aimed at
    // those it helps, not at the bloc that coordinates it).
    id: "target.counterpart-org",
    apply(c, x) {
      if (c.target.length || !c.source.length || !AT_BODY.has(c.type) || !c.source.every((s) => s.country && STATE.has(s.sector ?? ""))) return null;
      const own = new Set(c.source.map((s) => s.country));
      // A country named after the act in its own sentence is its object (target.counterpart).
      const after = x.a.sentence.tokens[c.found.trigger.last - 1]!.end;
      if ((x.named[x.a.sentence.index] ?? []).some((n) => n.country && !own.has(n.country) && n.start >= after)) return null;
      const count = new Map<string, { n: number; actor: Actor }>();
      for (const a of x.d.seen) {
        const key = a.org ? `org:${a.org}` : a.country && !own.has(a.country) ? `country:${a.country}` : null;
        if (key) count.set(key, { n: (count.get(key)?.n ?? 0) + 1, actor: a });
      }
      const ranked = [...count.entries()].sort((p, q) => q[1].n - p[1].n);
      const [top, next] = ranked;
      if (!top || !top[0].startsWith("org:") || top[1].n < 2 || (next && next[1].n >= top[1].n)) return null;
      c.target = [implicit(null, "", top[1].actor.org)].map((t) => ({ ...t, sector: null, name: top[1].actor.name }));
      return `a state's directed act with no object, in a story about it and an international organisation, is aimed at the organisation (${top[1].actor.org})`;
    },
  },
  {
    // "Kenya has pledged 1,000 officers", "exigió respeto para su país": a directed act with no object is aimed at the
    // other side of the relation the text is about; not at the subject of a later verb ("Merz pidió evitar una
    // escalada y Francia instó…" is not aimed at France).
    id: "target.counterpart",
    apply(c, x) {
      if (c.target.length || !c.source.length || !x.on.is(c.type, "directed")) return null;
      // ("La Fiscalía abrió una investigación por el asesinato de un periodista": an inquiry with no suspect named is
      // aimed at nobody yet, not at the other side of the story's relation.)
      if (c.mode === INQUIRY_MODE) return "an inquiry with no suspect named is aimed at nobody yet";
      const { a } = x;
      // (Nor is the way something went: "sent aid to Gaza via Egypt".)
      const subjects = new Set(a.phrases.filter((p) => a.clause.anchors?.has(p.last) || a.clause.anchors?.has(p.last + 1) || routeBefore(a.clause, p)).map((p) => p.actor.start));
      // "…likened the plan to colonial practices, while China's envoy called…": past a clause of its own (not a
      // relative one: "aranceles a los países que venden petróleo a Cuba"), a country named is no party to this act.
      const toks = a.sentence.tokens;
      const stop = nextClauseBreak(a, x.g)[c.found.trigger.last] ?? -1;
      const end = stop >= 0 ? toks[stop]!.start : Infinity;
      const pool = x.named.map((xs, k) => (k === a.sentence.index ? xs.filter((n) => !subjects.has(n.start) && n.start < end) : xs));
      // ("reiteró su llamado a la comunidad internacional": an act told as a noun whose words end on the preposition
      // has its addressee right after, as a verb has.)
      const addressed = verbal(c) || (!c.found.trigger.passive && inGrammar(x.g, "object_party_preps", toks[c.found.trigger.last - 1]?.norm ?? ""));
      const party = addressed ? namedNonActorParty(a, x.g, c.found.trigger, stop >= 0 ? stop : toks.length) : null;
      if (party) return `the act's party is named ("${party}"), no actor of a country: not the other side of the relation`;
      if (verbal(c) && publicOfferObject(a, c.found.trigger, x.g)) return "a reward is offered to the public: no recipient";
      if (c.type === "SUPPORT" && verbal(c) && unownedMeasure(a, c.found.trigger, x.g)) return "a measure defended with no owner named is the defender's own";
      const after = a.sentence.tokens[c.found.trigger.last - 1]!.end;
      // "analiza los nombres para congelar cuentas": accounts or assets blocked with no owner named after them are
      // the sanctioned's, not the other side's.
      if (c.found.rule.type === "SANCTION" && verbal(c) && ownThingObject(a, c.found.trigger, x.g) && !(pool[a.sentence.index] ?? []).some((n) => n.start >= after)) {
        return "assets blocked with no owner named are not the other side's";
      }
      c.target = counterpart(c.source, pool, a.sentence.index, after, x.on.is(c.type, "stance") && !x.on.is(c.type, "joint"));
      return c.target.length ? `a directed act with no object is aimed at the other side of the relation told (${c.target[0]!.country})` : null;
    },
  },
  {
    // "Petro invitó a su homólogo a reunirse", "called his counterpart": a counterpart with no country or name said is
    // the office-holder of the other party's country, the latest one this sentence or the one before names beside the
    // doer's own, never the doer's own country (role.counterpart: "the office-holder of the other country").
    id: "target.counterpart-country",
    apply(c, x) {
      const own = new Set(c.source.map((s) => s.country).filter((k) => k));
      if (!own.size) return null;
      const bare = new Set(c.found.roles.target.filter((p) => p.parts.some((m) => m.entryId === COUNTERPART) && !p.parts.some((m) => m.kind === "person" || m.country)).map((p) => p.actor.start));
      // (The phrase was given the story's country by default: the doer's own, which a counterpart never is.)
      const mirrors = (t: Actor) => bare.has(t.start) && !t.org && (!t.country || own.has(t.country));
      if (!c.target.some(mirrors)) return null;
      const i = x.a.sentence.index;
      const other = [x.named[i] ?? [], x.named[i - 1] ?? []].map((xs) => xs.filter((n) => n.country && !n.org && !own.has(n.country)).at(-1)).find((n) => n)?.country;
      if (!other) return null;
      c.target = c.target.map((t) => (mirrors(t) ? { ...t, country: other } : t));
      return `a counterpart is an office-holder of the other party's country (${other})`;
    },
  },
  {
    // "COBIJA, Bolivia.- Un avión de la Fuerza Aérea Argentina aterrizó en Cobija con 18 toneladas de alimentos", "Peru
    // sent two helicopters and 40 rescuers": aid a foreign state brings, with no recipient named, goes to the people of
    // the country the story is told from (its dateline's), else of the one it is about (GUIDELINES: the recipient of
    // aid is its target; our gold gives the affected population, CVL).
    id: "target.aid-home",
    apply(c, x) {
      const home = x.where ?? x.d.home;
      // (A place the aid reaches, "el puerto de Mariel", is no recipient: an unknown name is not a party.)
      // (A recipient the text names, placed or not, is left as named: "legal assistance to the detainees".)
      if (c.type !== "AID" || known(c.target).length || !home) return null;
      const toks = x.a.sentence.tokens;
      const stop = nextClauseBreak(x.a, x.g)[c.found.trigger.last] ?? -1;
      if (verbal(c) && namedNonActorParty(x.a, x.g, c.found.trigger, stop >= 0 ? stop : toks.length)) return null;
      if (!home || !c.source.length || !c.source.every((s) => s.country && s.country !== home)) return null;
      c.target = [implicit(home, "CVL")];
      return `aid a foreign state brings with no recipient named goes to the people of the story's country (${home})`;
    },
  },
  {
    // Generic targets belong to the story's country; people of no role arrested are suspects of the arresting country.
    id: "target.home",
    apply(c, x) {
      // "was deported to El Salvador", "deportados a Venezuela": people deported are sent to their own country, not
      // held by the deporting one.
      const tokens = x.a.sentence.tokens;
      const last = c.found.trigger.last;
      const to = c.mode === "deport" ? x.a.phrases.find((p) => p.first >= last && p.first - last <= 8 && p.actor.country &&
        p.parts.every((m) => PLACE_KINDS.has(m.kind)) && (
          (!tokens.slice(last, p.first).some((k) => k.text === "," || inGrammar(x.g, "clause_breaks", k.norm)) && inGrammar(x.g, "recipient_preps", tokens[p.first - 1]?.norm ?? "")) ||
          destinationIn(tokens, last, p.first, x.g))) : undefined;
      // (With no object phrase, the destination country is where the people removed belong.)
      if (c.mode === "deport" && !c.target.length && to) {
        c.target = [{ ...to.actor, sector: "CVL" }];
        return `people deported to a place in a country named alone are its civilians (${to.actor.country})`;
      }
      // "resumed deportation flights to Villahermosa, in southern Mexico": deported to a place or country named alone,
      // the people removed are its civilians (GUIDELINES: deportees CVL), not its state.
      const places = c.found.roles.target.length > 0 && c.found.roles.target.every((p) => p.parts.length > 0 && p.parts.every((m) => PLACE_KINDS.has(m.kind)));
      // "rebels seized the town of Bunia", "tomaron el control de Goma": territory seized is taken from the state that
      // held it (gold: GOV|MIL), not people arrested.
      const territory = c.type === "COERCE" && c.mode === "seize" && places;
      if (territory) for (const t of c.target) if (!t.org) t.sector ??= "GOV";
      const held = c.type !== "COERCE" ? null : to ? to.actor.country : c.source[0]?.country ?? null;
      const fronted = frontedCountry(x);
      // (A body named by its own body word is no suspect held: roles.known reads what it is.)
      fillDefaults(held === null ? c.target : c.target.filter((t) => !namedBody(t, x)), fronted ?? x.d.home, held, fronted ?? x.d.stateHome ?? x.d.home);
      if (territory && c.target.length) return `territory seized is taken from its state (${c.target[0]!.country})`;
      if (c.mode === "deport" && places && c.target.length && c.target.every((t) => t.sector === "GOV" && !t.name)) {
        c.target = c.target.map((t) => ({ ...t, sector: "CVL" }));
        return `people deported to a country named alone are its civilians (${c.target[0]!.country})`;
      }
      return to && c.target.some((t) => t.country === to.actor.country) ? `people deported are sent to their own country (${to.actor.country})` : null;
    },
  },
  {
    // "la Marina capturó a seis personas … fentanilo": people arrested in a crime story are suspects.
    id: "target.suspects",
    apply(c, x) {
      // "…detained during the protests": people arrested at a protest are protesters, not suspects.
      if (c.type !== "COERCE" || c.mode !== "arrest" || !x.contexts.some((k) => CRIME.has(k)) || c.found.trigger.refers === "PROTEST" || x.a.found.some((f) => f.rule.type === "PROTEST")) return null;
      // (…and so are people arrested in a story that has told of a protest before: "miles marcharon hacia el Congreso.
      // La policía detuvo a doce personas frente al Parlamento."; "…after royalist protesters clashed with police. Police
      // fired tear gas at the crowd. The home minister said 61 people had been arrested.")
      if (x.earlier.some((e) => e.type === "PROTEST" && e.sentence < x.a.sentence.index)) return null;
      // ("police arrested 40 protesters": people the text calls protesters stay civilians, GUIDELINES.)
      const protesters = new Set(c.found.roles.target.filter((p) => p.parts.some((m) => m.entryId === PROTESTER_ROLE)).flatMap((p) => x.resolved.get(p) ?? [p.actor]));
      for (const t of c.target) if (t.sector === "CVL" && !t.name && !protesters.has(t)) t.sector = "CRM";
      return c.target.some((t) => t.sector === "CRM") ? "people arrested in a crime story are suspects" : null;
    },
  },
  {
    // "los cargos contra el hondureño fueron formulados por la Corte…", "los investigadores les imputan…": people that
    // prosecutors or police charge with a crime (CAMEO 1121) are suspects.
    id: "target.charged",
    // …and so are those a government department brings charges against ("The Justice Department unsealed charges
    // against three men"), but for people the text calls protesters (civilians, GUIDELINES).
    apply(c, x) {
      if (c.type !== "ACCUSE" || c.cameo !== "1121" || !c.source.some((s) => s.sector === "JUD" || s.sector === "COP" || s.sector === "GOV")) return null;
      const protesters = new Set(c.found.roles.target.filter((p) => p.parts.some((m) => m.entryId === PROTESTER_ROLE)).flatMap((p) => x.resolved.get(p) ?? [p.actor]));
      const charged = c.target.filter((t) => t.sector === "CVL" && !t.name && !protesters.has(t));
      for (const t of charged) t.sector = "CRM";
      return charged.length ? "people charged with a crime by prosecutors or police are suspects" : null;
    },
  },
  {
    // "police launched an investigation into Christoph Metzelder", "prosecutors charged Boztepe with…", "a court
    // sentenced Boztepe": a person of no known office whom prosecutors, police or a court investigate, charge or convict
    // is a suspect (CRM, GUIDELINES) of their state, as an arrested one is (fillDefaults).
    id: "target.legal-suspect",
    apply(c, x) {
      const legal = (c.type === "ACCUSE" && (c.mode === "investigate" || c.mode === "allege")) || (c.type === "SANCTION" && c.mode === "convict");
      const state = c.source.find((s) => s.country && LEGAL_SECTORS.has(s.sector ?? ""));
      if (!legal || !state) return null;
      const names = c.found.roles.target.filter(bareName);
      const named: string[] = [];
      // (A new actor: the phrase's own stays as the text left it, for the sentence's other acts.)
      c.target = c.target.map((a) => {
        if (a.country || a.sector || a.org || !names.some((p) => inPhrase(a, p)) || namedParty(a, x)) return a;
        named.push(a.text);
        return { ...a, sector: "CRM", country: state.country };
      });
      return named.length ? `"${named.join(", ")}", of no known office, is a suspect of the state that investigates, charges or tries them` : null;
    },
  },
  {
    // "bombardeos sobre cuatro lanchas bajo sospecha de narcotráfico", "strikes against alleged drug-trafficking
    // boats": property the text ties to crime (grammar crime_nouns or crime_ties, in or next to its phrase) is no civilians'; it is
    // the criminals' of the country the phrase names, else of no country the text says, no target (GUIDELINES "---").
    id: "target.crime-property",
    apply(c, x) {
      if (c.type !== "ASSAULT" && c.type !== "COERCE") return null;
      const tokens = x.a.sentence.tokens;
      const crime = (from: number, to: number) => tokens.slice(Math.max(0, from), Math.min(tokens.length, to)).some((t) => inGrammar(x.g, "crime_nouns", t.norm) || inGrammar(x.g, "crime_ties", t.norm));
      const tied = c.found.roles.target.filter((p) => p.parts.some((m) => m.entryId === PROPERTY) && crime(p.first - CRIME_TIE_BEFORE, p.last + CRIME_TIE_AFTER));
      if (!tied.length) return null;
      const owned = (p: ActorPhrase) => p.parts.some((m) => (m.kind === "demonym" || m.kind === "country") && m.country);
      const before = c.target.length;
      c.target = c.target.flatMap((t) => {
        const p = tied.find((q) => inPhrase(t, q));
        return !p ? [t] : owned(p) ? [{ ...t, sector: "CRM" }] : [];
      });
      return c.target.length !== before || tied.some(owned) ? `"${tied.map((p) => p.actor.text).join(", ")}", tied to crime, is the criminals' property, no civilians'` : null;
    },
  },
  {
    // "ejecutaron a Antonio", "raptaron a Miguel Antonio": a person of no known office harmed or held is a civilian.
    id: "target.harmed-civilian",
    apply(c, x) {
      if (!x.on.is(c.type, "harm")) return null;
      let changed = false;
      for (const p of c.found.roles.target) {
        if (!bareName(p)) continue;
        for (const a of x.resolved.get(p) ?? [p.actor]) {
          // (A body named by its body word is none: roles.known reads what it is.)
          if (a.country || a.sector || a.org || namedBody(a, x)) continue;
          Object.assign(a, { sector: "CVL", country: x.d.home });
          changed = true;
        }
      }
      return changed ? "a person of no known office harmed or held is a civilian" : null;
    },
  },
  {
    // A bare reference to the source's own country ("condemned … Qatari sovereignty") is not its target.
    id: "target.own-country",
    apply(c, x) {
      // …but a country that owns the act the trigger is about (actOwner: "defended Brazil's environmental policies")
      // is its government, whose act it is: the target, even for one of its own.
      const bare = new Set(c.found.roles.target.filter((p) => p.parts.length && p.parts.every((m) => BARE.has(m.kind)) && !actOwner(c, x, p)).map((p) => p.actor.start));
      const own = (t: Actor) => bare.has(t.start) && t.sector !== "CVL" && c.source.some((s) => s.country !== null && s.country === t.country);
      if (!c.target.some(own)) return null;
      c.target = c.target.filter((t) => !own(t));
      return "a bare mention of the source's own country is not its target";
    },
  },
  {
    // A mobilisation moves the source's own forces; they are not its target ("ordered the militia to deploy").
    // …nor are the forces its trigger names, whatever country the story gives them ("Caracas desplegó tropas en la
    // frontera", told from Brasilia: the troops are Caracas's).
    id: "target.own-forces",
    apply(c, x) {
      const tokens = x.a.sentence.tokens;
      const t0 = tokens[c.found.trigger.first]?.start ?? 0;
      const t1 = tokens[c.found.trigger.last - 1]?.end ?? 0;
      const own = (t: Actor) => c.source.some((s) => s.country !== null && s.country === t.country) || (t.start >= t0 && t.end <= t1);
      if (c.type !== "MOBILIZE" || !c.target.some(own)) return null;
      c.target = c.target.filter((t) => !own(t));
      return "a mobilisation's own forces are not its target";
    },
  },
  {
    // An unknown name with no country, sector or organisation ("el Tratado") is not an actor we can code, unless the
    // words around it say it is a person or a body (src/actors/names.ts): "County Commission", "X, a lawyer".
    id: "roles.known",
    apply(c, x) {
      const read: string[] = [];
      const identify = (side: Actor[], doer = false): Actor[] => known(side.map((s) => {
        // ("The Law Society of Kenya", "the Moroccan Association for Human Rights": a body's name with its state and no
        // sector takes the sector its body word gives.)
        const p = s.country && !s.sector && !s.org && !apposed(side, s, x) ? phraseOf(s, x) : undefined;
        const names = p?.parts.filter((m) => m.kind === "name") ?? [];
        if (p && names.length && p.parts.every((m) => m.kind === "name" || m.kind === "country" || m.kind === "demonym")) {
          const b = readName({ ...p, parts: names, first: names[0]!.first, last: names.at(-1)!.last }, nameContext(x));
          if (b?.kind === "body" && b.sector) {
            read.push(`'${s.text}' is a ${b.kind} of ${s.country} (${b.why})`);
            return { ...s, sector: b.sector };
          }
        }
        const r = known([s]).length || apposed(side, s, x) ? null : namedParty(s, x) ?? (doer ? (verbal(c) ? acronymDoer(s, x) : null) : inAgentSlot(s, c, x));
        if (r) read.push(`'${s.text}' is a ${r.kind} (${r.why})`);
        return r ? { ...s, country: r.country, sector: r.sector } : s;
      }));
      c.source = identify(c.source, true);
      c.target = identify(c.target);
      return read.length ? `an unknown name is a party: ${read.join("; ")}` : null;
    },
  },
  {
    // "2,000 Russian soldiers were deployed as peacekeepers", "troops were sent to the border": troops deployed with
    // nobody named as deploying them are their own state's deployment, not its target.
    id: "source.deployed-troops",
    apply(c, x) {
      const deployment = c.type === "MOBILIZE" || (c.type === "AID" && c.cameo.startsWith("074"));
      if (c.source.length || !c.found.trigger.passive || !deployment || !c.found.roles.target.length) return null;
      if (!c.found.roles.target.every((p) => !p.parts.some((m) => m.kind === "person"))) return null;
      const troops = c.target.filter((t) => t.country && t.sector === "MIL");
      if (troops.length !== c.target.length) return null;
      if (!troops.length) return null;
      c.source = troops.map((t) => ({ ...t }));
      // …sent to the country named after the act ("in Armenia", "to the border with Peru").
      const own = new Set(troops.map((t) => t.country));
      const t = c.found.trigger;
      const where = x.a.phrases.find((p) => p.first >= t.last && p.first - t.last <= 8 && p.actor.country && !own.has(p.actor.country) && !p.anaphor && p.parts.every((m) => m.kind === "country" || m.kind === "place"));
      c.target = where ? [implicit(where.actor.country, "GOV")] : [];
      return "troops deployed with nobody named as deploying them are their own state's";
    },
  },
  {
    // "a coup occurred in Niger", "the army staged a coup in Gabon": a coup is a country's military taking power from
    // its government (GUIDELINES: a coup is COERCE), whoever the sentence leaves unnamed.
    id: "roles.coup",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (c.type !== "COERCE" || !tokens.slice(t.first, t.last).some((k) => k.lemmas.some((l) => inGrammar(x.g, "coup_words", l)))) return null;
      if (c.source.length && c.target.length) return null;
      // "charges of plotting a coup", "accused of planning a putsch": a coup plotted or alleged did not happen.
      if (tokens.slice(Math.max(0, t.first - 4), t.first).some((k) => k.lemmas.some((l) => inGrammar(x.g, "coup_plot_words", l)))) return null;
      // The country: the doer's, else a country named right after the act ("in Niger"), else the story's.
      const after = x.a.phrases.find((p) => p.first >= t.last && p.first - t.last <= 3 && p.actor.country && !p.actor.org && p.parts.every((m) => BARE.has(m.kind) || m.kind === "place"));
      const country = c.source.find((s) => s.country)?.country ?? after?.actor.country ?? x.d.home;
      if (!country) return null;
      // "coups occurred in Niger last July, in Burkina Faso in 2022 and in Mali in 2020": one coup per country.
      const places = !c.source.length && after ? placeList(x, after) : [];
      if (places.length > 1) {
        c.each = places.map((p) => ({ source: [implicit(p.actor.country, "MIL")], target: [implicit(p.actor.country, "GOV")], at: p.actor.start }));
        c.source = c.each[0]!.source;
        c.target = c.each[0]!.target;
        return `a coup is the military taking power from the government, one in each country told (${places.map((p) => p.actor.country).join(", ")})`;
      }
      if (!c.source.length) c.source = [implicit(country, "MIL")];
      if (!c.target.length || c.target.every((a) => after && a.start === after.actor.start)) c.target = [implicit(country, "GOV")];
      return `a coup is the military taking power from the government (${country})`;
    },
  },
  {
    // "The Houthis claimed responsibility for a missile attack on a ship", "el ELN reivindicó el atentado contra la
    // base": an act named as a noun after a claim of responsibility is the claimant's own.
    id: "source.claimed-act",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (c.source.length || !(t.nominal || t.rule.pos === "noun")) return null;
      // Past the act's determiners and modifiers ("a missile attack", "el atentado"), the words before end a claim.
      let k = t.first;
      while (k > 0 && t.first - k < 4 && claimEndsAt(tokens, k, x.g) < 0 && (inGrammar(x.g, "determiners", tokens[k - 1]!.norm) || inGrammar(x.g, "indefinite_articles", tokens[k - 1]!.norm) || tokens[k - 1]!.pos === "ADJ" || tokens[k - 1]!.pos === "NOUN")) k--;
      const start = claimEndsAt(tokens, k, x.g);
      if (start < 0) return null;
      const claimant = subjectBefore(x.a.clause, start);
      const doers = claimant.flatMap((p) => actorsOf(p, x)).filter((a) => a.country || a.org || a.sector);
      if (!doers.length) return null;
      c.source = copy(doers);
      return `an act claimed is the claimant's own (${doers.map((a) => a.text).join(", ")})`;
    },
  },
  {
    // "permanecían retenidos por personas que vestían de civil", "los presos retuvieron a los custodios": people held by
    // a side that is no state are abducted (CAMEO 181), not arrested.
    id: "type.held-by-nonstate",
    apply(c, x) {
      if (c.type !== "COERCE" || c.mode !== "arrest" || !c.source.length || !c.source.every((s) => s.sector && !STATE.has(s.sector) && !s.org)) return null;
      if (!x.a.sentence.tokens[c.found.trigger.first]?.lemmas.some((l) => inGrammar(x.g, "holding_verbs", l))) return null;
      [c.type, c.mode, c.cameo] = ["ASSAULT", "abduct", ABDUCTION];
      return "people held by a side that is no state are abducted, not arrested";
    },
  },
  {
    // "Otros tres fueron detenidos", "Two more were arrested", "Dozens were detained": an arrest told in the passive whose
    // subject is a bare count leaves out the noun the story just told: it counts more of the undergoers of the latest
    // arrest, else the latest protest's crowd, told in this sentence or the two before.
    id: "target.counted-subject",
    apply(c, x) {
      const t = c.found.trigger;
      if (c.target.length || !t.passive || c.type !== "COERCE" || c.mode !== "arrest" || !countedSubject(x, t.first)) return null;
      const here = x.a.sentence.index;
      const near = [...x.earlier, ...x.out].filter((e) => e.sentence >= here - 2).reverse();
      const arrest = near.find((e) => e.type === "COERCE" && e.mode === "arrest" && known(e.target).length);
      const crowd = arrest ? undefined : near.find((e) => e.type === "PROTEST" && known(e.source).length);
      const held = arrest?.target ?? crowd?.source;
      if (!held) return null;
      c.target = copy(held);
      return `a bare count arrested counts more of ${arrest ? "the latest arrest's undergoers" : "the latest protest's crowd"} (${held.map((a) => a.name ?? a.text).join(", ")})`;
    },
  },
  {
    // "En el operativo fueron detenidas cinco personas", "Dozens were arrested": an arrest told in the passive with no
    // arrester found is made by the police or troops this sentence or the one before names, else by the state of the
    // country the story is about (as gold writes it: "passive arrest in Venezuela; source is the Venezuelan state").
    id: "source.unnamed-arrester",
    apply(c, x) {
      const t = c.found.trigger;
      if (c.source.length || c.srcPhrases.length || !t.passive || c.type !== "COERCE" || c.mode !== "arrest" || !c.target.length) return null;
      const i = x.a.sentence.index;
      const force = [...(x.named[i] ?? []), ...(x.named[i - 1] ?? [])].find((a) => SECURITY_FORCES.has(a.sector ?? "") && a.country &&
        !c.target.some((b) => b.text === a.text));
      const home = x.d.stateHome ?? x.d.home;
      if (force) c.source = [{ ...force }];
      else if (home) c.source = [implicit(home, "GOV")];
      else return null;
      return force ? `an arrest with no arrester is made by the forces the story names just before (${force.name ?? force.text})` : `an arrest with no arrester is made by the state of the story's country (${home})`;
    },
  },
  {
    id: "keep.no-doer",
    apply(c, x) {
      if (c.source.length) return null;
      if (c.awaits) return "kept until the document's later sentences are read for its captors";
      if (!keepWithoutSource(x.on, c.type, c.target, c.found.trigger)) return drop(c, "no doer");
      return "kept without a doer: a protest, or harm told from the victim's side";
    },
  },
  {
    // "las protestas se extendieron", "violent demonstrations over the ban": a protest whose doers go unnamed is the
    // public's, in the country the story is about, and is aimed at that country's state unless the text says whom.
    id: "roles.public",
    apply(c, x) {
      const home = x.d.home;
      if (c.source.length || !x.on.is(c.type, "implicit-doer") || !home) return null;
      // …unless the story named its protesters before: "el paro sigue" after "el paro que convocaron los transportistas".
      const named = c.type === "PROTEST" ? namedProtesters(x) : null;
      if (named) {
        c.source = copy(named);
        if (!c.target.length) c.target = [implicit(named[0]!.country ?? home, "GOV")];
        return `a protest with nobody named is the one the story's protesters hold (${named.map((s) => s.text).join(", ")})`;
      }
      // ("A nationwide general strike shut down the airports": those who down tools unnamed are its workers, labour.)
      const strike = c.type === "PROTEST" && c.mode === STRIKE;
      c.source = [implicit(home, strike ? "LAB" : "CVL")];
      if (!c.target.length) c.target = [implicit(home, "GOV")];
      return strike ? `unnamed strikers are the workers of the story's country (${home}), striking against its state unless the text says whom`
        : `unnamed protesters are the public of the story's country (${home}), protesting to its state unless the text says whom`;
    },
  },
  {
    // "el proyecto fue ejecutado por la alcaldía" harms nobody; "unrest" with nobody named in it is no event.
    id: "drop.needs-party",
    apply(c, x) {
      const rule = c.found.rule;
      if ((rule.needsTarget && !c.target.length) || (rule.needsParty && !c.source.length && !c.target.length)) return drop(c, "the entry codes only with a victim or a party named");
      // (A passive's subject is its object: "the four were released", "two ex-ministers were freed".)
      const t = c.found.trigger;
      const object = t.passive ? c.target.length > 0 || countedSubject(x, t.first) : c.target.length > 0 && c.found.roles.target.some((p) => isDirectObject(x.a.clause, t, p));
      if (rule.needsObject && !object) return drop(c, "the entry codes only with a party as its direct object");
      return null;
    },
  },
  {
    // Support is for someone: "Trump defendió la medida" backs nobody we can code.
    id: "drop.needs-recipient",
    apply: (c, x) => (x.on.is(c.type, "needs-recipient") && !c.target.length ? drop(c, "no recipient") : null),
  },
  {
    // "attended a meeting of the North Atlantic Council during a NATO summit", "attended a summit in the United
    // Kingdom": a gathering attended is held with the organisation it is of, else with the country that hosts it.
    id: "target.gathering-host",
    apply(c, x) {
      if (c.type !== "CONSULT" || c.mode !== "multilateral" || c.target.length || c.source.length !== 1) return null;
      const t = c.found.trigger;
      const near = x.a.phrases.filter((p) => p.first >= t.last && p.first - t.last <= 10 && !p.anaphor);
      const own = c.source[0]!.country;
      const org = near.find((p) => p.actor.org && !p.actor.country);
      // …in a country or a place of it ("in the United Kingdom", "in Brussels"), not its own.
      const tokens = x.a.sentence.tokens;
      const located = (p: ActorPhrase) => inGrammar(x.g, "locative_preps", tokens[beforeDeterminers(x.g, tokens, p.first)]?.norm ?? "");
      const host = near.find((p) => p.actor.country && p.actor.country !== own && p.parts.every((m) => m.kind === "country" || m.kind === "place") && located(p));
      if (org) c.target = [{ ...org.actor }];
      else if (host) c.target = [implicit(host.actor.country, "GOV")];
      else return null;
      return `a gathering attended is held with ${org ? "the organisation it is of" : "the country that hosts it"}`;
    },
  },
  {
    // "talks in which the United States mediated", "Qatar would carry on with its mediation efforts": a mediator with
    // no parties named mediates between the two sides of the latest act the story told between two others (their
    // states' leaderships, not the forces that fought).
    id: "target.mediation-parties",
    apply(c, x) {
      if (c.type !== "CONSULT" || c.mode !== "third-party" || !c.source.length || c.target.length) return null;
      const id = (a: Actor) => a.country ?? a.org;
      const mediators = new Set(c.source.map(id));
      const sides = (e: Decided) => [e.source[0], e.target[0]].filter((a): a is Actor => !!a && !!id(a));
      const told = [...x.earlier, ...x.out].reverse().find((e) => {
        const two = sides(e);
        return two.length === 2 && id(two[0]!) !== id(two[1]!) && two.every((a) => !mediators.has(id(a)));
      });
      if (!told) return null;
      c.target = sides(told).map((a) => ({ ...a, sector: a.country && STATE.has(a.sector ?? "") ? "GOV" : a.sector }));
      return `a mediation with no parties named is between the two sides of the act told before (${c.target.map(id).join(", ")})`;
    },
  },
  {
    // A meeting needs two sides: "Cuba met every qualification" is no consultation. (Troops arriving in a town or at
    // an airport are no meeting at all: type.troops-arrive codes them deployed there.)
    id: "drop.one-sided-meeting",
    apply: (c) => (c.type === "CONSULT" && c.source.length === 1 && !c.target.length && !troopsArriving(c) ? drop(c, "a meeting with one side") : null),
  },
  {
    // "La dependencia dijo que analiza la solicitud", "the ministry said it was reviewing the request": a stance told as
    // a noun that someone considers was made by someone else; the one who considers it is its addressee, and its maker
    // is told elsewhere (the act coded there) or not at all.
    id: "drop.act-considered",
    apply(c, x) {
      const t = c.found.trigger;
      if (!t.nominal || !x.on.is(c.type, "stance")) return null;
      const toks = x.a.sentence.tokens;
      // "analiza la propuesta de Canadá": the noun names its maker, and the act stands.
      const next = toks[t.last]?.norm ?? "";
      if (inGrammar(x.g, "party_preps", next) || inGrammar(x.g, "of_preps", next) || inGrammar(x.g, "agent_preps", next)) return null;
      let k = t.first - 1;
      while (k >= 0 && inGrammar(x.g, "determiners", toks[k]!.norm)) k--;
      const verb = toks[k];
      if (!verb || k === t.first - 1 || !verb.lemmas.some((l) => inGrammar(x.g, "consideration_verbs", l))) return null;
      return drop(c, `"${verb.text}" considers an act someone else made, not one its subject made`);
    },
  },
  {
    // "angry crowds chanted, “Ban corruption, not social media”": what a crowd chants is its slogan, no act done.
    id: "drop.chanted",
    apply(c, x) {
      const tokens = x.a.sentence.tokens;
      const t = c.found.trigger;
      const quoted = insideQuotes(tokens);
      if (!quoted[t.first]) return null;
      let open = t.first;
      while (open > 0 && quoted[open - 1]) open--;
      // The quotation's opening mark is at open − 1; the chanting verb right before it (past a comma or a colon).
      const before = tokens.slice(Math.max(0, open - 4), open - 1);
      return before.some((w) => w.lemmas.some((l) => inGrammar(x.g, "chant_words", l))) ? drop(c, "a chanted slogan, no act done") : null;
    },
  },
  {
    // "suspended humanitarian aid to Kabul in protest at the harassment…", "recalled its ambassador in protest at the
    // decision": a protest told by a bare noun as the manner of an act its sentence told before is that act's reason,
    // no act of its own.
    id: "drop.in-protest",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (t.rule.type !== "PROTEST" || !inGrammar(x.g, "manner_preps", tokens[t.first - 1]?.norm ?? "")) return null;
      return x.out.some((e) => e.sentence === x.a.sentence.index) ? drop(c, "a protest told as the manner of another act, no act of its own") : null;
    },
  },
  {
    // "air defences fired at the incoming projectiles": weapons shot at are being stopped, no attack on a party (as
    // "fired missiles at the city" is).
    id: "drop.interception",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (c.type !== "ASSAULT" || t.nominal || c.found.roles.target.length || t.last - t.first < 3 || !inGrammar(x.g, "aimed_preps", tokens[t.first + 1]?.norm ?? "")) return null;
      return drop(c, "weapons shot at are being stopped, no attack on a party");
    },
  },
  {
    // "el EZLN, que mantiene actualmente una tregua con el gobierno", "el alto el fuego vigente desde octubre": a truce
    // told as a state that holds (kept, in force) is background, no truce agreed or carried out that day.
    id: "drop.truce-in-force",
    apply(c, x) {
      const t = c.found.trigger;
      if (!t.nominal || (c.type !== "CONCEDE" && c.type !== "RETREAT")) return null;
      const toks = x.a.sentence.tokens;
      if (inGrammar(x.g, "in_force_words", toks[t.last]?.norm ?? "")) return drop(c, `a truce "${toks[t.last]!.text}" is one in force, background`);
      // The verb that holds it, past the noun's determiners and an adverb ("mantiene actualmente una tregua").
      let k = t.first - 1;
      for (let n = 0; n < 3 && k >= 0 && (inGrammar(x.g, "determiners", toks[k]!.norm) || inGrammar(x.g, "indefinite_articles", toks[k]!.norm) || toks[k]!.pos === "ADV" || endsIn(x.g, "suffix_adverb", toks[k]!.norm)); n++) k--;
      // (…or its particle: "ways to shore up the ceasefire".)
      if (k > 0 && toks[k]!.pos === PARTICLE_TAG) k--;
      if (k >= 0 && toks[k]!.lemmas.some((l) => inGrammar(x.g, "truce_holding_verbs", l))) return drop(c, `a truce "${toks[k]!.text}" is one that holds, background`);
      // "the committee monitoring the ceasefire": a truce a body watches over is one in force when it is the known one;
      // "approved a team to monitor a ceasefire" may be telling a new one.
      const known = !inGrammar(x.g, "indefinite_articles", toks[t.first - 1]?.norm ?? "");
      if (known && k >= 0 && toks[k]!.lemmas.some((l) => inGrammar(x.g, "truce_watching_verbs", l))) return drop(c, `a truce "${toks[k]!.text}" is the one in force, background`);
      return null;
    },
  },
  {
    // "These protests pose an early test for Prabowo", "this attack was the third in a month": an act's noun after a
    // demonstrative is the act of its kind the story already told, no new one.
    id: "drop.act-told-before",
    apply(c, x) {
      const t = c.found.trigger;
      // "Es la quinta masacre carcelaria del año", "it is the second time this year that the government has expelled…":
      // an act counted in a copula's predicate (Trigger.counted) classes the act told before, or counts a total.
      if (t.counted && [...x.earlier, ...x.out].some((e) => e.type === c.type)) return drop(c, `the ${c.type} told before, counted`);
      if (!t.nominal || !inGrammar(x.g, "referring_demonstratives", x.a.sentence.tokens[t.first - 1]?.norm ?? "")) return null;
      return [...x.earlier, ...x.out].some((e) => e.type === c.type) ? drop(c, `"${x.a.sentence.tokens[t.first - 1]!.text}" points back to the ${c.type} told before`) : null;
    },
  },
  {
    // "protested against talk in Washington of military strikes on Mexican cartels", "did not repeat his earlier
    // threats of unilateral strikes", "la posibilidad de ataques": an act named as what is talked of, threatened or
    // feared is its content, not an act done (GUIDELINES: hypotheticals are no events).
    id: "drop.act-talked-of",
    apply(c, x) {
      const toks = x.a.sentence.tokens;
      let k = c.found.trigger.first - 1;
      // Past the act's own adjectives ("military", "unilateral"), lower-case words of no actor.
      const inPhrase = (j: number) => x.a.phrases.some((p) => p.first <= j && j < p.last);
      for (let n = 0; n < 2 && k >= 0 && /^\p{Ll}+$/u.test(toks[k]!.text) && !inGrammar(x.g, "of_preps", toks[k]!.norm) && !inPhrase(k); n++) k--;
      if (!inGrammar(x.g, "of_preps", toks[k]?.norm ?? "")) return null;
      // The head may be followed by a place or time of its own ("talk in Washington of").
      for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
        if (/^[.,;:]$/.test(toks[j]!.text)) return null;
        if (inGrammar(x.g, "content_heads", toks[j]!.norm)) return drop(c, `the act is what "${toks[j]!.text}" is of, not an act done`);
      }
      return null;
    },
  },
  {
    // "Prime Minister Luis Montenegro called the strike \"political\"", "called the walkout illegal": a verb of labelling
    // whose object is followed by the label it puts on it (a quotation or an adjective that ends the clause) judges an
    // act already told; it does not call, describe or term a new one ("the unions called a strike for Friday" does).
    id: "drop.labelled-object",
    apply(c, x) {
      if (!verbal(c)) return null;
      const toks = x.a.sentence.tokens;
      const t = c.found.trigger;
      if (!inGrammar(x.g, "label_verb_forms", toks[t.first]?.norm ?? "") || c.type === "ACCUSE" || c.type === "SUPPORT") return null;
      // (The label follows the object noun itself: "calls on Rwanda to halt \"defensive measures\"" quotes the act's content.)
      if (toks[t.last - 1]?.pos !== "NOUN") return null;
      const next = toks[t.last];
      const quoted = !!next && /^["“«‘']$/u.test(next.text);
      const after = toks[t.last + 1];
      const adjective = next?.pos === "ADJ" && (!after || /^[.,;:]$/.test(after.text) || inGrammar(x.g, "and", after.norm) || inGrammar(x.g, "clause_breaks", after.norm));
      return quoted || adjective ? drop(c, `"${toks[t.first]!.text}" puts a label on its object, no new act`) : null;
    },
  },
  {
    // "esas “ofensivas cinéticas y mortíferas” fueron ejecutadas el lunes": a passive whose subject is an act told as a
    // noun says how that act was carried out; nobody named near it underwent it.
    id: "drop.act-as-subject",
    apply(c, x) {
      const t = c.found.trigger;
      if (!t.passive || !x.on.is(c.type, "harm")) return null;
      const tokens = x.a.sentence.tokens;
      let k = t.first - 1;
      while (k >= 0 && (inGrammar(x.g, "copulas_passive", tokens[k]!.norm) || inGrammar(x.g, "perfect_auxiliaries", tokens[k]!.norm))) k--;
      if (k === t.first - 1) return null;
      const act = x.a.found.find((f) => f !== c.found && f.trigger.last - 1 <= k && f.trigger.last - 1 >= k - 5 && f.rule.pos === "noun" &&
        tokens.slice(f.trigger.last, k + 1).every((w) => /^[\p{Ll}”"»’]+$/u.test(w.text) && !inGrammar(x.g, "clause_breaks", w.norm)));
      return act ? drop(c, "the passive's subject is an act, not someone harmed") : null;
    },
  },
  {
    // "respaldada por el Tratado": a passive whose named agent is not an actor is not an event between actors.
    id: "drop.agent-not-actor",
    apply(c, x) {
      const next = x.a.sentence.tokens[c.found.trigger.last]?.norm ?? "";
      // ("fueron detenidos por bloquear la entrada", "fue detenido por presunto lavado de dinero": after an arrest, "por"
      // with no actor after it says what for, not by whom; source.unnamed-arrester found the arrester.)
      if (c.type === "COERCE" && c.mode === "arrest" && chargeAfterAgentPrep(x.a.sentence.tokens, c.found.trigger.last + 1, x.g)) return null;
      // (A doer found elsewhere, the sentence's speaker, does not stand in for the agent the passive names: "the summit
      // has been hailed as historic by several leaders, and Rutte said…".)
      return !c.found.roles.source.length && c.found.trigger.passive && inGrammar(x.g, "agent_preps", next) ? drop(c, "the passive's agent is no actor") : null;
    },
  },
  {
    // "El ministro de Defensa de Polonia advirtió que Rusia podría atacar…", "Kyiv said Moscow would strike again": force,
    // sanctions or arrests that a speaker of another side says someone may use are a forecast, no threat by the doer
    // (GUIDELINES: hypotheticals are no events). Told by the doer's own side they are a threat ("Trump dijo que podría
    // imponer aranceles"; "the Pentagon said US forces would strike").
    id: "drop.forecast",
    apply(c, x) {
      const t = c.found.trigger;
      if (!t.future || !FORECAST_TYPES.has(c.type) || !c.source.length) return null;
      const tokens = x.a.sentence.tokens;
      // The verb of saying or foreseeing nearest before the act, and its subject.
      let k = t.first - 1;
      while (k >= 0 && k >= t.first - 8 && !tokens[k]!.lemmas.some((l) => inGrammar(x.g, "speech", l) || inGrammar(x.g, "forecast_verbs", l))) k--;
      if (k < 0 || k < t.first - 8) return null;
      const who = subjectBefore(x.a.clause, k).flatMap((p) => x.resolved.get(p) ?? [p.actor]);
      if (!who.length || who.some((w) => !w.country)) return null;
      const doers = new Set(c.source.map((a) => a.country));
      if (who.some((w) => doers.has(w.country))) return null;
      return drop(c, `${who.map((w) => w.name ?? w.text).join(", ")} forecasts another side's act; no threat by its doer`);
    },
  },
  {
    // Announced, not done (plover.json `future`): "enviará ayuda" is a promise (AGREE), "liberará a los soldados" a
    // concession (CONCEDE), sanctions, attacks, arrests and protests to come are threats (GUIDELINES: tariffs not yet
    // in force). A threatened arrest keeps its mode.
    id: "type.announced",
    apply(c, x) {
      const later = c.found.trigger.future ? x.on.future(c.type) : null;
      if (!later) return null;
      const why = `${c.type} announced, not done, is ${later.type} (plover.json future)`;
      c.mode = later.mode === undefined ? c.mode : c.type === "COERCE" && c.mode === "arrest" ? "arrest" : later.mode;
      [c.type, c.cameo] = [later.type, THREATENED_AS[c.cameo] ?? later.cameo];
      return why;
    },
  },
  {
    // "anunció que solicitará al Consejo de Seguridad más recursos", "anunció que pedirá al Congreso prorrogar el estado
    // de prevención", "informó … que solicitará su extradición": a request announced is not made yet, and promises no
    // act of its own (plover.json gives REQUEST no `future`): no event.
    id: "drop.announced-request",
    apply: (c) => (c.type === "REQUEST" && c.found.trigger.future ? drop(c, "a request announced is not made yet") : null),
  },
  {
    // "anunció que el Gobierno presentará una querella", "dijo que el Gobierno presentará una querella por infracción a
    // la Ley Antiterrorista", "el Ejecutivo se querellará por el atentado", "anunció que el estado presentará una
    // demanda contra la operación": a charge or lawsuit announced against no one named is a plan, not filed yet
    // (plover.json gives ACCUSE no `future`; GUIDELINES: plans are no events). One that names whom it will charge
    // ("anunció que demandará al presidente") already accuses that one, and is kept.
    id: "drop.announced-accusation",
    // ("denunciará la medida ante la ONU", a complaint announced, still disapproves: only legal action, mode allege.)
    apply: (c) => (c.type === "ACCUSE" && c.mode === "allege" && c.found.trigger.future && !c.found.roles.target.length ? drop(c, "a charge or lawsuit announced against no one named is not made yet") : null),
  },
  {
    // "Trump said while welcoming the foreign ministers of the two nations to the White House", "Xi welcomed Putin to
    // Beijing": welcoming people of a state to a place hosts their visit (CAMEO 043), not a statement of support.
    id: "type.welcome-to",
    apply(c, x) {
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      if (c.type !== "SUPPORT" || t.nominal || !tokens[t.first]!.lemmas.some((l) => inGrammar(x.g, "welcoming_verbs", l))) return null;
      const guests = c.found.roles.target;
      if (!guests.length || !c.target.length || !c.target.every((a) => a.org || STATE.has(a.sector ?? ""))) return null;
      // The "to" after the guests ("the foreign ministers of the two nations to the White House").
      let to = guests[0]!.last;
      while (to < guests[0]!.last + 6 && tokens[to] && /^\p{L}+$/u.test(tokens[to]!.text) && !inGrammar(x.g, "recipient_preps", tokens[to]!.norm)) to++;
      const place = x.a.phrases.find((p) => p.first > to && inGrammar(x.g, "recipient_preps", tokens[to]?.norm ?? "") && tokens.slice(to + 1, p.first).every((w) => inGrammar(x.g, "determiners", w.norm)));
      if (!place || !(place.actor.country || place.actor.org)) return null;
      [c.type, c.mode, c.cameo] = ["CONSULT", "visit", "043"];
      return "welcoming people of a state to a place hosts their visit (CAMEO 043)";
    },
  },
  {
    // "recibió al primer ministro", "hosted Netanyahu": a hosted visit (CAMEO 043) is coded from the visitor's side
    // (GUIDELINES: with mode visit, the visitor is the source), when the visitor is an official.
    id: "roles.host",
    apply(c) {
      if (c.type !== "CONSULT" || c.mode !== "visit" || c.cameo !== "043" || !c.source.length || !c.target.length || !c.target.every((t) => t.org || STATE.has(t.sector ?? ""))) return null;
      [c.source, c.target, c.symmetric, c.cameo] = [c.target, c.source, false, "042"];
      return "the host's object is the visitor, who is the visit's source";
    },
  },
  {
    // A meeting in the dateline's country between its own side and a foreign one is the foreigner's visit.
    id: "mode.visit",
    apply(c, x) {
      if (c.type !== "CONSULT" || c.mode !== null || !x.where) return null;
      if (hostedAt(x.where, c.source, c.target, x.a)) [c.source, c.target] = [c.target, c.source];
      else if (!hostedAt(x.where, c.target, c.source, x.a)) return null;
      [c.symmetric, c.mode, c.cameo] = [false, "visit", "042"];
      return `a meeting in the dateline's country (${x.where}) is the foreigner's visit`;
    },
  },
  {
    // "peacekeepers arrive in Monrovia", "troops arrived in the border town": troops arriving somewhere are deployed
    // there, they make no visit (a person does: "the army chief arrived in Washington").
    id: "type.troops-arrive",
    apply(c) {
      if (!troopsArriving(c)) return null;
      [c.type, c.cameo, c.mode, c.symmetric] = ["MOBILIZE", "154", TROOPS, false];
      return "troops arriving somewhere are deployed there, no visit";
    },
  },
  {
    // "Miles de migrantes haitianos llegaron a México", "Venezuelan migrants arrived in Chile": people who arrive
    // somewhere make a visit only if they stand for a state or a body (an official, a delegation), not as travellers.
    // …and what they arrive in is a state's land: "los fondos llegarán por medio de las organizaciones" is no visit.
    id: "type.arrival-no-visit",
    apply(c, x) {
      const t = c.found.trigger;
      if (c.found.rule.type !== "CONSULT" || c.found.rule.mode !== "visit" || t.nominal || !x.a.sentence.tokens[t.first]!.lemmas.some((l) => inGrammar(x.g, "arrival_verbs", l))) return null;
      // (Troops arriving, anywhere, were deployed there: type.troops-arrive has coded them.)
      if (c.type === "MOBILIZE" && c.mode === TROOPS) return null;
      // "sin llegar a condenar a Perú", "llegó a ser ministro": arriving at doing something (an infinitive right after
      // the pattern, grammar suffix_infinitive) is getting as far as doing it, no arrival anywhere.
      const next = x.a.sentence.tokens[t.last];
      if (next && LOWER_WORD.test(next.text) && endsIn(x.g, "suffix_infinitive", next.norm)) return drop(c, "arriving at doing something is no arrival");
      // (Named as an envoy: a person, an office or a body, not a bare demonym read as a state.)
      const envoy = c.srcPhrases.every((p) => p.parts.some((m) => m.kind === "person" || m.kind === "role" || m.kind === "institution" || m.kind === "org"));
      const official = envoy && c.source.length > 0 && c.source.every((s) => s.org || STATE.has(s.sector ?? "") || s.sector === "ELI" || s.sector === "OPP");
      const land = c.target.length === 1 && !!c.target[0]!.country && c.target[0]!.sector === "GOV";
      return official && land ? null : drop(c, "who arrives somewhere makes a visit only as a state's or a body's envoy to a state's land");
    },
  },
  {
    // "Japan is sending troops to the UN peacekeeping force in South Sudan", "announced the deployment of 230 troops
    // to Liberia on a peacekeeping mission": forces sent to keep the peace are help (CAMEO 074), not a show of force.
    id: "type.peacekeeping",
    apply(c, x) {
      if (c.type !== "MOBILIZE" || !x.a.sentence.tokens.some((t) => inGrammar(x.g, "peacekeeping_words", t.norm))) return null;
      [c.type, c.cameo, c.mode] = ["AID", "074", null];
      return "forces sent on a peacekeeping mission are help (CAMEO 074)";
    },
  },
  {
    // "que las Fuerzas Armadas respalden a la Policía en la tarea de mantener el orden", "the army will back the police":
    // a state's armed forces backing its own police are deployed at home (CAMEO 154), not praising anyone.
    id: "type.troops-back-police",
    apply(c) {
      if (c.type !== "SUPPORT" || !c.source.length || !c.target.length || !c.source.every((s) => s.sector === "MIL") ||
        !c.target.every((t) => t.sector === "COP" && c.source.some((s) => s.country === t.country))) return null;
      [c.type, c.cameo, c.mode, c.target] = ["MOBILIZE", "154", "troops", []];
      return "armed forces backing their own country's police are deployed at home";
    },
  },
  {
    // "una unidad especial de la Policía destinada a combatir las extorsiones", "troops sent to fight drug gangs": a
    // mobilisation against crime (grammar crime_nouns, after the act in its clause) is aimed at the country's criminals.
    id: "target.crime-fought",
    apply(c, x) {
      if (c.type !== "MOBILIZE" || c.target.length || !c.source[0]?.country) return null;
      const tokens = x.a.sentence.tokens;
      const stop = nextClauseBreak(x.a, x.g)[c.found.trigger.last] ?? -1;
      const end = Math.min(tokens.length, c.found.trigger.last + 16, stop >= 0 ? stop : Infinity);
      if (!tokens.slice(c.found.trigger.last, end).some((t) => inGrammar(x.g, "crime_nouns", t.norm))) return null;
      c.target = [implicit(c.source[0].country, "CRM")];
      return `a mobilisation against crime is aimed at the country's criminals (${c.source[0].country})`;
    },
  },
  {
    // "un enfrentamiento entre policías y sicarios", "choques entre militares y disidentes": a clash of armed sides, one
    // of them irregular, is fighting (CAMEO 190), not a riot, whichever word for a clash the text uses.
    id: "type.armed-clash",
    apply(c) {
      if (c.type !== "PROTEST" || c.mode !== "riot" || !c.symmetric) return null;
      const armed = (side: Actor[]) => side.length > 0 && side.every((s) => ARMED.has(s.sector ?? ""));
      if (!armed(c.source) || !armed(c.target) || ![...c.source, ...c.target].some((s) => IRREGULAR.has(s.sector ?? ""))) return null;
      [c.type, c.cameo, c.mode] = ["ASSAULT", "190", null];
      return "a clash between armed sides, one of them irregular, is fighting";
    },
  },
  {
    // "the militia attacked a barracks", "the air force bombed militia positions": PLOVER's PRM is a paramilitary force
    // not in opposition to the government; one fighting its own country's forces is an armed opposition (REB).
    id: "sector.militia-against-state",
    apply(c) {
      if (c.type !== "ASSAULT") return null;
      const militia = (side: Actor[]) => side.length > 0 && side.every((s) => s.sector === "PRM" && !!s.country);
      const state = (side: Actor[], country: string | null) => side.length > 0 && side.every((s) => STATE.has(s.sector ?? "") && s.country === country);
      const side = militia(c.source) && state(c.target, c.source[0]!.country) ? "source" : militia(c.target) && state(c.source, c.target[0]!.country) ? "target" : null;
      if (!side) return null;
      c[side] = c[side].map((s) => ({ ...s, sector: "REB" }));
      return `a militia fighting its own country's forces opposes the state (${c[side].map((s) => s.text).join(", ")}: REB)`;
    },
  },
  {
    // "enfrentamientos entre policías y manifestantes", "students clashed with riot police": a clash between the forces
    // of order and unarmed people is the people's riot against the forces (CAMEO 145), not fighting.
    id: "roles.riot-sides",
    apply(c) {
      const clash = c.type === "ASSAULT" && c.mode === null && c.cameo === "190";
      if (!(c.type === "PROTEST" || clash) || !c.symmetric) return null;
      const forces = (side: Actor[]) => side.length > 0 && side.every((s) => s.sector === "COP" || s.sector === "MIL");
      const unarmed = (side: Actor[]) => side.length > 0 && side.every((s) => !!s.sector && !ARMED.has(s.sector) && !STATE.has(s.sector));
      if (forces(c.source) && unarmed(c.target)) [c.source, c.target] = [c.target, c.source];
      else if (!(forces(c.target) && unarmed(c.source))) return null;
      c.symmetric = false;
      if (clash) [c.type, c.cameo, c.mode] = ["PROTEST", "145", "riot"];
      return `in a clash between the forces of order and unarmed people, the people riot against the forces (${c.source.map((s) => s.text).join(", ")})`;
    },
  },
  {
    // "Iraqi warplanes carried out a raid on …", "drones raided the camp": a raid by aircraft or warships searches and
    // seizes nothing (COERCE seize, CAMEO 171); it is a strike (ASSAULT, CAMEO 190).
    id: "type.equipment-raid",
    apply(c) {
      if (c.type !== "COERCE" || c.mode !== "seize" || !c.srcPhrases.length || !c.srcPhrases.every((p) => p.parts.some((m) => m.entryId === EQUIPMENT))) return null;
      [c.type, c.cameo, c.mode] = ["ASSAULT", "190", null];
      return "a raid by aircraft or warships is a strike";
    },
  },
  {
    // "Taliban fighters stormed a police headquarters", "rebels stormed the presidential palace": armed men who storm or
    // loot a place attack it (PLOVER ASSAULT); police who storm an office raid it (COERCE seize, CAMEO 171).
    // …and so do the men of an armed movement that has become a government ("Taliban attackers", "the Taliban").
    id: "type.armed-riot",
    apply(c) {
      const movement = c.srcPhrases.some((p) => c.source.some((s) => s.start === p.actor.start) && p.parts.some((m) => m.kind === "group" && m.sector === "GOV"));
      if (c.type !== "PROTEST" || c.mode !== "riot" || c.symmetric || !(movement || c.source.some((s) => ARMED.has(s.sector ?? "")))) return null;
      if (c.source.every((s) => POLICE.has(s.sector ?? ""))) {
        [c.type, c.cameo, c.mode] = ["COERCE", "171", "seize"];
        return "police who storm a place raid it";
      }
      [c.type, c.cameo, c.mode] = ["ASSAULT", "190", null];
      return "armed men who storm or loot a place attack it";
    },
  },
  {
    // "los manifestantes incendiaron un autobús", "students set fire to a truck", "atacaron a los policías a pedradas":
    // unarmed people outside the state who wreck property or go for the forces of order riot (CAMEO 145; GUIDELINES:
    // protesters clashing with police is PROTEST/riot), they wage no armed attack.
    id: "type.civil-riot",
    apply(c, x) {
      if (c.type !== "ASSAULT" || !c.source.length || !c.source.every((s) => UNARMED_PUBLIC.has(s.sector ?? ""))) return null;
      // (People named as such: a bare name or a city standing for its people may be a wrong guess at the doer.)
      if (c.srcPhrases.some((p) => !p.parts.some((m) => PEOPLE_KINDS.has(m.kind)))) return null;
      const forces = c.target.length > 0 && c.target.every((t) => t.sector === "COP" || t.sector === "MIL");
      // "youths resorted to throwing stones during demonstrations", "protesters set fire to two vehicles", "threw stones
      // at police": a crowd (a plural doer) using stones or fire at the forces of order, at property or at nobody named riots too;
      // not a killing with them (CAMEO 1823: "stoned to death"), nor one man's stabbing.
      const tokens = x.a.sentence.tokens;
      const crowd = c.srcPhrases.length > 0 && c.srcPhrases.every((p) => { const t = tokens[p.last - 1]; return !!t && t.lemmas.some((l) => l !== t.norm); });
      const property = c.found.roles.target.length > 0 && c.found.roles.target.every((p) => p.parts.some((m) => m.entryId === CIVILIAN_PROPERTY));
      // ("hurled stones at police and set fire to three buses": a verb coordinated after the same doers' riot goes on with it.)
      const same = (e: Decided) => e.source.length === c.source.length && e.source.every((a, k) => a.country === c.source[k]!.country && a.sector === c.source[k]!.sector);
      const goesOn = x.out.some((e) => e.sentence === x.a.sentence.index && e.type === "PROTEST" && e.mode === "riot" && same(e));
      const thrown = c.mode === "primitive" && c.cameo === PRIMITIVE_ATTACK && (crowd || goesOn) && (forces || property || !c.target.length);
      if (c.mode !== "destroy" && !(c.mode === null && forces) && !thrown) return null;
      [c.type, c.cameo, c.mode] = ["PROTEST", "145", "riot"];
      return "unarmed people who wreck property or go for the forces of order riot";
    },
  },
  {
    // "revoked President Gustavo Petro's visa", "le retiró la visa al presidente": barring one person's entry is a
    // refusal (GUIDELINES: turning back or barring entry of a specific person is REJECT); visa bans on a class of
    // people inside a sanctions package stay SANCTION.
    id: "type.visa-of-person",
    apply(c, x) {
      if (c.type !== "SANCTION" || c.target.length !== 1 || !c.target[0]!.name) return null;
      const t = c.found.trigger;
      const tokens = x.a.sentence.tokens;
      const around = tokens.slice(t.first, Math.min(tokens.length, t.last + VISA_REACH));
      if (!around.some((w) => inGrammar(x.g, "visa_nouns", w.norm))) return null;
      if (!c.found.roles.target.some((p) => p.parts.some((m) => m.kind === "person"))) return null;
      [c.type, c.cameo, c.mode] = ["REJECT", "120", null];
      return "revoking or refusing one person's visa bars their entry: a refusal";
    },
  },
  {
    // "el paro armado que el ELN impuso", "guerrilleros bloquearon la vía": armed men who block or shut down coerce.
    // Only irregular ones: "cientos de policías protestaron por sus salarios", "un policía declara huelga de hambre"
    // are the state's own men protesting, with no force behind it.
    id: "type.armed-protest",
    apply(c) {
      if (c.type !== "PROTEST" || !c.source.some((s) => IRREGULAR.has(s.sector ?? ""))) return null;
      [c.type, c.cameo, c.mode] = ["COERCE", "170", "restrict"];
      return "armed men who block or shut down coerce";
    },
  },
  {
    // What irregular armed men restrict is the life of the population they hold.
    id: "target.population",
    apply(c, x) {
      if (c.type !== "COERCE" || c.mode !== "restrict" || c.target.length || !c.source.some((s) => IRREGULAR.has(s.sector ?? ""))) return null;
      const held = c.source.find((s) => s.country)?.country ?? x.d.home;
      if (!held) return null;
      c.target = [implicit(held, "CVL")];
      return "what irregular armed men restrict is the population's life";
    },
  },
  {
    // "Ecuador rechazó la incursión de tropas colombianas", "rejected the bombing of the camp": rejecting an act of
    // force already told (harm that is no threat) condemns it (GUIDELINES: rejecting a proposal, demand, threat or
    // sanction is REJECT; condemning an act already done is ACCUSE).
    id: "type.rejected-harm",
    apply(c, x) {
      const refers = c.found.trigger.refers as EventType | undefined;
      // (Only a verb of rejecting: a concession refused, "levantar la prohibición está descartado", yields nothing done.)
      if (c.type !== "REJECT" || c.found.rule.type !== "REJECT" || c.found.rule.id.endsWith(NEGATED) || !refers || !x.on.is(refers, "harm") || x.on.is(refers, "said")) return null;
      [c.type, c.cameo, c.mode] = ["ACCUSE", "111", "disapprove"];
      return `rejecting a ${refers} already done condemns it`;
    },
  },
  {
    // "police fired tear gas at thousands of protesters as demonstrations against the bill turned violent": a protest
    // told as a noun is its protesters', whom the sentence names as such, not the state forces of its clause.
    id: "source.protest-noun",
    apply(c, x) {
      const t = c.found.trigger;
      const noun = t.nominal || x.a.sentence.tokens[t.first]?.pos === "NOUN";
      if (c.type !== "PROTEST" || !noun || !c.source.length || !c.source.every((s) => STATE.has(s.sector ?? ""))) return null;
      const crowd = x.a.phrases.find((p) => !p.anaphor && p.last <= t.first && p.parts.some((m) => m.entryId === PROTESTER));
      if (!crowd) return null;
      // (Protesters of no country named are the state's people: "los manifestantes comenzaron su marcha" in Paris.)
      const state = c.source.find((s) => s.country)?.country ?? null;
      c.source = actorsOf(crowd, x).map((a) => (a.country || a.org ? a : { ...a, country: state }));
      c.srcPhrases = [crowd];
      return `a protest told as a noun is its protesters' ("${crowd.actor.text}"), not the state's`;
    },
  },
  {
    // "la Cancillería protestó formalmente ante Washington": a government complains officially (CAMEO 114).
    // So does a state named by its country or capital ("Cuba protesta por la restricción de visitas", "Bogotá protestó
    // ante Caracas"), its army ("el ejército protestó contra los actos…") or an international body ("la ONU protestó"):
    // none of them takes to the streets.
    id: "type.official-complaint",
    apply(c, x) {
      // ("Perú expresó su protesta al gobierno de Bolivia", "India registered its protest": a protest told as a noun that
      // its doer owns is theirs too.)
      // (Only the word "protest" itself: "comenzaron su marcha" is a march.)
      const tokens = x.a.sentence.tokens;
      const owned = inGrammar(x.g, "possessive_determiners", tokens[c.found.trigger.first - 1]?.norm ?? "") && inGrammar(x.g, "complaint_nouns", tokens[c.found.trigger.first]?.norm ?? "") &&
        c.srcPhrases.length > 0 && c.srcPhrases.every((p) => p.last <= c.found.trigger.first);
      if (c.type !== "PROTEST" || c.mode !== "demo" || (c.found.trigger.nominal && !owned) || !c.source.length) return null;
      // (Soldiers are no army: "militares retirados protestaron frente al ministerio" march.)
      const army = c.srcPhrases.length > 0 && c.srcPhrases.every((p) => p.parts.some((m) => m.kind === "institution" && m.sector === "MIL"));
      if (!c.source.every((s) => (s.org && !s.country) || s.sector === "GOV" || (army && s.sector === "MIL"))) return null;
      if (!officialSpeaker(c.srcPhrases) && !stateNamed(c.srcPhrases)) return null;
      [c.type, c.cameo, c.mode] = ["ACCUSE", "114", "disapprove"];
      return "a government, an army or an international body that protests complains officially (CAMEO 114)";
    },
  },
  {
    // "el paro que convocaron los transportistas", "farmers blocked the highways": a protest whose target the text
    // leaves unsaid is addressed to the protesters' own state.
    id: "target.protesters-state",
    apply(c, x) {
      const country = c.source.find((s) => s.country && !STATE.has(s.sector ?? ""))?.country;
      if (c.target.length || !x.on.is(c.type, "implicit-doer") || !country) return null;
      c.target = [implicit(country, "GOV")];
      return `a protest with no target named is addressed to the protesters' own state (${country})`;
    },
  },
  {
    // "amenazan con bloquear cualquier entrada a la capital": a threat of protest (CAMEO 133) by people outside the state,
    // with no target left, is addressed to their own state, like the protest it announces (told as a threat, not a
    // protest merely announced: "will block the highways next week" names no one it is aimed at).
    id: "target.protest-threat-state",
    apply(c) {
      const country = c.source.find((s) => s.country && !STATE.has(s.sector ?? ""))?.country;
      if (c.target.length || c.type !== "THREATEN" || c.found.rule.type !== "THREATEN" || c.cameo !== "133" || !country) return null;
      c.target = [implicit(country, "GOV")];
      return `a threat of protest with no target named is addressed to the protesters' own state (${country})`;
    },
  },
];

/**
 * Apply the decisions in order to a candidate: the trace lines of those that changed it, or null when one dropped it.
 * @example decide(candidate, context) // ["source.speaker: a stance with no subject is its speaker's (…)", …]
 */
const NONE: ReadonlySet<string | null> = new Set();

export function decide(c: Candidate, x: DecisionContext, rules: readonly DecisionRule[] = DECISIONS): string[] | null {
  const trace: string[] = [];
  for (const r of rules) {
    const why = r.apply(c, x);
    if (c.dropped) return null;
    if (why === null) continue;
    for (const w of Array.isArray(why) ? why : [why]) trace.push(`${r.id}: ${w}`);
  }
  return trace;
}

/**
 * Are all of a reaction's targets the complement of the act's noun right after its trigger, brought by a victim
 * preposition (the pack's `victim_preps`): "condemned [the attack] on [the prime minister's office]"?
 */
function victimsOfReferred(c: Candidate, x: DecisionContext): boolean {
  const tokens = x.a.sentence.tokens;
  let k = c.found.trigger.last;
  while (k < tokens.length && inGrammar(x.g, "determiners", tokens[k]!.norm)) k++;
  // (the act's noun and up to two words qualifying it: "the deadly attack on", "the drone strikes on")
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    if (!/^\p{Ll}/u.test(tokens[j - 1]!.text)) return false;
    if (!inGrammar(x.g, "victim_preps", tokens[j]!.norm)) continue;
    const from = tokens[j + 1]?.start ?? Infinity;
    return c.target.every((t) => t.start >= from && t.start < x.a.sentence.end);
  }
  return false;
}
