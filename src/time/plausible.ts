/** The first day an article's date is believed: event data starts here (ICEWS, GDELT and ACLED all start later). */
export const EARLIEST_DATE = "1979-01-01";

const DAY = 86_400_000;

/**
 * Why an article's publication date cannot be right, or null when it can: before 1979-01-01 (a scraper's 1970-01-01 or
 * 1901-01-01), or later than the time it was fetched plus a day (time zones put a fresh article at most a day ahead).
 * No date at all is not flagged: the article is dated by its text or its fetch time elsewhere.
 * @example implausibleDate("1901-01-01", new Date("2026-05-01T00:00:00Z")) // "before 1979-01-01"
 */
export function implausibleDate(date: string | undefined | null, fetchedAt: Date): string | null {
  if (!date) return null;
  if (date < EARLIEST_DATE) return `before ${EARLIEST_DATE}`;
  const latest = new Date(fetchedAt.getTime() + DAY).toISOString().slice(0, 10);
  if (date.slice(0, 10) > latest) return `after the fetch time plus a day (${latest})`;
  return null;
}
