import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import type { Actor } from "../src/model/actor.js";

// A crowd-control instrument told as a noun (src/events/roles.ts instrumentVerbBefore): used by the subject of the
// verb it serves, on that verb's object; told beside the verb of the same act, one event. What a user sees: the
// ASSAULT/crowd-control events, "SRC/SECTOR → TGT/SECTOR", for our own sentences.
const sides = (xs: readonly Actor[]) => xs.map((a) => `${a.country ?? "—"}/${a.sector ?? "—"}`).join(",") || "none";
async function crowdControl(text: string, language: "es" | "en"): Promise<string[]> {
  const events = await codeDocument({ id: "t", text, language, date: "2026-04-21" });
  return events.filter((e) => e.type === "ASSAULT" && e.mode === "crowd-control").map((e) => `${sides(e.source)} → ${sides(e.target)}`);
}

const CASES: [string, "es" | "en", string, string[]][] = [
  ["the instrument after 'con', the object after it", "es", "Agentes de la Policía Nacional del Perú desalojaron con perdigones y gas pimienta a un grupo de manifestantes en Lima.", ["PER/COP → PER/CVL"]],
  ["the instrument after 'con', the object before it", "es", "Los Carabineros de Chile despejaron el puente con carros lanzaagua y gases lacrimógenos.", ["CHL/COP → none"]],
  ["the object of 'utilizar'", "es", "Los Carabineros de Chile utilizaron balas de goma contra los estudiantes.", ["CHL/COP → CHL/EDU"]],
  ["the object of 'use'", "en", "Kenyan police used tear gas against opposition supporters in Nairobi.", ["KEN/COP → KEN/OPP"]],
  ["instrument and verb of one act: one event", "en", "Serbian riot police used water cannon and pepper spray to disperse students outside parliament in Belgrade.", ["SRB/COP → SRB/EDU"]],
  ["'the use of' names no user", "en", "Manila protested the use of water cannon by Chinese coast guard vessels against a Philippine boat.", ["CHN/MIL → PHL/GOV"]],
];

for (const [what, lang, text, want] of CASES) {
  test(`a crowd-control instrument told as a noun: ${what} (${lang})`, async () => {
    assert.deepEqual(await crowdControl(text, lang), want, text);
  });
}
