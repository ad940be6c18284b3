import { readJson } from "../data/files.js";
import type { ActorEntry, Office } from "../data/schemas.js";
import type { Actor } from "../model/actor.js";
import { fold } from "../model/token.js";
import { officeAt } from "./mentions.js";
import { alternation, anyPack } from "./words.js";

/** An office a role noun can name ("el canciller" → foreign minister), from data/lexicon/offices.json. */
export interface OfficeRule {
  readonly id: string;
  readonly roles: readonly string[];
  readonly words: readonly string[];
  readonly titles: readonly string[];
  readonly country?: string;
  /** Countries the rule is limited to. */
  readonly countries?: readonly string[];
  /** The office's own name has "vice" in it ("vicepresidente"). */
  readonly deputy?: boolean;
  /** The one country the office belongs to, whatever country the text is about ("the Pope" is the Holy See's). */
  readonly seat?: string;
  /** Roles of the office that many others hold too ("prosecutor" for the attorney general, "religion" for the pope). */
  readonly broader?: readonly string[];
}

let seated: ReadonlySet<string> | null = null;
/** The (folded) words of the offices with a seat of their own ("papa", "pope"): a role named by one needs no country. */
export function seatedOfficeWords(): ReadonlySet<string> {
  seated ??= new Set((readJson("lexicon/offices.json") as { entries: OfficeRule[] }).entries.filter((r) => r.seat).flatMap((r) => r.words));
  return seated;
}

let single: ReadonlySet<string> | null = null;
/**
 * The role entries that name an office one person holds at a time in a country (data/lexicon/offices.json: "president",
 * "justice minister"), not one many hold at once ("prosecutor"): two of them are two people.
 */
export function singleOfficeRoles(): ReadonlySet<string> {
  if (single) return single;
  const rules = (readJson("lexicon/offices.json") as { entries: OfficeRule[] }).entries;
  const broader = new Set(rules.flatMap((r) => r.broader ?? []));
  single = new Set(rules.filter((r) => r.titles.length + r.words.length > 0).flatMap((r) => r.roles).filter((r) => !broader.has(r)));
  return single;
}

/** Who held an office on a date. */
export interface Holder { readonly entry: ActorEntry; readonly office: Office }

// "deputy foreign minister", "viceministro", "subsecretario de Estado": not the office's holder.
const DEPUTY_WORDS = anyPack("deputy_words");
const DEPUTY_PREFIXES = alternation(anyPack("deputy_prefixes"));
const DEPUTY_PREFIX = DEPUTY_PREFIXES ? new RegExp(`^${DEPUTY_PREFIXES}.`, "u") : null;
const DEPUTY = { test: (w: string): boolean => DEPUTY_WORDS.has(w) || !!DEPUTY_PREFIX?.test(w) };

/**
 * The office table, indexed by title, plus every person's dated offices.
 * @example offices.holder(offices.rulesFor("role.president", "presidente", "USA")[0]!, "USA", "2023-05-01")?.entry.name // "Joe Biden"
 */
export class Offices {
  private readonly rules: OfficeRule[];
  private readonly byTitle = new Map<string, ActorEntry[]>();

  constructor(actors: readonly ActorEntry[], rules?: OfficeRule[]) {
    this.rules = rules ?? (readJson("lexicon/offices.json") as { entries: OfficeRule[] }).entries;
    for (const e of actors) {
      for (const o of e.offices ?? []) {
        const key = `${fold(o.office)}|${o.country ?? ""}`;
        const list = this.byTitle.get(key) ?? [];
        if (!list.includes(e)) list.push(e);
        this.byTitle.set(key, list);
      }
    }
  }

  /** The offices a role mention can name in a country, most specific first; none for deputies. */
  rulesFor(roleId: string, roleText: string, country: string | null): OfficeRule[] {
    const words = fold(roleText).split(/\s+/);
    const deputy = words.some((w) => DEPUTY.test(w));
    return this.rules.filter((r) => r.roles.includes(roleId) && (r.words.length === 0 || r.words.some((w) => words.includes(w))) &&
      (!r.countries || (country !== null && r.countries.includes(country))) && (r.deputy || !deputy));
  }

  /** The person holding `rule`'s office in `country` on `date` (titles tried in order). */
  holder(rule: OfficeRule, country: string, date: string): Holder | null {
    for (const title of rule.titles) {
      for (const entry of this.byTitle.get(`${fold(title)}|${country}`) ?? []) {
        const office = (entry.offices ?? []).find((o) => fold(o.office) === fold(title) && o.country === country && within(o, date));
        if (office) return { entry, office };
      }
    }
    return null;
  }
}

const within = (o: Office, date: string): boolean => (!o.from || o.from <= date) && (!o.to || o.to >= date);

/** What a person is on `date`: the office held then, or ELI after leaving their last one. */
export function standing(entry: ActorEntry, date: string): { office: Office | null; sector: string | null; country: string | null } {
  const { office, former } = officeAt(entry, date);
  if (!office) return { office: null, sector: entry.sector ?? null, country: entry.country ?? null };
  return { office, sector: former ? "ELI" : office.sector ?? entry.sector ?? null, country: office.country ?? entry.country ?? null };
}

// People with dated offices, by name, built once per knowledge base.
const holdersByName = new WeakMap<readonly ActorEntry[], Map<string, ActorEntry>>();

/**
 * GUIDELINES: people take the sector of their office at the event's date. An actor resolved as of publication
 * ("López Obrador", ELI in 2025) takes what the person was on the event's own date (GOV in 2022), when the text dates
 * the event away from publication and the sector came from the dated offices, not from a title the text gave.
 */
export function atEventDate(actors: readonly Actor[], date: string, pub: string, entries: readonly ActorEntry[]): Actor[] {
  if (date === pub) return actors as Actor[];
  let byName = holdersByName.get(entries);
  if (!byName) {
    byName = new Map(entries.filter((e) => e.kind === "person" && e.name && e.offices?.length).map((e) => [e.name!, e]));
    holdersByName.set(entries, byName);
  }
  return actors.map((a) => {
    const entry = a.name ? byName!.get(a.name) : undefined;
    if (!entry) return a;
    const then = standing(entry, pub);
    if (then.sector !== a.sector || then.country !== a.country) return a;
    const at = standing(entry, date);
    return at.sector === a.sector && at.country === a.country ? a : { ...a, sector: at.sector, country: at.country ?? a.country };
  });
}
