import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledge } from "../src/data/knowledge.js";
import { segment, analyzeSentence } from "../src/pipeline/analyze.js";

/** The actor phrases of one sentence, as `text → COUNTRY/SECTOR name`. */
async function phrases(text: string, lang: "es" | "en", date = "2026-03-10"): Promise<string[]> {
  const k = await loadKnowledge();
  return segment(text, k.packs[lang]).flatMap((s) => analyzeSentence(s, text, k.packs[lang], date).phrases)
    .map((p) => `${p.actor.text} → ${p.actor.country ?? p.actor.org ?? "-"}/${p.actor.sector ?? "-"}${p.actor.name ? ` ${p.actor.name}` : ""}`);
}

// [sentence, language, "phrase text → COUNTRY-or-ORG/SECTOR[ name]"]
const CASES: [string, "es" | "en", string][] = [
  ["Llegó el canciller mexicano Luis Pérez Gómez.", "es", "canciller mexicano Luis Pérez Gómez → MEX/GOV Luis Pérez Gómez"],
  ["Habló el embajador de Estados Unidos en México, Ronald Johnson, ayer.", "es", "embajador de Estados Unidos en México, Ronald Johnson → USA/GOV Ronald Johnson"],
  ["Lo dijo la justicia venezolana.", "es", "la justicia venezolana → VEN/JUD"],
  ["Guerrilleros del Frente 21 de las FARC atacaron.", "es", "Guerrilleros del Frente 21 de las FARC → COL/REB Frente 21"],
  ["Miembros de un grupo armado llegaron.", "es", "Miembros de un grupo armado → -/UAF"],
  ["Nato warned Russia on Monday.", "en", "Nato → NATO/- North Atlantic Treaty Organization"],
  ["El titular de la Secretaría de Marina (SEMAR), un almirante, habló.", "es", "titular de la Secretaría de Marina (SEMAR) → MEX/MIL Secretaría de Marina"],
  ["U.S. Defense Secretary Pete Hegseth spoke.", "en", "U.S. Defense Secretary Pete Hegseth → USA/GOV Pete Hegseth"],
  ["The Kremlin said so.", "en", "Kremlin → RUS/GOV"],
  ["Mexico's President Claudia Sheinbaum spoke.", "en", "Mexico's President Claudia Sheinbaum → MEX/GOV Claudia Sheinbaum"],
  ["NATO and the United Nations met.", "en", "United Nations → UN/- United Nations"],
];

for (const [text, lang, want] of CASES) {
  test(`${lang}: ${text}`, async () => {
    const got = await phrases(text, lang);
    assert.ok(got.includes(want), `want «${want}», got ${JSON.stringify(got)}`);
  });
}

test("people hold the office of the event's date: in office GOV, out of office ELI", async () => {
  assert.ok((await phrases("Habló Andrés Manuel López Obrador.", "es", "2022-05-01")).some((g) => g.includes("MEX/GOV")));
  assert.ok((await phrases("Habló Andrés Manuel López Obrador.", "es", "2025-05-01")).some((g) => g.includes("MEX/ELI")));
});

test("a country name followed by capitalised words is a person's name", async () => {
  const got = await phrases("Detuvieron a Israel Vizcarra Beltrán en Sinaloa.", "es");
  assert.ok(!got.some((g) => g.includes("ISR")), JSON.stringify(got));
});
