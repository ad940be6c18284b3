import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import { table } from "./event-table.js";

// Readiness for talks told with an adjective and a noun is an intent to meet or negotiate (CAMEO 036, AGREE).
table("readiness for talks (en)", [
  ["ready for + a noun of talks", "Peru's prime minister said his government was ready for dialogue with the striking miners on Tuesday.", "AGREE PER/GOV", null],
  ["open to, after 'remained'", "Ghana's finance minister said the government remained open to negotiations with the teachers' unions.", "AGREE GHA/GOV", null],
  ["negated, it is a refusal", "Ghana's finance minister said the government was not open to negotiations with the teachers' unions.", "REJECT GHA/GOV", "AGREE"],
]);

const es = async (text: string): Promise<string[]> =>
  (await codeDocument({ id: "t", text, language: "es", date: "2026-05-12" })).map((e) => `${e.type} ${e.source.map((a) => a.country ?? a.org).join("+")}`);

describe("disposición a negociar (es)", () => {
  test("abierto al diálogo", async () => {
    const got = await es("El primer ministro peruano dijo que su gobierno está abierto al diálogo con los mineros en huelga.");
    assert.ok(got.some((e) => e.startsWith("AGREE PER")), JSON.stringify(got));
  });
  test("'abierto' is still abrir's participle: an investigation opened is coded", async () => {
    const got = await es("La Fiscalía peruana ha abierto una investigación contra el exministro de Energía.");
    assert.ok(got.some((e) => e.startsWith("ACCUSE PER")), JSON.stringify(got));
  });
  test("a detainee 'puesto a disposición del juez' is handed to a court, not offered", async () => {
    const got = await es("La Policía Nacional del Perú detuvo al sospechoso, que fue puesto a disposición del juez de turno.");
    assert.ok(!got.some((e) => e.startsWith("AGREE")), JSON.stringify(got));
  });
  test("an active 'puso a disposición' is an offer", async () => {
    const got = await es("El gobierno mexicano puso a disposición de los damnificados guatemaltecos sus hospitales.");
    assert.ok(got.some((e) => e.startsWith("AGREE MEX")), JSON.stringify(got));
  });
});
