import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluateFile } from "../src/cli/eval.js";
import type { Level } from "../src/eval/score.js";
import { GOLD, hasShared } from "./helpers.js";

// [gold file, level, the coder issue's floor (#9), the floor this code already holds (a regression guard)].
// Where the floor is not reached yet, it stays as a `todo` test: it runs and reports, without failing.
const FLOORS: [file: string, level: Level, target: number, guard: number][] = [
  ["seed-es.gold.json", "full", 1.0, 1.0],
  ["real/train-es.json", "full", 0.6, 0.64],
  ["real/train-en.json", "full", 0.6, 0.61],
  ["dev-es.json", "full", 0.7, 0.77],
  ["dev-en.json", "full", 0.7, 0.7],
  ["external/plover-gsr-en.json", "type", 0.7, 0.73],
  ["external/udp-es-protest.json", "type", 0.5, 0.57],
  ["external/udp-es-fight.json", "full", 0.55, 0.6],
  // No floor in the issue: a guard only. 27.9 since past leaders are known (1994: Pinochet commands the army, MIL where the gold has GOV);
  // 30.0 since unarmed people who wreck property riot and states that "protest" complain (es10).
  ["external/udp-es-1018.json", "full", 0.27, 0.29],
];

const noShared = !hasShared && "../shared/gold is not beside the repository";
const scores = new Map<string, ReturnType<typeof evaluateFile>>();
const scoreOf = (file: string) => {
  if (!scores.has(file)) scores.set(file, evaluateFile(`${GOLD}${file}`));
  return scores.get(file)!;
};

for (const [file, level, target, guard] of FLOORS) {
  test(`gold ${file}: ${level} F1 holds ≥ ${Math.round(guard * 100)}`, { skip: noShared }, async () => {
    const f1 = (await scoreOf(file)).levels[level].f1;
    assert.ok(f1 >= guard, `${file}: ${level} F1 ${(100 * f1).toFixed(1)} fell below ${Math.round(guard * 100)}`);
  });
  if (target > guard) {
    test(`gold ${file}: ${level} F1 reaches the issue's floor ${Math.round(target * 100)}`, { skip: noShared, todo: "not reached yet" }, async () => {
      const f1 = (await scoreOf(file)).levels[level].f1;
      assert.ok(f1 >= target, `${file}: ${level} F1 ${(100 * f1).toFixed(1)} < ${target * 100}`);
    });
  }
}

test("seed article: modes and both own dates right on every matched event", { skip: noShared }, async () => {
  const s = await scoreOf("seed-es.gold.json");
  assert.equal(s.agreement.matched, 6);
  assert.equal(s.agreement.date, 1);
  assert.equal(s.agreement.mode, 1);
});
