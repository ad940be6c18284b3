import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, SHARED } from "./helpers.js";
import { judge, parseMarked, parsePlv, pickEvent, plvAccepts, scorePlv, type PlvItem } from "../src/eval/plv.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-plv-"));
const file = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

/** The CLI from the sources, as a user runs it (no build needed). */
function dyadDev(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", `${ROOT}scripts/dyad-dev.ts`, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const HEADER = ["", "sentence_id", "sentence", "marked_sentence", "source", "target", "gold_root"].join("\t");
const row = (id: number, marked: string, gold: string) => {
  const sentence = marked.replace(/<\/?[st]>/g, "");
  const span = (tag: string) => marked.match(new RegExp(`<${tag}>(.*?)</${tag}>`))?.[1] ?? "a recipient";
  return [String(id - 1), String(id), sentence, marked, span("s"), span("t"), gold].join("\t");
};
// CRLF, as the files of that layout come.
const tsv = (rows: string[]) => [HEADER, ...rows].join("\r\n") + "\r\n";

test("marked spans become offsets into the plain sentence, every occurrence, trimmed", () => {
  const m = parseMarked("<s>Pakistan </s>refused a request from <t>India</t>, <s>Pakistan</s>'s minister said.");
  assert.ok(m);
  assert.equal(m.text, "Pakistan refused a request from India, Pakistan's minister said.");
  assert.deepEqual(m.sources.map((s) => [s.text, m.text.slice(s.start, s.end)]), [["Pakistan", "Pakistan"], ["Pakistan", "Pakistan"]]);
  assert.deepEqual(m.targets.map((s) => s.start), [32]);
  assert.equal(parseMarked("<s>unclosed span"), null);
});

test("parsePlv reads the header by name, CRLF lines, and falls back to the source column without marks", () => {
  const items = parsePlv(`sentence\tgold_root\tsource\tmarked_sentence\r\nChile thanked Peru.\tsupport\tChile\t\r\n\r\n`);
  assert.equal(items.length, 1);
  assert.equal(items[0]!.gold, "SUPPORT");
  assert.deepEqual(items[0]!.sources, [{ start: 0, end: 5, text: "Chile" }]);
  assert.deepEqual(items[0]!.targets, []);
  const [unmarked] = parsePlv("sentence\tmarked_sentence\tsource\ttarget\tgold_root\nChile thanked Peru.\tChile thanked Peru.\tChile\tPeru\tSUPPORT\n");
  assert.deepEqual(unmarked?.targets, [{ start: 14, end: 18, text: "Peru" }]);
});

test("parsePlv says in one line what is wrong with a bad file", () => {
  assert.throws(() => parsePlv(""), /^Error: empty file$/);
  assert.throws(() => parsePlv("\n\n"), /^Error: empty file$/);
  assert.throws(() => parsePlv('{"docs": []}\n'), /^Error: not a TSV file: the header line has no tab$/);
  assert.throws(() => parsePlv("sentence\tlabel\nIran condemned it.\tACCUSE\n"), /^Error: missing columns gold_root, marked_sentence \(or source\)/);
  assert.throws(() => parsePlv("sentence\tsource\tgold_root\n"), /no sentences after the header/);
  assert.throws(() => parsePlv("sentence\tsource\tgold_root\nIran condemned it.\tIran\t\n"), /^Error: line 2: no gold_root/);
});

const actor = (text: string, start: number, extra: Partial<{ name: string; country: string; sector: string; org: string }> = {}) => ({
  text, start, end: start + text.length, name: extra.name ?? null, country: extra.country ?? null, sector: extra.sector ?? null, org: extra.org ?? null,
});
const event = (type: string, source: ReturnType<typeof actor>[], target: ReturnType<typeof actor>[]) => ({ type, source, target, trigger: { text: type.toLowerCase(), start: 0, end: 1 } });

test("the event on the marked source is chosen, the one on the marked target too preferred; a pronoun by whom it stands for", () => {
  // "Iran said it condemned the U.S. and thanked Iraq."
  const [item] = parsePlv(tsv([row(1, "<s>Iran</s> said it condemned <t>the U.S.</t> and thanked Iraq.", "ACCUSE")]));
  assert.ok(item);
  const thank = event("SUPPORT", [actor("Iran", 0)], [actor("Iraq", 44)]);
  const condemn = event("ACCUSE", [actor("it", 10, { name: "Iran", country: "IRN" })], [actor("U.S.", 27, { country: "USA" })]);
  const other = event("ASSAULT", [actor("U.S.", 27, { country: "USA" })], []);
  assert.equal(pickEvent([other, thank, condemn], item)?.type, "ACCUSE");
  assert.equal(pickEvent([other, thank], item)?.type, "SUPPORT");
  assert.equal(pickEvent([other], item), null);
  // A pronoun with no name: matched by the identity the marked text resolves to.
  const unnamed = event("ACCUSE", [actor("it", 10, { country: "IRN", sector: "GOV" })], []);
  assert.equal(pickEvent([unnamed], item), null);
  assert.equal(pickEvent([unnamed], item, () => ({ country: "IRN", sector: "GOV", org: null }))?.type, "ACCUSE");
  assert.equal(pickEvent([unnamed], item, () => ({ country: "IRN", sector: null, org: null })), null);
});

test("YIELD accepts CONCEDE or RETREAT, and the score counts accuracy, coverage and confusions per root", () => {
  assert.ok(plvAccepts("YIELD", "CONCEDE") && plvAccepts("YIELD", "RETREAT") && !plvAccepts("YIELD", "AGREE") && !plvAccepts("YIELD", null));
  const item = (gold: string): PlvItem => ({ line: 2, id: "1", sentence: "Iran x.", gold, sources: [{ start: 0, end: 4, text: "Iran" }], targets: [] });
  const on = (type: string) => [event(type, [actor("Iran", 0)], [])];
  const results = [
    judge(item("YIELD"), on("RETREAT")),
    judge(item("YIELD"), on("AGREE")),
    judge(item("YIELD"), []),
    judge(item("ACCUSE"), on("ACCUSE")),
  ];
  const s = scorePlv(results);
  assert.deepEqual([s.sentences, s.correct, s.covered, s.accuracy, s.coverage], [4, 2, 3, 0.5, 0.75]);
  assert.equal(s.coveredAccuracy, 2 / 3);
  assert.deepEqual(s.byRoot.map((r) => [r.root, r.n, r.correct, r.covered, r.confusion]), [
    ["YIELD", 3, 1, 2, [["AGREE", 1], [null, 1]]],
    ["ACCUSE", 1, 1, 1, []],
  ]);
  assert.equal(scorePlv([]).accuracy, null);
});

test("the target of the chosen event is judged against the marked target: on it, none, elsewhere, or nothing marked", () => {
  // "Iran condemned the U.S. over Iraq." with the U.S. marked as the target.
  const item: PlvItem = { line: 2, id: "1", sentence: "Iran condemned the U.S. over Iraq.", gold: "ACCUSE", sources: [{ start: 0, end: 4, text: "Iran" }], targets: [{ start: 15, end: 23, text: "the U.S." }] };
  const with_ = (target: ReturnType<typeof actor>[], type = "ACCUSE") => judge(item, [event(type, [actor("Iran", 0)], target)]);
  const on = with_([actor("U.S.", 19, { country: "USA" })]);
  const none = with_([]);
  const elsewhere = with_([actor("Iraq", 29, { country: "IRQ" })]);
  const wrongType = with_([actor("U.S.", 19, { country: "USA" })], "THREATEN");
  const unmarked = judge({ ...item, targets: [] }, [event("ACCUSE", [actor("Iran", 0)], [actor("Iraq", 29)])]);
  assert.deepEqual([on, none, elsewhere, wrongType, unmarked].map((r) => r.target), ["on", "none", "elsewhere", "on", "unmarked"]);
  assert.equal(elsewhere.targetText, "Iraq");
  const s = scorePlv([on, none, elsewhere, wrongType, unmarked]);
  // The dyad is right where the type is and the target falls on the mark (or nothing is marked).
  assert.deepEqual([s.correct, s.dyad, s.dyadAccuracy], [4, 2, 0.4]);
  assert.deepEqual(s.targets, { on: 1, none: 1, elsewhere: 1, unmarked: 1 });
});

test("dyad eval FILE.tsv prints accuracy, coverage and a row per gold root; --verbose lists the wrong ones", () => {
  const path = file("small.tsv", tsv([
    row(1, "<s>Iran</s> condemned <t>the United States</t> on Monday.", "ACCUSE"),
    row(2, "<s>The Mexican army</s> withdrew from the border town.", "YIELD"),
    row(3, "<s>Germany</s> said it would send aid to <t>Ukraine</t>.", "AGREE"),
    row(4, "<s>Brazil</s> arrested two <t>French citizens</t>.", "ASSAULT"),
    row(5, "The weather was mild in <s>Paris</s> today.", "PROTEST"),
  ]));
  const r = dyadDev(["eval", path, "--verbose"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /: 5 sentences\n/);
  assert.match(r.stdout, /^accuracy 60\.0 % \(3\/5\) {2}coverage 80\.0 % \(4\/5\) {2}accuracy when covered 75\.0 %$/m);
  assert.match(r.stdout, /^type and target right 60\.0 % \(3\/5\); the right type's target: on the mark 2, none 0, elsewhere 0, no target marked 1$/m);
  assert.match(r.stdout, /^ASSAULT +1 +0 +0\.0 +1 +COERCE 1$/m);
  assert.match(r.stdout, /^PROTEST +1 +0 +0\.0 +0 +none 1$/m);
  assert.match(r.stdout, /^ +5 +ASSAULT +COERCE «arrested» +Brazil arrested two French citizens\.$/m);
  assert.match(r.stdout, /^ +6 +PROTEST +none +The weather was mild in Paris today\.$/m);
  assert.doesNotMatch(r.stdout, /^ +2 +ACCUSE/m);
  // --plv picks the mode whatever the extension; --json gives the numbers.
  const j = dyadDev(["eval", file("small.txt", tsv([row(1, "<s>Iran</s> condemned <t>the United States</t> on Monday.", "ACCUSE")])), "--plv", "--json"]);
  assert.equal(j.code, 0, j.stderr);
  assert.deepEqual(JSON.parse(j.stdout).accuracy, 1);
});

test("dyad eval on a bad TSV gives one line and a non-zero exit; JSON gold files are read as before", () => {
  const cases: [string, RegExp][] = [
    [file("empty.tsv", ""), /^dyad: .*empty\.tsv: empty file\n$/],
    [file("comma.tsv", "sentence,gold_root\nIran condemned it.,ACCUSE\n"), /^dyad: .*comma\.tsv: not a TSV file: the header line has no tab\n$/],
    [file("cols.tsv", "text\tlabel\nIran condemned it.\tACCUSE\n"), /^dyad: .*cols\.tsv: missing columns sentence, gold_root, marked_sentence \(or source\) \(the header has text, label\)\n$/],
    [join(dir, "absent.tsv"), /^dyad: .*absent\.tsv: no such file\n$/],
  ];
  for (const [path, message] of cases) {
    const r = dyadDev(["eval", path]);
    assert.equal(r.code, 2, path);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, "");
  }
  assert.match(dyadDev(["eval", file("notgold.json", "{}")]).stderr, /not a gold file/);
});

const TRAIN = `${SHARED}anchors/Zero-Shot-PLOVER/datasets/PLV_train.tsv`;
test("PLV_train.tsv: every sentence judged, accuracy and coverage in the report", { skip: !existsSync(TRAIN) && "shared PLV_train.tsv absent" }, () => {
  const r = dyadDev(["eval", TRAIN, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.sentences, 1050);
  assert.equal(s.byRoot.reduce((n: number, x: { n: number }) => n + x.n, 0), 1050);
  assert.ok(s.accuracy > 0.756 && s.coverage > 0.865, `accuracy ${s.accuracy}, coverage ${s.coverage}`);
  assert.ok(s.dyadAccuracy > 0.545, `type and target right ${s.dyadAccuracy}`);
});
