import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import type { Actor } from "../src/model/actor.js";

// A release told with no doer (source.captors-release, settleCaptors): the releasers are whoever the story says took
// the people captive, told before the release or after it; with no captors told, the release is no event. What a
// user sees: the RETREAT event's sides, "SRC/SECTOR → TGT/SECTOR", for our own texts.
const sides = (xs: readonly Actor[]) => xs.map((a) => `${a.country ?? "—"}/${a.sector ?? "—"}`).join(",") || "none";
async function releases(text: string, language: "es" | "en"): Promise<string[]> {
  const events = await codeDocument({ id: "t", text, language, date: "2026-05-12" });
  return events.filter((e) => e.type === "RETREAT" && e.mode === "release").map((e) => `${sides(e.source)} → ${sides(e.target)}`);
}

const CASES: [string, "es" | "en", string, string | null][] = [
  ["an arrest told before; a counted subject", "en", "Kenyan police arrested six student leaders outside parliament in Nairobi on Monday. The six were released on bail on Tuesday.", "KEN/COP → KEN/EDU"],
  ["an abduction told after the release", "es", "Los dos periodistas fueron liberados este sábado en Culiacán. Un grupo armado los había secuestrado el jueves a la salida de un restaurante.", "MEX/UAF → MEX/JRN"],
  ["captors told after, by a known gang", "es", "Los cinco enfermeros fueron liberados la noche del martes en Tegucigalpa. Pandilleros de la Mara Salvatrucha habían retenido a los enfermeros el lunes en un hospital.", "SLV/CRM → HND/MED"],
  ["the released named before a relative clause on them", "es", "Los 15 policías que permanecían en poder de un grupo de comuneros en zona rural de Toribío, Cauca, fueron liberados este domingo. Comuneros indígenas habían retenido a los policías el viernes en una escuela.", "COL/CVL → COL/COP"],
  ["no captors told: no event", "en", "Three journalists were released on Tuesday in Nairobi.", null],
  ["a later arrest of other people is no captivity of these", "en", "Two Peruvian fishermen were freed on Sunday in Lima. Separately, Ecuadorian police arrested five Colombian smugglers in Guayaquil.", null],
];

for (const [what, lang, text, want] of CASES) {
  test(`a release with no doer named: ${what} (${lang})`, async () => {
    const got = await releases(text, lang);
    if (want === null) assert.deepEqual(got, [], text);
    else assert.ok(got.includes(want), `${text}\n  got ${JSON.stringify(got)}`);
  });
}
