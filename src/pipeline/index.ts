import "./jit.js";
import { hash } from "node:crypto";
import { inGrammar, loadKnowledge, type Grammar, type Knowledge, type LanguagePack } from "../data/knowledge.js";
import { agrees, isDefiniteBareRole, resolveAnaphor, resolveGroup, resolvePair, resolvePossessed, headOfPossessor, resolveShortName, type Agreement, type Discourse } from "../actors/coref.js";
import { isPluralPronoun, nameGender, phraseGender, type GivenNames } from "../actors/gender.js";
import type { Candidate, DecisionContext } from "../decide/candidate.js";
import { decide, quoteEndsAt, quotationSpeaker, settleCaptors } from "../decide/rules.js";
import type { Trigger } from "../events/find.js";
import { mergeMentions } from "../merge/merge.js";
import { resolveWith, type ActorResolution } from "../actors/resolve.js";
import { resolveInDocument } from "../actors/document.js";
import { readName } from "../actors/names.js";
import { atEventDate, seatedOfficeWords } from "../actors/offices.js";
import type { Actor, ActorPhrase } from "../model/actor.js";
import type { Document } from "../model/document.js";
import type { EventRecord } from "../model/event.js";
import { detectLanguage } from "../text/language.js";
import type { Language } from "../lang/index.js";
import type { EventType, Mode } from "../ontology/index.js";
import { aboutTheNoun, adjacent, brokenBetween, dateMentions, dayBefore, iso, relativeDays, shiftDays, withCountedDays, type DateMention, type RelativeDay } from "../time/dates.js";
import { inClause, middleOf, openingYear, periodMentions, type PeriodMention } from "../time/periods.js";
import { lemmatize, phrasesOf, rolesOf, segmentSpans, tokenizeSpan, triggersOf, type AnalyzedSentence } from "./analyze.js";
import type { Sentence } from "../model/sentence.js";
import { fold, type Token } from "../model/token.js";
import { subjectBefore, type Clause } from "../events/roles.js";
import { coordinate } from "../actors/phrases.js";
import { apposedMediators, isBareMediator, namedMediators } from "../actors/mediators.js";
import { localiseSharedBodies } from "../actors/shared.js";
import { storyDateline, homeCountries, placeReadings, settleActorPlaces, stateCountry } from "./home.js";
import { placeEvents } from "../places/stage.js";
import type { EventPlace } from "../places/resolve.js";

interface Draft {
  type: EventType; mode: Mode | null; cameo: string; rule: string; symmetric: boolean; date: string; contexts: string[];
  source: Actor[]; target: Actor[]; sentence: number; evidence: string; trigger: { text: string; start: number; end: number };
  /** The decisions that made the event, in order: "decision-id: why". */
  trace: string[];
  /** Where it happened (stage places); null when the text does not say. */
  place?: EventPlace | null;
  /** "YYYY" or "YYYY-MM" when the text dates the act by a past year or month only: history it recalls. */
  period?: string;
  /** Where its party is named, when one act told of several parties gives an event each (part of its id). */
  part?: number;
  /** The act is a toll told by a verb of killing or wounding (grammar casualty_verbs): merging joins it to its attack. */
  toll?: boolean;
  /** The act is told by a noun that refers back to one of its type (Trigger.anaphoric): merging joins it to that one. */
  anaphoric?: boolean;
  /** A release whose captors a later sentence may tell (Candidate.awaits; settled by settleCaptors). */
  awaits?: "captors";
}

/** A document on its way through the stages: each stage reads what the stages before it filled in. */
export interface Work {
  readonly doc: Document;
  readonly k: Knowledge;
  readonly pack: LanguagePack;
  /** Publication date, against which relative dates resolve. */
  readonly pub: string;
  spans: { start: number; end: number }[];
  sentences: Sentence[];
  parsed: { phrases: ActorPhrase[]; clause: Clause }[];
  triggers: Trigger[][];
  analyzed: AnalyzedSentence[];
  discourse: Discourse;
  /** The dateline's country, and the actors with a country each sentence names. */
  where: string | null;
  named: Actor[][];
  drafts: Draft[];
  events: EventRecord[];
}

/** The stages' names, in pipeline order. */
export type StageId = "segment" | "tokenize" | "lemmatize" | "phrases" | "triggers" | "roles" | "document-actors" | "home" | "decide" | "places" | "merge";

/** One stage of the pipeline: `run` reads and extends the document under work. */
interface Stage { readonly id: StageId; run(w: Work): void }

/**
 * The pipeline, in order. Sentence stages (segment → roles) read one sentence at a time; discourse stages see the
 * whole document. The decide stage resolves coreference and offices, applies the decision rules
 * (src/decide/rules.ts), dates the event and finds its contexts.
 */
export const STAGES: readonly Stage[] = [
  { id: "segment", run: (w) => void (w.spans = segmentSpans(w.doc.text, w.pack)) },
  { id: "tokenize", run: (w) => void (w.sentences = w.spans.map((span, i) => tokenizeSpan(w.doc.text, span, i))) },
  { id: "lemmatize", run: (w) => w.sentences.forEach((s) => lemmatize(s, w.pack)) },
  { id: "phrases", run: (w) => void (w.parsed = w.sentences.map((s) => phrasesOf(s, w.doc.text, w.pack, w.pub))) },
  { id: "triggers", run: (w) => void (w.triggers = w.sentences.map((s, i) => triggersOf(s, w.parsed[i]!.clause, w.pack))) },
  {
    id: "roles",
    run: (w) => void (w.analyzed = w.sentences.map((sentence, i) => {
      const { phrases, clause } = w.parsed[i]!;
      return { sentence, phrases, clause, found: rolesOf(clause, w.triggers[i]!) };
    })),
  },
  { id: "document-actors", run: (w) => resolveInDocument(w.analyzed, w.k, w.pack.lang, w.pack.grammar, w.doc.text) },
  {
    id: "home",
    run(w) {
      const places = placeReadings(w.analyzed, w.pack, w.k.givenNames);
      settleActorPlaces(w.analyzed, places);
      const dateline = storyDateline(w.analyzed, w.doc.text, w.pack);
      const homes = homeCountries(w.analyzed, w.doc.text, w.pack, places, dateline);
      w.where = dateline.country;
      const home = homes[0] ?? null;
      localiseSharedBodies(w.analyzed, home, w.pack.grammar, dateline.country);
      w.discourse = {
        seen: [], lastPair: null, home, stateHome: stateCountry(w.analyzed, home), runnerUp: homes[1] ?? null, collective: w.k.collectiveRoles, epithets: w.k.epithets,
        namedMediators: namedMediators(w.analyzed, w.pack.grammar),
      };
      w.named = w.analyzed.map((a) => a.phrases.filter((p) => !p.anaphor && p.actor.country && !venueCountry(a, p, w.pack.grammar)).map((p) => p.actor));
    },
  },
  {
    id: "decide",
    run(w) {
      w.analyzed.forEach((a) => w.drafts.push(...sentenceEvents(a, w.k, w.pack, w.discourse, w.pub, w.named, w.where, w.drafts)));
      w.drafts = settleCaptors(w.drafts);
    },
  },
  { id: "places", run: (w) => placeEvents(w.doc.text, w.analyzed, w.drafts, w.pack.grammar, w.k.givenNames, w.discourse.home, (d) => w.k.ontology.is(d.type as EventType, "said") && !w.k.cameo.get(d.cameo)?.done, (t, cls) => w.k.ontology.is(t as EventType, cls)) },
  { id: "merge", run: (w) => void (w.events = mergeMentions(w.drafts).map((d) => toRecord(d, w.doc, w.pack.lang, w.k))) },
];

