import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// nocand24-en: English constructions for gold events that fired no trigger entry at all on the development news
// (data/lexicon/en/events-nocand24.json; test/fixtures/coder-dev/README.md, "nocand24-en"). Our own sentences.

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event.
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, date = "2026-05-14"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language: "en", date })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)}`);
}

// [what it stands for, text, an event that must be coded (its start), the start of events that must not be]
const ROWS: [string, string, string | null, string | null][] = [
  ["forces pulling out of a place they held retreat (fresh10-en f10e09, fresh3-en)",
    "Rebel fighters pulled out of the northern town of Kidal on Saturday after a week of heavy clashes with the army.", "RETREAT MLI/REB", "SANCTION"],
  ["…out of positions too",
    "Nigerien troops pulled out of two border positions overnight, the defence ministry said.", "RETREAT NER/MIL", "SANCTION"],
  ["…while pulling out of an accord still leaves it (SANCTION)",
    "Mali's junta pulled out of the peace accord in January.", "SANCTION MLI/GOV", "RETREAT"],
  ["refusing to give up a claim for the future is a refusal (fresh10-en f10e06)",
    "Venezuela's foreign minister said on Friday that Caracas will not give up its claim to the disputed region.", "REJECT VEN/GOV", "CONCEDE"],
  ["…and so is refusing to give up on a project (fresh3-en f3e14)",
    "The president of Peru said his government would not give up on the pension reform.", "REJECT", "CONCEDE"],
  ["…while a claim given up is yielded",
    "Pakistan gave up its claim to the islands in 1972.", "CONCEDE PAK/GOV", "REJECT"],
  ["a law not to be withdrawn is refused, like a bill (fresh7-en f7e18, fresh9-en)",
    "Kenya's interior minister said the government would not withdraw the law.", "REJECT KEN/GOV", "CONCEDE"],
  ["saying the vote was rigged accuses (fresh9-en f9e14, fresh10-en f10e17)",
    "Opposition leader Bobi Wine said on Monday that the election had been rigged.", "ACCUSE UGA/OPP", null],
  ["…the count told as manipulated, in quotes",
    "Uganda's main opposition candidate said the count was \"manipulated\" and called for a recount.", "ACCUSE UGA/OPP", null],
  ["…but stolen goods are no vote",
    "Police in Goma said the weapons had been stolen from an army depot.", null, "ACCUSE"],
  ["meals and rations handed out are humanitarian aid (fresh7-en f7e16, fresh10-en f10e18)",
    "The Red Cross said it had handed out food rations to 2,000 displaced families in Goma on Sunday.", "AID ICRC/- → COD/REF", null],
  ["…and so are tents and blankets provided",
    "UNICEF said it was providing tents and blankets to families at the camp.", "AID UNICEF/-", null],
  ["troops told as sent in the passive are mobilised (fresh7-en f7e07, fresh3-en f3e05)",
    "Interior Minister Juan Perez said 1,500 additional soldiers had been sent to the province of Esmeraldas.", "MOBILIZE ECU/GOV", null],
  ["fighter jets scrambled in the passive are mobilised (codebook CAMEO 152)",
    "Japan's defence ministry said fighter jets were scrambled to monitor the Chinese aircraft.", "MOBILIZE JPN/MIL", null],
  ["air defence batteries sent are military aid (codebook CAMEO 072)",
    "The Netherlands sent two air defence batteries to Poland on Monday.", "AID NLD/GOV → POL/GOV", null],
  ["…and promised with 'would', an offer of aid (AGREE; fresh9-en f9e16)",
    "Spain said it would send two more Patriot batteries to Ukraine by the end of the year.", "AGREE ESP/GOV", "AID"],
  ["a service or measure whose undoing is promised in the passive is conceded by its teller (fresh5-en f5e06, fresh13-en f13e17, fresh2-en f2e06)",
    "Pakistan's interior ministry said mobile internet would be restored in Balochistan on Monday morning.", "CONCEDE PAK/GOV", null],
  ["…the passports to be returned to those who held them",
    "Kenya's government spokesman said the passports would be returned to the activists.", "CONCEDE KEN/GOV", null],
  ["…but order restored is no measure undone",
    "Kenya's interior minister said order would be restored in the region within days.", null, "CONCEDE"],
];
describe("nocand24-en: constructions that fired no trigger", () => {
  for (const [why, text, want, not] of ROWS) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});
