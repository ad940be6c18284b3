import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

const side = (xs: { country: string | null; org: string | null; sector: string | null }[]) =>
  xs.map((a) => `${a.country ?? a.org ?? "-"}/${a.sector ?? "-"}`).join("+") || "∅";

async function coded(text: string, language: "es" | "en"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language, date: "2026-03-10" })).map((e) => `${e.type}${e.mode ? `/${e.mode}` : ""} ${side(e.source)} > ${side(e.target)}`);
}

// Our own sentences; each row one decision of the discourse stage, with what it must give.
const TABLE: [lang: "es" | "en", text: string, want: string, why: string][] = [
  ["es", "La presidenta de México, Claudia Sheinbaum, recibió en Palacio Nacional al primer ministro de Canadá.", "CONSULT/visit CAN/GOV > MEX/GOV", "a hosted visit is the visitor's"],
  ["en", "Brazil's president hosted the Argentine president in Brasilia on Monday.", "CONSULT/visit ARG/GOV > BRA/GOV", "a hosted visit is the visitor's"],
  ["en", "Chilean students criticized the new decree on Monday.", "ACCUSE/disapprove CHL/EDU > CHL/GOV", "people outside the state address their own state"],
  ["es", "Los transportistas peruanos exigieron más seguridad en las carreteras.", "REQUEST PER/BUS > PER/GOV", "people outside the state address their own state"],
  ["es", "CARACAS.— Las protestas contra el alza del pasaje se extendieron este lunes a varias ciudades.", "PROTEST/demo VEN/CVL > VEN/GOV", "unnamed protesters are the public, protesting to their state"],
  ["en", "NAIROBI — Violent demonstrations over the new finance bill spread to five cities on Tuesday.", "PROTEST/demo KEN/CVL > KEN/GOV", "unnamed protesters are the public, protesting to their state"],
  ["en", "During the Brazilian president's visit to Buenos Aires on Monday, the two governments signed a trade deal.", "CONSULT/visit BRA/GOV > ARG/GOV", "an act told as a noun is its possessive owner's"],
];

for (const [lang, text, want, why] of TABLE) {
  test(`${why} (${lang}): ${text}`, async () => {
    const got = await coded(text, lang);
    assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`);
  });
}

test("a phrase after 'argued that' is the reported clause's subject, not the speaker", async () => {
  const got = await coded("The Chilean foreign minister voiced concern at the Bolivian measures and argued that they hurt trade.", "en");
  assert.ok(!got.some((g) => g.startsWith("ACCUSE/disapprove BOL")), JSON.stringify(got));
});
