import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// fresh13-en: constructions of English news that the blind set fresh13-en showed and a second, unrelated text shares
// (test/fixtures/coder-dev/README.md, "fresh13-en.json"). Our own sentences.

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event.
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, date = "2026-05-14"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language: "en", date })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)}`);
}

// [what it stands for, text, an event that must be coded (its start), the start of events that must not be]
const ROWS: [string, string, string | null, string | null][] = [
  ["a count between a possessive and its head keeps the head: the people, not the country, are the target",
    "Police arrested Kenya's 12 opposition leaders in Nairobi on Thursday.", "COERCE KEN/COP → KEN/OPP", "COERCE KEN/COP → ∅"],
  ["…a count and a ranking word (train-en-13: \"Russia's two biggest oil companies\")",
    "The U.S. Treasury sanctioned Venezuela's two biggest oil companies on Wednesday.", "SANCTION USA/GOV → VEN/BUS", null],
  ["…and the doer of an act told as a noun in a 'by' phrase",
    "A general strike called by Portugal's two main union confederations halted trains on Thursday.", "PROTEST PRT/LAB", "PROTEST PRT/GOV"],
  ["a verb of labelling whose object noun is followed by a quoted label judges the act, it calls no new one (fresh9-en f9e06)",
    "Thousands of teachers went on strike in Lisbon on Thursday. Prime Minister Luis Montenegro called the strike \"political\".", "PROTEST PRT/", "PROTEST PRT/GOV"],
  ["…nor one followed by an adjective that ends the clause",
    "Dock workers walked off the job in Durban on Monday. The transport minister called the walkout illegal.", null, "PROTEST ZAF/GOV"],
  ["…while calling a strike is one",
    "Portugal's main unions called a general strike on Thursday.", "PROTEST PRT/LAB", null],
  ["…and a quotation after an appeal's verb is its content, no label (train-en-19)",
    "Kenya's president called on Rwanda to halt \"defensive measures\" along the border.", "REQUEST KEN/GOV → RWA/GOV", null],
  ["a demand for the release of captives named only as its object is made of whoever holds them (fresh11-en f11e06, fresh12-en f12e03)",
    "A Beijing court on Tuesday sentenced a Japanese engineer to three years in prison. Tokyo called the verdict regrettable and demanded the man's early release.", "REQUEST JPN/GOV → CHN/JUD", "REQUEST JPN/GOV → JPN/"],
  ["…'the release of' them, after the arrest the story told",
    "Police detained 300 people in Casablanca on Monday. A rights group accused the security forces of using excessive force and demanded the release of all detained protesters.", "REQUEST MAR/SOC → MAR/COP", "REQUEST MAR/SOC → MAR/CVL"],
  ["…while a demand addressed to someone keeps its addressee",
    "Police detained 300 people in Casablanca on Monday. The EU urged Rabat to release all detained protesters.", "REQUEST EU/- → MAR/GOV", null],
  ["an unknown body's name before 'of' and its state is that state's body of the sector its body word gives, not its government (fresh5-en f5e01)",
    "The Law Society of Uganda condemned the arrest of the lawyer in Kampala.", "ACCUSE UGA/SOC", "ACCUSE UGA/GOV"],
  ["…and so is one after a demonym",
    "The Tunisian Association for Human Rights accused the police of torturing detainees.", "ACCUSE TUN/SOC → TUN/COP", "ACCUSE TUN/- →"],
  ["…while a known court of a state stays the court",
    "The Supreme Court of Pakistan ordered the release of the journalist.", "RETREAT PAK/JUD", null],
];
describe("fresh13-en: constructions of English news", () => {
  for (const [why, text, want, not] of ROWS) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});
