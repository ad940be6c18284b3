import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledge } from "../src/data/knowledge.js";
import { codeDocument } from "../src/pipeline/index.js";

// Judgements that brand an act as a crime (data/lexicon/{es,en}/events-labels.json, grammar crime_labels): one ACCUSE,
// and the crime it is branded with is no act of its own. Our own sentences.
const k = await loadKnowledge();
const coded = async (text: string, language: "es" | "en") =>
  (await codeDocument({ id: "t", text, language, date: "2026-05-12" }, k)).map((e) => `${e.type} ${e.source.map((a) => a.country ?? a.org ?? a.sector).join("+")}>${e.target.map((a) => a.country ?? a.org ?? a.sector).join("+")}`);

const TABLE: [string, "es" | "en", string[]][] = [
  ["La oposición venezolana calificó la detención de \"secuestro\" y exigió su liberación.", "es", ["ACCUSE VEN>VEN", "REQUEST VEN>VEN"]],
  ["El expresidente boliviano tachó de fraude las elecciones del domingo.", "es", ["ACCUSE BOL>BOL"]],
  ["El sindicato peruano de maestros catalogó el desalojo como un atropello.", "es", ["ACCUSE PER>PER"]],
  ["Colombia's opposition called the detention a kidnapping and demanded his release.", "en", ["ACCUSE COL>COL", "REQUEST COL>COL"]],
  ["Rights groups in Uganda described the arrests as a witch-hunt.", "en", ["ACCUSE UGA>UGA"]],
  // Not a judgement: an appeal about a crime, a crime counted, a crime condemned (coded by its own verb).
  ["The minister called for an end to the kidnapping of migrants.", "en", ["REQUEST GOV>"]],
  ["La policía registró diez casos de secuestro en lo que va del año.", "es", []],
  ["Chile condenó el secuestro del periodista.", "es", ["ACCUSE CHL>CHL"]],
  // Rejecting an act of force already done condemns it (rule type.rejected-harm); a sanction or a threat is rejected.
  ["Ecuador rechazó la incursión de tropas colombianas en su territorio.", "es", ["ACCUSE ECU>COL"]],
  ["Venezuela rechazó las sanciones de Estados Unidos.", "es", ["REJECT VEN>USA"]],
  ["Cuba rechazó las amenazas de Washington.", "es", ["REJECT CUB>USA"]],
];

for (const [text, lang, want] of TABLE) {
  test(`labels (${lang}): ${text}`, async () => assert.deepEqual(await coded(text, lang), want));
}
