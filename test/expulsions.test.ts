import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// An expulsion told as an order to leave the country (data/lexicon/{es,en}/events-expulsions.json): officials, staff
// or workers of another state or of an international body ordered, or given hours, to leave. What a user sees: a
// SANCTION/expel event and its doer's country. Every sentence is our own.
async function expulsions(text: string, language: "es" | "en"): Promise<string[]> {
  const events = await codeDocument({ id: "t", text, language, date: "2026-05-14" });
  return events.filter((e) => e.type === "SANCTION" && e.mode === "expel").map((e) => e.source.map((a) => a.country ?? "—").join("+"));
}

const CASES: [string, "es" | "en", string, string | null][] = [
  ["staff of an embassy ordered out", "en", "Niger has ordered nine Canadian embassy staff to leave the country within 48 hours.", "NER"],
  ["the head of a UN office, a long object, a deadline", "en", "Burkina Faso's military authorities on Monday ordered the head of the UN children's agency in the country to leave within 72 hours.", "BFA"],
  ["monitors given hours to leave the country", "en", "Sudan gave the African Union monitors 72 hours to leave the country.", "SDN"],
  ["residents given hours to leave their homes: no expulsion", "en", "The army gave residents of the village 24 hours to leave their homes.", null],
  ["officials ordered to leave the country", "es", "Nicaragua ordenó a los funcionarios de la oficina de la Cruz Roja abandonar el país en un plazo de 72 horas.", "NIC"],
  ["observers given hours to leave", "es", "La junta de Níger dio a los observadores de la Unión Africana 48 horas para salir del país.", "NER"],
];

for (const [what, lang, text, want] of CASES) {
  test(`an order to leave the country: ${what} (${lang})`, async () => {
    const got = await expulsions(text, lang);
    if (want === null) assert.deepEqual(got, [], text);
    else assert.ok(got.includes(want), `${text}\n  got ${JSON.stringify(got)}`);
  });
}