/**
 * Code one document: run it through STAGES.
 * @example await codeDocument({ id: "a", text: "La Marina detuvo a dos.", date: "2026-01-30" })
 */
export async function codeDocument(doc: Document, knowledge?: Knowledge): Promise<EventRecord[]> {
  return (await runStages(doc, "merge", knowledge)).events;
}

/**
 * Run the stages up to and including `last`, and return the document under work (for tools and stage tests).
 * @example (await runStages(doc, "phrases")).parsed[0].phrases // the first sentence's actor phrases
 */
export async function runStages(doc: Document, last: StageId, knowledge?: Knowledge): Promise<Work> {
  const k = knowledge ?? (await loadKnowledge());
  const pack = k.packs[doc.language ?? detectLanguage(doc.text)];
  const w: Work = {
    doc, k, pack, pub: doc.date ?? iso(new Date()), spans: [], sentences: [], parsed: [], triggers: [], analyzed: [],
    discourse: { seen: [], lastPair: null, home: null }, where: null, named: [], drafts: [], events: [],
  };
  for (const stage of STAGES) {
    stage.run(w);
    if (stage.id === last) break;
  }
  return w;
}

function sentenceEvents(a: AnalyzedSentence, k: Knowledge, pack: LanguagePack, d: Discourse, pub: string, named: Actor[][], where: string | null, earlier: readonly Draft[]): Draft[] {
  const g = pack.grammar;
  const resolved = resolvePhrases(a, d, (text) => officeHolder(k, text, pub, pack.lang, d.stateHome ?? d.home), k.givenNames);
  // An epithet that named nobody (resolvePhrases) takes no party's place: the act's parties are found as if it were
  // not there ("the group, which included Germany and France, had checked in…" is told by its speaker).
  const nobody = (p: ActorPhrase) => resolved.get(p)?.length === 0 && (!!d.epithets?.has(p.parts[0]?.entryId ?? "") || isBareMediator(p, a.sentence.tokens, g));
  if (a.phrases.some(nobody)) {
    const phrases = a.phrases.filter((p) => !nobody(p));
    a.clause = { ...a.clause, phrases, groups: coordinate(phrases, a.clause.tokens, a.clause.grammar) };
    a.phrases = phrases;
    a.found = rolesOf(a.clause, a.found.map((f) => f.trigger));
  }
  // Dates are read only where there is an event to date (chrono is the costliest step per sentence): once, when
  // the sentence's first event is kept.
  let told: DateMention[] | null = null;
  // Days counted from another ("Un día después,", "two days after Trump announced…") count from the day the
  // sentence gave before them, else from the story's last day before this sentence.
  const storyDay = d.lastDate ?? pub;
  let counted: RelativeDay[] | null = null;
  const relative = (): RelativeDay[] => (counted ??= relativeDays(a.sentence.text, pack.lang));
  const dates = (): DateMention[] => (told ??= withCountedDays(dateMentions(a.sentence.text, pack.lang, pub), relative(), storyDay));
  let periods: PeriodMention[] | null = null;
  const past = (): PeriodMention[] => (periods ??= periodMentions(a.sentence.text, pack.lang, pub));
  // (Only an event of the sentence carries them.)
  const contexts = a.found.length ? [...pack.contexts.find(a.sentence.tokens)] : [];
  const out: Draft[] = [];
  const x: DecisionContext = {
    a, pack, g, on: k.ontology, d, named, where, earlier, out, resolved, contexts, state: { refTarget: null },
    agreement: (p) => agreement(a, p), howResolved: (p) => howResolved.get(p),
  };
  // The day the next sentences go on from: the last event's of the sentence, but not one recalled in a comma-set
  // relative clause, whose day word is that clause's ("rechazó este jueves las amenazas de Hegseth, quien ayer
  // advirtió…": "Sheinbaum pidió…" goes on from Thursday).
  let carried = "";
  // …nor one told as a noun with its own day right after it ("Hegseth's warning on Wednesday … drew a sharp response
  // from Mexico City on Thursday"): then the sentence's latest day goes on.
  let aside = false;
  // A day counted inside the sentence, for its later acts that name none ("two days after X did Y and Z").
  let countedDay: string | undefined;
  let asides = 0;
  for (const found of a.found) {
    const { rule, roles, trigger } = found;
    const c: Candidate = {
      found, srcPhrases: roles.source, source: [], target: [], symmetric: roles.symmetric, type: rule.type, mode: rule.mode ?? null, cameo: rule.cameo, dropped: null,
    };
    const decided = decide(c, x);
    if (!decided) {
      if (process.env.DYAD_TRACE) console.error(`DROPPED ${rule.id} «${a.sentence.tokens.slice(trigger.first, trigger.last).map((t) => t.text).join(" ")}»: ${c.dropped}`);
      continue;
    }
    const tokens = a.sentence.tokens;
    const trig = { start: tokens[trigger.first]!.start, end: tokens[trigger.last - 1]!.end };
    // One event per party where the act is told of several, each dated where it is named.
    const parts = c.each ?? [{ source: c.source, target: c.target, at: trig.start }];
    for (const [n, part] of parts.entries()) {
      const draft: Draft = {
        type: c.type, mode: c.mode, cameo: c.cameo, rule: rule.id, symmetric: c.symmetric, source: part.source, target: part.target, trace: [...triggerTrace(trigger), ...decided],
        date: pub,
        contexts: [...contexts], sentence: a.sentence.index, evidence: a.sentence.text,
        trigger: { text: a.sentence.text.slice(trig.start - a.sentence.start, trig.end - a.sentence.start), ...trig },
      };
      if (c.each && c.each.length > 1) draft.part = part.at;
      if (a.sentence.tokens[trigger.anchor]!.lemmas.some((l) => inGrammar(g, "casualty_verbs", l))) draft.toll = true;
      if (trigger.anaphoric) draft.anaphoric = true;
      if (c.awaits) draft.awaits = c.awaits;
      const local = part.at - a.sentence.start;
      // Each of several parties is dated by what follows its name, up to the next one's ("in Niger last July, in
      // Burkina Faso in 2022").
      const next = parts[n + 1] ? parts[n + 1]!.at - a.sentence.start : Infinity;
      const own = <T extends { start: number }>(ms: readonly T[]): T[] => (parts.length > 1 ? ms.filter((m) => m.start >= local && m.start < next) : [...ms]);
      const periods = own(past()).filter((m) => inClause(a.sentence.text, pack.lang, m, local));
      // A day that qualifies a noun ("los resultados de la segunda vuelta del domingo") yields, for an act told by a
      // verb, to a day the sentence gives its verbs ("se negó este miércoles a reconocer … y denunció").
      // (…but not for an act told in a clause about that noun: "…del domingo en el penal, donde 17 reos fueron asesinados".)
      const at = trig.start - a.sentence.start;
      const verbs = dates().filter((m) => !m.attributive || (m.end <= at && at - m.end <= DATE_REACH && aboutTheNoun(a.sentence.text.slice(m.end, at), pack.lang)));
      const days = trigger.nominal || !verbs.length ? dates() : verbs;
      const when = eventDate(a.sentence.text, a.sentence.start, part.at, own(days), pub, periods, { counted: relative(), storyDay, lang: pack.lang, act: !k.ontology.is(c.type, "said") });
      // History the story recalls by a past month or year only is coded undated (GUIDELINES: the report's date), with
      // that period beside it; its people stand as they stood then.
      draft.date = when?.period ? pub : when?.date ?? countedDay ?? d.lastDate ?? pub;
      if (when?.period) {
        draft.period = when.period.period;
        draft.trace.push(`date.period: an act the text dates by a past ${when.period.precision} only is history it recalls (${draft.period}): undated, and never merged with the day's reports`);
      }
      // People stand as of the period that dates the act, else of a past year the sentence opens with even across a
      // clause ("En 2022, López Obrador afirmó que…": the act reported is coded undated, its people as of 2022).
      const opening = openingYear(past(), local);
      const then = when?.period ? middleOf(when.period) : opening ? middleOf(opening) : draft.date;
      draft.source = atEventDate(draft.source, then, pub, k.actors);
      draft.target = atEventDate(draft.target, then, pub, k.actors);
      out.push(draft);
      // Sentences that date nothing go on from the last date the story gave ("On Sunday … While the two men met").
      // (…but not from a day counted inside the sentence: "two days after X did Y", "the previous evening".)
      // The acts after it in the sentence go on from it ("…una semana después del paro armado, en el que se registraron
      // quemas de vehículos").
      if (when?.aside) {
        countedDay = draft.date;
        asides++;
      } else if (dates().length && !draft.period) {
        d.lastDate = draft.date;
        if (!recalledAside(a.sentence.tokens, trigger.first, g) && !nounsDay(trigger, tokens[trigger.first]!.end - a.sentence.start, dates())) carried = draft.date;
        else aside = true;
      }
    }
    if (c.source[0] && c.target[0] && c.source[0].country !== c.target[0].country) d.lastPair = [c.source[0], c.target[0]];
    if (c.type === "CONSULT" && c.mode === "third-party" && c.source.some((x) => x.country || x.org)) d.mediators = c.source.filter((x) => x.country || x.org);
    // "Mali, Niger and Burkina Faso quit the bloc … The three": the parties of an act by or on three or more countries.
    for (const side of c.symmetric ? [[...c.source, ...c.target]] : [c.source, c.target]) {
      const countries = new Map(side.filter((s) => s.country && !s.org).map((s) => [s.country, s]));
      if (countries.size >= 3) d.lastGroup = [...countries.values()].map((s) => ({ ...s }));
    }
  }
  if (!carried && aside) carried = latestDay(dates(), pub) ?? "";
  // A sentence whose acts are all counted from another day still moves the story to the day its main clause gives
  // ("Sheinbaum said Thursday that she had spoken with Trump the previous evening"): not a counted day, nor one
  // in the scope of "two days after".
  if (!carried && asides && asides === out.length) {
    const scope = relative().filter((r) => r.governs && !r.fronted).map((r) => r.end);
    carried = latestDay(dates().filter((m) => !m.aside && !m.attributive && !scope.some((end) => m.start >= end)), pub) ?? "";
  }
  if (carried) d.lastDate = carried;
  // The person a sentence's first event is about is who "he"/"she" at the head of the next one most likely is.
  // Without an event, its first person not governed by a preposition ("In a letter to Lula…, Trump called…").
  const governed = (i: number) => inGrammar(g, "governing_preps", a.sentence.tokens[i]?.norm ?? "");
  const subjectPerson = a.phrases.find((p) => p.parts.some((m) => m.kind === "person") && !p.anaphor && !governed(p.first - 1) && !governed(p.first - 2));
  const topic = out.find((e) => e.source.length === 1 && e.source[0]!.name)?.source[0] ?? (subjectPerson ? resolved.get(subjectPerson)?.[0] : undefined);
  d.topic = topic ? { ...topic } : null;
  // The country or body a sentence opens with is what an "it" opening the next one most likely stands for.
  const opening = a.phrases[0];
  const body = opening && opening.first <= 1 && !opening.parts.some((m) => m.kind === "person") ? resolved.get(opening)?.[0] : undefined;
  d.topicBody = body && (body.country || body.org) ? { ...body } : null;
  // "“…,” said Bessent. “We urge our allies…”": a quotation's speaker holds while it goes on sentence by sentence.
  const said = quotationSpeaker(a);
  if (said !== "same-speaker") d.quoteSpeaker = said ? said.flatMap((p) => resolved.get(p) ?? [p.actor]) : null;
  rememberTexts(a, d, resolved);
  return out;
}

