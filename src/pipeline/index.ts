import { createHash } from "node:crypto";
import { loadKnowledge, type Knowledge, type LanguagePack } from "../data/knowledge.js";
import { isDefiniteBareRole, resolveAnaphor, resolvePair, resolveShortName, type Discourse } from "../actors/coref.js";
import { subjectBefore } from "../events/roles.js";
import type { Trigger } from "../events/find.js";
import { mergeMentions } from "../merge/merge.js";
import { resolveWith, type ActorResolution } from "../actors/resolve.js";
import { resolveInDocument } from "../actors/document.js";
import type { Actor, ActorPhrase } from "../model/actor.js";
import type { Document } from "../model/document.js";
import type { EventRecord } from "../model/event.js";
import { detectLanguage } from "../text/language.js";
import type { Language } from "../lang/index.js";
import { dateMentions, iso, relativeShift, shiftDays } from "../time/dates.js";
import { analyzeSentence, segment, type AnalyzedSentence } from "./analyze.js";
import { datelineCountry, homeCountries } from "./home.js";

interface Draft {
  type: string; mode: string | null; cameo: string; rule: string; symmetric: boolean; date: string; contexts: string[];
  source: Actor[]; target: Actor[]; sentence: number; evidence: string; trigger: { text: string; start: number; end: number };
}

// Verbal events take the speaker as source when the clause has no subject ("…”, informó la Cancillería").
const VERBAL = new Set(["AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"]);
// Prepositions that keep a person from being a sentence's protagonist ("In a letter to Lula…, Trump called…").
const PREPOSITIONS = new Set(["to", "of", "with", "by", "for", "from", "a", "al", "de", "del", "con", "por", "para", "ante", "según", "segun", "according"]);
// "He also accused…", "Ella dijo…" opening a sentence: the previous sentence's protagonist.
const SUBJECT_PRONOUNS = new Set(["he", "she", "el", "ella"]);
// "…condenó el atentado, lo calificó de agresión": pronouns that stand for an act just named.
const EVENT_PRONOUNS = new Set(["lo", "it", "this"]);
// Sectors that bear arms (a "protest" by them is coercion), and those of them outside the state.
const ARMED = new Set(["REB", "UAF", "CRM", "MIL", "COP", "SPY"]);
const IRREGULAR = new Set(["REB", "UAF", "CRM"]);
// Acts between states, for a generic body's country.
const BETWEEN_STATES = new Set(["COOPERATE", "AID", "SANCTION", "CONSULT", "AGREE"]);
// Harm: unnamed people may do it to their own kind, and it may be told from the victim's side with no doer.
const HARMS = new Set(["ASSAULT", "COERCE", "THREATEN"]);
const BARE = new Set(["demonym", "country", "metonym"]);
const CRIME = new Set(["crime", "illegal_drugs", "trafficking", "corruption"]);
// Events two sides do together: with two countries as subject and no object, they are each other's party.
const JOINT = new Set(["AGREE", "CONSULT", "COOPERATE", "SUPPORT"]);
// Cooperation reported in the future is a promise (PLOVER): "enviará ayuda" → AGREE.
const FUTURE_AGREE: Record<string, string> = { CONSULT: "036", SUPPORT: "030", COOPERATE: "031", AID: "033" };
// Sanctions, attacks, arrests and protests announced but not done are threats (GUIDELINES: tariffs not yet in force).
const FUTURE_THREAT: Record<string, [string, string]> = { SANCTION: ["138", "restrict"], ASSAULT: ["138", "violence"], COERCE: ["137", "restrict"], PROTEST: ["133", "restrict"] };

/**
 * The pipeline, in order: segment → lemmatize → findActors → findEvents → assignRoles → resolve coreference →
 * resolveDates → contexts → mergeMentions → records.
 * @example await codeDocument({ id: "a", text: "La Marina detuvo a dos.", date: "2026-01-30" })
 */
export async function codeDocument(doc: Document, knowledge?: Knowledge): Promise<EventRecord[]> {
  const k = knowledge ?? (await loadKnowledge());
  const lang = doc.language ?? detectLanguage(doc.text);
  const pack = k.packs[lang];
  const pub = doc.date ?? iso(new Date());
  const analyzed = segment(doc.text, pack).map((s) => analyzeSentence(s, doc.text, pack, pub));
  resolveInDocument(analyzed, k, lang);
  const homes = homeCountries(analyzed, doc.text, pack);
  const discourse: Discourse = { seen: [], lastPair: null, home: homes[0] ?? null, runnerUp: homes[1] ?? null };
  const where = datelineCountry(doc.text, pack);
  const named = analyzed.map((a) => a.phrases.filter((p) => !p.anaphor && p.actor.country).map((p) => p.actor));
  const drafts: Draft[] = [];
  for (const a of analyzed) drafts.push(...sentenceEvents(a, k, pack, discourse, pub, named, where, drafts));
  return mergeMentions(drafts).map((d) => toRecord(d, doc, lang, k));
}

