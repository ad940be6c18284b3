import { readFile } from "node:fs/promises";
import { codeDocument } from "../pipeline/index.js";
import type { EventRecord } from "../model/event.js";
import { GoldFileSchema } from "../eval/gold.js";
import { LEVELS, score, type Score } from "../eval/score.js";
import { parsePlaceGold, scorePlaces, type PlaceResult, type PlaceScore } from "../eval/places.js";
import { judge, parsePlv, scorePlv, type Identify, type PlvResult, type PlvScore } from "../eval/plv.js";
import { loadKnowledge } from "../data/knowledge.js";
import { isResolved, resolveWith } from "../actors/resolve.js";

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
    lines.push("", "dates off (matched events whose gold fixes another day: gold → coded):");
    for (const d of s.dateMisses) lines.push(`  ${d.doc}  ${d.gold.type}  ${d.gold.date} → ${d.pred.date}  «${d.pred.trigger.text}» in «${d.pred.evidence.slice(0, 90)}»`);
  }
  lines.push("", `full F1 = ${pct(s.levels.full.f1).trim()}`);
  return lines.join("\n");
}

/** Read and parse an evaluation file; a missing, unreadable or malformed file is one error naming it. */
async function readItems<T>(path: string, parse: (content: string) => T): Promise<T> {
  let content: string;
  try {
    content = await readFile(path, "utf8");
  } catch (e) {
    throw new Error(`${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : `cannot read: ${(e as Error).message}`}`);
  }
  try {
    return parse(content);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}

/** `dyad eval PLACES.jsonl`: the place stage against a place gold file (see test/fixtures/places/README.md). */
export async function evaluatePlaceFile(path: string): Promise<{ score: PlaceScore; results: PlaceResult[] }> {
  const items = await readItems(path, parsePlaceGold);
  const k = await loadKnowledge();
  return scorePlaces(items, (doc) => codeDocument(doc, k));
}

/** Code every sentence of a PLV TSV file (English, unmarked) and judge the event on its marked dyad. */
export async function evaluatePlvFile(path: string): Promise<{ score: PlvScore; results: PlvResult[] }> {
  const items = await readItems(path, parsePlv);
  const k = await loadKnowledge();
  // A pronoun source ("…said it would…") counts when the coder resolved it to whom the marked text denotes.
  const identify: Identify = (text) => {
    const r = resolveWith(k, text, { lang: "en" });
    return isResolved(r) ? r : null;
  };
  const results: PlvResult[] = [];
  for (const it of items) results.push(judge(it, await codeDocument({ id: it.id, text: it.sentence, language: "en" }, k), identify));
  return { score: scorePlv(results), results };
}

const short = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The report `dyad eval FILE.tsv` prints. */
export function plvReport(path: string, s: PlvScore, results: readonly PlvResult[], verbose: boolean): string {
  const lines = [
    `${path}: ${s.sentences} sentences`,
    `accuracy ${pct(s.accuracy).trim()} % (${s.correct}/${s.sentences})  coverage ${pct(s.coverage).trim()} % (${s.covered}/${s.sentences})  accuracy when covered ${pct(s.coveredAccuracy).trim()} %`,
    `type and target right ${pct(s.dyadAccuracy).trim()} % (${s.dyad}/${s.sentences}); the right type's target: on the mark ${s.targets.on}, none ${s.targets.none}, elsewhere ${s.targets.elsewhere}, no target marked ${s.targets.unmarked}`,
    "",
    "gold root      n  correct   acc   covered  wrong as (top)",
  ];
  for (const r of s.byRoot) {
    const wrong = r.confusion.slice(0, 3).map(([t, n]) => `${t ?? "none"} ${n}`).join(", ");
    lines.push(`${r.root.padEnd(11)} ${String(r.n).padStart(4)}  ${String(r.correct).padStart(7)}  ${pct(r.n ? r.correct / r.n : null)}  ${String(r.covered).padStart(7)}  ${wrong}`);
  }
  if (verbose) {
    lines.push("", "wrong (line  gold  predicted  sentence):");
    for (const r of results) if (!r.correct) lines.push(`  ${String(r.item.line).padStart(5)}  ${r.item.gold}  ${r.predicted ?? "none"}${r.trigger ? ` «${r.trigger}»` : ""}  ${short(r.item.sentence)}`);
    lines.push("", "right type, target off the mark (line  marked target  → coded target  sentence):");
    for (const r of results) {
      if (r.correct && (r.target === "none" || r.target === "elsewhere")) lines.push(`  ${String(r.item.line).padStart(5)}  ${r.item.targets.map((t) => t.text).join(" + ")}  → ${r.targetText || "none"}  ${short(r.item.sentence)}`);
    }
  }
  lines.push("", "no prediction: no event has the marked source (no fallback)");
  return lines.join("\n");
}
