import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledge } from "../src/data/knowledge.js";
import { codeDocument } from "../src/pipeline/index.js";

// What an apology is for ("pidió perdón por las masacres", "apologized for the killings") is a past act it owns up
// to, no act of the day (src/events/background.ts, apologizedFor; grammar apology_words, apology_preps; CAMEO 055).
// Our own sentences.
const k = await loadKnowledge();
const coded = async (text: string, language: "es" | "en") =>
  (await codeDocument({ id: "t", text, language, date: "2026-06-18" }, k)).map((e) => `${e.type} ${e.source.map((a) => a.country ?? a.org).join("+")}>${e.target.map((a) => a.country ?? a.org).join("+")}`);

const TABLE: [string, "es" | "en", string[]][] = [
  ["El rey de España pidió perdón a México por la invasión y por las masacres de la conquista.", "es", ["SUPPORT ESP>MEX"]],
  ["El gobierno de Alemania se disculpó con Namibia por el genocidio y las masacres cometidas por sus tropas coloniales.", "es", ["SUPPORT DEU>NAM"]],
  ["Germany's president apologized to Namibia for the massacres committed by colonial troops a century ago.", "en", ["SUPPORT DEU>NAM"]],
  // An act past the apology's clause is told on its own.
  ["El canciller de Chile pidió disculpas a Perú por las declaraciones de su ministro; el bombardeo del ejército de Colombia contra el ELN dejó cinco muertos.", "es", ["SUPPORT CHL>PER", "ASSAULT COL>COL"]],
];

for (const [text, lang, want] of TABLE) {
  test(`apologies (${lang}): ${text}`, async () => assert.deepEqual(await coded(text, lang), want));
}
