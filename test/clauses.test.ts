import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledge } from "../src/data/knowledge.js";
import { codeDocument } from "../src/pipeline/index.js";

// A contrastive conjunction ends a stance's content: the clause after "while"/"mientras" is asserted (grammar
// concessive_conjunctions). Our own sentences.
const k = await loadKnowledge();
const types = async (text: string, language: "es" | "en") =>
  (await codeDocument({ id: "t", text, language, date: "2026-06-18" }, k)).map((e) => `${e.type} ${e.source.map((a) => a.country ?? a.org).join("+")}`);

const TABLE: [string, "es" | "en", string[]][] = [
  ["Washington urged restraint on all sides, while Amnesty International condemned the use of live ammunition.", "en", ["REQUEST USA", "ACCUSE AMNESTY"]],
  ["Estados Unidos pidió moderación a ambas partes, mientras Amnistía Internacional condenó el uso de munición real.", "es", ["REQUEST USA", "ACCUSE AMNESTY"]],
  // (What is urged stays content: no second act.)
  ["Washington urged both sides to stop the attacks.", "en", ["REQUEST USA"]],
  // An infinitive coordinated with the content's infinitive is content too; a finite verb is an act of its own.
  ["Qatar urged both sides to exercise restraint and return to the negotiating table.", "en", ["REQUEST QAT"]],
  ["La oposición venezolana pidió al gobierno retirar el proyecto y liberar a los activistas.", "es", ["REQUEST VEN"]],
  ["The Venezuelan opposition refused to comment and urged calm.", "en", ["REJECT VEN", "REQUEST VEN"]],
];

for (const [text, lang, want] of TABLE) {
  test(`clauses (${lang}): ${text}`, async () => assert.deepEqual(await types(text, lang), want));
}

// A protest told as a noun is its protesters', not the state forces' of the clause (rule source.protest-noun).
test("a protest told as a noun is its protesters', not the police's", async () => {
  const got = await codeDocument({ id: "t", text: "Kenyan police fired tear gas at thousands of protesters as demonstrations against a proposed finance bill turned violent.", language: "en", date: "2026-06-18" }, k);
  const protest = got.find((e) => e.type === "PROTEST");
  assert.deepEqual(protest?.source.map((a) => `${a.country}/${a.sector}`), ["KEN/CVL"]);
});
