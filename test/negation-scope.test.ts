import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import type { Actor } from "../src/model/actor.js";

// A negator or a negating verb ("fail", "abstenerse") negates the act of its own clause. An inflected verb after a
// coordinator opens a clause of its own ("did not attend the meeting and urged…", "the talks had failed and urged…"):
// its act is told, not negated. A bare form after the coordinator shares the negation ("did not condemn and reject").
// What a user sees: the events coded and their sides.
const side = (xs: readonly Actor[]): string => xs.map((a) => `${a.country ?? "—"}/${a.sector ?? "—"}`).join(",") || "none";
async function coded(text: string, language: "es" | "en"): Promise<string[]> {
  const events = await codeDocument({ id: "t", text, language, date: "2026-05-12" });
  return events.map((e) => `${e.type} ${side(e.source)} → ${side(e.target)}`);
}

const CASES: [string, "es" | "en", string, string[]][] = [
  ["a negated verb, then 'and' and a past verb", "en", "QUITO (Reuters) - Ecuador's interior minister did not attend the meeting and urged the protesters to lift their blockades.", ["REQUEST ECU/GOV → ECU/CVL"]],
  ["an intransitive 'failed', then 'and' and a past verb", "en", "QUITO (Reuters) - Ecuador's interior minister said the talks had failed and urged the protesters to lift their blockades.", ["REQUEST ECU/GOV → ECU/CVL"]],
  ["'but' and a past verb", "en", "QUITO (Reuters) - Ecuador's interior minister did not comment but urged the protesters to lift their blockades.", ["REQUEST ECU/GOV → ECU/CVL"]],
  ["'failed to' keeps negating its own verb", "en", "QUITO (Reuters) - Ecuador's interior minister failed to condemn the blockades.", []],
  ["a bare verb after 'and' shares the negation", "en", "QUITO (Reuters) - Ecuador's interior minister did not condemn and reject the blockades.", []],
  ["Spanish: a negated verb, then 'y' and a past verb", "es", "QUITO (EFE) - El ministro del Interior de Ecuador no asistió a la reunión del lunes con los dirigentes del transporte y pidió a los manifestantes levantar los bloqueos.", ["REQUEST ECU/GOV → ECU/CVL"]],
];
for (const [what, language, text, want] of CASES) {
  test(`negation's reach: ${what}`, async () => {
    assert.deepEqual(await coded(text, language), want);
  });
}
