import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { codeDocument } from "../src/pipeline/index.js";

// A table of sentences and the events a user must (and must not) see, as "TYPE SRC/SECTOR → TGT/SECTOR"
// ("↔" between the sides of a symmetric event when `symmetric` is set).
const sides = (xs: { country: string | null; org: string | null; sector: string | null }[]) => xs.map((a) => `${a.country ?? a.org ?? "-"}/${a.sector ?? "-"}`).join("+") || "∅";

export interface TableOptions { lang?: "es" | "en"; date?: string; symmetric?: boolean }

/** What a user sees of every event coded from `text`. */
export async function coded(text: string, { lang = "en", date = "2026-05-12", symmetric = false }: TableOptions = {}): Promise<string[]> {
  return (await codeDocument({ id: "t", text, language: lang, date })).map((e) => `${e.type} ${sides(e.source)} ${symmetric && e.symmetric ? "↔" : "→"} ${sides(e.target)}`);
}

/** [what it stands for, text, an event that must be coded (its start), the start of an event that must not be] */
export type Row = [string, string, string | null, string | null];

/** One test per row: the wanted event is coded, the unwanted one is not. */
export function table(name: string, rows: Row[], opts: TableOptions = {}): void {
  describe(name, () => {
    for (const [why, text, want, not] of rows) {
      test(`${why}: ${text.slice(0, 90)}`, async () => {
        const got = await coded(text, opts);
        if (want) assert.ok(got.some((e) => e.startsWith(want)), `${want} not in ${JSON.stringify(got)}`);
        if (not) assert.ok(!got.some((e) => e.startsWith(not)), `${not} in ${JSON.stringify(got)}`);
      });
    }
  });
}
