import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { generate, SOURCE, TARGET } from "../scripts/gen-ontology.js";
import { Ontology, PloverSchema } from "../src/ontology/index.js";

const data = JSON.parse(readFileSync(SOURCE, "utf8"));

test("the TypeScript unions are generated from data/ontology/plover.json (run npm run ontology after editing it)", () => {
  assert.equal(readFileSync(TARGET, "utf8"), generate(data));
});

test("type classes and announced forms are read from the data", () => {
  const on = new Ontology(PloverSchema.parse(data));
  const table: [Parameters<Ontology["is"]>[0], Parameters<Ontology["is"]>[1], boolean][] = [
    ["ACCUSE", "stance", true], ["ASSAULT", "stance", false], ["ASSAULT", "harm", true], ["CONSULT", "joint", true],
    ["PROTEST", "implicit-doer", true], ["SUPPORT", "needs-recipient", true], ["SANCTION", "directed", true], ["MOBILIZE", "directed", false],
  ];
  for (const [type, cls, want] of table) assert.equal(on.is(type, cls), want, `${type} ${cls}`);
  assert.deepEqual(on.future("AID"), { type: "AGREE", cameo: "033", mode: null });
  assert.deepEqual(on.future("ASSAULT"), { type: "THREATEN", cameo: "138", mode: "violence" });
  assert.equal(on.future("RETREAT")?.type, "CONCEDE");
  assert.equal(on.future("ACCUSE"), null);
  assert.equal(on.quad.get("COERCE"), 4);
});

test("a misspelled class or type in the ontology file is refused", () => {
  const bad = structuredClone(data);
  bad.types[0].classes = ["stanse"];
  assert.equal(PloverSchema.safeParse(bad).success, false);
  const bad2 = structuredClone(data);
  bad2.types[0].type = "AGGREE";
  assert.equal(PloverSchema.safeParse(bad2).success, false);
});
