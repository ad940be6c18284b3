import type { EventRecord } from "../model/event.js";
import type { GoldActor, GoldDoc, GoldEvent } from "./gold.js";

export type Level = "type" | "country" | "full";
export const LEVELS: readonly Level[] = ["type", "country", "full"];

export interface Prf { tp: number; fp: number; fn: number; p: number; r: number; f1: number }
export interface Miss { doc: string; gold?: GoldEvent; pred?: EventRecord }
export interface Score {
  levels: Record<Level, Prf>;
  byType: Record<string, Record<Level, Prf>>;
  agreement: { mode: number | null; date: number | null; cameoRoot: number | null; matched: number };
  misses: Miss[];
  falses: Miss[];
  /** Matched events (full level) whose gold fixes a date the coder gave otherwise. */
  dateMisses: Required<Miss>[];
  docs: number;
}

type Pred = Pick<EventRecord, "type" | "date" | "source" | "target" | "mode" | "cameo" | "evidence" | "trigger" | "rule"> & { symmetric?: boolean };

const alts = (v: string | null | undefined): string[] => (v ?? "").split("|");

function actorMatches(p: EventRecord["source"][number], g: GoldActor, level: Level): boolean {
  if (g.org != null && g.org !== "") {
    if (!(g.org === "*" ? p.org != null : alts(g.org).includes(p.org ?? ""))) return false;
  } else if (g.country !== "*") {
    if (!alts(g.country).includes(p.country ?? "")) return false;
  }
  if (level === "full" && g.sector != null && g.sector !== "*" && !(g.org && !g.country)) {
    const ok = alts(g.sector);
    if (!ok.includes("*") && !ok.includes(p.sector ?? "")) return false;
  }
  return true;
}

// Empty matches empty; a gold side written "---" or "*" also accepts no actor.
function sideMatches(pred: EventRecord["source"], gold: GoldActor[], level: Level): boolean {
  if (pred.length === 0) return gold.length === 0 || gold.some((g) => alts(g.country).includes("---") || (g.country === "*" && (level !== "full" || !g.sector || g.sector === "*")));
  if (gold.length === 0) return false;
  return pred.some((p) => gold.some((g) => actorMatches(p, g, level)));
}

function eventMatches(p: Pred, g: GoldEvent, level: Level, typeOnly: boolean): boolean {
  if (p.type !== g.type) return false;
  if (level === "type" || typeOnly) return true;
  if (sideMatches(p.source, g.source, level) && sideMatches(p.target, g.target, level)) return true;
  return !!g.symmetric && sideMatches(p.target, g.source, level) && sideMatches(p.source, g.target, level);
}

const ident = (a: EventRecord["source"][number]) => `${a.country ?? a.org ?? ""}/${a.sector ?? ""}`;
const sideKey = (xs: EventRecord["source"]) => [...new Set(xs.map(ident))].sort().join("+");

/** Predictions of one document that share type, both sides' identities and date count once. */
function mergePreds(preds: readonly Pred[]): Pred[] {
  const seen = new Map<string, Pred>();
  for (const p of preds) {
    const key = `${p.type}|${sideKey(p.source)}|${sideKey(p.target)}|${p.date}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/**
 * Score predictions against a gold file exactly as GUIDELINES.md says: pooled P/R/F1 at type, country and
 * full level, greedy one-to-one matching in gold order, symmetric events either way round.
 */
export function score(gold: readonly GoldDoc[], predsByDoc: ReadonlyMap<string, readonly EventRecord[]>): Score {
  const counts = Object.fromEntries(LEVELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<Level, { tp: number; fp: number; fn: number }>;
  const byType: Record<string, Record<Level, { tp: number; fp: number; fn: number }>> = {};
  const bump = (type: string, level: Level, key: "tp" | "fp" | "fn") => {
    byType[type] ??= Object.fromEntries(LEVELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<Level, { tp: number; fp: number; fn: number }>;
    byType[type][level][key]++;
    counts[level][key]++;
  };
  const agree = { mode: [0, 0], date: [0, 0], cameo: [0, 0], matched: 0 };
  const misses: Miss[] = [];
  const falses: Miss[] = [];
  const dateMisses: Required<Miss>[] = [];
  for (const doc of gold) {
    const preds = mergePreds(predsByDoc.get(doc.id) ?? []);
    for (const level of LEVELS) {
      const used = new Set<number>();
      const pairOf = new Map<number, GoldEvent>();
      for (const g of doc.events) {
        const k = preds.findIndex((p, i) => !used.has(i) && eventMatches(p, g, level, !!doc.typeOnly));
        if (k < 0) {
          bump(g.type, level, "fn");
          if (level === "full") misses.push({ doc: doc.id, gold: g });
          continue;
        }
        used.add(k);
        pairOf.set(k, g);
        bump(g.type, level, "tp");
        if (level === "full" && !tallyAgreement(agree, preds[k]!, g)) dateMisses.push({ doc: doc.id, gold: g, pred: preds[k] as EventRecord });
      }
      preds.forEach((p, i) => {
        if (used.has(i) || mirrorsSymmetric(p, preds, pairOf)) return;
        bump(p.type, level, "fp");
        if (level === "full") falses.push({ doc: doc.id, pred: p as EventRecord });
      });
    }
  }
  const rate = ([a, n]: number[]) => (n ? a! / n : null);
  return {
    levels: Object.fromEntries(LEVELS.map((l) => [l, prf(counts[l].tp, counts[l].fp, counts[l].fn)])) as Record<Level, Prf>,
    byType: Object.fromEntries(Object.entries(byType).map(([t, v]) => [t, Object.fromEntries(LEVELS.map((l) => [l, prf(v[l].tp, v[l].fp, v[l].fn)])) as Record<Level, Prf>])),
    agreement: { mode: rate(agree.mode), date: rate(agree.date), cameoRoot: rate(agree.cameo), matched: agree.matched },
    misses, falses, dateMisses, docs: gold.length,
  };
}

// A left-over prediction that is a matched symmetric event told the other way round is not a false event.
function mirrorsSymmetric(p: Pred, preds: readonly Pred[], pairOf: Map<number, GoldEvent>): boolean {
  for (const [k, g] of pairOf) {
    const q = preds[k]!;
    if (g.symmetric && q.type === p.type && q.date === p.date && sideKey(q.source) === sideKey(p.target) && sideKey(q.target) === sideKey(p.source)) return true;
  }
  return false;
}

/** Count one matched pair's agreement; false when the gold fixes a date and the coder's differs. */
function tallyAgreement(a: { mode: number[]; date: number[]; cameo: number[]; matched: number }, p: Pred, g: GoldEvent): boolean {
  a.matched++;
  a.mode[1]!++;
  if ((p.mode ?? null) === (g.mode ?? null)) a.mode[0]!++;
  if (g.date) {
    a.date[1]!++;
    if (p.date === g.date) a.date[0]!++;
  }
  if (g.cameo) {
    a.cameo[1]!++;
    if (p.cameo.slice(0, 2) === g.cameo.slice(0, 2)) a.cameo[0]!++;
  }
  return !g.date || p.date === g.date;
}