// "On Monday the UN Security Council passed a US-drafted resolution…": the first time the story names a text (grammar
// adopted_texts), its clause's subject is who adopted it, for a later "praised the resolution".
function rememberTexts(a: AnalyzedSentence, d: Discourse, resolved: Map<ActorPhrase, Actor[]>): void {
  const tokens = a.sentence.tokens;
  for (let k = 0; k < tokens.length; k++) {
    const noun = tokens[k]!.norm;
    if (!inGrammar(a.clause.grammar, "adopted_texts", noun) || d.texts?.has(noun)) continue;
    // "Trump's plan", "the plan of President Trump", "la propuesta estadounidense": a text's owner is who put it forward.
    const owner = a.phrases.find((p) => (p.last === k - 1 && inGrammar(a.clause.grammar, "possessive_clitics", tokens[p.last]!.norm)) ||
      (p.first === k + 1 && p.parts.length > 0 && p.parts.every((m) => m.kind === "demonym")) ||
      (inGrammar(a.clause.grammar, "of_preps", tokens[k + 1]?.norm ?? "") && p.first > k + 1 && tokens.slice(k + 2, p.first).every((t) => inGrammar(a.clause.grammar, "determiners", t.norm))));
    const owned = owner ? (resolved.get(owner) ?? [owner.actor]).filter((x) => x.country || x.org) : [];
    if (owned.length) {
      (d.texts ??= new Map()).set(noun, owned.map((x) => ({ ...x })));
      continue;
    }
    // The nearest subject with an identity ("a US-drafted resolution": the unknown "US-drafted" is none).
    let at = k;
    for (let tries = 0; tries < 3; tries++) {
      const subject = subjectBefore(a.clause, at);
      if (!subject.length) break;
      const who = subject.flatMap((p) => resolved.get(p) ?? [p.actor]).filter((x) => x.country || x.org);
      if (who.length) {
        (d.texts ??= new Map()).set(noun, who.map((x) => ({ ...x })));
        break;
      }
      at = subject[0]!.first;
    }
  }
}

