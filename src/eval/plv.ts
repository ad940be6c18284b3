import type { EventRecord } from "../model/event.js";

/**
 * PLV-style sentence files (the Zero-Shot-PLOVER layout): one sentence a row, tab-separated, a header row, the
 * source and target marked in `marked_sentence` as `<s>…</s>` and `<t>…</t>`, the PLOVER root in `gold_root`
 * (YIELD standing for CONCEDE or RETREAT). Parsing and scoring only: no I/O, no coder.
 */

/** A marked actor: character offsets into `sentence`, or `start` -1 when it could only be found by its text. */
export interface PlvSpan { start: number; end: number; text: string }

export interface PlvItem {
  /** 1-based line of the file, for messages. */
  line: number;
  id: string;
  sentence: string;
  gold: string;
  sources: PlvSpan[];
  targets: PlvSpan[];
}

/**
 * Where the chosen event's target falls: on the marked target, nowhere (no target), elsewhere in the sentence, or
 * "unmarked" when the sentence marks no target (then only the type is judged).
 */
export type PlvTarget = "on" | "none" | "elsewhere" | "unmarked";

/** What the coder said about one sentence: the chosen event's type, or null when no event has the marked source. */
export interface PlvResult { item: PlvItem; predicted: string | null; correct: boolean; trigger?: string; target?: PlvTarget; targetText?: string }

export interface PlvRootRow {
  root: string;
  n: number;
  correct: number;
  covered: number;
  /** Wrong predictions, most frequent first; null is "no prediction". */
  confusion: [string | null, number][];
}

export interface PlvScore {
  sentences: number;
  correct: number;
  covered: number;
  accuracy: number | null;
  coverage: number | null;
  coveredAccuracy: number | null;
  /** Sentences whose chosen event has the gold type and its target on the marked target (or none marked). */
  dyad: number;
  dyadAccuracy: number | null;
  /** Among the sentences with the gold type, where the chosen event's target falls. */
  targets: Record<PlvTarget, number>;
  byRoot: PlvRootRow[];
}

/** Gold roots that stand for several PLOVER types. */
export const PLV_ALIASES: Readonly<Record<string, readonly string[]>> = { YIELD: ["CONCEDE", "RETREAT"] };

const REQUIRED = ["sentence", "gold_root"] as const;

/** Does a predicted PLOVER type count for this gold root? */
export function plvAccepts(gold: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  return predicted === gold || (PLV_ALIASES[gold]?.includes(predicted) ?? false);
}

const trimmed = (text: string, start: number, end: number): PlvSpan => {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end, text: text.slice(start, end) };
};

/** `<s>Iran</s> condemned <t>the ruling</t>` → the plain sentence and the offsets of every marked span. */
export function parseMarked(marked: string): { text: string; sources: PlvSpan[]; targets: PlvSpan[] } | null {
  let text = "";
  let last = 0;
  const open: Record<"s" | "t", number | null> = { s: null, t: null };
  const spans: Record<"s" | "t", [number, number][]> = { s: [], t: [] };
  for (const m of marked.matchAll(/<(\/?)([st])>/g)) {
    text += marked.slice(last, m.index);
    last = m.index + m[0].length;
    const tag = m[2] as "s" | "t";
    if (m[1] === "") {
      if (open[tag] !== null) return null;
      open[tag] = text.length;
    } else {
      const from = open[tag];
      if (from === null) return null;
      spans[tag].push([from, text.length]);
      open[tag] = null;
    }
  }
  if (open.s !== null || open.t !== null) return null;
  text += marked.slice(last);
  const done = (xs: [number, number][]) => xs.map(([a, b]) => trimmed(text, a, b)).filter((x) => x.text !== "");
  return { text, sources: done(spans.s), targets: done(spans.t) };
}

/** Every occurrence of `needle` in `text`, or a text-only span when it does not occur. */
function spansOf(text: string, needle: string): PlvSpan[] {
  const n = needle.trim();
  if (!n) return [];
  const out: PlvSpan[] = [];
  for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + n.length)) out.push({ start: i, end: i + n.length, text: n });
  return out.length ? out : [{ start: -1, end: -1, text: n }];
}

/**
 * Parse a PLV TSV file. Throws one line naming what is wrong: an empty file, a header with no tab (not TSV),
 * missing columns, a row without a sentence or gold root.
 */
export function parsePlv(content: string): PlvItem[] {
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  while (lines.length && lines[lines.length - 1]!.trim() === "") lines.pop();
  if (!lines.length) throw new Error("empty file");
  const header = lines[0]!.split("\t").map((h) => h.trim());
  if (header.length < 2) throw new Error("not a TSV file: the header line has no tab");
  const col = (name: string) => header.indexOf(name);
  const missing: string[] = REQUIRED.filter((c) => col(c) < 0);
  if (col("marked_sentence") < 0 && col("source") < 0) missing.push("marked_sentence (or source)");
  if (missing.length) throw new Error(`missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (the header has ${header.filter(Boolean).join(", ")})`);
  if (lines.length === 1) throw new Error("no sentences after the header line");
  const idCol = col("sentence_id");
  const items: PlvItem[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() === "") continue;
    const f = lines[i]!.split("\t");
    const get = (name: string) => (col(name) >= 0 ? (f[col(name)] ?? "") : "");
    const sentence = get("sentence");
    const gold = get("gold_root").trim().toUpperCase();
    if (!sentence.trim() || !gold) throw new Error(`line ${i + 1}: no ${sentence.trim() ? "gold_root" : "sentence"} (${f.length} fields, the header has ${header.length})`);
    const marked = get("marked_sentence") ? parseMarked(get("marked_sentence")) : null;
    // Offsets from the marks when the marked sentence is the sentence and marks something; else the source and target columns.
    const usable = marked !== null && marked.text === sentence && marked.sources.length + marked.targets.length > 0;
    items.push({
      line: i + 1,
      id: (idCol >= 0 ? f[idCol]?.trim() : "") || String(i),
      sentence,
      gold,
      sources: usable ? marked.sources : spansOf(sentence, get("source")),
      targets: usable ? marked.targets : spansOf(sentence, get("target")),
    });
  }
  return items;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Who an actor is, for comparing a pronoun the coder resolved with the marked text. */