function sentenceEvents(a: AnalyzedSentence, k: Knowledge, pack: LanguagePack, d: Discourse, pub: string, named: Actor[][], where: string | null, earlier: readonly Draft[]): Draft[] {
  const resolved = resolvePhrases(a, d, (text) => officeHolder(k, text, pub, pack.lang, d.home));
  // An unknown name with no country, sector or organisation ("el Tratado") is not an actor we can code.
  const actorsOf = (ps: ActorPhrase[]) => ps.flatMap((p) => resolved.get(p) ?? [p.actor]);
  const known = (xs: Actor[]) => xs.filter((x) => x.country || x.sector || x.org);
  const dates = dateMentions(a.sentence.text, pack.lang, pub);
  const contexts = [...pack.contexts.find(a.sentence.tokens)];
  const out: Draft[] = [];
  let refTarget: Actor[] | null = null;
  for (const f of a.found) {
    let srcPhrases = f.roles.source;
    if (!srcPhrases.length && VERBAL.has(f.rule.type)) srcPhrases = speaker(a);
    let source = actorsOf(srcPhrases);
    // An object pronoun never points back to its own clause's subject ("Rubio warned him").
    let target = f.roles.target.flatMap((p) => (p.anaphor && !p.pair ? [resolveAnaphor(d, p, source)] : resolved.get(p) ?? [p.actor]));
    let symmetric = f.roles.symmetric;
    if (!source.length && !f.trigger.nominal && !f.trigger.passive) source = lastSubject(out);
    // "He also accused Brazil's Supreme Court of … and warned that…": a verb coordinated with the previous one shares
    // its subject, not the previous verb's object.
    if (!f.trigger.nominal && !f.trigger.passive && out.length && coordinatedVerb(a.sentence.tokens, f.trigger.first)) source = lastSubject(out).map((x) => ({ ...x }));
    // "Jordan condemned the attack. It also summoned the Syrian ambassador.": a body's "it" with nobody near is the
    // last event's doer.
    if (!known(source).length && srcPhrases.length === 1 && srcPhrases[0]!.anaphor && ["it", "they"].includes(srcPhrases[0]!.actor.text.toLowerCase())) {
      source = (out.at(-1) ?? earlier.at(-1))?.source.map((x) => ({ ...x })) ?? [];
    }
    if (srcPhrases.some((p) => p.pair) && source.length >= 2 && !target.length) {
      target = source.slice(1);
      source = source.slice(0, 1);
      symmetric = true;
    } else if (!target.length && source.length >= 2 && (symmetric || (JOINT.has(f.rule.type) && new Set(source.map((x) => x.country ?? x.org)).size > 1))) {
      // "Petro y Maduro firmaron un acuerdo", "Mexico and the US agreed": both sides act together.
      target = source.slice(1);
      source = source.slice(0, 1);
      symmetric = true;
    }
    // Nobody is their own target ("Rubio warned him" is not Rubio → Rubio), nor is a bare reference to the
    // source's own side ("condemned … Qatari sovereignty").
    // Unnamed people may harm unnamed people of their own kind: "unos hombres asesinaron a un hombre".
    const kinHarm = HARMS.has(f.rule.type);
    target = target.filter((t) => !source.some((s) => s === t || (s.name !== null && s.name === t.name) || (!kinHarm && t.name === null && s.country === t.country && s.sector === t.sector)));
    // "Qatar condemned the strike": the target is whoever the story said struck; "…condenó el atentado, lo calificó
    // de agresión": the pronoun is that act again.
    const again = refTarget && f.roles.target.length === 1 && f.roles.target[0]!.anaphor && EVENT_PRONOUNS.has(f.roles.target[0]!.actor.text.toLowerCase());
    if (again) target = refTarget!.map((x) => ({ ...x }));
    refTarget = null;
    if ((!target.length || again) && source.length && f.trigger.refers) {
      const prior = [...earlier, ...out].reverse().find((e) => e.type === f.trigger.refers && e.source.length);
      if (prior && prior.source.every((x) => x.country)) target = prior.source.map((x) => ({ ...x }));
      refTarget = target;
    }
    if (!target.length && source.length && DIRECTED.has(f.rule.type)) {
      // Not the subject of a later verb: "Merz pidió evitar una escalada y Francia instó…" is not aimed at France.
      const subjects = new Set(a.phrases.filter((p) => a.clause.anchors?.has(p.last) || a.clause.anchors?.has(p.last + 1)).map((p) => p.actor.start));
      const pool = named.map((xs, k) => (k === a.sentence.index ? xs.filter((x) => !subjects.has(x.start)) : xs));
      target = counterpart(source, pool, a.sentence.index, a.sentence.tokens[f.trigger.last - 1]!.end);
    }
    // "la justicia venezolana había ordenado… de la Fiscalía": a generic body takes the country of a body of the same
    // kind the sentence has just named, else the story's country.
    const kin = (x: Actor) => (named[a.sentence.index] ?? []).filter((y) => y.start < x.start && y.sector === x.sector && y.country).at(-1)?.country;
    for (const x of [...source, ...target]) if (x.country === null && x.org === null && x.sector !== null) x.country = kin(x) ?? null;
    const generic = source.filter((x) => x.country === null && x.org === null && x.sector !== null);
    fillDefaults(source, d.home);
    // "La Fiscalía General de la República extraditó a Estados Unidos a…" in a story that names the US most: a
    // body of no stated country dealing with another state is of the story's other country.
    if (generic.length && d.runnerUp && BETWEEN_STATES.has(f.rule.type) && target.length && target.every((x) => x.country === d.home && x.sector === "GOV" && !x.name)) {
      for (const x of generic) x.country = d.runnerUp;
    }
    fillDefaults(target, d.home, f.rule.type === "COERCE" ? source[0]?.country ?? null : null);
    // People arrested in a crime story are suspects: "la Marina capturó a seis personas … fentanilo".
    if (f.rule.type === "COERCE" && f.rule.mode === "arrest" && contexts.some((c) => CRIME.has(c))) {
      for (const t of target) if (t.sector === "CVL" && !t.name) t.sector = "CRM";
    }
    // "ejecutaron a Antonio", "raptaron a Miguel Antonio": a person of no known office harmed or held is a civilian.
    if (HARMS.has(f.rule.type)) {
      for (const p of f.roles.target) {
        if (!p.anaphor && p.parts.length && p.parts.every((m) => m.kind === "name")) for (const x of resolved.get(p) ?? [p.actor]) if (!x.country && !x.sector && !x.org) Object.assign(x, { sector: "CVL", country: d.home });
      }
    }
    // A bare reference to the source's own country ("condemned … Qatari sovereignty") once the source has a country.
    const bare = new Set(f.roles.target.filter((p) => p.parts.length && p.parts.every((m) => BARE.has(m.kind))).map((p) => p.actor.start));
    target = target.filter((t) => !(bare.has(t.start) && t.sector !== "CVL" && source.some((s) => s.country !== null && s.country === t.country)));
    // A mobilisation moves the source's own forces; they are not its target ("ordered the militia to deploy").
    if (f.rule.type === "MOBILIZE") target = target.filter((t) => !source.some((s) => s.country !== null && s.country === t.country));
    source = known(source);
    target = known(target);
    if (!source.length && !keepWithoutSource(f.rule.type, target, f.trigger)) continue;
    // Some rules code only with a victim: "el proyecto fue ejecutado por la alcaldía" harms nobody.
    if ((f.rule.needsTarget && !target.length) || (f.rule.needsParty && !source.length && !target.length)) continue;
    // Support is for someone: "Trump defendió la medida" backs nobody we can code.
    if (f.rule.type === "SUPPORT" && !target.length) continue;
    // A meeting needs two sides: "Cuba met every qualification" is no consultation.
    if (f.rule.type === "CONSULT" && source.length === 1 && !target.length) continue;
    // "respaldada por el Tratado": a passive whose named agent is not an actor is not an event between actors.
    if (!source.length && f.trigger.passive && pack.grammar.get("agent_preps")?.has(a.sentence.tokens[f.trigger.last]?.norm ?? "")) continue;
    const e = reinterpret({ type: f.rule.type, mode: f.rule.mode ?? null, cameo: f.rule.cameo, source, target, symmetric }, f, srcPhrases, a, where, d.home);
    ({ source, target, symmetric } = e);
    const { type, mode, cameo } = e;
    const tokens = a.sentence.tokens;
    const trig = { start: tokens[f.trigger.first]!.start, end: tokens[f.trigger.last - 1]!.end };
    const draft: Draft = {
      type, mode, cameo, rule: f.rule.id, symmetric, source, target,
      date: eventDate(a.sentence.text, a.sentence.start, trig.start, dates, f.trigger.future ? null : pub) ?? d.lastDate ?? pub,
      contexts: [...contexts], sentence: a.sentence.index, evidence: a.sentence.text,
      trigger: { text: a.sentence.text.slice(trig.start - a.sentence.start, trig.end - a.sentence.start), ...trig },
    };
    out.push(draft);
    // Sentences that date nothing go on from the last date the story gave ("On Sunday … While the two men met").
    if (dates.length) d.lastDate = draft.date;
    if (source[0] && target[0] && source[0].country !== target[0].country) d.lastPair = [source[0], target[0]];
  }
  // The person a sentence's first event is about is who "he"/"she" at the head of the next one most likely is.
  // Without an event, its first person not governed by a preposition ("In a letter to Lula…, Trump called…").
  const subjectPerson = a.phrases.find((p) => p.parts.some((m) => m.kind === "person") && !p.anaphor && !PREPOSITIONS.has(a.sentence.tokens[p.first - 1]?.norm ?? "") &&
    !PREPOSITIONS.has(a.sentence.tokens[p.first - 2]?.norm ?? ""));
  const topic = out.find((x) => x.source.length === 1 && x.source[0]!.name)?.source[0] ?? (subjectPerson ? resolved.get(subjectPerson)?.[0] : undefined);
  d.topic = topic ? { ...topic } : null;
  return out;
}

