import { test } from "node:test";
import assert from "node:assert/strict";
import { score } from "../src/eval/score.js";
import type { GoldDoc } from "../src/eval/gold.js";
import type { EventRecord } from "../src/model/event.js";

const actor = (country: string | null, sector: string | null, org: string | null = null) =>
  ({ text: "x", name: null, country, sector, org, start: 0, end: 1 });
const pred = (type: string, src: EventRecord["source"], tgt: EventRecord["target"], date = "2026-01-30"): EventRecord => ({
  doc: "d", id: Math.random().toString(36), type, mode: null, cameo: "040", goldstein: 1, quad: 1, date, source: src, target: tgt,
  contexts: [], sentence: 0, evidence: "", trigger: { text: "", start: 0, end: 0 }, language: "es", rule: "r", symmetric: false,
});
const doc = (events: GoldDoc["events"], extra: Partial<GoldDoc> = {}): GoldDoc => ({ id: "d", language: "es", date: "2026-01-30", text: "", events, ...extra });

test("symmetric gold accepts swapped sides; the mirror of a matched event is not false", () => {
  const gold = [doc([{ type: "CONSULT", symmetric: true, source: [{ country: "MEX", sector: "GOV" }], target: [{ country: "USA", sector: "GOV" }] }])];
  const preds = [pred("CONSULT", [actor("USA", "GOV")], [actor("MEX", "GOV")]), pred("CONSULT", [actor("MEX", "GOV")], [actor("USA", "GOV")])];
  const s = score(gold, new Map([["d", preds]]));
  assert.deepEqual([s.levels.full.tp, s.levels.full.fp, s.levels.full.fn], [1, 0, 0]);
});

test("sector matters only at full level; alternatives and '---' targets are honoured", () => {
  const gold = [doc([
    { type: "SANCTION", source: [{ country: "USA", sector: "GOV" }], target: [{ country: "---|CUB" }] },
    { type: "COERCE", source: [{ country: "MEX", sector: "MIL|GOV" }], target: [{ country: "MEX", sector: "CRM" }] },
  ])];
  const preds = [pred("SANCTION", [actor("USA", "GOV")], []), pred("COERCE", [actor("MEX", "COP")], [actor("MEX", "CRM")])];
  const s = score(gold, new Map([["d", preds]]));
  assert.equal(s.levels.type.tp, 2);
  assert.equal(s.levels.country.tp, 2);
  assert.deepEqual([s.levels.full.tp, s.levels.full.fp, s.levels.full.fn], [1, 1, 1]);
});

test("predictions sharing type, identities and date count once; typeOnly documents score types alone", () => {
  const gold = [doc([{ type: "PROTEST", source: [], target: [] }], { typeOnly: true })];
  const p = pred("PROTEST", [actor("ARG", "LAB")], []);
  const s = score(gold, new Map([["d", [p, { ...p, id: "other" }]]]));
  assert.deepEqual([s.levels.full.tp, s.levels.full.fp], [1, 0]);
});

test("matched events whose gold fixes another day are listed, with the date agreement they cost", () => {
  const gold = [doc([
    { type: "CONSULT", date: "2026-01-29", source: [{ country: "MEX", sector: "GOV" }], target: [{ country: "USA", sector: "GOV" }] },
    { type: "COERCE", date: "2026-01-28", source: [{ country: "MEX", sector: "MIL" }], target: [{ country: "MEX", sector: "CRM" }] },
    { type: "ACCUSE", source: [{ country: "MEX", sector: "GOV" }], target: [{ country: "USA", sector: "GOV" }] },
  ])];
  const preds = [
    pred("CONSULT", [actor("MEX", "GOV")], [actor("USA", "GOV")], "2026-01-30"),
    pred("COERCE", [actor("MEX", "MIL")], [actor("MEX", "CRM")], "2026-01-28"),
    pred("ACCUSE", [actor("MEX", "GOV")], [actor("USA", "GOV")], "2026-01-30"),
  ];
  const s = score(gold, new Map([["d", preds]]));
  assert.equal(s.agreement.date, 0.5);
  assert.deepEqual(s.dateMisses.map((m) => [m.gold.type, m.gold.date, m.pred.date]), [["CONSULT", "2026-01-29", "2026-01-30"]]);
});
