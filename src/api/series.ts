import { periods, type Interval } from "./periods.js";

/** Events of one quad class in one interval, with the sum and count of their Goldstein scores. */
export interface QuadRow { period: string; quad: number; n: number; g: number | null; gn: number }
/** Events of one context in one interval (context null: the event has none). */
export interface ContextRow { period: string; context: string | null; n: number }

interface Span { interval: Interval; from?: string; to?: string }

/**
 * One entry per interval, quiet ones included: counts per quad class and the mean Goldstein score.
 * @example timelineOf([{ period: "2026-01-01", quad: 1, n: 2, g: 5, gn: 2 }], { interval: "month" })
 */
export function timelineOf(rows: readonly QuadRow[], span: Span) {
  const by = new Map<string, { q: [number, number, number, number]; g: number; gn: number }>();
  for (const r of rows) {
    const p = by.get(r.period) ?? { q: [0, 0, 0, 0], g: 0, gn: 0 };
    p.q[r.quad - 1] = r.n;
    p.g += r.g ?? 0;
    p.gn += r.gn;
    by.set(r.period, p);
  }
  return periods(span.interval, [...by.keys()], span.from, span.to).map((period) => {
    const p = by.get(period);
    const [q1, q2, q3, q4] = p?.q ?? [0, 0, 0, 0];
    return {
      period, events: q1 + q2 + q3 + q4, verbal_cooperation: q1, material_cooperation: q2, verbal_conflict: q3, material_conflict: q4,
      goldstein: p && p.gn ? Math.round((p.g / p.gn) * 100) / 100 : null,
    };
  });
}

/**
 * The contexts by their total, most first ("none" for events with no context), and the counts per interval.
 * An event with two contexts counts once in each.
 */
export function agendaOf(rows: readonly ContextRow[], span: Span) {
  const totals = new Map<string, number>();
  const by = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const context = r.context ?? "none";
    totals.set(context, (totals.get(context) ?? 0) + r.n);
    const p = by.get(r.period) ?? new Map<string, number>();
    p.set(context, r.n);
    by.set(r.period, p);
  }
  const contexts = [...totals].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([context, events]) => ({ context, events }));
  return { contexts, periods: periods(span.interval, [...by.keys()], span.from, span.to).map((period) => ({ period, contexts: Object.fromEntries(by.get(period) ?? []) })) };
}