interface Reading { type: string; mode: string | null; cameo: string; source: Actor[]; target: Actor[]; symmetric: boolean }

/** What the act is, all things considered: announced or done, visited or met, protested or coerced. */
function reinterpret(e: Reading, f: AnalyzedSentence["found"][number], srcPhrases: ActorPhrase[], a: AnalyzedSentence, where: string | null, home: string | null): Reading {
  let { type, mode, cameo, source, target, symmetric } = e;
  if (f.trigger.future && FUTURE_AGREE[type]) [type, cameo, mode] = ["AGREE", FUTURE_AGREE[type]!, null];
  // "liberará a los soldados", "will lift the curfew": a concession promised (GUIDELINES: CONCEDE), not yet done.
  else if (f.trigger.future && type === "RETREAT") [type, cameo] = ["CONCEDE", "080"];
  else if (f.trigger.future && FUTURE_THREAT[type]) {
    const [code, threatMode] = FUTURE_THREAT[type]!;
    [type, cameo, mode] = ["THREATEN", code, type === "COERCE" && mode === "arrest" ? "arrest" : threatMode];
  }
  if (type === "CONSULT" && mode === null && where && hostedAt(where, source, target, a)) {
    [source, target, symmetric, mode, cameo] = [target, source, false, "visit", "042"];
  } else if (type === "CONSULT" && mode === null && where && hostedAt(where, target, source, a)) {
    [symmetric, mode, cameo] = [false, "visit", "042"];
  }
  // "el paro armado que el ELN impuso", "guerrilleros bloquearon la vía": armed men who block or shut down are
  // coercing, not protesting, and what irregular armed men restrict is the life of the population they hold.
  if (type === "PROTEST" && source.some((x) => ARMED.has(x.sector ?? ""))) [type, cameo, mode] = ["COERCE", "170", "restrict"];
  if (type === "COERCE" && mode === "restrict" && !target.length && source.some((x) => IRREGULAR.has(x.sector ?? ""))) {
    const held = source.find((x) => x.country)?.country ?? home;
    if (held) target = [{ text: "", name: null, country: held, sector: "CVL", org: null, start: -1, end: -1 }];
  }
  // "la Cancillería protestó formalmente ante Washington": a government complains officially (CAMEO 114).
  else if (type === "PROTEST" && mode === "demo" && !f.trigger.nominal && source.length && source.every((x) => x.sector === "GOV") && officialSpeaker(srcPhrases)) {
    [type, cameo, mode] = ["ACCUSE", "114", "disapprove"];
  }
  return { type, mode, cameo, source, target, symmetric };
}

