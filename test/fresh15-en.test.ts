import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// fresh15-en: constructions of English news that the blind set fresh15-en showed and a second, unrelated text shares
// (test/fixtures/coder-dev/README.md, "fresh15-en.json"). Our own sentences.

// What a user sees: "TYPE SRC/SECTOR → TGT/SECTOR" of every event.
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org}/${a.sector ?? "-"}`).join("+") || "∅";
async function coded(text: string, date = "2026-03-05"): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language: "en", date })).map((e) => `${e.type} ${sides(e.source)} → ${sides(e.target)}`);
}

// [what it stands for, text, an event that must be coded (its start), the start of events that must not be]
const ROWS: [string, string, string | null, string | null][] = [
  ["a story filed far away that opens on a body put in a place by a locative ('A court in Hanoi') is that place's country's",
    "SINGAPORE (Reuters) - A court in Jakarta on Tuesday sentenced a labour activist to three years in prison. The 39-year-old was arrested in May. Human Rights Watch called the verdict unjust.",
    "SANCTION IDN/JUD → IDN/", "SANCTION SGP/"],
  ["the envoy a state summons does not put his own country in the story's lead against a far dateline",
    "WASHINGTON (AP) — Venezuela's foreign ministry summoned the top U.S. diplomat in Caracas on Monday and accused him of meddling in Venezuela's affairs. Police detained three activists who had met him, a rights group said.",
    "COERCE VEN/COP → VEN/", "COERCE USA/"],
  ["a verb in the past coordinated after a negated reported clause is the speaker's own act, not negated",
    "Norway's prime minister said her government would not be intimidated and thanked Finland for its help.",
    "SUPPORT NOR/GOV → FIN/GOV", null],
  ["…nor made a promise by a modal in the reported clause",
    "Norway's prime minister said it would stay calm and thanked Finland for its help.",
    "SUPPORT NOR/GOV → FIN/GOV", "AGREE NOR/GOV → FIN/"],
  ["'The N-year-old premier' is the person the story titled with that office before, not the home country's",
    "NAIROBI (Reuters) - Uganda accused Rwanda on Monday of backing rebels in its west. Rwanda's prime minister, Edouard Ngirente, called the claim absurd. The 52-year-old premier later thanked Tanzania for its mediation.",
    "SUPPORT RWA/GOV → TZA/GOV", "SUPPORT UGA/"],
  ["…and 'the 64-year-old president' stays the president named before, not the rival named since (a guard)",
    "LUSAKA (AP) - President Hakainde Hichilema was declared the winner on Friday. The opposition candidate, former minister Chanda Mwelwa, rejected the result. The 64-year-old president thanked Kenya for its support.",
    "SUPPORT ZMB/GOV → KEN/GOV", "SUPPORT ZMB/OPP"],
  ["a condemnation of 'the attack on X' is aimed at whoever the story said attacked, not at X (fresh12-en f12e06 'condemned the strikes on civilian infrastructure')",
    "SKOPJE (AP) — Opposition supporters hurled petrol bombs at the parliament building in Skopje on Friday. The European Union condemned the attack on the parliament.",
    "ACCUSE EU/- → MKD/OPP", "ACCUSE EU/- → MKD/LEG"],
  ["…while an act with no object after it may still hang on the auxiliary",
    "The prime minister said smugglers would be arrested and prosecuted.", null, "COERCE"],
];
describe("fresh15-en: constructions of English news", () => {
  for (const [why, text, want, not] of ROWS) {
    test(`${why}: ${text}`, async () => {
      const got = await coded(text);
      if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
      if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
    });
  }
});
