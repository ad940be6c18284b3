import { join } from "node:path";
import { Gazetteer } from "../actors/gazetteer.js";
import { RuleIndex } from "../events/rules.js";
import { ContextMatcher } from "../events/contexts.js";
import type { Language } from "../lang/index.js";
import { z } from "zod";
import type { Gender, GivenNames } from "../actors/gender.js";
import { fold } from "../model/token.js";
import { Ontology, PloverSchema } from "../ontology/index.js";
import { SpanishLemmatizer } from "../text/lemmas-es.js";
import { listJson, readJson, DATA_DIR } from "./files.js";
import {
  ActorEntrySchema, CameoEntrySchema, ContextEntrySchema, EventRuleSchema, GrammarEntrySchema, fileOf,
  type ActorEntry, type Antecedent, type CameoEntry, type EventRule,
} from "./schemas.js";

/** Function-word lists of one language, folded ("negators", "speech", "clause_breaks", …). */
export type Grammar = Map<string, Set<string>>;

/** Is `word` in the grammar list `key`? */
export const inGrammar = (g: Grammar, key: string, word: string): boolean => g.get(key)?.has(word) ?? false;

/** Everything dyad knows about one language. */
export interface LanguagePack {
  readonly lang: Language;
  readonly gazetteer: Gazetteer;
  readonly rules: RuleIndex;
  readonly contexts: ContextMatcher;
  readonly grammar: Grammar;
  /** Folded lemma candidates of a folded form. */
  readonly lemmas: (norm: string) => string[];
}

export interface Knowledge {
  readonly packs: Record<Language, LanguagePack>;
  readonly actors: readonly ActorEntry[];
  readonly cameo: ReadonlyMap<string, CameoEntry>;
  readonly ontology: Ontology;
  /** Folded given names and their usual gender, for pronoun and epithet agreement. */
  readonly givenNames: GivenNames;
  /** Ids of the roles that name a body or a crowd (actor entries with `collective`). */
  readonly collectiveRoles: ReadonlySet<string>;
  /** The epithets that stand for what was named last, by id, with what they stand for (entries with `antecedent`). */
  readonly epithets: ReadonlyMap<string, Antecedent>;
}

function load<T>(rel: string, schema: { parse: (x: unknown) => { entries: T[] } }): T[] {
  try {
    return schema.parse(readJson(rel)).entries;
  } catch (e) {
    throw new Error(`data file ${rel} is invalid: ${(e as Error).message.split("\n").slice(0, 6).join(" ")}`);
  }
}

function grammarOf(lang: Language): Grammar {
  const g: Grammar = new Map();
  // grammar.json and its companions (grammar-discourse.json, …): one key space per language.
  const files = listJson(`lexicon/${lang}`).filter((f) => /\/grammar[^/]*\.json$/.test(f));
  for (const e of files.flatMap((f) => load(f, fileOf(GrammarEntrySchema)))) {
    const key = e.id.replace(`${lang}.grammar.`, "");
    // (Two files defining one list would silently drop one of them.)
    if (g.has(key)) throw new Error(`grammar list ${e.id} is defined twice in lexicon/${lang}`);
    g.set(key, new Set(e.words.map(fold)));
    // The words as written, lower-cased: folding merges "él" with "el" and "ésta" with "está".
    g.set(`${key}:written`, new Set(e.words.map((w) => w.toLowerCase())));
  }
  return g;
}

const NamesSchema = z.object({ entries: z.array(z.object({ id: z.string(), gender: z.enum(["f", "m"]).nullable(), names: z.array(z.string()) })) });

// data/people/given-names.json: a name listed under both genders, or as ambiguous, says nothing.
function givenNames(): GivenNames {
  const out = new Map<string, Gender>();
  const clash = new Set<string>();
  for (const e of NamesSchema.parse(readJson("people/given-names.json")).entries) {
    for (const n of e.names.map(fold)) {
      if (!e.gender || (out.has(n) && out.get(n) !== e.gender)) clash.add(n);
      else out.set(n, e.gender);
    }
  }
  for (const n of clash) out.delete(n);
  return out;
}

let cached: Promise<Knowledge> | null = null;

/** Load and index the knowledge base once per process. */
export function loadKnowledge(): Promise<Knowledge> {
  cached ??= build();
  return cached;
}

/** Grammar lists whose words are matched against a token's lemmas, not its form. */
export const LEMMA_LISTS = [
  "speech", "light_verbs", "apology_words", "negating_verbs", "denials", "chant_words", "object_control_verbs", "consideration_verbs", "forecast_verbs", "response_verbs", "use_verbs",
  "toll_verbs", "announcing_verbs", "arrival_verbs", "claim_locutions", "claim_reflexive_verbs", "charge_words", "coup_plot_words", "coup_words",
  "describing_verbs", "discussion_verbs", "natural_hazards", "penalty_words", "striking_verbs", "welcoming_verbs", "truce_holding_verbs",
  "label_verbs", "holding_verbs", "casualty_verbs", "truce_watching_verbs", "accepting_verbs", "transfer_verbs", "proposing_verbs", "death_verbs",
  "aspect_verbs", "causative_verbs", "postposed_accusers",
] as const;

async function build(): Promise<Knowledge> {
  const actors = listJson("actors").flatMap((f) => load(f, fileOf(ActorEntrySchema)));
  const cameo = new Map(load("ontology/cameo.json", fileOf(CameoEntrySchema)).map((c) => [c.code, c]));
  const ontology = new Ontology(PloverSchema.parse(readJson("ontology/plover.json")));
  const packs = {} as Record<Language, LanguagePack>;
  for (const lang of ["es", "en"] as const) {
    // Every `events*.json` of the pack: the core file and the codebook files written per CAMEO family.
    const rules: EventRule[] = listJson(`lexicon/${lang}`)
      .filter((f) => /\/events[^/]*\.json$/.test(f))
      .flatMap((f) => load(f, fileOf(EventRuleSchema)));
    const grammar = grammarOf(lang);
    const index = new RuleIndex(rules, grammar);
    let lemmas = (norm: string): string[] => [norm];
    if (lang === "es") {
      // The grammar's lists that are matched on lemmas must be lemmatised too ("efectuó" → "efectuar", a light verb).
      const wanted = new Set([...index.words(), ...LEMMA_LISTS.flatMap((key) => [...(grammar.get(key) ?? [])])]);
      const lem = await SpanishLemmatizer.create(wanted, join(DATA_DIR, "..", "node_modules", ".cache", "dyad"), grammar);
      lemmas = (norm) => lem.lemmas(norm);
    }
    packs[lang] = {
      lang,
      gazetteer: new Gazetteer(actors, lang),
      rules: index,
      contexts: new ContextMatcher(load(`lexicon/${lang}/contexts.json`, fileOf(ContextEntrySchema))),
      grammar,
      lemmas,
    };
  }
  return { packs, actors, cameo, ontology, givenNames: givenNames(), collectiveRoles: new Set(actors.filter((a) => a.collective).map((a) => a.id)),
    epithets: new Map(actors.flatMap((a) => (a.antecedent ? [[a.id, a.antecedent] as const] : []))) };
}
