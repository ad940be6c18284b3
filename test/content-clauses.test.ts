import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// Acts told of a content clause with a subject of its own (session 13): "Ucrania denunció que Rusia lanzó drones",
// "Kyiv complained that Moscow had violated the truce". Who is denounced is the clause's subject; the clause's own
// act is still coded. Our own sentences.
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, language: "es" | "en"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language, date: "2026-03-10" })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)}`);
}

// [what it stands for, language, text, events that must be coded]
const CLAUSES: [string, "es" | "en", string, string[]][] = [
  ["'denunciar que' aims at the clause's subject, whose act is coded too", "es", "Ucrania denunció que Rusia lanzó 80 drones contra Kiev durante la noche.", ["ACCUSE UKR/GOV → RUS/GOV", "ASSAULT RUS/MIL → UKR/GOV"]],
  ["…'condenar que' with a subjunctive clause", "es", "El gobierno de Nicaragua condenó que Costa Rica haya cerrado la frontera.", ["ACCUSE NIC/GOV → CRI/GOV"]],
  ["…'acusar que' is an accusation of the clause's subject", "es", "Hamás acusó que Israel violó el alto el fuego.", ["ACCUSE PSE/REB → ISR/GOV"]],
  ["English 'complain that'", "en", "Kyiv complained that Moscow had violated the truce.", ["ACCUSE UKR/GOV → RUS/GOV"]],
  ["English 'allege that'", "en", "Caracas alleged that Bogota was sheltering the plotters.", ["ACCUSE VEN/GOV → COL/GOV"]],
];
describe("content clauses: whom a disapproval told of a clause is aimed at", () => {
  for (const [why, lang, text, want] of CLAUSES) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, lang);
      for (const w of want) assert.ok(got.includes(w), `${w} not in ${JSON.stringify(got)}`);
    });
  }
});

// A prosecutor's demand of a sentence accuses (CAMEO 1121); only a court's sentence convicts (SANCTION/convict).
const SOUGHT: [string, "es" | "en", string, string, string | null][] = [
  ["a sentence sought is an accusation, not a conviction", "en", "Prosecutors sought a 20-year sentence for the former minister.", "ACCUSE null/JUD", "SANCTION"],
  ["…'demanded a life sentence' too", "en", "Prosecutors demanded a life sentence for the gunman.", "ACCUSE null/JUD", "SANCTION"],
  ["…Spanish 'pidió cadena perpetua'", "es", "La fiscalía pidió cadena perpetua para el exjefe policial.", "ACCUSE null/JUD", null],
  ["…while a court's sentence convicts", "en", "A court sentenced the former minister to 20 years in prison.", "SANCTION null/JUD", "ACCUSE"],
];
describe("sentences sought and handed down", () => {
  for (const [why, lang, text, want, not] of SOUGHT) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text, lang);
      assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});
