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
const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
/** As iso for the years 0–9999, from the day number (days since 1970-01-01) by the civil calendar, without a Date. */
function isoDay(t: number): string {
  const z = Math.floor(t / DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y < 0 || y > 9999 ? iso(t) : `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** The first day of the interval `date` falls in. */
export function bucketOf(interval: Interval, date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (interval === "day") return date;
  if (interval === "month") return `${date.slice(0, 7)}-01`;
  return iso(t - ((new Date(t).getUTCDay() + 6) % 7) * DAY);
}

/** The first day of the interval after the one starting on `period`. */
export function next(interval: Interval, period: string): string {
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
  if (interval !== "month") {
    // Days and weeks by integer arithmetic, without a Date each: a series is built on every uncached request.
    const [end, step] = [Date.parse(`${last}T00:00:00Z`), interval === "day" ? DAY : 7 * DAY];
    for (let t = Date.parse(`${first}T00:00:00Z`); t <= end && out.length < MAX_PERIODS; t += step) out.push(isoDay(t));
    return out;
  }
  for (let p = first; p <= last && out.length < MAX_PERIODS; p = next(interval, p)) out.push(p);
  return out;
}
