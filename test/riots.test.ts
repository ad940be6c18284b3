import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import type { Actor } from "../src/model/actor.js";

// Demonstrators throwing or hurling stones, bottles, flares or fireworks at police riot (PROTEST/riot, CAMEO 145;
// lexicon en.assault.throw-stones, es.protest.lanzar-piedras). The acts of one riot told in one sentence ("hurled
// stones at police and set fire to two vehicles") are one riot (merge.mention). A verb coordinated after a relative
// clause closed by a comma goes on with the main clause ("…protesters who threw fireworks…, and detained 17 people").
// What a user sees: the events coded and their sides.
const side = (xs: readonly Actor[]): string => xs.map((a) => `${a.country ?? "—"}/${a.sector ?? "—"}`).join(",") || "none";
async function coded(text: string, language: "es" | "en"): Promise<string[]> {
  const events = await codeDocument({ id: "t", text, language, date: "2026-06-20" });
  return events.map((e) => `${e.type}${e.mode ? `/${e.mode}` : ""} ${side(e.source)} → ${side(e.target)}`);
}

const CASES: [string, "es" | "en", string, string[]][] = [
  ["hurled stones and set fire: one riot", "en", "DHAKA (Reuters) - Students hurled stones at police outside the election commission and set fire to three buses, officials said.", ["PROTEST/riot BGD/EDU → BGD/COP"]],
  ["threw bottles and flares at a police line", "en", "DHAKA (Reuters) - Opposition supporters threw bottles and flares at a police line near the parliament.", ["PROTEST/riot BGD/OPP → BGD/COP"]],
  ["pelted officers with fireworks", "en", "DHAKA (Reuters) - Protesters pelted officers with fireworks near the parliament.", ["PROTEST/riot BGD/CVL → BGD/COP"]],
  ["a relative clause's riot, then ', and' and the main clause's verb", "en", "DHAKA (Reuters) - Police fired tear gas at protesters who threw fireworks near the parliament, and detained 30 people.", ["ASSAULT/crowd-control BGD/COP → BGD/CVL", "PROTEST/riot BGD/CVL → BGD/GOV", "COERCE/arrest BGD/COP → BGD/CRM"]],
  ["arrojaron piedras contra la policía", "es", "ASUNCIÓN (EFE) - Los manifestantes arrojaron piedras y bengalas contra la Policía frente al Congreso.", ["PROTEST/riot PRY/CVL → PRY/COP"]],
];
for (const [what, language, text, want] of CASES) {
  test(`riots: ${what}`, async () => {
    assert.deepEqual(await coded(text, language), want);
  });
}

// Generic heads of a protest ("los dirigentes del bloqueo", "los líderes de la huelga") lead the protesters (CVL), not a
// government; heads of a named body keep its sector ("los dirigentes del sindicato": LAB).
const LEADERS: [string, string, string[]][] = [
  ["the leaders of a blockade", "ASUNCIÓN (EFE) - La Policía detuvo a los dirigentes del bloqueo en la ruta 2.", ["COERCE/arrest PRY/COP → PRY/CVL"]],
  ["the leaders of a strike", "ASUNCIÓN (EFE) - La Policía detuvo a los líderes de la huelga.", ["COERCE/arrest PRY/COP → PRY/CVL"]],
  ["the leaders of a union keep the union's sector", "ASUNCIÓN (EFE) - La Policía detuvo a los dirigentes del sindicato.", ["COERCE/arrest PRY/COP → PRY/LAB"]],
];
for (const [what, text, want] of LEADERS) {
  test(`protest leaders: ${what}`, async () => {
    assert.deepEqual((await coded(text, "es")).filter((e) => e.startsWith("COERCE")), want);
  });
}
