import { test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import type { Actor } from "../src/model/actor.js";

// After an arrest told in the passive, "por" with an infinitive or a hedged offence after it says what for, not by whom
// (decision drop.agent-not-actor, chargeAfterAgentPrep): the arrest stands, made by the story's state. "Los detenidos
// por razones políticas" names people held, no arrest of the day. What a user sees: the events and their sides.
const side = (xs: readonly Actor[]): string => xs.map((a) => `${a.country ?? "—"}/${a.sector ?? "—"}`).join(",") || "none";
async function arrests(text: string): Promise<string[]> {
  const events = await codeDocument({ id: "t", text, language: "es", date: "2026-03-05" });
  return events.filter((e) => e.type === "COERCE").map((e) => `${side(e.source)} → ${side(e.target)}`);
}

const CASES: [string, string, string[]][] = [
  ["an infinitive after 'por'", "CARACAS (EFE) - Doce estudiantes fueron detenidos por bloquear la entrada a un edificio del gobierno.", ["VEN/GOV → VEN/EDU"]],
  ["a hedged offence after 'por'", "LIMA (EFE) - El exgobernador fue detenido por presunto lavado de dinero.", ["PER/GOV → PER/ELI"]],
  ["an actor after 'por' is the arrester", "LIMA (EFE) - Tres hombres fueron detenidos por la Policía Nacional.", ["PER/COP → PER/CRM"]],
  ["people held for a reason: no arrest", "CARACAS (EFE) - Machado exigió la liberación de los más de 800 detenidos por razones políticas.", []],
];
for (const [what, text, want] of CASES) {
  test(`an arrest's 'por': ${what}`, async () => {
    assert.deepEqual(await arrests(text), want);
  });
}