// Resolve the sentence's phrases in order, feeding the discourse memory as it goes.
// How each phrase of a sentence got its identity, for the events' traces.
const howResolved = new WeakMap<ActorPhrase, string>();

// "Even as he raised tariffs on China, Trump put…": a person pronoun in a clause opened by a fronted subordinator
// stands for the person named right after the clause's comma, when that one agrees with it.
function cataphor(a: AnalyzedSentence, p: ActorPhrase, want: Agreement): Actor | null {
  if (want.plural) return null;
  const g = a.clause.grammar;
  const tokens = a.sentence.tokens;
  if (!p.anaphor || !inGrammar(g, "person_pronouns", tokens[p.first]?.norm ?? "")) return null;
  const opener = tokens.slice(0, p.first).map((t) => t.norm).join(" ");
  if (!opener || !inGrammar(g, "fronted_subordinators", opener)) return null;
  const comma = tokens.findIndex((t, k) => k > p.first && t.text === ",");
  const main = comma > 0 ? a.phrases.find((q) => q.first === comma + 1) : undefined;
  if (!main || !main.parts.some((m) => m.kind === "person") || !main.actor.country || !main.actor.name) return null;
  return main.actor;
}

/**
 * "…singled out Netanyahu, whom he accused of…": the subject pronoun of a clause an object relative opens is not the
 * relative's antecedent, the phrase right before it (and its comma); the actors of that phrase, else none.
 */
function objectRelativeAntecedent(a: AnalyzedSentence, p: ActorPhrase, out: ReadonlyMap<ActorPhrase, Actor[]>): Actor[] {
  const tokens = a.sentence.tokens;
  if (!inGrammar(a.clause.grammar, "person_object_relatives", tokens[p.first - 1]?.norm ?? "")) return [];
  const end = tokens[p.first - 2]?.text === "," ? p.first - 2 : p.first - 1;
  const antecedent = a.phrases.find((q) => q.last === end);
  return antecedent ? out.get(antecedent) ?? [] : [];
}

/**
 * "Lithuania, which has closed its frontier with Belarus, said it stood with…", "Turkey, which trains Somali forces,
 * said on Monday it would deliver…": the subject pronoun of a reported clause is the reporting verb's subject even
 * when a non-restrictive relative clause between them names other countries. The actors of that subject, else none.
 */
function reporterAcrossRelative(a: AnalyzedSentence, p: ActorPhrase, out: ReadonlyMap<ActorPhrase, Actor[]>, d: Discourse, want: Agreement): Actor[] {
  const g = a.clause.grammar;
  const tokens = a.sentence.tokens;
  if (!p.anaphor || !inGrammar(g, "subject_pronouns", tokens[p.first]?.norm ?? "")) return [];
  // Back from the pronoun over a few words that are no actor ("on Monday", "that") to the reporting verb.
  let v = p.first - 1;
  while (v >= 0 && v >= p.first - 4 && tokens[v]!.text !== "," && !tokens[v]!.lemmas.some((l) => inGrammar(g, "speech", l))) v--;
  if (v < 2 || !tokens[v]!.lemmas.some((l) => inGrammar(g, "speech", l)) || tokens[v - 1]?.text !== ",") return [];
  if (a.phrases.some((q) => q.first > v && q.last <= p.first && q !== p)) return [];
  // The verb's subject: a phrase (its end exclusive) followed by ", which|who", whose relative runs to the comma before
  // the verb, and no phrase before it in its clause.
  const subject = a.phrases.find((q) => q.last + 1 < v - 1 && tokens[q.last]?.text === "," && inGrammar(g, "relative_openers", tokens[q.last + 1]?.norm ?? ""));
  if (!subject || a.phrases.some((q) => q.last <= subject.first && tokens.slice(q.last, subject.first).every((t) => t.text !== "," && t.text !== "."))) return [];
  const actors = out.get(subject) ?? [];
  return actors.length > 0 && actors.every((x) => (x.country || x.org) && agrees(d, x, want)) ? actors : [];
}

