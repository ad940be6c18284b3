import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledge } from "../src/data/knowledge.js";
import { codeDocument } from "../src/pipeline/index.js";

// Acronyms the text defines in brackets against the knowledge base's (src/actors/acronyms.ts). Our own sentences.
const k = await loadKnowledge();
const sides = async (text: string, language: "es" | "en") =>
  (await codeDocument({ id: "t", text, language, date: "2026-03-10" }, k)).map((e) => `${e.type} ${e.source.map((a) => `${a.country ?? a.org}/${a.sector}`).join("+")}`);

const TABLE: [string, "es" | "en", string[]][] = [
  // A national party's acronym spelled out as another country's party: the text's party, here and later.
  ["GUATEMALA.- El Partido Patriota (PP) denunció al Tribunal Supremo Electoral. El PP exigió la renuncia de los magistrados.", "es",
    ["ACCUSE GTM/PTY", "REQUEST GTM/PTY"]],
  ["SANTO DOMINGO.- El Partido Revolucionario Dominicano (PRD) acusó al Gobierno de fraude. El PRD pidió una auditoría a la Junta Central Electoral.", "es",
    ["ACCUSE DOM/PTY", "REQUEST DOM/PTY"]],
  // A person's nickname in brackets after a body's name is no person.
  ["ZAGREB - The Zagreb Teachers Union (AKK) accused the education ministry of lying. The AKK demanded higher wages from the government.", "en",
    ["ACCUSE HRV/EDU", "REQUEST HRV/EDU"]],
  // The knowledge base's own body, spelled as it lists it or in another language, keeps its reading.
  ["MADRID.- El Partido Popular (PP) acusó al Gobierno de corrupción. El PP pidió elecciones anticipadas.", "es", ["ACCUSE ESP/PTY", "REQUEST ESP/PTY"]],
  ["La Administración de Control de Drogas (DEA) detuvo a dos hombres en Texas.", "es", ["COERCE USA/COP"]],
  // (An international body's name varies with the translation: still that body.)
  ["The International Labor Office (ILO) urged Qatar to protect migrant workers.", "en", ["REQUEST ILO/null"]],
];

for (const [text, lang, want] of TABLE) {
  test(`acronyms (${lang}): ${text}`, async () => assert.deepEqual(await sides(text, lang), want));
}
