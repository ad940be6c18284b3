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
];

for (const [text, lang, want] of TABLE) {
  test(`reactions (${lang}): ${text}`, async () => assert.deepEqual(await coded(text, lang), want));
}