function resolvePhrases(a: AnalyzedSentence, d: Discourse, office: (text: string) => ActorResolution, names: GivenNames): Map<ActorPhrase, Actor[]> {
  const out = new Map<ActorPhrase, Actor[]>();
  d.sentenceStart = a.sentence.start;
  const genders = (d.genders ??= new Map());
  let owned: Actor | null = null;
  let ahead: Actor | null = null;
  let reported: Actor[] = [];
  const apposed = apposedMediators(a, a.clause.grammar).nouns;
  for (const p of a.phrases) {
    if (holderOf(p, office)) howResolved.set(p, "actor.office-holder: the office's holder on the publication date");
    const before = a.sentence.tokens[p.first - 1]?.norm ?? "";
    const want = agreement(a, p);
    // "the foreign ministers of the two nations", "the leaders of both countries": a bare role of a pair is one each.
    const ofPair = !p.pair && !p.actor.country && !p.actor.org && p.parts.length > 0 && p.parts.every((m) => m.kind === "role") ? pairAfter(a, p) : undefined;
    if (p.pair) out.set(p, resolvePair(d, p));
    else if (isBareMediator(p, a.sentence.tokens, a.clause.grammar)) {
      out.set(p, mediatorsFor(p, apposed.has(p.last - 1), d));
      howResolved.set(p, "actor.mediators: a bare mediator is whom the text names as mediators, never a party nor the home country");
    } else if (ofPair) {
      out.set(p, resolvePair(d, ofPair).map((x) => ({ ...x, text: p.actor.text, start: p.actor.start, end: p.actor.end, sector: p.actor.sector ?? x.sector })));
      howResolved.set(p, "actor.role-of-pair: a bare role of 'the two nations' is one of each of the pair");
    }
    else if (p.group) {
      out.set(p, resolveGroup(d, p));
      if (d.lastGroup) howResolved.set(p, "actor.group: a count of parties is the latest group of three or more named together");
    }
    // "Even as he raised tariffs on China, Trump put…": a pronoun in a fronted clause is the main clause's subject.
    else if ((ahead = cataphor(a, p, want))) {
      out.set(p, [{ ...ahead, text: p.actor.text, start: p.actor.start, end: p.actor.end }]);
      howResolved.set(p, "actor.cataphor: a 'he'/'she' in a clause put before its main clause is that clause's subject, named after the comma");
    }
    // "He also accused…", "Ella dijo…" opening a sentence: the previous sentence's protagonist.
    // "“…,” he added": a pronoun right after a quotation is its speaker, whom the text was already telling about.
    else if (p.anaphor && d.topic && (p.first <= 2 || quoteEndsAt(a.sentence.tokens, p.first - 1)) && inGrammar(a.clause.grammar, "person_pronouns", a.sentence.tokens[p.first]!.norm) && agrees(d, d.topic, want)) {
      out.set(p, [{ ...d.topic, text: p.actor.text, start: p.actor.start, end: p.actor.end }]);
      howResolved.set(p, "actor.topic: a sentence-opening pronoun, or one right after a quotation, is the previous sentence's protagonist");
    } else if (p.anaphor && d.topicBody && p.first <= 1 && !want.plural && inGrammar(a.clause.grammar, "impersonal_pronouns", a.sentence.tokens[p.first]!.norm)) {
      // "The EU had been pursuing a deal… Yet it still got a letter from Trump": "it" opening a sentence (past a
      // conjunction) is the country or body the previous one opened with.
      out.set(p, [{ ...d.topicBody, text: p.actor.text, start: p.actor.start, end: p.actor.end }]);
      howResolved.set(p, "actor.topic-body: a sentence-opening 'it' is the country or body the previous sentence opened with");
    } else if ((reported = reporterAcrossRelative(a, p, out, d, want)).length > 0) {
      out.set(p, reported.map((x) => ({ ...x, text: p.actor.text, start: p.actor.start, end: p.actor.end })));
      howResolved.set(p, "actor.reporter-across-relative: the pronoun of a reported clause is the reporting verb's subject, past a relative clause between them");
    } else if ((owned = membersOfEpithetPhrase(d, p, a))) {
      out.set(p, [owned]);
      howResolved.set(p, "actor.members-of-epithet: members of 'the group' are the group the epithet stands for");
    } else if (p.anaphor || isDefiniteBareRole(p, before, a.clause.grammar, d.epithets)) {
      const found = resolveAnaphor(d, p, a.clause.grammar, objectRelativeAntecedent(a, p, out), want);
      // "el grupo bilateral de implementación", "the group" of leaders named by no name: an epithet of no kind of its
      // own ("el grupo", "la organización") that points back to nothing names nobody.
      const nobody = !p.anaphor && d.epithets?.has(p.parts[0]?.entryId ?? "") && !found.country && !found.org && !found.sector && !found.name;
      out.set(p, nobody ? [] : [found]);
      // "The protesters wore helmets; they hit back…": a bare role named again is the latest mention of whom it stands
      // for, for a pronoun after it (a pronoun itself adds no mention).
      if (!p.anaphor && !nobody && (found.country || found.org || found.name || found.sector) && !venueCountry(a, p, a.clause.grammar, true)) {
        d.seen.push(found);
        (d.seenPhrases ??= []).push({ phrase: p, actor: found });
      }
      howResolved.set(p, `actor.anaphor: the latest fitting actor named before${want.gender || want.plural ? ` that agrees (${[want.gender === "f" ? "feminine" : want.gender === "m" ? "masculine" : "", want.plural ? "plural" : ""].filter(Boolean).join(", ")})` : ""}`);
    } else if ((owned = demonymEpithet(d, p, a, before, want))) {
      out.set(p, [owned]);
      howResolved.set(p, "actor.demonym-epithet: 'el uruguayo' is the person of that country the story named last");
    } else if ((owned = resolvePossessed(d, p, a.clause.grammar, before, a.sentence.tokens[p.first - 2]?.norm))) {
      // (not fed to the discourse memory: "its forces" names no new body a later pronoun could stand for; but "its
      // commerce ministry said…" does name the body a later "The ministry" stands for)
      out.set(p, [owned]);
      if (p.parts.some((m) => m.kind === "role" && d.collective?.has(m.entryId ?? ""))) {
        d.seen.push(owned);
        (d.seenPhrases ??= []).push({ phrase: p, actor: owned });
      }
      howResolved.set(p, "actor.possessor: a bare role after 'its'/'their' belongs to the country or body the sentence named before it");
    } else if ((owned = headOfPossessor(d, p, a.clause.grammar, before, a.sentence.tokens[p.first - 2]?.norm))) {
      out.set(p, [owned]);
      d.seen.push(owned);
      (d.seenPhrases ??= []).push({ phrase: p, actor: owned });
      howResolved.set(p, "actor.head-of-possessor: 'its leader' heads the body the previous sentence opened with");
    } else {
      const short = resolveShortName(d, p, a.clause.grammar);
      if (short) howResolved.set(p, "actor.short-name: a name alone after its full mention");
      const titled = short ? null : titleNamedBefore(d, p);
      if (titled) howResolved.set(p, "actor.title-named-before: a titled name of no country is of the country the same title was named with before");
      const actor = short ?? titled ?? p.actor;
      out.set(p, [actor]);
      // "la presidenta Claudia Sheinbaum", "Delcy Rodríguez": what the text or the given name says of a person's gender.
      if (actor.name && p.parts.some((m) => m.kind === "person" || m.kind === "name") && !p.parts.some((m) => m.kind === "group" || m.kind === "institution")) (d.persons ??= new Set()).add(actor.name);
      if (actor.name && !actor.org && !short) {
        const g = nameGender(names, actor.name) ?? (p.parts.some((m) => m.kind === "person" || m.kind === "name" || m.kind === "role") ? want.gender : null);
        if (g && !genders.has(actor.name)) genders.set(actor.name, g);
      }
      // (A venue is no antecedent: "At a news conference in Nairobi, Kenya, the minister said they had…".)
      if ((actor.country || actor.org || actor.name || actor.sector) && !venueCountry(a, p, a.clause.grammar, true)) {
        const known = short ? actor : asBody(a, p, actor, d);
        d.seen.push(known);
        (d.seenPhrases ??= []).push({ phrase: p, actor: known });
      }
    }
  }
  membersOfEpithet(a, d, out);
  return out;
}

