import type { Grammar, LanguagePack } from "../data/knowledge.js";
import type { Agreement, Discourse } from "../actors/coref.js";
import type { Actor, ActorPhrase } from "../model/actor.js";
import type { EventType, Mode, Ontology } from "../ontology/index.js";
import type { AnalyzedSentence } from "../pipeline/analyze.js";

/** One trigger with its roles, as the decision rules shape it into an event (or drop it). */
export interface Candidate {
  readonly found: AnalyzedSentence["found"][number];
  srcPhrases: ActorPhrase[];
  source: Actor[];
  target: Actor[];
  symmetric: boolean;
  type: EventType;
  mode: Mode | null;
  cameo: string;
  /** Set by a rule that drops the candidate: why it is no event. */
  dropped: string | null;
  /** "coups occurred in Niger last July, in Burkina Faso in 2022 and in Mali in 2020": one act told of several
   * parties, each in its own place and time, is one event per party; `at` is where the party is named (its date). */
  each?: { source: Actor[]; target: Actor[]; at: number }[];
  /** "…condenó el atentado, lo calificó de agresión": this candidate's pronoun stands for the act just named. */
  again?: boolean;
  /** "Los doce guardias … fueron liberados. Los presos los retuvieron el domingo": a release with no doer named and no
   * captor told yet waits for the captors a later sentence tells (settled once the document is read, else dropped). */
  awaits?: "captors";
}

/** An event already decided, as later rules look back at it. */
export interface Decided { type: EventType; mode?: string | null; source: Actor[]; target: Actor[]; sentence: number; readonly trace?: readonly string[]; readonly trigger?: { readonly text: string; readonly start?: number; readonly end?: number } }

/** What the rules may read: the sentence, the document so far, the knowledge. */
export interface DecisionContext {
  readonly a: AnalyzedSentence;
  readonly pack: LanguagePack;
  readonly g: Grammar;
  readonly on: Ontology;
  readonly d: Discourse;
  /** Actors with a country named in each sentence of the document, by sentence index. */
  readonly named: Actor[][];
  /** The dateline's country, if the story has one. */
  readonly where: string | null;
  /** Events of earlier sentences, and of this sentence so far. */
  readonly earlier: readonly Decided[];
  readonly out: readonly Decided[];
  readonly resolved: ReadonlyMap<ActorPhrase, Actor[]>;
  readonly contexts: readonly string[];
  /** What an anaphor demands of its antecedent (gender, number). */
  agreement(p: ActorPhrase): Agreement;
  /** How the discourse stage resolved a phrase ("actor.anaphor: …"), for the trace. */
  howResolved(p: ActorPhrase): string | undefined;
  /** Carried from one trigger of the sentence to the next: the target of the reaction just coded. */
  state: { refTarget: Actor[] | null };
}

/**
 * A named decision: `apply` changes the candidate when its construction holds and says why (one line or several,
 * for the event's trace), or sets `dropped`; it returns null when it does not apply.
 */
export interface DecisionRule {
  readonly id: string;
  apply(c: Candidate, x: DecisionContext): string | string[] | null;
}
