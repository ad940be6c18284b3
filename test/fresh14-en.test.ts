import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// fresh14-en: constructions of English news that the blind set fresh14-en showed and a second, unrelated text shares
// (test/fixtures/coder-dev/README.md, "fresh14-en.json"). Our own sentences.

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event.
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, date = "2026-03-05"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language: "en", date })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)}`);
}

// [what it stands for, text, an event that must be coded (its start), the start of events that must not be]
const ROWS: [string, string, string | null, string | null][] = [
  ["an act in words coordinated after a reported clause is the speaker's, even when the reported act's target is only implicit (a protest's own state)",
    "Peru's interior minister said police had arrested 20 people who tried to block the Pan-American highway, and warned that anyone blocking roads would be jailed.",
    "THREATEN PER/GOV", "THREATEN PER/CVL"],
  ["'again' between 'and' and a coordinated verb: the verb shares the first verb's subject, not its object",
    "Kenya's president thanked Japan for the grant and again urged the Security Council to fund the mission.", "REQUEST KEN/GOV → UN/-", "REQUEST JPN/"],
  ["an act in a clause of time set off after a stance ('…, hours after police arrested…') is asserted, not the stance's content",
    "Kenya's opposition rejected the new electoral law on Tuesday, hours after police arrested two of its lawmakers in Nairobi.", "COERCE KEN/COP → KEN/LEG", null],
  ["…while what a demand asks stays its content",
    "The UN urged Israel to withdraw its troops after the ceasefire takes hold.", "REQUEST UN/- → ISR/GOV", "RETREAT"],
  ["the UN refugee chief since 2026 speaks for UNHCR, not as Iraq's former president",
    "UNHCR chief Barham Salih urged Germany to resettle more Sudanese refugees.", "REQUEST UNHCR/", "REQUEST IRQ/"],
  ["an accusation told as the object of 'dismissed' is denied, no new accusation (fresh5-en f5e03 'dismissed the charge, saying…')",
    "Riga accused Moscow of jamming GPS signals. Moscow dismissed the accusation, saying the interference had come from Latvian military exercises.", "ACCUSE LVA/GOV → RUS/GOV", "ACCUSE RUS/"],
  ["…while dismissing a demand is still a refusal",
    "The government dismissed the strikers' demands on Monday.", "REJECT", null],
];
describe("fresh14-en: constructions of English news", () => {
  for (const [why, text, want, not] of ROWS) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
  test("'carried out an air strike' is one act: the singular 'strike' after 'air' codes no second strike", async () => {
    const got = await coded("The French army carried out an air strike against jihadist fighters near the village of Tin Zaouatene in northern Mali on Friday, killing eight militants, the defence ministry said.");
    assert.equal(got.filter((e) => e.startsWith("ASSAULT")).length, 1, JSON.stringify(got));
  });
});
