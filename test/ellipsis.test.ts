import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledge } from "../src/data/knowledge.js";
import { codeDocument } from "../src/pipeline/index.js";

// A bare count as the undergoer ("capturaron a dos") leaves out the noun the story just told: it counts more of the
// previous act's undergoers, or of the side its doer fought (rule target.counted-ellipsis). Our own sentences.
const k = await loadKnowledge();
const coded = async (text: string, language: "es" | "en") =>
  (await codeDocument({ id: "t", text, language, date: "2026-06-18" }, k)).map((e) => `${e.type} ${e.source.map((a) => a.sector).join("+")}>${e.target.map((a) => a.sector).join("+")}`);

const TABLE: [string, "es" | "en", string[]][] = [
  ["Soldados del Ejército de Colombia se enfrentaron con el ELN en Arauca y capturaron a dos.", "es", ["ASSAULT MIL>REB", "COERCE MIL>REB"]],
  ["La Policía de Ecuador atacó un campamento de Los Lobos en Quito y capturó a tres en la zona.", "es", ["ASSAULT COP>CRM", "COERCE COP>CRM"]],
  // A count with a noun of its own names its undergoers itself.
  ["La Policía de Ecuador atacó un campamento de Los Lobos en Quito y detuvo a dos periodistas.", "es", ["ASSAULT COP>CRM", "COERCE COP>JRN"]],
];

for (const [text, lang, want] of TABLE) {
  test(`counted ellipsis (${lang}): ${text}`, async () => assert.deepEqual(await coded(text, lang), want));
}
