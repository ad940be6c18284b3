import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// fresh9-en (test/fixtures/coder-dev/fresh9-en.json): general constructions its misses showed, each also found in
// another text (named in the commit). Our own sentences.

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event, and the date of each.
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, date = "2026-05-12"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language: "en", date })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)} @${e.date}`);
}

// [what it stands for, text, an event that must be coded (its start), the start of events that must not be]
const ROWS: [string, string, string | null, string | null][] = [
  ["'X, which … <country> …, said it …': the pronoun is the reporting verb's subject, not a country inside the relative",
    "Estonia, which has long accused Russia of jamming GPS signals, said on Tuesday it would deliver more ammunition to Ukraine.", "AGREE EST/GOV", "AGREE RUS"],
  ["…the same with 'that' and a support verb",
    "Kenya, which borders Somalia, said that it stood with Ethiopia after the attack.", "SUPPORT KEN/GOV", "SUPPORT SOM"],
  ["…while a pronoun after a plain subject still finds its antecedent as before",
    "Chile summoned Peru's ambassador. It said it would send a protest note to Lima.", null, "ACCUSE PER"],
  ["a militia fighting its own country's army opposes the state (PLOVER's PRM is a paramilitary not in opposition): REB",
    "Clan militias attacked an army post near Beledweyne on Friday, and the air force bombed militia positions the next day.", "ASSAULT SOM/REB → SOM/MIL", "ASSAULT SOM/PRM"],
  ["…while a militia fighting another country's forces keeps its sector",
    "A pro-government militia in Venezuela was mobilised, and Venezuelan militias attacked Colombian troops at the border.", null, "ASSAULT VEN/REB"],
  ["a politician's supporters are civilians of his side, a party to what they do and suffer",
    "Hundreds of Ortega's supporters blocked highways near Managua on Monday.", "PROTEST NIC/CVL → NIC/GOV", null],
  ["…also counted out of a number ('12 of his supporters')",
    "The opposition leader called the vote stolen. Police in Harare arrested 12 of his supporters after a rally on Monday.", "COERCE ZWE/COP → ZWE/", null],
  ["an act in the perfect on a vaguely counted object over a span told is a total, no act of the day",
    "Customs officials said on Tuesday they had stopped a convoy. Tehran has detained several foreign tankers in the Gulf since 2023.", null, "COERCE IRN"],
  ["…while one act in the perfect is still an act",
    "Iran has detained a foreign tanker in the Gulf, state media said on Tuesday.", "COERCE IRN/GOV", null],
];
describe("fresh9-en: constructions of news the coder was not tuned on", () => {
  for (const [why, text, want, not] of ROWS) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});
