import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// fresh12-en (test/fixtures/coder-dev/fresh12-en.json): general constructions its misses showed, each also found in
// another text (named in the commit). Our own sentences.

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event, and the date of each.
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, date = "2026-07-08"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language: "en", date })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)} @${e.date}`);
}

// [what it stands for, text, an event that must be coded (its start), the start of events that must not be]
const ROWS: [string, string, string | null, string | null][] = [
  ["'its' after a nationality standing before a thing points back past it, to the country that acts",
    "China imposed tariffs on Canadian steel, and its commerce ministry urged Ottawa to end its own duties.", "REQUEST CHN/GOV → CAN/GOV", "REQUEST CAN"],
  ["…and the body it names is the one a later 'The ministry' stands for",
    "China will impose new tariffs on Brazilian beef, its commerce ministry said on Wednesday. The ministry urged Brasilia to correct its practices.", "REQUEST CHN/GOV → BRA/GOV", "REQUEST BRA"],
  ["'he' after a reported clause is the person who spoke, never a body named inside the report",
    "Bangladesh's Foreign Adviser Touhid Hossain told reporters that India's Border Security Force had pushed 300 people across the border. \"This is not acceptable,\" he said, and asked New Delhi to take them back.", "REQUEST BGD/GOV → IND/GOV", "REQUEST IND"],
  ["police who 'used water cannon' or 'used tear gas' against a crowd assault it",
    "Riot police used tear gas to disperse hundreds of demonstrators outside parliament in Nairobi on Tuesday.", "ASSAULT KEN/COP → KEN/CVL", null],
  ["what someone is charged with is the charge's content, no act of its own",
    "Prosecutors charged eight opposition leaders with sabotage and attempting to overthrow the government.", "ACCUSE", "COERCE"],
  ["…nor an act after 'charged X with' told by a gerund",
    "Prosecutors in Lagos charged the former governor with attacking a police officer.", "ACCUSE", "ASSAULT"],
  ["a strike whose strikers go unnamed is held by the country's workers (labour), not by its public at large",
    "A nationwide general strike against the pension reform shut down Portugal's airports and most train services on Thursday.", "PROTEST PRT/LAB", "PROTEST PRT/CVL"],
];
describe("fresh12-en: constructions of news the coder was not tuned on", () => {
  for (const [why, text, want, not] of ROWS) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});