export interface PlvIdentity { country: string | null; sector: string | null; org: string | null }

type PlvActor = Pick<EventRecord["source"][number], "text" | "name" | "country" | "sector" | "org" | "start" | "end">;

/** How the scorer may tell who a marked text denotes (the coder's own actor resolution, in the CLI). */
export type Identify = (text: string) => PlvIdentity | null;

// Pronouns the coder resolves to an earlier actor: it keeps the pronoun's offsets and the antecedent's identity.
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "him", "her", "them", "us", "his", "its", "their", "our"]);

const sameIdentity = (a: PlvIdentity, b: PlvIdentity) =>
  !!(a.country || a.sector || a.org) && a.country === b.country && a.sector === b.sector && a.org === b.org;

/**
 * Does an actor of the coder's fall on a marked span? By offsets (by text when the span has none); a pronoun
 * ("…said it would…") by the name or identity it was resolved to.
 */
function touches(actor: PlvActor, spans: readonly PlvSpan[], identify?: Identify): boolean {
  const pronoun = PRONOUNS.has(norm(actor.text));
  return spans.some((s) => {
    if (s.start >= 0 && actor.start < s.end && s.start < actor.end) return true;
    const b = norm(s.text);
    if (s.start < 0 && !pronoun) {
      const a = norm(actor.text);
      return a !== "" && (a.includes(b) || b.includes(a));
    }
    if (!pronoun) return false;
    const name = norm(actor.name ?? "");
    if (name !== "" && (name.includes(b) || b.includes(name))) return true;
    const who = identify?.(s.text);
    return !!who && sameIdentity(actor, who);
  });
}

type Pickable = Pick<EventRecord, "source" | "target"> & { source: PlvActor[]; target: PlvActor[] };

/**
 * The event that codes the marked dyad: one whose source falls on the marked source, preferring one whose target
 * also falls on the marked target; the first such in the coder's order. Null when no event has the marked source.
 */
export function pickEvent<E extends Pickable>(events: readonly E[], item: Pick<PlvItem, "sources" | "targets">, identify?: Identify): E | null {
  const bySource = events.filter((e) => e.source.some((a) => touches(a, item.sources, identify)));
  return bySource.find((e) => e.target.some((a) => touches(a, item.targets, identify))) ?? bySource[0] ?? null;
}

/** One sentence's outcome from the coder's events for it. */
export function judge(item: PlvItem, events: readonly (Pickable & Pick<EventRecord, "type" | "trigger">)[], identify?: Identify): PlvResult {
  const e = pickEvent(events, item, identify);
  const predicted = e?.type ?? null;
  if (!e) return { item, predicted, correct: false };
  const target: PlvTarget = !item.targets.length ? "unmarked" : e.target.some((a) => touches(a, item.targets, identify)) ? "on" : e.target.length ? "elsewhere" : "none";
  return { item, predicted, correct: plvAccepts(item.gold, predicted), trigger: e.trigger.text, target, targetText: e.target.map((a) => a.text).join(" + ") };
}

/** Is the sentence's dyad right: the gold type, and the target on the marked one (or none marked)? */
export const plvDyadRight = (r: PlvResult): boolean => r.correct && (r.target === "on" || r.target === "unmarked");

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** Accuracy over all sentences, coverage, accuracy among the covered, and one row per gold root (most frequent first). */
export function scorePlv(results: readonly PlvResult[]): PlvScore {
  const rows = new Map<string, PlvRootRow & { wrong: Map<string | null, number> }>();
  for (const r of results) {
    let row = rows.get(r.item.gold);
    if (!row) rows.set(r.item.gold, (row = { root: r.item.gold, n: 0, correct: 0, covered: 0, confusion: [], wrong: new Map() }));
    row.n++;
    if (r.correct) row.correct++;
    if (r.predicted !== null) row.covered++;
    if (!r.correct) row.wrong.set(r.predicted, (row.wrong.get(r.predicted) ?? 0) + 1);
  }
  const byRoot = [...rows.values()]
    .map(({ wrong, ...row }) => ({ ...row, confusion: [...wrong].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))) }))
    .sort((a, b) => b.n - a.n || a.root.localeCompare(b.root));
  const correct = results.filter((r) => r.correct).length;
  const covered = results.filter((r) => r.predicted !== null).length;
  const dyad = results.filter(plvDyadRight).length;
  const targets: Record<PlvTarget, number> = { on: 0, none: 0, elsewhere: 0, unmarked: 0 };
  for (const r of results) if (r.correct && r.target) targets[r.target]++;
  return {
    sentences: results.length,
    correct,
    covered,
    accuracy: ratio(correct, results.length),
    coverage: ratio(covered, results.length),
    coveredAccuracy: ratio(correct, covered),
    dyad,
    dyadAccuracy: ratio(dyad, results.length),
    targets,
    byRoot,
  };
}