// "PANAMA CITY — … after meeting U.S. Secretary of State Marco Rubio": a meeting in the dateline's country
// between its own side and a foreign one is the foreigner's visit, unless the sentence puts it somewhere else.
function hostedAt(where: string, host: Actor[], guest: Actor[], a: AnalyzedSentence): boolean {
  if (!host.length || !guest.length || !host.every((x) => x.country === where) || !guest.every((x) => x.country && x.country !== where)) return false;
  const tokens = a.sentence.tokens;
  // The place may sit inside a longer phrase: "the Peruvian foreign minister in Lima".
  return !a.phrases.some((p) => p.parts.some((m) => m.country && m.country !== where && (m.kind === "place" || m.kind === "metonym" || m.kind === "country") &&
    ["en", "in", "a", "to", "hacia"].includes(tokens[m.first - 1]?.norm ?? "")));
}

// A ministry, an office holder or a named official, not a bare country or demonym ("los venezolanos protestaron").
function officialSpeaker(phrases: readonly ActorPhrase[]): boolean {
  return phrases.length > 0 && phrases.every((p) => p.parts.some((m) => m.kind === "role" || m.kind === "institution" || m.kind === "person"));
}

// Resolve the sentence's phrases in order, feeding the discourse memory as it goes.
function resolvePhrases(a: AnalyzedSentence, d: Discourse, office: (text: string) => ActorResolution): Map<ActorPhrase, Actor[]> {
  const out = new Map<ActorPhrase, Actor[]>();
  d.sentenceStart = a.sentence.start;
  for (const p of a.phrases) {
    holderOf(p, office);
    const before = a.sentence.tokens[p.first - 1]?.norm ?? "";
    if (p.pair) out.set(p, resolvePair(d, p));
    else if (p.anaphor && d.topic && p.first <= 2 && SUBJECT_PRONOUNS.has(a.sentence.tokens[p.first]!.norm)) out.set(p, [{ ...d.topic, text: p.actor.text, start: p.actor.start, end: p.actor.end }]);
    else if (p.anaphor || isDefiniteBareRole(p, before)) out.set(p, [resolveAnaphor(d, p)]);
    else {
      const actor = resolveShortName(d, p) ?? p.actor;
      out.set(p, [actor]);
      if (actor.country || actor.org || actor.name) {
        d.seen.push(actor);
        (d.seenPhrases ??= []).push({ phrase: p, actor });
      }
    }
  }
  return out;
}

