import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import type { Actor } from "../src/model/actor.js";

// A bare title of past office ("the former minister", "el exfuncionario", "al exministro") points back to the person
// the story named last who holds no state office now, and is coded as that person (src/actors/coref.ts resolveAnaphor);
// and a month or weekday that is also a given name ("Julio", "Domingo"), capitalised before a name's word, is a
// person's name and no date (grammar given_names_as_words). What a user sees: an event's date and sides.
const side = (a: Actor): string => `${a.name ?? a.text} ${a.country ?? "—"}/${a.sector ?? "—"}`;
async function coded(text: string, language: "es" | "en", type: string): Promise<string[]> {
  const events = await codeDocument({ id: "t", text, language, date: "2026-10-30" });
  return events.filter((e) => e.type === type).map((e) => `${e.date} ${e.source.map(side).join(",")} → ${e.target.map(side).join(",") || "none"}`);
}

const CASES: [string, "es" | "en", string, string, string][] = [
  ["the former minister is the opposition leader named before", "en",
    "YAOUNDE (Reuters) - Opposition leader Maurice Kamto, who says he won the election, rejected the court ruling. Interior Minister Paul Atanga Nji accused the former minister of inciting violence.",
    "ACCUSE", "2026-10-30 Paul Atanga Nji CMR/GOV → Maurice Kamto CMR/OPP"],
  ["the former minister as a subject", "en",
    "Kenyan police arrested opposition figure Samuel Otieno Wekesa on Tuesday. The former minister accused the government of persecution.",
    "ACCUSE", "2026-10-27 Samuel Otieno Wekesa KEN/OPP → government KEN/GOV"],
  ["a sitting minister is no former one", "en",
    "Interior Minister Paul Atanga Nji on Tuesday accused the former minister of inciting violence.",
    "ACCUSE", "2026-10-27 Paul Atanga Nji —/GOV → former minister —/ELI"],
  ["'al exministro' after an opposition candidate", "es",
    "El candidato opositor Julio Ramos Pardo rechazó este martes los resultados del Jurado Nacional de Elecciones de Perú. El portavoz del Gobierno acusó al exministro de incitar a la violencia.",
    "ACCUSE", "2026-10-27 portavoz del Gobierno PER/GOV → Julio Ramos Pardo PER/PTY"],
  ["'Julio' before a surname opens a name", "es",
    "El candidato opositor Julio Ramos Pardo rechazó este martes los resultados del Jurado Nacional de Elecciones de Perú.",
    "REJECT", "2026-10-27 Julio Ramos Pardo PER/PTY → Jurado Nacional de Elecciones PER/GOV"],
  ["'Domingo' before a surname is no Sunday", "es",
    "La Fiscalía de Colombia acusó a Domingo Pérez Arango de lavado de dinero.",
    "ACCUSE", "2026-10-30 Fiscalía General de la Nación COL/JUD → Domingo Pérez Arango —/UNK"],
];

for (const [what, lang, text, type, want] of CASES) {
  test(`former epithets and given names: ${what} (${lang})`, async () => {
    const got = await coded(text, lang, type);
    assert.ok(got.includes(want), `${text}\n  got ${JSON.stringify(got)}`);
  });
}
