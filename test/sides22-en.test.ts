import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";
import { datelineOf } from "../src/text/dateline.js";

// sides22-en: classes of English side errors that recur across unrelated texts (the table in
// test/fixtures/coder-dev/README.md, "sides22-en: English side errors by class"), fixed by construction. Our own sentences.

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event.
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, date = "2026-05-12"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language: "en", date })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)}`);
}

// [what it stands for, text, an event that must be coded (its start), the start of events that must not be]
const ROWS: [string, string, string | null, string | null][] = [
  ["an inquiry looks into the party after 'into' past a time phrase",
    "Romanian prosecutors opened a criminal investigation on Wednesday into far-right leader George Simion over a rally.", "ACCUSE ROU/JUD → ROU/", "ACCUSE ROU/JUD → ∅"],
  ["…'last Friday' too",
    "Chilean prosecutors launched a probe last Friday into former senator Andres Rojas.", "ACCUSE CHL/JUD → CHL/", "ACCUSE CHL/JUD → ∅"],
  ["…but a place after a time phrase is no suspect",
    "Kenyan police opened an investigation on Monday into the deaths in Nairobi.", null, "ACCUSE KEN/COP → KEN/GOV"],
  ["a charge brought 'before' a court it names is still aimed at the party after 'against'",
    "Colombia's attorney general filed corruption charges before the Supreme Court against senator Andres Gomez.", "ACCUSE COL/JUD → COL/LEG", null],
  ["…a court the coder does not know by name",
    "The Philippine Department of Justice filed graft charges before the Sandiganbayan against former senator Ramon Cruz and three contractors.", "ACCUSE PHL/GOV → PHL/", "ACCUSE PHL/GOV → ∅"],
  ["…and a body heard 'with', past a time phrase, is the forum, not the target",
    "An Ecuadorian lawyer filed a complaint with the Inter-American Commission on Tuesday against the government of Ecuador.", "ACCUSE ECU/JUD → ECU/GOV", null],
  ["…while 'before' opening a clause still ends the act's arguments",
    "Peruvian police detained two men before the president arrived in Cusco.", "COERCE PER/COP → PER/CRM", "COERCE PER/COP → PER/GOV"],
];
describe("sides22-en: sides of English news by construction", () => {
  for (const [why, text, want, not] of ROWS) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});

describe("sides22-en: a dateline closed by a colon (\"NEW DELHI: …\") says where the story was filed", () => {
  test("a place in capitals before a colon is the dateline; a capitalised word before one is not", () => {
    assert.equal(datelineOf("NEW DELHI: India and Nepal signed a power deal on Monday.")?.place, "NEW DELHI");
    assert.equal(datelineOf("KUWAIT CITY : The foreign ministry summoned Iraq's envoy.")?.place, "KUWAIT CITY");
    assert.equal(datelineOf("Police: Two men were arrested on Monday."), null);
  });
  test("the dateline's capital is no actor, and its country is the story's home for bare nouns", async () => {
    const got = await coded("MUSCAT: Iranian and American negotiators met on Sunday. Foreign Minister Abbas Araghchi said any deal must lift all sanctions.");
    assert.ok(!got.some((e) => e.includes("OMN/GOV")), JSON.stringify(got));
    const home = await coded("CHENNAI: Police fired tear gas at striking farmers on Monday.");
    assert.ok(home.some((e) => e.startsWith("ASSAULT IND/COP → IND/AGR")), JSON.stringify(home));
  });
  test("a story opening on a state body named by no country is the dateline's state's, however often it names another", async () => {
    const text = "DOHA: The foreign ministry summoned Iran's ambassador on Monday over remarks by Iranian officials. Iran's parliament speaker had said Iran would not accept the maritime border with Qatar. Tehran has not responded, and Iranian media said Iran's navy would continue patrols near Iranian waters.";
    const got = await coded(text);
    assert.ok(got.some((e) => e.startsWith("ACCUSE QAT/GOV → IRN/GOV")), JSON.stringify(got));
    // (Without the dateline, the story's most named country is the ministry's.)
    assert.ok((await coded(text.replace("DOHA: ", ""))).some((e) => e.startsWith("ACCUSE IRN/GOV")));
  });
});
