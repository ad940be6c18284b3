import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// Retaliation announced, and acts that a free-choice or possibility word names (data/lexicon/{es,en}/
// events-retaliation.json; grammar unreal_modifiers, src/events/find.ts unrealAct). What a user sees: each event as
// "TYPE SRC → TGT" by country. Every sentence is our own.
const show = (e: { type: string; source: readonly { country: string | null }[]; target: readonly { country: string | null }[] }): string =>
  `${e.type} ${e.source.map((a) => a.country ?? "—").join("+") || "none"} → ${e.target.map((a) => a.country ?? "—").join("+") || "none"}`;
async function coded(text: string, language: "es" | "en"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language, date: "2026-05-14" })).map(show);
}

const CASES: [string, "es" | "en", string, string[]][] = [
  ["retaliation in kind announced is a threat", "en", "The Kremlin said on Thursday that Moscow would respond in kind.", ["THREATEN RUS → none"]],
  ["a mirror response announced", "en", "Beijing will respond in a reciprocal manner, the commerce ministry said.", ["THREATEN CHN → none"]],
  ["retaliation in kind done is the sanction", "en", "Moscow responded in kind on Friday, expelling two Estonian diplomats.", ["SANCTION RUS → EST"]],
  ["any sanction named is no sanction", "en", "Russia will respond to any sanctions by Washington.", []],
  ["respuesta recíproca anunciada", "es", "El Kremlin advirtió que Moscú responderá de manera recíproca.", ["THREATEN RUS → none"]],
  ["cualquier sanción: ninguna sanción", "es", "Pekín responderá a cualquier sanción de Washington.", []],
  ["posibles sanciones: ninguna sanción", "es", "La cancillería de Chile evaluó los posibles aranceles de Argentina a sus vinos.", []],
  ["any attack: no attack", "en", "The navy is on alert for any attack by pirates off the coast of Somalia.", []],
];

for (const [what, lang, text, want] of CASES) {
  test(`retaliation and unreal acts: ${what} (${lang})`, async () => {
    const got = await coded(text, lang);
    if (!want.length) assert.deepEqual(got, [], text);
    else for (const w of want) assert.ok(got.includes(w), `${text}\n  want ${w}, got ${JSON.stringify(got)}`);
  });
}
