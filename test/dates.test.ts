import { test } from "node:test";
import assert from "node:assert/strict";
import { dateMentions, relativeShift } from "../src/time/dates.js";

test("date expressions resolve against the publication date (Friday 2026-01-30)", () => {
  const pub = "2026-01-30";
  const cases: [string, "es" | "en", string][] = [
    ["sostuvo esta tarde una llamada", "es", "2026-01-30"],
    ["se reunieron ayer en Washington", "es", "2026-01-29"],
    ["el jueves llegó a Madrid", "es", "2026-01-29"],
    ["anoche atacaron el puesto", "es", "2026-01-29"],
    ["anteayer firmaron", "es", "2026-01-28"],
    ["hace tres días firmaron", "es", "2026-01-27"],
    ["la semana pasada firmaron", "es", "2026-01-23"],
    ["the two leaders spoke on Sunday", "en", "2026-01-25"],
    ["police arrested him two days ago", "en", "2026-01-28"],
    ["the talks of Dec. 15 failed", "en", "2025-12-15"],
  ];
  for (const [text, lang, want] of cases) {
    assert.equal(dateMentions(text, lang, pub)[0]?.date, want, text);
  }
  assert.equal(dateMentions("en julio hubo elecciones", "es", pub).length, 0, "a month alone fixes no day");
});

test("an event named after 'un día después de' happened that much earlier", () => {
  assert.equal(relativeShift("Esta comunicación ocurrió un día después de la "), -1);
  assert.equal(relativeShift("It came two days after the "), -2);
  assert.equal(relativeShift("También se dio horas después de la "), -0);
  assert.equal(relativeShift("El canciller llamó a "), null);
});
