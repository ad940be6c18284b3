import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { ROOT } from "./helpers.js";
import { coverage, formatCoverage } from "../scripts/lexicon-coverage.js";

test("coverage counts rules per kept CAMEO code and language, lists the codes with none and sums up", () => {
  const cameo = [
    { code: "010", name: "Make statement", plover: null },
    { code: "030", name: "Express intent to cooperate", plover: { type: "AGREE", mode: null } },
    { code: "172", name: "Impose administrative sanctions", plover: { type: "SANCTION", mode: "restrict" } },
    { code: "1821", name: "Sexually assault", plover: { type: "ASSAULT", mode: "sexual" } },
  ];
  const c = coverage(cameo, { es: [{ cameo: "030" }, { cameo: "030" }, { cameo: "172" }, { cameo: "010" }], en: [{ cameo: "030" }, { cameo: "0631" }] }, { es: ["events.json"], en: ["events.json", "events-18.json"] });
  assert.deepEqual(c.rows.map((r) => [r.code, r.plover, r.counts.es, r.counts.en]), [["030", "AGREE", 2, 1], ["172", "SANCTION/restrict", 1, 0], ["1821", "ASSAULT/sexual", 0, 0]]);
  assert.deepEqual(c.missing, { es: ["1821"], en: ["172", "1821"] });
  const text = formatCoverage(c);
  assert.match(text, /^lexicon files: es events\.json; en events\.json events-18\.json$/m);
  assert.match(text, /^030 +AGREE +2 +1 {2}Express intent to cooperate$/m);
  assert.match(text, /^no es rules \(1\): 1821$/m);
  assert.match(text, /^no en rules \(2\): 172 1821$/m);
  assert.match(text, /^rules on codes PLOVER does not keep or cameo\.json lacks: 010 \(es 1, en 0\), 0631 \(es 0, en 1\)$/m);
  assert.match(text, /\ncodes covered: es 2\/3 \(66\.7 %\), en 1\/3 \(33\.3 %\)$/);
});

test("npm run lexicon:coverage on the repository's data: 030 has rules in both languages, summary last", () => {
  const r = spawnSync(process.execPath, ["--import", "tsx", `${ROOT}scripts/lexicon-coverage.ts`], { cwd: ROOT, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const row = r.stdout.match(/^030 +AGREE +(\d+) +(\d+) /m);
  assert.ok(row, r.stdout.slice(0, 500));
  assert.ok(Number(row[1]) > 0 && Number(row[2]) > 0, row[0]);
  assert.match(r.stdout, /^lexicon files: es (?:\S+ )*events\.json(?: \S+)*; en (?:\S+ )*events\.json/m);
  const sum = r.stdout.match(/\ncodes covered: es (\d+)\/(\d+) \(\d+\.\d %\), en (\d+)\/(\d+) \(\d+\.\d %\)\n$/);
  assert.ok(sum, r.stdout.slice(-300));
  assert.equal(sum[2], sum[4]);
  assert.ok(Number(sum[1]) > 0 && Number(sum[1]) <= Number(sum[2]) && Number(sum[3]) > 0);
});
