import type { Language } from "../lang/index.js";
import { fold } from "../model/token.js";
import { dateEntries, longestWord } from "./dates.js";

/**
 * A past month or year a sentence dates an act by, with no day: "en febrero", "in 2019", "el año pasado". The act is
 * history the story recalls, not news of the day: it is dated at the period's first day, with the period's precision,
 * so that it counts in its own month or year and is never merged with the day's reports.
 */
export interface PeriodMention {
  start: number;
  end: number;
  /** The period's first day. */
  date: string;
  precision: "month" | "year";
  /** The period as text: "2019", "2026-02". */
  period: string;
}

interface Entry { id: string; words?: string[]; values?: Record<string, number>; phrases?: { text: string; months: number }[] }

interface PeriodWords { re: RegExp; months: Map<string, number>; shifts: Map<string, number>; breaks: RegExp; cue: RegExp }

const cache = new Map<Language, PeriodWords>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escape(fold(w)).replace(/\s+/g, "\\s+")).join("|") || "(?!)";
const blank = (s: string): string => s.replace(/\s+/g, " ");

// One expression per language: a preposition and a month with an optional year, a preposition and a year, or a phrase
// naming the period before publication. Words around it must not be letters or digits ("en 2019 personas" aside).
function periodWords(lang: Language): PeriodWords {
  const hit = cache.get(lang);
  if (hit) return hit;
  const entry = dateEntries<Entry>(lang);
  const months = new Map(Object.entries(entry("months").values ?? {}).map(([k, v]) => [fold(k), v]));
  const shifts = new Map((entry("period_shifts").phrases ?? []).map((p) => [blank(fold(p.text)), p.months]));
  const preps = alt(entry("period_preps").words ?? []);
  const links = alt(entry("year_links").words ?? []);
  const year = "(1[89]\\d\\d|20\\d\\d)";
  const monthAlt = alt([...months.keys()]);
  const lastBefore = alt(entry("period_last_before").words ?? []);
  const lastAfter = alt(entry("period_last_after").words ?? []);
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:${preps})\\s+(${monthAlt})(?:\\s+(?:(?:${links})\\s+)?${year})?|(?:${preps})\\s+${year}|(${alt([...shifts.keys()])})` +
      `|(?:${lastBefore})\\s+(${monthAlt})|(${monthAlt})\\s+(?:${lastAfter}))(?![\\p{L}\\p{N}])`,
    "gu",
  );
  // What ends a clause between a period and an act: a clause-opening word ("which helped found the bloc in 1975 --
  // were suspended"), or a dash, parenthesis or semicolon.
  const breaks = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(entry("clause_breaks").words ?? [])})(?![\\p{L}\\p{N}])|--|[—–;()]`, "u");
  // Every branch of `re` holds a month, a year's digits or a period phrase (so each of that phrase's words): a sentence
  // with none of them is refused by this plain scan, without `re`'s look-behind at every position.
  const shiftWords = [...shifts.keys()].map(longestWord);
  const cue = new RegExp(`\\d|${alt([...months.keys(), ...shiftWords])}`, "u");
  const w = { re, months, shifts, breaks, cue };
  cache.set(lang, w);
  return w;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * The past periods a sentence names, resolved against the publication date. A month named without a year is this
 * year's when it is before the publication's month; the publication's own month, and a later one, are left alone
 * (the act may be of these days, or ahead). Periods not before publication are not returned: they date nothing past.
 * @example periodMentions("En febrero, ambos gobiernos habían acordado…", "es", "2026-03-18") // [{…, date: "2026-02-01", precision: "month"}]
 */
export function periodMentions(text: string, lang: Language, pub: string): PeriodMention[] {
  const w = periodWords(lang);
  const low = fold(text);
  if (!w.cue.test(low)) return [];
  const [py, pm] = [Number(pub.slice(0, 4)), Number(pub.slice(5, 7))];
  const out: PeriodMention[] = [];
  for (const m of low.matchAll(w.re)) {
    const [start, end] = [m.index, m.index + m[0].length];
    let found: Omit<PeriodMention, "start" | "end" | "period"> | null = null;
    if (m[1]) {
      const month = w.months.get(m[1])!;
      const year = m[2] ? Number(m[2]) : month < pm ? py : null;
      if (year !== null && (year < py || (year === py && month < pm))) found = { date: `${year}-${pad(month)}-01`, precision: "month" };
    } else if (m[3]) {
      const year = Number(m[3]);
      if (year < py) found = { date: `${year}-01-01`, precision: "year" };
    } else if (m[5] || m[6]) {
      // "last July", "julio pasado": the latest such month before the publication's.
      const month = w.months.get((m[5] ?? m[6])!)!;
      found = { date: `${month < pm ? py : py - 1}-${pad(month)}-01`, precision: "month" };
    } else if (m[4]) {
      const back = w.shifts.get(blank(m[4])) ?? 0;
      const k = py * 12 + (pm - 1) - back;
      const [y, mo] = [Math.floor(k / 12), (k % 12) + 1];
      found = back >= 12 ? { date: `${y}-01-01`, precision: "year" } : { date: `${y}-${pad(mo)}-01`, precision: "month" };
    }
    if (found) out.push({ start, end, ...found, period: found.date.slice(0, found.precision === "year" ? 4 : 7) });
  }
  return out;
}

/**
 * Whether the words between a period mention and an act (offsets in the sentence) stay within one clause, so that the
 * period dates the act: "In February, the two countries had agreed" does; "which helped found the bloc in 1975 -- were
 * suspended" does not.
 * @example inClause("En 2019, ambos firmaron", "es", { start: 0, end: 7 }, 17) // true
 */
export function inClause(text: string, lang: Language, m: { start: number; end: number }, at: number): boolean {
  const between = fold(m.end <= at ? text.slice(m.end, at) : text.slice(at, m.start));
  return !periodWords(lang).breaks.test(between);
}

/**
 * The day people are taken to stand as they stood in a period: the middle of a year, the end of a month (an office
 * taken within the month holds for the acts the story recalls: "since he returned to the White House in January 2025"
 * is Trump's presidency, which began on the 20th).
 * @example middleOf({ date: "2019-01-01", precision: "year", … }) // "2019-07-01"
 */
export function middleOf(p: PeriodMention): string {
  return p.precision === "year" ? `${p.date.slice(0, 4)}-07-01` : `${p.date.slice(0, 7)}-28`;
}

/** The first past year a sentence names before an offset, in any clause ("En 2022, López Obrador afirmó que…"). */
export function openingYear(ms: readonly PeriodMention[], at: number): PeriodMention | undefined {
  return ms.find((m) => m.precision === "year" && m.end <= at);
}
