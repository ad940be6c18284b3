import type { Grammar } from "../data/knowledge.js";
import type { ActorEntry } from "../data/schemas.js";
import type { Actor, Mention } from "../model/actor.js";
import { fold, type Token } from "../model/token.js";
import { actorOf } from "./phrases.js";
import { alternation, anyPack, anyPackOf, anyPackWritten } from "./words.js";

/** A short actor text read mention by mention: who is named, what frames them, what country the words give. */
export interface Reading {
  readonly tokens: Token[];
  readonly mentions: Mention[];
  readonly person?: Mention;
  readonly name?: Mention;
  /** Everything but people and names: roles, bodies, countries, demonyms, places. */
  readonly frame: Mention[];
  /** The frame folded into one actor by the coder's rules (null when there is no frame). */
  readonly around: Actor | null;
  readonly role?: Mention;
  /** "a former CIA official", "ex presidente": out of office (ELI). */
  readonly former: boolean;
  /** The sector the frame gives a person in it. */
  readonly roleSector: string | null;
}

const FORMER = anyPack("former_words");

/** Read the mentions of one text; `text` is what the token offsets point into. */
export function readMentions(text: string, tokens: Token[], mentions: Mention[]): Reading {
  const frame = mentions.filter((m) => m.kind !== "person" && m.kind !== "name");
  const around = frame.length ? actorOf(frame, tokens, text) : null;
  const former = frame.some((m) => m.kind === "role" && m.sector === "ELI") || tokens.some((t) => FORMER.has(t.norm));
  // The body a "leader"/"director" heads gives the sector ("ATE leader Rodolfo Aguiar": LAB), as in the coder's phrases.
  const bodySector = frame.some((m) => ["role", "institution", "group"].includes(m.kind)) ? around?.sector ?? null : null;
  // "Chile's Defense Department": the country named outright wins over the country a body's name implies.
  const named = frame.find((m) => m.kind === "country" || m.kind === "demonym")?.country;
  if (around && named && frame.some((m) => m.kind === "institution" && m.country !== named)) around.country = named;
  return {
    tokens, mentions, frame, around, former, roleSector: former ? "ELI" : bodySector,
    person: mentions.find((m) => m.kind === "person"),
    name: mentions.find((m) => m.kind === "name"),
    role: frame.find((m) => m.kind === "role" && m.sector !== "ELI"),
  };
}

// "former", "of", "in", "'s", "and", "from": words a reading may hold beyond its mentions.
const MINOR = anyPackOf("former_words", "of_preps", "inside_preps", "possessive_clitics", "and", "from_preps");
const DEFINITE = anyPack("definite_articles");
const OF = anyPack("of_preps");
// "ies>y": a plural ending and what its singular ends in instead.
const SINGULARS = [...new Set(anyPackWritten("plural_singulars"))].map((w) => {
  const [plural = "", singular = ""] = w.split(">");
  return { ending: new RegExp(`${alternation([fold(plural)])}$`), singular };
});

/** Words no mention explains ("experts" in "British experts"), beyond articles and prepositions. */
export function unexplained(r: Reading, grammar: Grammar): boolean {
  const minor = (w: string) => ["determiners", "target_preps", "agent_preps"].some((k) => grammar.get(k)?.has(w)) || MINOR.has(w);
  return r.tokens.some((t, i) => /\p{L}/u.test(t.text) && !minor(t.norm) && !r.mentions.some((m) => m.first <= i && i < m.last));
}

/**
 * A name stands in apposition to a title when nothing but a comma or an article separates them ("el embajador Ronald
 * Johnson", "Pedro Ramírez, ministro de Defensa"), not after "de"/"of" ("secretario de Estado de Asuntos Exteriores"),
 * and it is made of words ("About 200 officers" is no one); a single word only after its title ("Deputy Secretary Hicks").
 */
export function apposed(r: Reading, name: Mention): boolean {
  const words = r.tokens.slice(name.first, name.last);
  if (words.some((t) => !/^\p{L}/u.test(t.text))) return false;
  const before = r.frame.filter((m) => m.last <= name.first).at(-1);
  const after = r.frame.find((m) => m.first >= name.last);
  const gap = (a: number, b: number) => r.tokens.slice(a, b).every((t) => t.text === "," || DEFINITE.has(t.norm));
  if (before && gap(before.last, name.first) && !OF.has(r.tokens[name.first - 1]?.norm ?? "")) return true;
  return !!after && words.length > 1 && gap(name.last, after.first);
}

/** "presidentes", "foreign ministers", "Secretaries of State": the plural of one of the role's own terms. */
export function isPlural(entry: ActorEntry, terms: readonly string[], roleText: string): boolean {
  const known = new Set([...terms, ...(entry.terms.any ?? [])].map((t) => fold(t)));
  const words = fold(roleText).split(/\s+/);
  return words.some((w, i) => {
    const singulars = SINGULARS.map((x) => w.replace(x.ending, x.singular)).filter((s) => s !== w);
    return singulars.some((s) => known.has([...words.slice(0, i), s, ...words.slice(i + 1)].join(" ")));
  });
}

/** "Pedro Sánchez" fits "Pedro Arnulfo Sánchez Suárez": every word of the name is in one of the entry's names. */
export function sameName(name: string, entry: ActorEntry): boolean {
  const words = fold(name).split(/\s+/).filter((w) => w.length > 1);
  const names = [entry.name ?? "", ...Object.values(entry.terms).flat()].map((n) => new Set(fold(n ?? "").split(/[\s-]+/)));
  return names.some((n) => words.every((w) => n.has(w)));
}

/** The entry ids of a frame, as the `rule` of a resolution ("demonym.MEX+role.government"). */
export const ruleOf = (frame: readonly Mention[]): string => frame.map((m) => m.entryId).filter(Boolean).join("+") || "name";
