import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluateFile } from "../src/cli/eval.js";
import { GOLD, hasShared } from "./helpers.js";

// Floors from the coder's issue; the figures themselves are printed by `dyad eval`.
const FLOORS: [file: string, level: "type" | "full", min: number][] = [
  ["seed-es.gold.json", "full", 1.0],
  ["dev-es.json", "full", 0.6],
  ["dev-en.json", "full", 0.6],
  ["external/plover-gsr-en.json", "type", 0.6],
  ["external/udp-es-protest.json", "type", 0.5],
  ["external/udp-es-fight.json", "full", 0.45],
];

for (const [file, level, min] of FLOORS) {
  test(`gold ${file}: ${level} F1 ≥ ${min * 100}`, { skip: !hasShared && "../shared/gold is not beside the repository" }, async () => {
    const s = await evaluateFile(`${GOLD}${file}`);
    const f1 = s.levels[level].f1;
    assert.ok(f1 >= min, `${file}: ${level} F1 ${(100 * f1).toFixed(1)} < ${min * 100}`);
  });
}

test("seed article: both dated events carry their own dates", { skip: !hasShared && "no ../shared" }, async () => {
  const s = await evaluateFile(`${GOLD}seed-es.gold.json`);
  assert.equal(s.agreement.date, 1);
  assert.equal(s.agreement.mode, 1);
});