// "…after a visit to Minsk by a U.S. envoy… Envoy John Coale met President Lukashenko": a person the data does not know,
// named with a title and no country, is of the country the story named the same title with, by no name, before.
function titleNamedBefore(d: Discourse, p: ActorPhrase): Actor | null {
  const x = p.actor;
  // (A title before the name: in "White Army militia" the body word comes after a name of its own.)
  const named = p.parts.findIndex((m) => m.kind === "name" || m.kind === "person");
  if (x.country || x.org || !x.name || named < 1) return null;
  const roles = new Set(p.parts.slice(0, named).filter((m) => m.kind === "role" && m.entryId).map((m) => m.entryId));
  if (!roles.size) return null;
  const seen = d.seenPhrases ?? [];
  for (let k = seen.length - 1; k >= 0; k--) {
    const s = seen[k]!;
    if (s.actor.country && !s.actor.org && s.actor.name === null && s.phrase.parts.some((m) => m.kind === "role" && roles.has(m.entryId))) return { ...x, country: s.actor.country };
  }
  return null;
}

// "the country's Investigative Committee said… The committee said it had opened a case": an unknown name its body word
// makes a body (src/actors/names.ts) is remembered with that body's country and sector, so that "it" can stand for it
// (a bare name would lose to the last person named). What the phrase itself codes is left to the decision rules.
function asBody(a: AnalyzedSentence, p: ActorPhrase, actor: Actor, d: Discourse): Actor {
  if (actor.country || actor.sector || actor.org || !p.parts.length || !p.parts.every((m) => m.kind === "name")) return actor;
  const r = readName(p, { tokens: a.sentence.tokens, phrases: a.phrases, g: a.clause.grammar, home: d.home });
  return r?.kind === "body" && !r.states ? { ...actor, country: r.country, sector: r.sector } : actor;
}

// "pidió a los mediadores", "urged the mediators": the mediators the document names in apposition, else the doers of the
// latest mediation told, else a mediator of no country. One apposed to names of its own ("a los mediadores, Egipto,
// Qatar y Turquía,") names nobody: the names stand for themselves.
function mediatorsFor(p: ActorPhrase, apposed: boolean, d: Discourse): Actor[] {
  if (apposed) return [];
  const known = d.namedMediators?.length ? d.namedMediators : d.mediators ?? [];
  if (!known.length) return [{ ...p.actor, sector: null }];
  return known.map((x) => ({ ...x, text: p.actor.text, start: p.actor.start, end: p.actor.end }));
}

// "killed ten members of the group", "members of that militia": one phrase of member nouns (grammar member_nouns) and an
// epithet after a determiner that points back (definite article or demonstrative) is the epithet's group or body.
function membersOfEpithetPhrase(d: Discourse, p: ActorPhrase, a: AnalyzedSentence): Actor | null {
  const g = a.clause.grammar;
  const toks = a.sentence.tokens;
  const epithet = p.parts.at(-1);
  if (p.parts.length < 2 || p.actor.country || p.actor.org || !epithet || !d.epithets?.has(epithet.entryId ?? "")) return null;
  if (!p.parts.slice(0, -1).every((m) => m.kind === "role" && inGrammar(g, "member_nouns", toks[m.last - 1]!.norm))) return null;
  const det = toks[epithet.first - 1]?.norm ?? "";
  if (!inGrammar(g, "definite_articles", det) && !inGrammar(g, "referring_determiners", det)) return null;
  const found = resolveAnaphor(d, { ...p, parts: [epithet], actor: { ...p.actor, sector: epithet.sector } }, g);
  return found.country || found.org ? { ...found, text: p.actor.text, start: p.actor.start, end: p.actor.end } : null;
}

// "se enfrentaron con integrantes de ese grupo armado", "sancionó a seis miembros de dicha organización", "members of
// the group": members (grammar member_nouns) of no body of their own, right before "de"/"of" and an epithet that points
// back, are that epithet's group or body as it was resolved (members of a body are the body, as "integrantes del ELN").
function membersOfEpithet(a: AnalyzedSentence, d: Discourse, out: Map<ActorPhrase, Actor[]>): void {
  const g = a.clause.grammar;
  const toks = a.sentence.tokens;
  for (const [i, p] of a.phrases.entries()) {
    const x = p.actor;
    if (x.country || x.org || x.sector || x.name || !p.parts.length || !p.parts.every((m) => m.kind === "role") || !inGrammar(g, "member_nouns", toks[p.last - 1]!.norm)) continue;
    const q = a.phrases[i + 1];
    if (!q || !inGrammar(g, "of_preps", toks[p.last]?.norm ?? "") || q.first - p.last > 2 || !d.epithets?.has(q.parts[0]?.entryId ?? "")) continue;
    const group = out.get(q)?.[0];
    if (!group || !(group.country || group.org) || !group.sector) continue;
    out.set(p, [{ ...group, text: x.text, start: x.start, end: x.end }]);
    howResolved.set(p, "actor.members-of-epithet: members of 'ese grupo armado' are the group the epithet stands for");
  }
}

