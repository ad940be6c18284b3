import { readFile } from "node:fs/promises";
import { codeDocument } from "../pipeline/index.js";
import type { EventRecord } from "../model/event.js";
import { GoldFileSchema } from "../eval/gold.js";
import { LEVELS, score, type Score } from "../eval/score.js";

const pct = (x: number | null) => (x === null ? "  n/a" : (100 * x).toFixed(1).padStart(5));

/** Code every document of a gold file and score it. */
export async function evaluateFile(path: string): Promise<Score> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: cannot read gold file: ${(e as Error).message}`);
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: not a gold file: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
  const preds = new Map<string, EventRecord[]>();
  for (const d of parsed.data) preds.set(d.id, await codeDocument({ id: d.id, text: d.text, date: d.date, language: d.language }));
  return score(parsed.data, preds);
}

/** The report `dyad eval` prints. */
export function report(path: string, s: Score, verbose: boolean): string {
  const lines = [`${path}: ${s.docs} documents`, "level     P      R      F1     tp   fp   fn"];
  for (const l of LEVELS) {
    const v = s.levels[l];
    lines.push(`${l.padEnd(8)} ${pct(v.p)}  ${pct(v.r)}  ${pct(v.f1)}  ${String(v.tp).padStart(4)} ${String(v.fp).padStart(4)} ${String(v.fn).padStart(4)}`);
  }
  lines.push("", "type        type-F1  full-F1   tp   fp   fn (full)");
  for (const [t, v] of Object.entries(s.byType).sort()) {
    lines.push(`${t.padEnd(11)} ${pct(v.type.f1)}    ${pct(v.full.f1)}  ${String(v.full.tp).padStart(4)} ${String(v.full.fp).padStart(4)} ${String(v.full.fn).padStart(4)}`);
  }
  const a = s.agreement;
  lines.push("", `agreement on ${a.matched} matched events: mode ${pct(a.mode)}  date ${pct(a.date)}  CAMEO root ${pct(a.cameoRoot)}`);
  if (verbose) {
    const actors = (xs: { country?: string | null; org?: string | null; sector?: string | null }[] | undefined) =>
      (xs ?? []).map((x) => `${x.country ?? x.org ?? "-"}/${x.sector ?? "-"}`).join("+") || "∅";
    lines.push("", "misses (gold events not found at full level):");
    for (const m of s.misses) lines.push(`  ${m.doc}  ${m.gold!.type}${m.gold!.mode ? `/${m.gold!.mode}` : ""}  ${actors(m.gold!.source)} → ${actors(m.gold!.target)}  «${(m.gold!.evidence ?? "").slice(0, 90)}»`);
    lines.push("", "false events (predictions with no gold match at full level):");
    for (const f of s.falses) lines.push(`  ${f.doc}  ${f.pred!.type}${f.pred!.mode ? `/${f.pred!.mode}` : ""}  ${actors(f.pred!.source)} → ${actors(f.pred!.target)}  ${f.pred!.rule}  «${f.pred!.trigger.text}» in «${f.pred!.evidence.slice(0, 90)}»`);
  }
  lines.push("", `full F1 = ${pct(s.levels.full.f1).trim()}`);
  return lines.join("\n");
}
