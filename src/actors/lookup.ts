import type { Knowledge } from "../data/knowledge.js";
import type { ActorEntry } from "../data/schemas.js";
import type { Language } from "../lang/index.js";
import type { Token } from "../model/token.js";
import { tokenize } from "../text/tokenize.js";
import { Offices } from "./offices.js";

const key = (toks: readonly Token[]): string => toks.map((t) => t.norm).join(" ");
const NONE: readonly ActorEntry[] = [];

/**
 * The knowledge base looked up by id, by term and by office, built once per loaded knowledge.
 * @example lookupOf(k).withTerm("en", tokens).map((e) => e.id) // ["group.mex.pan", "country.PAN"]
 */
export class Lookup {
  readonly offices: Offices;
  readonly byId: Map<string, ActorEntry>;
  private readonly byTerm = new Map<string, ActorEntry[]>();

  constructor(actors: readonly ActorEntry[]) {
    this.offices = new Offices(actors);
    this.byId = new Map(actors.map((e) => [e.id, e]));
    for (const e of actors) {
      for (const [lang, terms] of Object.entries(e.terms)) {
        for (const t of terms ?? []) {
          const id = `${lang}|${key(tokenize(t, 0, t.length))}`;
          this.byTerm.set(id, [...(this.byTerm.get(id) ?? []), e]);
        }
      }
    }
  }

  /** Every entry with exactly these words as a term in `lang` (or in both languages). */
  withTerm(lang: Language, tokens: readonly Token[]): readonly ActorEntry[] {
    const k = key(tokens);
    const own = this.byTerm.get(`${lang}|${k}`);
    const both = this.byTerm.get(`any|${k}`);
    return own && both ? [...own, ...both] : own ?? both ?? NONE;
  }

  /** The country of the first demonym among the tokens ("the German chancellor" → DEU). */
  demonymIn(lang: Language, tokens: readonly Token[]): ActorEntry | null {
    for (const t of tokens) {
      const d = this.withTerm(lang, [t]).find((e) => e.kind === "demonym" && e.country);
      if (d) return d;
    }
    return null;
  }
}

const lookups = new WeakMap<Knowledge, Lookup>();

export function lookupOf(k: Knowledge): Lookup {
  let l = lookups.get(k);
  if (!l) lookups.set(k, (l = new Lookup(k.actors)));
  return l;
}