// "…recibió al mandatario de Uruguay. El uruguayo le pidió apoyo": a lower-case demonym after a singular article is
// one person of that country (grammar person_articles); when the story's latest actor of that country is one person
// (a name, or an office that is no body), it is that person. Else a civilian, as phrases.ts reads it.
function demonymEpithet(d: Discourse, p: ActorPhrase, a: AnalyzedSentence, before: string, want: Agreement): Actor | null {
  const m = p.parts.length === 1 ? p.parts[0]! : null;
  if (!m || m.kind !== "demonym" || !p.actor.country || !inGrammar(a.clause.grammar, "person_articles", before) || !/^\p{Ll}/u.test(a.sentence.tokens[p.first]!.text)) return null;
  const last = [...(d.seenPhrases ?? [])].reverse().find((s) => s.actor.country === p.actor.country);
  if (!last || last.actor.org || !agrees(d, last.actor, want)) return null;
  const one = last.phrase.parts.some((x) => x.kind === "person" || (x.kind === "role" && !d.collective?.has(x.entryId ?? "")));
  return one && !last.phrase.anaphor ? { ...last.actor, text: p.actor.text, start: p.actor.start, end: p.actor.end } : null;
}

// The pair phrase right after a phrase's "of" ("ministers of the two nations"), past determiners.
function pairAfter(a: AnalyzedSentence, p: ActorPhrase): ActorPhrase | undefined {
  const tokens = a.sentence.tokens;
  if (!inGrammar(a.clause.grammar, "of_preps", tokens[p.last]?.norm ?? "")) return undefined;
  return a.phrases.find((q) => q.pair && q.first > p.last && tokens.slice(p.last + 1, q.first).every((t) => inGrammar(a.clause.grammar, "determiners", t.norm)));
}

// What an anaphor demands of its antecedent: the gender its words mark, and plural number for "ellos"/"they".
function agreement(a: AnalyzedSentence, p: ActorPhrase): Agreement {
  return { gender: phraseGender(a.sentence.tokens, p, a.clause.grammar), plural: isPluralPronoun(a.sentence.tokens, p, a.clause.grammar) };
}

// "el presidente de Estados Unidos" on 2026-01-29 is Donald Trump: an office of a named country is its holder
// on the event's date (src/actors/resolve.ts).
function holderOf(p: ActorPhrase, office: (text: string) => ActorResolution): boolean {
  // (Asked of every phrase of every sentence: the kinds are looked at in place, with no set built.)
  const kinds = (...ks: string[]) => p.parts.some((m) => ks.includes(m.kind));
  if (p.anaphor || !kinds("role") || kinds("person", "name")) return false;
  // ("The Pope": an office with a seat of its own is that seat's, whatever country the text is about.)
  if (!kinds("country", "demonym", "metonym") && !p.parts.some((m) => m.kind === "role" && fold(p.actor.text).split(" ").some((w) => seatedOfficeWords().has(w)))) return false;
  // "el presidente de la Corte Suprema de Honduras" heads a court, not the country.
  if (p.parts.some((m) => (m.kind === "institution" || m.kind === "group") && m.sector && m.sector !== "GOV")) return false;
  const r = office(p.actor.text);
  if (!r.rule?.startsWith("office.") || !r.name) return false;
  Object.assign(p.actor, { name: r.name, country: r.country ?? p.actor.country, sector: r.sector ?? p.actor.sector });
  return true;
}

// The same office phrases recur across a corpus ("el presidente de Estados Unidos"): remember the answers.
const holders = new Map<string, ActorResolution>();
function officeHolder(k: Knowledge, text: string, date: string, lang: Language, home: string | null): ActorResolution {
  const key = `${lang}|${date}|${home}|${text}`;
  let r = holders.get(key);
  if (!r) {
    if (holders.size > 20_000) holders.clear();
    holders.set(key, (r = resolveWith(k, text, { date, lang, home })));
  }
  return r;
}

// Characters between a noun and a day told right after it ("warning on Wednesday", "la amenaza del miércoles").
const NOUN_DAY_GAP = 4;

/** A trigger told as a noun, with a day of its own right after it. */
// (`end`: where the noun itself ends, so that a pattern's gap that runs past the day, "warning on Wednesday that U.S.
// forces", still has its day right after the noun.)
function nounsDay(trigger: Trigger, end: number, dates: readonly DateMention[]): boolean {
  return !!trigger.nominal && dates.some((m) => m.start >= end && m.start - end <= NOUN_DAY_GAP);
}

/** The latest day a sentence tells that is not after publication, or null. */
function latestDay(dates: readonly DateMention[], pub: string): string | null {
  let out: string | null = null;
  for (const m of dates) if (m.date <= pub && (!out || m.date > out)) out = m.date;
  return out;
}

/**
 * "…las amenazas de Pete Hegseth, quien ayer advirtió que…", "…Hegseth, who on Wednesday warned…": a trigger that
 * opens a relative clause set off by a comma, past a time word or two, tells what the person named before did.
 */
function recalledAside(tokens: readonly Token[], first: number, g: Grammar): boolean {
  let k = first - 1;
  while (k >= 0 && k >= first - 3 && tokens[k]!.text !== "," && !inGrammar(g, "relatives", tokens[k]!.norm)) k--;
  return k > 0 && inGrammar(g, "relatives", tokens[k]!.norm) && tokens[k - 1]!.text === ",";
}

/**
 * The event's own date: "un día después de la llamada" shifts back from publication; else the nearest date
 * expression of the sentence that is not after publication (a reported act cannot be later than its report,
 * unless it is announced: `notAfter` null), or a past month or year nearer still ("En febrero … habían acordado"),
 * with its precision; null when the sentence dates nothing.
 */
