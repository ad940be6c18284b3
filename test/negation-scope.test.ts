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

// A preterite coordinated after a reported clause told in the future, the conditional or under a modal is the
// reporter's next act, not the reported clause's doer's ("advirtió que la Policía hará cumplir la ley y pidió…"); the
// clause's own preterites stay its doer's ("dijo que la Policía detuvo a once personas y liberó a tres"). A causative
// in the future carries the act of its infinitive ("hará cumplir la orden de captura": a threat, not an arrest).
const REPORTED: [string, "es" | "en", string, string[]][] = [
  ["Spanish future, then 'y' and a preterite", "es", "LA PAZ (EFE) - El ministro de Gobierno de Bolivia advirtió que la Policía desalojará las carreteras que siguen bloqueadas y pidió a los manifestantes volver a sus casas.", ["REQUEST BOL/GOV → BOL/CVL"]],
  ["Spanish conditional under a modal, then 'y' and a preterite", "es", "LA PAZ (EFE) - El ministro de Gobierno de Bolivia dijo que la Policía podría intervenir en las próximas horas y pidió a los manifestantes volver a sus casas.", ["REQUEST BOL/GOV → BOL/CVL"]],
  ["English 'would', then 'and' and a past verb", "en", "LA PAZ (Reuters) - Bolivia's interior minister said that police would clear the roads within hours and urged the protesters to go home.", ["REQUEST BOL/GOV → BOL/CVL"]],
  ["the reported clause's own preterites stay its doer's", "es", "LA PAZ (EFE) - El ministro de Gobierno de Bolivia dijo que la Policía detuvo a once personas y liberó a tres de ellas.", ["COERCE BOL/COP → BOL/CRM", "RETREAT BOL/COP → none"]],
  ["a causative in the future carries a threat", "es", "LA PAZ (EFE) - La Policía de Bolivia hará cumplir la orden de captura contra el exministro de Gobierno.", ["THREATEN BOL/COP → BOL/ELI"]],
];
for (const [what, language, text, want] of REPORTED) {
  test(`a reported future clause: ${what}`, async () => {
    assert.deepEqual(await coded(text, language), want);
  });
}