// "el presidente de Estados Unidos" on 2026-01-29 is Donald Trump: an office of a named country is its holder
// on the event's date (src/actors/resolve.ts).
function holderOf(p: ActorPhrase, office: (text: string) => ActorResolution): void {
  const kinds = new Set(p.parts.map((m) => m.kind));
  if (p.anaphor || !kinds.has("role") || kinds.has("person") || kinds.has("name")) return;
  if (!kinds.has("country") && !kinds.has("demonym") && !kinds.has("metonym")) return;
  // "el presidente de la Corte Suprema de Honduras" heads a court, not the country.
  if (p.parts.some((m) => (m.kind === "institution" || m.kind === "group") && m.sector && m.sector !== "GOV")) return;
  const r = office(p.actor.text);
  if (!r.rule?.startsWith("office.") || !r.name) return;
  Object.assign(p.actor, { name: r.name, country: r.country ?? p.actor.country, sector: r.sector ?? p.actor.sector });
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

// The speaker of a reported-speech verb in the sentence: "X dijo que …" or "…, informó X".
function speaker(a: AnalyzedSentence): ActorPhrase[] {
  const speech = a.clause.grammar.get("speech") ?? new Set<string>();
  const i = a.sentence.tokens.findIndex((t) => t.lemmas.some((l) => speech.has(l)));
  if (i < 0) return [];
  const after = a.phrases.find((p) => p.first > i && p.first <= i + 3);
  return after ? [after] : subjectBefore(a.clause, i);
}

const AND = new Set(["and", "y", "e"]);
function coordinatedVerb(tokens: readonly { norm: string }[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(?:also|then|later|tambien|luego|ademas|despues)$/.test(tokens[k]!.norm)) k--;
  return k >= 0 && AND.has(tokens[k]!.norm);
}

// Spanish drops subjects: "Llegó a Madrid y se reunió con …" continues the previous event's source.
function lastSubject(out: Draft[]): Actor[] {
  return out.at(-1)?.source ?? [];
}

// Directed events whose target the clause leaves implicit ("Kenya has pledged 1,000 officers", "exigió respeto
// para su país") are aimed at the other side of the relation the text is about.
const DIRECTED = new Set(["AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "AID", "COOPERATE", "CONCEDE"]);

/** The most-named other country among the actors of this and the neighbouring sentences. */
function counterpart(source: Actor[], named: Actor[][], i: number, after: number): Actor[] {
  const own = new Set(source.map((s) => s.country));
  const freq = new Map<string, number>();
  for (const xs of named) for (const x of xs) if (x.country && !own.has(x.country)) freq.set(x.country, (freq.get(x.country) ?? 0) + 1);
  const fits = (x: Actor) => !!x.country && !own.has(x.country) && !!x.sector && !x.org;
  // A country named after the trigger in the event's own sentence comes first ("aranceles a los países que venden petróleo a Cuba").
  const here = (named[i] ?? []).filter((x) => fits(x) && x.start >= after);
  if (here[0]) return [sideOf(here[0])];
  const near = named.slice(Math.max(0, i - 2), i + 2).flat().filter(fits);
  near.sort((x, y) => (freq.get(y.country!) ?? 0) - (freq.get(x.country!) ?? 0));
  return near[0] ? [sideOf(near[0])] : [];
}

// The other side of a relation is its state: "offered to accept U.S. deportees" is aimed at the United States,
// not at the deportees.
const STATE = new Set(["GOV", "MIL", "LEG", "JUD", "COP", "SPY"]);
function sideOf(x: Actor): Actor {
  return STATE.has(x.sector ?? "") ? { ...x } : { ...x, name: null, sector: "GOV" };
}

// An event needs a doer, except a protest, whose doers news often leaves implicit ("las protestas se extendieron"),
// and harm told from the victim's side by a verb ("una persona fue asesinada", "nine people were arrested"):
// a doer-less nominal ("la represión", "the trial") is too vague to code. DYAD_KEEP=protest keeps only
// protests, =target every doer-less event with a target, =all every one, =none none.
const IMPLICIT_DOER = new Set(["PROTEST"]);
function keepWithoutSource(type: string, target: Actor[], trigger: Trigger): boolean {
  const mode = process.env.DYAD_KEEP ?? "harm";
  if (mode === "none") return false;
  if (mode === "all") return true;
  if (mode === "target") return target.length > 0 || IMPLICIT_DOER.has(type);
  if (mode === "harm") return IMPLICIT_DOER.has(type) || (HARMS.has(type) && target.length > 0 && !trigger.nominal);
  return IMPLICIT_DOER.has(type);
}

// Generic actors ("manifestantes", "police") belong to the country the text is about; arrested individuals
// with no role are suspects (CRM) of the arresting country.
function fillDefaults(actors: Actor[], home: string | null, arrestCountry: string | null = null): void {
  for (const a of actors) {
    if (arrestCountry !== null && a.sector === null && a.org === null) {
      a.sector = "CRM";
      a.country ??= arrestCountry;
    }
    if (a.country === null && a.org === null && a.sector !== null) a.country = home;
  }
}

/**
 * The event's own date: "un día después de la llamada" shifts back from publication; else the nearest date
 * expression of the sentence that is not after publication (a reported act cannot be later than its report,
 * unless it is announced: `notAfter` null); null when the sentence dates nothing.
 */
function eventDate(text: string, offset: number, trigStart: number, dates: { start: number; end: number; date: string }[], notAfter: string | null): string | null {
  const local = trigStart - offset;
  const shift = relativeShift(text.slice(0, local));
  if (shift !== null && notAfter) return shiftDays(notAfter, shift);
  let best: { dist: number; date: string } | null = null;
  for (const m of dates) {
    if (notAfter && m.date > notAfter) continue;
    const dist = m.start > local ? m.start - local : local - m.end;
    if (dist <= 90 && (!best || dist < best.dist)) best = { dist, date: m.date };
  }
  return best?.date ?? null;
}

function toRecord(d: Draft, doc: Document, lang: string, k: Knowledge): EventRecord {
  const cameo = k.cameo.get(d.cameo) ?? k.cameo.get(d.cameo.slice(0, 3)) ?? k.cameo.get(d.cameo.slice(0, 2));
  const id = createHash("sha1").update(`${doc.id}|${d.type}|${d.sentence}|${d.trigger.start}`).digest("hex").slice(0, 16);
  return {
    doc: doc.id, id, type: d.type, mode: d.mode, cameo: d.cameo, goldstein: cameo?.goldstein ?? null,
    quad: k.quadOfType.get(d.type) ?? cameo?.quad ?? 1, date: d.date, source: d.source, target: d.target,
    contexts: d.contexts, sentence: d.sentence, evidence: d.evidence, trigger: d.trigger, language: lang, rule: d.rule,
    symmetric: d.symmetric,
  };
}
