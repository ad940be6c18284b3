import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../src/text/tokenize.js";
import { splitSentences } from "../src/text/segment.js";
import { loadKnowledge } from "../src/data/knowledge.js";
import { detectLanguage } from "../src/text/language.js";

test("tokens re-join to the input with their offsets (es and en)", () => {
  for (const text of [
    "El Sr. López viajó a EE. UU. y a EE.UU. con la SEMAR: «¿Habrá acuerdo?», dijo al director del T-MEC.",
    "The U.S. envoy didn't say \"no\"; Rubio's aide met Gen. Trevilla at 5 p.m. on Jan. 30.",
  ]) {
    const toks = tokenize(text, 0, text.length);
    for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(toks.map((t) => t.text).join(""), text.replace(/\s+/g, ""));
  }
  const es = tokenize("viajó a EE.UU. y detuvo a “Palillo”", 0, 35).map((t) => t.text);
  assert.deepEqual(es, ["viajó", "a", "EE.UU.", "y", "detuvo", "a", "“", "Palillo", "”"]);
  // An ordinal stays one word; numbers with separators too.
  const en = tokenize("returned a 20th century painting, 1,200 items", 0, 46).map((t) => t.text);
  assert.deepEqual(en, ["returned", "a", "20th", "century", "painting", ",", "1,200", "items"]);
});

test("sentences split at real ends, not at titles and acronyms", () => {
  const cases: [string, "es" | "en", number][] = [
    ["El Sr. López viajó a EE.UU. el lunes. Dijo que volverá.", "es", 2],
    ["Mr. Rubio met Gen. Trevilla on Jan. 30 in Washington. He left.", "en", 2],
    // A middle initial between names is no sentence end; a Roman numeral at the end is.
    ["Then US President George W. Bush rejected the offer. Gerald R. Ford pardoned Nixon.", "en", 2],
    ["The treaty ended World War I. Germany signed it.", "en", 2],
    ["Primer párrafo sin punto\n\nSegundo párrafo.", "es", 2],
    ["El portaaviones John F. Kennedy llegó al Caribe. Venezuela protestó.", "es", 2],
    ["George W. Bush visited Lima. He left.", "en", 2],
  ];
  for (const [text, lang, n] of cases) {
    const spans = splitSentences(text, lang);
    assert.equal(spans.length, n, text);
  }
});

test("Spanish lemmas cover irregular and nominal forms", async () => {
  const k = await loadKnowledge();
  const lem = k.packs.es.lemmas;
  assert.ok(lem("detuvieron").includes("detener"));
  assert.ok(lem("sostuvo").includes("sostener"));
  assert.ok(lem("reunirse").includes("reunir"));
  assert.ok(lem("impuso").includes("imponer"));
});

test("language is detected between Spanish and English", () => {
  assert.equal(detectLanguage("La Marina detuvo a dos presuntos integrantes del cártel en Culiacán."), "es");
  assert.equal(detectLanguage("Police arrested two suspected cartel members in Sinaloa on Tuesday."), "en");
});

test("initialisms do not end sentences: 'U.S. social media', 'the U.N. Security Council'", () => {
  const text = "Trump accused the court of censoring U.S. social media platforms. The U.N. Security Council met on Friday.";
  const got = splitSentences(text, "en").map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, ["Trump accused the court of censoring U.S. social media platforms.", "The U.N. Security Council met on Friday."]);
});

test("a paragraph ends on its closing marks and quotes as one sentence; marks inside it still split it", () => {
  const sentences = (text: string, lang: "es" | "en") => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sentences('Dijo: "Nos vamos."', "es"), ['Dijo: "Nos vamos."']);
  assert.deepEqual(sentences("Hubo protestas en Caracas!!!  ", "es"), ["Hubo protestas en Caracas!!!"]);
  assert.deepEqual(sentences("Protests spread (again).", "en"), ["Protests spread (again)."]);
  assert.deepEqual(sentences(`Espera${".".repeat(40)}`, "es"), [`Espera${".".repeat(40)}`]);
  assert.deepEqual(sentences("Fue detenido.” Luego habló.", "es"), ["Fue detenido.”", "Luego habló."]);
  assert.deepEqual(sentences('He said: "No." Then he left.', "en"), ['He said: "No."', "Then he left."]);
  assert.deepEqual(sentences("Why?! They left", "en"), ["Why?!", "They left"]);
  assert.deepEqual(sentences("Uno。Dos", "es"), ["Uno。", "Dos"]);
});

test("a hyphenated word is no form of its first part's verb: 'left-wing' is not 'leave' (en)", async () => {
  const { segment, analyzeSentence } = await import("../src/pipeline/analyze.js");
  const k = await loadKnowledge();
  const text = "Several left-wing groups in Chile criticized the plan.";
  const tokens = segment(text, k.packs.en).flatMap((s) => analyzeSentence(s, text, k.packs.en, "2026-03-01").sentence.tokens);
  const wing = tokens.find((t) => t.text === "left-wing");
  assert.ok(wing && !wing.lemmas.includes("leave"), JSON.stringify(wing?.lemmas));
});
