import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import type { Actor } from "../src/model/actor.js";

// A member coordinated after a phrase that hangs from a preposition hangs from it too, and is no subject of a verb
// coordinated after the list (src/events/roles.ts memberUnderPrep): "en las provincias de Puno y Yunguyo y ordenó…",
// "the Committee on Energy and Commerce opened…". What a user sees: the event's sides, "SRC/SECTOR → TGT/SECTOR".
const sides = (xs: readonly Actor[]): string => xs.map((a) => `${a.country ?? "—"}/${a.sector ?? "—"}`).join(",") || "none";
async function coded(text: string, language: "es" | "en", type: string): Promise<string[]> {
  const events = await codeDocument({ id: "t", text, language, date: "2026-03-02" });
  return events.filter((e) => e.type === type).map((e) => `${sides(e.source)} → ${sides(e.target)}`);
}

const CASES: [string, "es" | "en", string, string, string][] = [
  ["an unknown place joined to a known one", "es", "El Gobierno declaró el estado de emergencia en las provincias de Puno y Yunguyo y ordenó el despliegue de militares.", "MOBILIZE", "PER/GOV → none"],
  ["the police, not a town of the list", "es", "La Policía instaló retenes en Cochabamba y Quillacollo y detuvo a 14 manifestantes.", "COERCE", "BOL/COP → BOL/CVL"],
  ["the governor, not a town of the list", "es", "El gobernador suspendió las clases en Culiacán y Navolato y pidió calma a los padres de familia.", "REQUEST", "MEX/GOV → none"],
  ["a body named 'of X and Y'", "en", "The House Committee on Energy and Commerce opened an investigation into the utility's contracts.", "ACCUSE", "—/LEG → none"],
  ["representatives of two parties act for both", "en", "Representatives of the Colombian government and the ELN guerrilla agreed on Friday to a ceasefire in Cauca.", "CONCEDE", "COL/GOV → COL/REB"],
  // ", and"/", y" between a verb's complement and a phrase with its own finite verb joins two clauses, not two members
  // (src/actors/phrases.ts clauseJoin); a list's own ", and" still joins.
  ["a new clause after ', y'", "es", "Cientos de maestros marcharon frente al Congreso, y la Policía lanzó gases lacrimógenos contra ellos.", "ASSAULT", "—/COP → none"],
  ["a new clause after ', y': the arrests' doer", "es", "Los manifestantes se concentraron frente a la embajada de Israel, y agentes antidisturbios detuvieron a 12 personas.", "COERCE", "—/COP → —/CVL"],
  ["a new clause after ', and'", "en", "Protesters gathered outside the parliament in Tbilisi, and riot police detained 30 people.", "COERCE", "GEO/COP → GEO/CVL"],
  ["the protest's target is not the police of the next clause", "en", "Protesters gathered outside the parliament in Tbilisi, and riot police detained 30 people.", "PROTEST", "GEO/CVL → GEO/LEG"],
  ["a list with a serial comma stays one subject", "en", "Russia, China, and Iran condemned the strike on Tuesday.", "ACCUSE", "RUS/GOV,CHN/GOV,IRN/GOV → none"],
];

for (const [what, lang, text, type, want] of CASES) {
  test(`coordinated members under a preposition: ${what} (${lang})`, async () => {
    const got = await coded(text, lang, type);
    assert.ok(got.includes(want), `${text}\n  got ${JSON.stringify(got)}`);
  });
}