function eventDate(text: string, offset: number, trigStart: number, dates: readonly DateMention[], notAfter: string | null,
  periods: readonly PeriodMention[] = [], relative?: { counted: readonly RelativeDay[]; storyDay: string; lang: Language; act: boolean }): { date: string; period?: PeriodMention; aside?: true } | null {
  const local = trigStart - offset;
  const shift = relative && notAfter ? governedShift(text, local, dates, relative.counted, relative.lang) : null;
  if (shift && relative) return { date: shiftDays(dayBefore(dates, shift.at) ?? relative.storyDay, shift.days), aside: true };
  // An act told after "two days after" is background however it is dated: the story does not go on from it.
  const governed = !!relative?.counted.some((r) => r.governs && !r.fronted && r.end <= local);
  let best: { dist: number; date: string; period?: PeriodMention; aside?: true } | undefined;
  const all: (DateMention & { period?: PeriodMention })[] = [...dates, ...periods.map((p) => ({ ...p, period: p }))];
  // A day told before the act across a clause break ("said on Thursday that she had spoken…") is the main verb's: it
  // dates the act only if no other day does.
  // (Not for an act the saying itself performs: "said on Tuesday that Sudan must return the helicopter" asks on Tuesday.)
  const far = relative?.act ? (m: { start: number; end: number }) => m.end <= local && local - m.end <= DATE_REACH && brokenBetween(text.slice(m.end, local), relative.lang) : () => false;
  for (const pass of [false, true]) {
    for (const m of all) {
      if (notAfter && m.date > notAfter) continue;
      const dist = m.start > local ? m.start - local : local - m.end;
      if (dist > DATE_REACH || (!pass && far(m))) continue;
      if (!best || dist < best.dist) best = { dist, date: m.date, ...(m.period ? { period: m.period } : {}), ...(m.aside ? { aside: true as const } : {}) };
    }
    if (best) break;
  }
  // A day the sentence opens with ("On Thursday, Leavitt told reporters that … the United States does plan to seize
  // the oil") dates its acts however far they are told.
  const opening = best ? undefined : all.find((m) => !m.period && m.start <= OPENING_REACH && m.end < local && OPENING_WORD.test(text.slice(0, m.start)) && (!notAfter || m.date <= notAfter));
  const chosen = best ?? opening;
  if (!chosen) return null;
  return { date: chosen.date, ...(chosen.period ? { period: chosen.period } : {}), ...(chosen.aside || governed ? { aside: true as const } : {}) };
}

/** How far (characters) a day dates an act told before or after it. */
const DATE_REACH = 90;
/** How far into a sentence a day that opens it may start, and a governing phrase may end before its act. */
const OPENING_REACH = 40;
/** What may stand before a day that opens a sentence: nothing, or one short word ("El martes,", "On Thursday,"). */
const OPENING_WORD = /^[\s"“«¿¡]*(?:\p{L}{1,3}\s+)?$/u;

// "China's tariff came two days after Trump announced he was adding 50 %", "tres días después de la visita": an act
// told after a governing counted day is that much before (after: earlier) the sentence's day. Only where no day of
// its own stands between; a phrase the sentence opens with governs only the act named right after it ("Tres días
// después de la votación, el ejército tomó el poder": the seizure is the vote's day plus three, not minus).
function governedShift(text: string, local: number, dates: readonly DateMention[], counted: readonly RelativeDay[], lang: Language): { days: number; at: number } | null {
  const g = counted.filter((r) => r.governs && r.end <= local).at(-1);
  if (!g) return null;
  if (local - g.end <= OPENING_REACH && adjacent(text.slice(g.end, local), lang)) return { days: g.days, at: g.start };
  if (g.fronted || dates.some((m) => m.start >= g.end && m.end <= local)) return null;
  return { days: g.days, at: g.start };
}

// What the trigger stage decided: negation, announcement, passive voice, a noun.
function triggerTrace(t: Trigger): string[] {
  const out = [`trigger.${t.rule.pos}: ${t.rule.id} on "${t.rule.pattern}"`];
  if (t.rule.id.endsWith(".negated")) out.push("trigger.negated: a negated act is a refusal (REJECT)");
  if (t.future) out.push("trigger.future: announced, conditional or hypothetical");
  if (t.passive) out.push("trigger.passive: the subject undergoes the act; the doer comes after by/por");
  if (t.nominal) out.push("trigger.nominal: the act told as a noun");
  if (t.refers) out.push(`trigger.refers: its object is a ${t.refers} told before`);
  return out;
}

function toRecord(d: Draft, doc: Document, lang: string, k: Knowledge): EventRecord {
  const cameo = k.cameo.get(d.cameo) ?? k.cameo.get(d.cameo.slice(0, 3)) ?? k.cameo.get(d.cameo.slice(0, 2));
  // (crypto.hash, one call for a short input: a third of createHash().update().digest()'s time, same digest.)
  const id = hash("sha1", `${doc.id}|${d.type}|${d.sentence}|${d.trigger.start}${d.part === undefined ? "" : `|${d.part}`}`, "hex").slice(0, 16);
  return {
    doc: doc.id, id, type: d.type, mode: d.mode, cameo: d.cameo, goldstein: cameo?.goldstein ?? null,
    quad: k.ontology.quad.get(d.type) ?? cameo?.quad ?? 1, date: d.date, source: d.source, target: d.target,
    contexts: d.contexts, sentence: d.sentence, evidence: d.evidence, trigger: d.trigger, language: lang, rule: d.rule,
    symmetric: d.symmetric, place: d.place ?? null, ...(d.period ? { period: d.period } : {}), trace: d.trace,
  };
}

// "two days of talks in Geneva, Switzerland", "detenidos en Culiacán, Sinaloa, México": a country named after a place
// that a locative governs says where the place is; it is the venue of what is told, not a party to it nor an
// antecedent for "they". With `capitals`, a capital under a locative ("a news conference in Nairobi") is no
// antecedent either; it stays a possible other side of an act ("officers pledged for the force in Port-au-Prince"
// are for Haiti).
function venueCountry(a: AnalyzedSentence, p: ActorPhrase, g: Grammar, capitals = false): boolean {
  const tokens = a.sentence.tokens;
  // …nor one the capital noun names first ("opposition leaders in Chad's capital, Ndjamena, said they…").
  const named = tokens[p.first - 1]?.text === "," ? p.first - 2 : p.first - 1;
  if (p.parts.length && p.parts.every((m) => m.kind === "metonym")) return capitals && (inGrammar(g, "locative_preps", tokens[p.first - 1]?.norm ?? "") || inGrammar(g, "place_capital", tokens[named]?.norm ?? ""));
  if (!p.parts.every((m) => m.kind === "country") || tokens[p.first - 1]?.text !== ",") return false;
  // Back over the place's name and any divisions before it ("in Culiacán, Sinaloa,"), to the locative.
  let k = p.first - 2;
  while (k >= 0 && (tokens[k]!.text === "," || /^\p{Lu}/u.test(tokens[k]!.text))) k--;
  return k < p.first - 2 && k >= 0 && inGrammar(g, "locative_preps", tokens[k]!.norm);
}
