import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledge } from "../src/data/knowledge.js";
import { codeDocument } from "../src/pipeline/index.js";

// A reaction's target is whoever did the act it names (rule target.reaction); an act of force is no reaction: a
// seizure told with an act's noun after it takes nothing of that act's doer. Our own sentences.
const k = await loadKnowledge();
const coded = async (text: string, language: "es" | "en") =>
  (await codeDocument({ id: "t", text, language, date: "2026-06-18" }, k)).map((e) => `${e.type} ${e.source.map((a) => a.country ?? a.org).join("+")}>${e.target.map((a) => a.country ?? a.org).join("+")}`);

const TABLE: [string, "es" | "en", string[]][] = [
  ["El ELN atacó una base militar en Arauca. La policía de Colombia decomisó explosivos del atentado.", "es", ["ASSAULT COL>COL", "COERCE COL>"]],
  ["Rebeldes atacaron un cuartel en Cauca. El ejército de Colombia incautó armas del ataque.", "es", ["ASSAULT COL>COL", "COERCE COL>"]],
  // …while a judgement of the act is aimed at its doer.
  ["Israel bombed a market in Gaza on Tuesday. Egypt condemned the bombing.", "en", ["ASSAULT ISR>", "ACCUSE EGY>ISR"]],
  // A label on the act and a blame of someone of its country in one sentence are one accusation, of whom it names
  // (src/merge/merge.ts, mergeAddressed).
  ["La policía de Bolivia detuvo al exgobernador Luis Fernando Camacho en Santa Cruz. Su abogado calificó la captura de secuestro y responsabilizó al ministro de Gobierno de ordenarla.", "es", ["COERCE BOL>BOL", "ACCUSE BOL>BOL"]],
  ["Militares de Venezuela allanaron la sede de un partido opositor en Caracas. La dirigente María Corina Machado calificó el allanamiento de atropello y acusó al fiscal general de Venezuela de ordenarlo.", "es", ["COERCE VEN>VEN", "ACCUSE VEN>VEN"]],
  // …while one of another country is another accusation.
  ["Israel bombed a market in Gaza on Tuesday. Egypt condemned the bombing and accused the United States of arming Israel.", "en", ["ASSAULT ISR>", "ACCUSE EGY>ISR", "ACCUSE EGY>USA"]],
];

for (const [text, lang, want] of TABLE) {
  test(`reactions (${lang}): ${text}`, async () => assert.deepEqual(await coded(text, lang), want));
}
