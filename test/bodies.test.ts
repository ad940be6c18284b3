import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// Bodies named by their own body word ("la Fundación X", "the X Foundation") that an act is done to: they are what the
// word says, not civilians or suspects held; and a raid is no seizure of ground.
async function sides(text: string, language: "es" | "en"): Promise<string[]> {
  const events = await codeDocument({ id: "t", text, language, date: "2026-03-10" });
  return events.map((e) => `${e.type} ${e.source.map((a) => `${a.country}/${a.sector}`).join("+")} -> ${e.target.map((a) => `${a.text} ${a.country}/${a.sector}`).join("+")}`);
}

describe("bodies an act is done to", () => {
  const rows: [string, "es" | "en", string][] = [
    ["La policía allanó la Fundación Entre Voces en San Salvador.", "es", "COERCE SLV/COP -> Fundación Entre Voces SLV/SOC"],
    ["Paramilitares atacaron a la Asociación Campesina del Catatumbo en Tibú.", "es", "ASSAULT COL/UAF -> Asociación Campesina del Catatumbo COL/AGR"],
    ["Police raided the Freedom Now Foundation in Caracas on Tuesday.", "en", "COERCE VEN/COP -> Freedom Now Foundation VEN/SOC"],
    ["El gobierno de Nicaragua canceló la personería jurídica de 40 organizaciones sin fines de lucro.", "es", "COERCE NIC/GOV -> organizaciones sin fines de lucro NIC/SOC"],
  ];
  for (const [text, lang, want] of rows) test(text, async () => assert.deepEqual(await sides(text, lang), [want]));
});

describe("a raid or a seizure of goods takes no ground", () => {
  test("a house raided in the police's own country is no territory taken from its state", async () => {
    const [e] = await sides("La Policía Nacional allanó una vivienda en el centro de Cali.", "es");
    assert.match(e!, /^COERCE COL\/COP -> vivienda COL\/CVL$/);
  });
  test("a town taken is still taken from its state", async () => {
    const [e] = await sides("Los rebeldes tomaron el control de la ciudad de Goma, en la República Democrática del Congo.", "es");
    assert.equal(e, "COERCE COD/REB -> Goma COD/GOV");
  });
});
