import type { Actor } from "../model/actor.js";

/** Sectors of the state: the other side of a relation between countries is one of these. */
export const STATE = new Set(["GOV", "MIL", "LEG", "JUD", "COP", "SPY"]);

/** Armed parties outside the state: sides of a conflict in their own right ("atrocities by the RSF"). */
const ARMED_NON_STATE = new Set(["REB", "PRM", "UAF", "CRM"]);

/** An actor the text leaves implicit (empty text, offsets −1): a country's state or its public. */
export const implicit = (country: string | null, sector: string, org: string | null = null): Actor => ({ text: "", name: null, country, sector, org, start: -1, end: -1 });

// The other side of a relation is its state: "offered to accept U.S. deportees" is aimed at the United States,
// not at the deportees; an armed party outside the state is a side of its own. The state is implicit: the phrase
// that named its country is not shown as it.
export function sideOf(x: Actor): Actor {
  return STATE.has(x.sector ?? "") || ARMED_NON_STATE.has(x.sector ?? "") ? { ...x } : implicit(x.country, "GOV", x.org);
}

/**
 * The implicit other side of a directed act: a country named after the trigger in its own sentence, else, for people
 * outside the state with no other country in their sentence, their own state, else the most-named other country of
 * this and the neighbouring sentences.
 */
export function counterpart(source: Actor[], named: Actor[][], i: number, after: number, oversight = false): Actor[] {
  const own = new Set(source.map((s) => s.country));
  const freq = new Map<string, number>();
  for (const xs of named) for (const x of xs) if (x.country && !own.has(x.country)) freq.set(x.country, (freq.get(x.country) ?? 0) + 1);
  const fits = (x: Actor) => !!x.country && !own.has(x.country) && !!x.sector && !x.org;
  // "aranceles a los países que venden petróleo a Cuba"
  const here = (named[i] ?? []).filter((x) => fits(x) && x.start >= after);
  if (here[0]) return [sideOf(here[0])];
  // "Legal experts and Mexican lawmakers questioned…", "los transportistas exigieron…"
  // (With `oversight`, a stance that is no joint act, lawmakers hold their own executive to account: "Mexican lawmakers
  // questioned the transfers" is aimed at Mexico's; a parliament that approves a law acts on no one.)
  const domestic = source.length > 0 && source.every((x) => x.country && !x.org && x.sector && (!STATE.has(x.sector) || (oversight && x.sector === "LEG")) && x.sector !== "CRM");
  if (domestic && !(named[i] ?? []).some(fits)) return [implicit(source[0]!.country, "GOV")];
  const near = named.slice(Math.max(0, i - 2), i + 2).flat().filter(fits);
  near.sort((x, y) => (freq.get(y.country!) ?? 0) - (freq.get(x.country!) ?? 0));
  // From the neighbouring sentences a government actor is taken as it is, but a body named there in passing ("el
  // Departamento de Defensa") is not whom the act addresses: that country's state is. An armed party outside the
  // state stays itself.
  const other = near[0];
  if (!other) return [];
  return [ARMED_NON_STATE.has(other.sector ?? "") || other.sector === "GOV" ? { ...other } : implicit(other.country, "GOV")];
}

// Generic actors ("manifestantes", "police") belong to the country the text is about; arrested individuals
// with no role are suspects (CRM) of the arresting country.
export function fillDefaults(actors: Actor[], home: string | null, arrestCountry: string | null = null, stateHome: string | null = home): void {
  for (const a of actors) {
    // People arrested with no country said are the arresting state's suspects ("Mexican marines arrested eight cartel
    // members in Reynosa, across the border from McAllen, Texas"), whatever else the story is about.
    if (arrestCountry !== null && a.org === null) {
      a.sector ??= "CRM";
      a.country ??= arrestCountry;
    }
    // ("every minister" in a story told from Gaza about Israel's cabinet: the state the story names.)
    if (a.country === null && a.org === null && a.sector !== null) a.country = STATE.has(a.sector) ? stateHome : home;
  }
}
