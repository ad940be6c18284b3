import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledge } from "../src/data/knowledge.js";
import { codeDocument } from "../src/pipeline/index.js";

// A relative with no antecedent ("con quienes siguen asesinando", "with those who attacked") names its doers only as
// whoever: the previous event's doer is not lent to its act (rule source.dropped-subject; grammar
// free_relative_openers, people_relatives, bare_relatives; src/events/background.ts, freeRelative). Our own sentences.
const k = await loadKnowledge();
const coded = async (text: string, language: "es" | "en") =>
  (await codeDocument({ id: "t", text, language, date: "2026-06-18" }, k)).map((e) => `${e.type} ${e.source.map((a) => a.country ?? a.org).join("+")}>${e.target.map((a) => a.country ?? a.org).join("+")}`);

const TABLE: [string, "es" | "en", string[]][] = [
  ["El presidente de Colombia felicitó a las tropas y advirtió que no negociará con quienes \"siguen asesinando\" a campesinos.", "es", ["SUPPORT COL>COL", "REJECT COL>"]],
  ["El canciller peruano dijo que no dará asilo a quienes atentaron contra la democracia.", "es", []],
  ["Kenya's president praised the police and said he will not negotiate with those who attacked the base.", "en", ["SUPPORT KEN>KEN", "REJECT KEN>"]],
  // "whoever" stands with no opener; "who" needs one ("those who"), and after a noun it has its antecedent.
  ["Nigeria's president said whoever attacked the village will be punished.", "en", []],
  ["Nigeria's army arrested the men who attacked the village.", "en", ["COERCE NGA>NGA", "ASSAULT NGA>"]],
  // Auxiliaries, clitics and negators may stand between the relative and its verb.
  ["El presidente de Perú dijo que quienes no se hayan rendido serán detenidos.", "es", []],
  // A relative right after a party just named is that party's, and the act keeps the previous doer.
  ["El canciller de España viajó a Rabat y visitó a su homólogo de Marruecos, Nasser Burita, con quien habló de migración.", "es", ["CONSULT ESP>MAR"]],
];

for (const [text, lang, want] of TABLE) {
  test(`free relatives (${lang}): ${text}`, async () => assert.deepEqual(await coded(text, lang), want));
}
