/** How finely a time series is cut. Weeks start on Monday (ISO 8601). */
export type Interval = "day" | "week" | "month";

/** The SQL expression giving the first day of the interval a date column falls in. */
export function bucketSql(interval: Interval, column: string): string {
  if (interval === "day") return column;
  if (interval === "week") return `date(${column}, '-6 days', 'weekday 1')`;
  return `substr(${column}, 1, 7) || '-01'`;
}

const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** The first day of the interval `date` falls in. */
export function bucketOf(interval: Interval, date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (interval === "day") return date;
  if (interval === "month") return `${date.slice(0, 7)}-01`;
  return iso(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY);
}

function next(interval: Interval, period: string): string {
  const t = Date.parse(`${period}T00:00:00Z`);
  if (interval === "day") return iso(t + DAY);
  if (interval === "week") return iso(t + 7 * DAY);
  const d = new Date(t);
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/** At most this many periods in one series: ten years of days. */
export const MAX_PERIODS = 3660;

/**
 * Every period from `from` (else the first seen) to `to` (else the last seen), so a chart shows quiet
 * intervals as zeros rather than joining the points around them.
 * @example periods("month", ["2026-03-01"], "2026-01-15") // ["2026-01-01", "2026-02-01", "2026-03-01"]
 */
export function periods(interval: Interval, seen: readonly string[], from?: string, to?: string): string[] {
  const sorted = [...seen].sort();
  const first = from ? bucketOf(interval, from) : sorted[0];
  const last = to ? bucketOf(interval, to) : sorted.at(-1);
  if (!first || !last) return [];
  const out: string[] = [];
  for (let p = first; p <= last && out.length < MAX_PERIODS; p = next(interval, p)) out.push(p);
  return out;
}
