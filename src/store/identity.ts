import type Database from "better-sqlite3";
import { readJson } from "../data/files.js";

/** What a query for one side of a dyad came to: a code, the named actors its words match, or nothing. */
export interface ResolvedActor {
  /** What was asked, as given ("Mexico", "BRA", "Sheinbaum"). */
  readonly query: string;
  /** The code it stands for (MEX, UN), or the first actor name it matched; null when it matched nothing. */
  readonly as: string | null;
  readonly kind: "country" | "org" | "actor" | "none";
  /** The names of the actors matched (a code: none listed), at most MAX_NAMES. */
  readonly names: readonly string[];
  /** Actor rows the events are read through (their ids), all of them. */
  readonly ids: readonly number[];
}

const MAX_NAMES = 10;

/** Folded as the store keeps `actors.name_fold`: no accents, lower case. */
export const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
/** The words of a folded name: letters and digits, split on everything else ("(mexico)" is the word "mexico"). */
export const wordsOf = (folded: string): string[] => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

interface Entries { entries: { country: string | null; org?: string | null; name: string; terms: { es?: string[]; en?: string[]; any?: string[] } }[] }

let countryNames: Map<string, string> | undefined;
let knownCodes: { countries: Set<string>; orgs: Set<string> } | undefined;

/**
 * Country names in Spanish and English, folded ("mexico", "estados unidos", "united states"), to their code; a name
 * two countries share is left out (it resolves as a name).
 */
function countriesByName(): Map<string, string> {
  if (countryNames) return countryNames;
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const c of (readJson("actors/countries.json") as Entries).entries) {
    if (!c.country) continue;
    for (const n of [c.name, ...(c.terms.any ?? []), ...(c.terms.es ?? []), ...(c.terms.en ?? [])].map(fold)) {
      if (out.has(n) && out.get(n) !== c.country) shared.add(n);
      else out.set(n, c.country);
    }
  }
  for (const n of shared) out.delete(n);
  return (countryNames = out);
}

function codes(): { countries: Set<string>; orgs: Set<string> } {
  if (knownCodes) return knownCodes;
  const countries = new Set((readJson("actors/countries.json") as Entries).entries.flatMap((c) => (c.country ? [c.country] : [])));
  const orgs = new Set((readJson("actors/orgs.json") as Entries).entries.flatMap((c) => (c.org ? [c.org] : [])));
  return (knownCodes = { countries, orgs });
}

const CODE = /^[A-Z][A-Z0-9_]{1,24}$/;

/**
 * Resolves what someone typed for one side of a dyad to actors, never by a part of a word:
 * - a country or organisation code that exists (in the actors, or in data/actors): every actor with that code;
 * - a country's name in Spanish or English ("México", "Mexico", "Estados Unidos"): that country's code;
 * - else a name: the actors whose name holds every word of it as a whole word, folded ("Sheinbaum" finds
 *   "Claudia Sheinbaum"; "bra" finds no "Ebrard").
 * @example const resolve = actorResolver(db); resolve("Mexico") // { query: "Mexico", as: "MEX", kind: "country", … }
 */
export function actorResolver(db: Database.Database): (query: string) => ResolvedActor {
  const byCode = db.prepare("SELECT id, country = ? AS is_country FROM actors WHERE country = ? OR org = ?");
  const byWord = db.prepare("SELECT id, name, name_fold FROM actors WHERE name_fold IS NOT NULL AND instr(name_fold, ?) > 0 ORDER BY id");
  return resolverWith({
    byCode: (code) => byCode.all(code, code, code) as { id: number; is_country: number | null }[],
    byWord: (word) => byWord.all(word) as { id: number; name: string; name_fold: string }[],
  });
}

/** The same resolution over actor rows already read (a store whose queries are not synchronous: PostgreSQL). */
export function resolverOver(rows: readonly { id: number; name: string | null; name_fold: string | null; country: string | null; org: string | null }[]): (query: string) => ResolvedActor {
  return resolverWith({
    byCode: (code) => rows.filter((r) => r.country === code || r.org === code).map((r) => ({ id: Number(r.id), is_country: r.country === code ? 1 : 0 })),
    byWord: (word) => rows.filter((r) => r.name && r.name_fold?.includes(word)).map((r) => ({ id: Number(r.id), name: r.name!, name_fold: r.name_fold! })),
  });
}

interface Lookups {
  byCode(code: string): { id: number; is_country: number | null }[];
  byWord(word: string): { id: number; name: string; name_fold: string }[];
}

function resolverWith({ byCode, byWord }: Lookups): (query: string) => ResolvedActor {
  const ofCode = (query: string, code: string): ResolvedActor | null => {
    const rows = byCode(code);
    const known = codes();
    if (!rows.length && !known.countries.has(code) && !known.orgs.has(code)) return null;
    const country = rows.length ? rows.some((r) => r.is_country === 1) : known.countries.has(code);
    return { query, as: code, kind: country ? "country" : "org", names: [], ids: rows.map((r) => r.id) };
  };
  return (raw: string): ResolvedActor => {
    const query = raw.trim();
    const code = query.toUpperCase();
    const folded = fold(query);
    const asCode = CODE.test(code) ? ofCode(query, code) : null;
    if (asCode) return asCode;
    const country = countriesByName().get(folded);
    if (country) return ofCode(query, country) ?? { query, as: country, kind: "country", names: [], ids: [] };
    const words = wordsOf(folded);
    if (!words.length) return { query, as: null, kind: "none", names: [], ids: [] };
    const longest = words.reduce((x, y) => (y.length > x.length ? y : x));
    const rows = byWord(longest).filter((r) => {
      const has = new Set(wordsOf(r.name_fold));
      return words.every((w) => has.has(w));
    });
    if (!rows.length) return { query, as: null, kind: "none", names: [], ids: [] };
    const names = [...new Set(rows.map((r) => r.name))];
    return { query, as: names[0]!, kind: "actor", names: names.slice(0, MAX_NAMES), ids: rows.map((r) => r.id) };
  };
}

/** A resolution as the API shows it: without the actor ids. */
export const shown = ({ ids: _ids, ...r }: ResolvedActor): Omit<ResolvedActor, "ids"> => r;
