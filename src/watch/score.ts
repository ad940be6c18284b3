/** The thresholds and windows of the conflict alerts; docs/alerts.md gives the reasoning for each default. */
export interface AlertOptions {
  /** The window scored: events dated within the last this many hours (dates are days: every day it touches). */
  readonly windowHours: number;
  /** How many earlier windows of the same length make the baseline. */
  readonly baselineDays: number;
  /** The z-score from which a window is a spike. */
  readonly threshold: number;
  /** Distinct articles the window's conflict events must come from, so that one story is not a spike. */
  readonly minArticles: number;
  /** The smallest standard deviation the z-score divides by, in Goldstein points: a quiet baseline's is near 0. */
  readonly minSd: number;
  /** A spike ends (and the next can alert) once z falls below threshold − rearm. */
  readonly rearm: number;
}

export const DEFAULT_ALERTS: AlertOptions = { windowHours: 24, baselineDays: 28, threshold: 3, minArticles: 3, minSd: 5, rearm: 1 };

/** A conflict event (quad 3 or 4) as the series tables keep it: the codes of its two sides, its date, Goldstein in tenths. */
export interface ConflictEvent {
  readonly id: number;
  /** `,MEX,USA,`: the country and organisation codes of the source actors. */
  readonly sources: string;
  readonly targets: string;
  readonly date: string;
  readonly g10: number | null;
}

/** A dyad's window against its baseline. */
export interface DyadScore {
  readonly a: string;
  readonly b: string;
  readonly score: number;
  readonly mean: number;
  readonly sd: number;
  readonly z: number;
  /** The window's conflict events between a and b, most severe first. */
  readonly events: readonly number[];
}

const DAY = 86_400_000;
const dayOf = (t: number): string => new Date(t).toISOString().slice(0, 10);
const shift = (d: string, n: number): string => dayOf(Date.parse(`${d}T00:00:00Z`) + n * DAY);

/** The days a window ending at `now` touches (UTC dates), and the first day the baseline needs. */
export function windowOf(now: Date, opts: AlertOptions): { from: string; to: string; span: number; baselineFrom: string } {
  const to = dayOf(now.getTime());
  const from = dayOf(now.getTime() - opts.windowHours * 3_600_000);
  const span = Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;
  return { from, to, span, baselineFrom: shift(from, -(opts.baselineDays + span - 1)) };
}

/** An event's weight in a score: its Goldstein score's size (−7 counts 7), 1 when it has none. */
export const weightOf = (g10: number | null): number => (g10 === null || g10 === 0 ? 1 : Math.abs(g10) / 10);

/** The unordered country (or organisation) pairs an event is between: a code of one side and a different one of the other. */
export function pairsOf(sources: string, targets: string): string[] {
  const s = sources.split(",").filter(Boolean);
  const t = targets.split(",").filter(Boolean);
  const out = new Set<string>();
  for (const x of s) for (const y of t) if (x !== y) out.add(x < y ? `${x}|${y}` : `${y}|${x}`);
  return [...out];
}

/**
 * Each dyad with a conflict event in the window: its score (the Goldstein-weighted count of the window's quad 3–4
 * events), and the mean and standard deviation of the same score over the `baselineDays` windows of the same length
 * that end on each of the days before the window; z = (score − mean) / max(sd, minSd).
 * @example scoreDyads(events, new Date(), DEFAULT_ALERTS).filter((d) => d.z >= 3)
 */
export function scoreDyads(events: readonly ConflictEvent[], now: Date, opts: AlertOptions): DyadScore[] {
  const w = windowOf(now, opts);
  const daily = new Map<string, Map<string, number>>();
  const inWindow = new Map<string, { id: number; weight: number; date: string }[]>();
  for (const e of events) {
    if (e.date < w.baselineFrom || e.date > w.to) continue;
    const weight = weightOf(e.g10);
    for (const pair of pairsOf(e.sources, e.targets)) {
      let days = daily.get(pair);
      if (!days) daily.set(pair, (days = new Map()));
      days.set(e.date, (days.get(e.date) ?? 0) + weight);
      if (e.date >= w.from) {
        let xs = inWindow.get(pair);
        if (!xs) inWindow.set(pair, (xs = []));
        xs.push({ id: e.id, weight, date: e.date });
      }
    }
  }
  const sum = (days: Map<string, number>, from: string, span: number): number => {
    let s = 0;
    for (let i = 0; i < span; i++) s += days.get(shift(from, i)) ?? 0;
    return s;
  };
  const out: DyadScore[] = [];
  for (const [pair, evs] of inWindow) {
    const days = daily.get(pair)!;
    const score = sum(days, w.from, w.span);
    const samples: number[] = [];
    for (let k = 1; k <= opts.baselineDays; k++) samples.push(sum(days, shift(w.from, -k - w.span + 1), w.span));
    const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
    const sd = Math.sqrt(samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length);
    const [a, b] = pair.split("|") as [string, string];
    const z = (score - mean) / Math.max(sd, opts.minSd);
    const ids = evs.sort((x, y) => y.weight - x.weight || (x.date < y.date ? 1 : x.date > y.date ? -1 : x.id - y.id)).map((x) => x.id);
    out.push({ a, b, score: round(score), mean: round(mean), sd: round(sd), z: round(z), events: ids });
  }
  return out.sort((x, y) => y.z - x.z || (x.a + x.b < y.a + y.b ? -1 : 1));
}

const round = (x: number): number => Math.round(x * 100) / 100;
