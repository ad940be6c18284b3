import * as chrono from "chrono-node";
import type { Language } from "../lang/index.js";
import { readJson } from "../data/files.js";
import { grammarList } from "../data/grammar.js";
import { fold } from "../model/token.js";

/** The date components chrono reports as certain or implied. */
export type Component = "day" | "weekday" | "month" | "year";

/**
 * A date expression found in a sentence, with the day it points to. `attributive`: joined to a noun by a genitive
 * ("la segunda vuelta del domingo"): it dates what the noun tells, not the clause's verb. `aside`: a day counted
 * inside the sentence ("she had spoken with Trump the previous evening"): the story does not go on from it.
 */
export interface DateMention { start: number; end: number; date: string; attributive?: true; aside?: true }

const DAY = 86_400_000;
/** YYYY-MM-DD of a date in UTC (written out for four-digit years: toISOString is the slower way to the same text). */
export const iso = (d: Date): string => {
  const y = d.getUTCFullYear();
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
};
export const shiftDays = (date: string, days: number): string => iso(new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY));
const weekdayOf = (date: string): number => new Date(`${date}T12:00:00Z`).getUTCDay();

// ---- The words of one language, from data/lexicon/{lang}/dates.json ----

interface Entry { id: string; note: string; words?: string[]; values?: Record<string, number>; phrases?: { text: string; days: number }[] }

interface DateWords {
  /** Weekdays and months that are also given names (grammar given_names_as_words). */
  givenNames: ReadonlySet<string>;
  numbers: Map<string, number>;
  units: Map<string, number>;
  dayWords: RegExp;
  durationUnits: RegExp;
  agoWords: RegExp;
  agoBefore: RegExp;
  agoAfter: RegExp;
  shifts: Map<string, number>;
  shiftRe: RegExp;
  vague: RegExp;
  aheadIn: RegExp;
  aheadBefore: RegExp;
  aheadAfter: RegExp;
  backIn: RegExp;
  backBefore: RegExp;
  backAfter: RegExp;
  futureWords: RegExp;
  futureStart: RegExp;
  plannedBefore: RegExp;
  futureEndings: string[];
  clitics: Set<string>;
  clauseBreaks: RegExp;
  complementizers: RegExp;
  tomorrow: Set<string>;
  morningDets: RegExp;
  relAfter: string[];
  relBefore: string[];
  relLinks: string[];
  /** The longest word of every phrase the own-mention scans look for: a sentence with none of them skips those scans. */
  scanKeys: Set<string>;
  /** Words without which (and without a digit) chrono reads no date in a sentence. */
  chronoCues: Set<string>;
  /** A part of the day with no demonstrative before it, and its link to a day after it: hidden from chrono. */
  partOfDay: RegExp;
  /** A genitive link right before a day (not one of a locution: "a partir del"), at the end of the text before it. */
  genitiveBefore: RegExp;
  /** A relative of place or time ("donde", "where"): a clause about the noun before it. */
  nounRelatives: RegExp;
  /** A place or body noun right before a day, at the end of the text before it: the day is part of its name. */
  nameBefore: RegExp;
}

/** Lower case, no accents, straight apostrophes: same length as the text for composed (NFC) input. */
const norm = (s: string): string => fold(s).replace(/’/g, "'");
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A pattern for an empty word list: matches nothing. */
const never = (flags = ""): RegExp => new RegExp("(?!)", flags);
/** An alternation of the words, longest first, spaces matching any run of blanks. */
const alt = (words: readonly string[]): string => {
  const sorted = [...new Set(words.map(norm))].sort((a, b) => b.length - a.length);
  const body = (ws: string[]) => ws.map((w) => escape(w).replace(/ +/g, "\\s+")).join("|");
  // One look-behind for all the words that start with a letter or digit (one per word is slow to match).
  const wordy = sorted.filter((w) => /^[\p{L}\p{N}]/u.test(w));
  const other = sorted.filter((w) => !/^[\p{L}\p{N}]/u.test(w));
  const parts = [...(wordy.length ? [`(?<![\\p{L}\\p{N}])(?:${body(wordy)})`] : []), ...(other.length ? [body(other)] : [])];
  return parts.join("|") || "(?!)";
};
/** The words as whole words anywhere (`g` for scanning). */
const anywhere = (words: readonly string[], flags = ""): RegExp => (words.length ? new RegExp(`(?:${alt(words)})(?![\\p{L}\\p{N}])`, `u${flags}`) : never(flags));

/** The longest word of a phrase: a plain scan for it refuses every text the phrase cannot match ("la semana pasada" → "semana"). */
export const longestWord = (phrase: string): string => phrase.split(" ").reduce((a, b) => (b.length > a.length ? b : a));

const cache = new Map<Language, DateWords>();
/** How far back from a day a place noun naming it may start ("la avenida ", "la estación "): a word and a blank. */
const NAME_REACH = 24;

/**
 * A language's `dates.json` entries by key ("units" is `${lang}.dates.units`); a missing one is an error naming the file.
 * @example dateEntries<{ words?: string[] }>("es")("ago_before").words // ["hace"]
 */
export function dateEntries<E extends { id: string }>(lang: Language): (key: string) => E {
  const rel = `lexicon/${lang}/dates.json`;
  const entries = (readJson(rel) as { entries: E[] }).entries;
  return (key) => {
    const e = entries.find((x) => x.id === `${lang}.dates.${key}`);
    if (!e) throw new Error(`data file ${rel} has no entry ${lang}.dates.${key}`);
    return e;
  };
}

function dateWords(lang: Language): DateWords {
  const hit = cache.get(lang);
  if (hit) return hit;
  const entry = dateEntries<Entry>(lang);
  const list = (key: string): string[] => entry(key).words ?? [];
  const values = (key: string): Map<string, number> => new Map(Object.entries(entry(key).values ?? {}).map(([k, v]) => [norm(k), v]));
  const units = values("units");
  const unitAlt = alt([...units.keys()]);
  const agoBefore = list("ago_before");
  const agoAfter = list("ago_after");
  const shifts = new Map((entry("shifts").phrases ?? []).map((p) => [norm(p.text).replace(/\s+/g, " "), p.days]));
  const future = list("future_words");
  const w: DateWords = {
    givenNames: new Set(grammarList(lang, "given_names_as_words").map(norm)),
    numbers: values("numbers"),
    units,
    dayWords: anywhere(list("day_words")),
    durationUnits: anywhere(list("duration_units")),
    agoWords: anywhere([...agoBefore, ...agoAfter]),
    agoBefore: agoBefore.length && units.size ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(agoBefore)})\\s+(\\S+)\\s+(${unitAlt})(?![\\p{L}\\p{N}])`, "gu") : never("g"),
    agoAfter: agoAfter.length && units.size ? new RegExp(`(?<![\\p{L}\\p{N}])(\\S+)\\s+(${unitAlt})\\s+(?:${alt(agoAfter)})(?![\\p{L}\\p{N}])`, "gu") : never("g"),
    shifts,
    shiftRe: anywhere([...shifts.keys()], "g"),
    vague: anywhere(list("vague"), "g"),
    aheadIn: anywhere([...list("ahead_before"), ...list("ahead_after")]),
    aheadBefore: list("ahead_before").length ? new RegExp(`(?:^|\\s)(?:${alt(list("ahead_before"))})$`, "u") : never(),
    aheadAfter: list("ahead_after").length ? new RegExp(`^(?:${alt(list("ahead_after"))})(?![\\p{L}\\p{N}])`, "u") : never(),
    backIn: anywhere([...list("back_before"), ...list("back_after")]),
    backBefore: list("back_before").length ? new RegExp(`(?:^|\\s)(?:${alt(list("back_before"))})$`, "u") : never(),
    backAfter: list("back_after").length ? new RegExp(`^(?:${alt(list("back_after"))})(?![\\p{L}\\p{N}])`, "u") : never(),
    futureWords: anywhere(future),
    futureStart: future.length ? new RegExp(`^(?:${alt(future)})(?![\\p{L}\\p{N}])`, "u") : never(),
    // (A short word may stand between the plan and the day: "prevista para el sábado".)
    plannedBefore: list("planned_before").length ? new RegExp(`(?:^|\\s)(?:${alt(list("planned_before"))})(?:\\s+${SHORT_WORD})?$`, "u") : never(),
    futureEndings: list("future_endings").map((e) => e.normalize("NFC").toLowerCase()),
    clitics: new Set(list("clitics").map(norm)),
    clauseBreaks: anywhere(list("clause_breaks"), "g"),
    complementizers: anywhere(list("complementizers")),
    tomorrow: new Set(list("tomorrow").map(norm)),
    morningDets: list("morning_determiners").length ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alt(list("morning_determiners"))})\\s+$`, "u") : never(),
    relAfter: list("relative_after").map(norm),
    relBefore: list("relative_before").map(norm),
    relLinks: list("relative_links").map(norm),
    chronoCues: new Set(list("chrono_cues").map(norm)),
    partOfDay: partOfDayRe(list("part_of_day"), list("part_of_day_keep"), list("part_of_day_links"), list("part_of_day_articles")),
    nounRelatives: anywhere(list("noun_relatives")),
    nameBefore: list("name_nouns").length ? new RegExp(`(?:${alt(list("name_nouns"))})\\s+$`, "u") : never(),
    genitiveBefore: list("genitive_links").length
      ? new RegExp(`${list("genitive_not_after").length ? `(?<!(?<![\\p{L}\\p{N}])(?:${alt(list("genitive_not_after"))})\\s+)` : ""}(?<![\\p{L}\\p{N}])(?:${alt(list("genitive_links"))})\\s+$`, "u")
      : never(),
    scanKeys: new Set([...shifts.keys(), ...list("vague"), ...agoBefore, ...agoAfter].map((p) => norm(p).split(/\s+/).sort((a, b) => b.length - a.length)[0]!)),
  };
  cache.set(lang, w);
  return w;
}

// "ayer por la tarde", "la noche del martes", "the night of September 16": chrono reads a part of the day as a day of
// its own (today) or misreads the phrase whole ("tarde de ayer" as today); the day it belongs to is the one named
// beside it, which chrono reads once the part of the day (and its "de"/"of") is hidden. After a demonstrative it
// stays ("esta tarde", "this morning", "last night": chrono reads the day right).
function partOfDayRe(parts: readonly string[], keep: readonly string[], links: readonly string[], articles: readonly string[]): RegExp {
  if (!parts.length) return never("g");
  const article = articles.length ? `(?:(?:${alt(articles)})\\s+)?` : "";
  const notAfter = keep.length ? `(?<!(?<![\\p{L}\\p{N}])(?:${keep.map((k) => escape(norm(k)).replace(/ +/g, "\\s+")).join("|")})\\s+)` : "";
  const link = links.length ? `(?:\\s+(?:${alt(links)}))?` : "";
  return new RegExp(`${notAfter}${article}(?:${alt(parts)})${link}(?![\\p{L}\\p{N}])`, "gu");
}

/** The sentence with every part of the day that dates nothing by itself blanked out (same length: offsets hold). */
function withoutPartsOfDay(w: DateWords, text: string, low: string): string {
  let out = "";
  let last = 0;
  for (const m of low.matchAll(w.partOfDay)) {
    out += text.slice(last, m.index) + " ".repeat(m[0].length);
    last = m.index + m[0].length;
  }
  return last ? out + text.slice(last) : text;
}

/** Is chrono's match `said` (as written) a given name that a capitalised word right `after` it continues? */
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;
const givenName = (w: DateWords, said: string, after: string): boolean =>
  w.givenNames.size > 0 && /^\p{Lu}\p{Ll}+$/u.test(said) && w.givenNames.has(norm(said)) && NAME_AFTER.test(after);

const count = (w: DateWords, word: string): number => w.numbers.get(word) ?? (Number.isFinite(Number(word)) ? Number(word) : 1);

// ---- Which way a weekday or yearless date points ----

/** "ahead": strictly after publication ("el próximo lunes"); "back": strictly before ("el pasado viernes");
 *  "future": on or after (an announced act: "se reunirán este jueves"); "past": on or before (news looks back). */
export type Direction = "ahead" | "back" | "future" | "past";

const BREAK = /[.;:!?¡¿()[\]"“”«»—–,]/g;
const BREAKS = new Set(".;:!?¡¿()[]\"“”«»—–,");
const WORD = /[\p{L}\p{N}'’]+/gu;
// An article or other word of one to three letters.
const SHORT_WORD = "\\p{L}{1,3}";

/** The text just before `start` back to the last punctuation mark, and just after `end` up to the next one. */
function neighbours(low: string, start: number, end: number): { before: string; after: string; beforeAt: number } {
  const left = low.slice(0, start);
  let cut = 0;
  for (let i = start - 1; i >= 0; i--) {
    if (BREAKS.has(left[i]!)) {
      cut = i + 1;
      break;
    }
  }
  const right = low.slice(end);
  const stop = right.search(BREAK);
  return { before: left.slice(cut).trimEnd(), after: (stop < 0 ? right : right.slice(0, stop)).trimStart(), beforeAt: cut };
}

/** A verb in the future tense by its ending: a lower-case word, so that names ("Irán", "Teherán") are not. */
function isFutureVerb(w: DateWords, word: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const lower = word.normalize("NFC");
  return w.futureEndings.some((e) => lower.length > e.length + 1 && lower.endsWith(e));
}

/** An announced act: a future mark in the clause before the expression ("will meet on Tuesday", "viajará el
 *  jueves") or the verb right after it ("este jueves se reunirán", "Xi on Thursday will host"). */
function futureClause(w: DateWords, raw: string, low: string, end: number, around: ReturnType<typeof neighbours>): boolean {
  const { before, after, beforeAt } = around;
  let from = 0;
  for (const m of before.matchAll(w.clauseBreaks)) from = m.index + m[0].length;
  const clause = before.slice(from);
  if (w.futureWords.test(clause)) return true;
  const clauseRaw = raw.slice(beforeAt + from, beforeAt + before.length);
  for (const m of clauseRaw.matchAll(WORD)) if (isFutureVerb(w, m[0])) return true;
  // The first word after it that is no clitic (read one by one: the rest of the clause is not needed).
  let n: RegExpExecArray | undefined;
  for (const m of after.matchAll(WORD)) {
    if (w.clitics.has(m[0])) continue;
    n = m;
    break;
  }
  if (!n) return false;
  const afterAt = end + (low.length - end - low.slice(end).trimStart().length);
  if (w.futureStart.test(after.slice(n.index))) return true;
  return isFutureVerb(w, raw.slice(afterAt + n.index, afterAt + n.index + n[0].length));
}

function direction(w: DateWords, raw: string, low: string, start: number, end: number): Direction {
  const inside = low.slice(start, end);
  const around = neighbours(low, start, end);
  const { before, after } = around;
  if (w.aheadIn.test(inside) || w.aheadBefore.test(before) || w.aheadAfter.test(after)) return "ahead";
  if (w.backIn.test(inside) || w.backBefore.test(before) || w.backAfter.test(after)) return "back";
  // "the rally planned for Saturday", "la marcha prevista para el sábado": the day a plan is set for is to come.
  if (w.plannedBefore.test(before)) return "future";
  return futureClause(w, raw, low, end, around) ? "future" : "past";
}

/** The day of weekday `wd` (0 = Sunday) that `dir` picks around the publication date. */
export function weekdayDate(pub: string, wd: number, dir: Direction): string {
  let diff = wd - weekdayOf(pub);
  if (dir === "past" && diff > 0) diff -= 7;
  else if (dir === "back" && diff >= 0) diff -= 7;
  else if (dir === "future" && diff < 0) diff += 7;
  else if (dir === "ahead" && diff <= 0) diff += 7;
  return shiftDays(pub, diff);
}

/** Days later than publication that a yearless date may fall and still be this year's: news names coming
 *  deadlines and elections without a year ("until April 2" in a 6 March story, "las elecciones del 26 de octubre"
 *  in a 14 October one); past that, a date not marked as ahead is last year's ("el 16 de marzo" in January). */
const SLACK_DAYS = 31;

/** The year of a date written without one: the one its weekday fits, if said ("el viernes 23 de mayo"), then
 *  the latest not later than publication by more than a few days, or for an announced act the first not before it. */
function yearless(date: string, pub: string, dir: Direction, wd: number | null): string {
  const y = Number(pub.slice(0, 4));
  let cands = [y - 1, y, y + 1].map((x) => `${x}${date.slice(4)}`).filter((c) => iso(new Date(`${c}T12:00:00Z`)) === c);
  if (!cands.length) return date;
  if (wd !== null && cands.some((c) => weekdayOf(c) === wd)) cands = cands.filter((c) => weekdayOf(c) === wd);
  if (dir === "ahead" || dir === "future") return cands.find((c) => c >= pub) ?? cands.at(-1)!;
  const limit = dir === "back" ? pub : shiftDays(pub, SLACK_DAYS);
  return [...cands].reverse().find((c) => c <= limit) ?? cands[0]!;
}

// ---- Expressions read without chrono ----

function ownMentions(w: DateWords, raw: string, low: string, pub: string): DateMention[] {
  const out: DateMention[] = [];
  const add = (start: number, end: number, date: string) => {
    if (!out.some((m) => m.start < end && start < m.end)) out.push({ start, end, date });
  };
  // "anoche", "anteayer", "la semana pasada" (a week back, vague but so it was).
  for (const m of low.matchAll(w.shiftRe)) add(m.index, m.index + m[0].length, shiftDays(pub, w.shifts.get(m[0].replace(/\s+/g, " ")) ?? 0));
  return out;
}

/** "hace tres días", "three days ago": read where chrono read nothing (it reads English "a few days ago" itself). */
function agoMentions(w: DateWords, low: string, pub: string): DateMention[] {
  const out: DateMention[] = [];
  for (const re of [w.agoBefore, w.agoAfter]) {
    for (const m of low.matchAll(re)) {
      out.push({ start: m.index, end: m.index + m[0].length, date: shiftDays(pub, -count(w, m[1]!) * (w.units.get(m[2]!.replace(/\s+/g, " ")) ?? 1)) });
    }
  }
  return out;
}

const parsers = { es: chrono.es.casual, en: chrono.en.casual };

// A character of a word (letters, digits, the apostrophe), with a quick answer for ASCII (no string made for it).
const WORD_CHAR = /[\p{L}\p{N}']/u;
const APOSTROPHE = 39;
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === APOSTROPHE;
  return WORD_CHAR.test(String.fromCodePoint(code));
}

/**
 * Does the (normalised) sentence hold a key word of the own scans (`scan`), and a word chrono needs or a date in
 * figures (`cued`)? One pass over its words (runs of letters, digits and apostrophes), stopping once both are known.
 */
function cuesOf(w: DateWords, low: string): { scan: boolean; cued: boolean } {
  let scan = false;
  let cued = false;
  let start = -1;
  for (let i = 0; i <= low.length && !(scan && cued); ) {
    const code = i < low.length ? low.codePointAt(i)! : -1;
    const width = code > 0xffff ? 2 : 1;
    const inWord = code >= 0 && isWordChar(code);
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = low.slice(start, i);
      scan ||= w.scanKeys.has(word);
      cued ||= w.chronoCues.has(word);
      start = -1;
    }
    i += code >= 0 ? width : 1;
  }
  // Digits alone date nothing chrono would keep as a day ("6.800 millones", "de 25 años", "las 10 comunidades" it
  // reads as days and hours): only a date written in figures does.
  return { scan, cued: cued || NUMERIC_DATE.test(low) };
}

/** How far back from a day its genitive link and the locution it may close are looked for. */
const GENITIVE_REACH = 30;

/** A date written in figures: 5/3/2026, 05.03.26, 2026-03-05, 5/3. */
const NUMERIC_DATE = /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2})(?!\d)/u;

/**
 * Day-precise date expressions of a sentence, resolved against the publication date. News looks back: a bare
 * weekday ("el jueves", "this Thursday") is the last such day on or before publication, a yearless date the
 * latest one not after it by more than a few days; "el próximo lunes", "next Monday" and announced acts
 * ("se reunirán el jueves", "will meet on Tuesday") look ahead.
 * @example dateMentions("sostuvo esta tarde una llamada", "es", "2026-01-30") // [{…, date: "2026-01-30"}]
 */
export function dateMentions(text: string, lang: Language, pub: string): DateMention[] {
  const w = dateWords(lang);
  const low = norm(text);
  // The own scans' regular expressions are costly: run them only where one of their key words is present.
  // chrono is the costliest step: a sentence with no digit and no date word holds nothing for it.
  const { scan, cued } = cuesOf(w, low);
  const out = scan ? ownMentions(w, text, low, pub) : [];
  const own = out.length;
  // "el fin de semana", "a principios de mes": no single day, whatever chrono makes of them.
  const vague = scan ? [...low.matchAll(w.vague)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  const ref = { instant: new Date(`${pub}T12:00:00Z`), timezone: 0 };
  const read = cued ? withoutPartsOfDay(w, text, low) : text;
  for (const r of cued ? parsers[lang].parse(read, ref) : []) {
    const s = r.start;
    const start = r.index;
    const end = r.index + r.text.length;
    if (out.slice(0, own).some((m) => m.start < end && start < m.end) || vague.some((m) => m.start < end && start < m.end)) continue;
    const said = low.slice(start, end);
    // Only expressions that fix a day: "esta tarde", "el jueves", "30 de enero" — not "en julio" or "dos horas".
    if (!s.isCertain("day") && !s.isCertain("weekday") && !w.dayWords.test(said)) continue;
    // "durante dos horas", "for three hours": a duration, not a date.
    if (w.durationUnits.test(said) && !w.agoWords.test(said)) continue;
    // "la avenida 9 de Julio", "el barrio 18 de Febrero": a day right after a place noun names the place, not a date.
    if (w.nameBefore.test(low.slice(Math.max(0, start - NAME_REACH), start))) continue;
    // "acusó a Domingo Pérez", "el exministro Julio Cárdenas": a weekday or month that is also a given name (grammar
    // given_names_as_words), written capitalised before a capitalised word, is a person's name.
    if (givenName(w, r.text, text.slice(end))) continue;
    // "la mañana del martes": the morning, not tomorrow.
    if (w.tomorrow.has(said.trim()) && w.morningDets.test(low.slice(0, start))) continue;
    let date = iso(s.date());
    if (s.isCertain("weekday") && !s.isCertain("day")) date = weekdayDate(pub, s.get("weekday")!, direction(w, text, low, start, end));
    else if (s.isCertain("day") && s.isCertain("month") && !s.isCertain("year")) {
      date = yearless(date, pub, direction(w, text, low, start, end), s.isCertain("weekday") ? s.get("weekday")! : null);
    }
    out.push(w.genitiveBefore.test(norm(read.slice(Math.max(0, start - GENITIVE_REACH), start))) ? { start, end, date, attributive: true } : { start, end, date });
  }
  for (const m of scan ? agoMentions(w, low, pub) : []) if (![...out, ...vague].some((o) => o.start < m.end && m.start < o.end)) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Is an act told after a day that qualifies a noun ("la masacre del domingo en el penal, donde 17 reos fueron
 * asesinados") in a clause about that noun: does the text between them open a relative of place or time?
 * @example aboutTheNoun(" en el penal, donde 17 reos fueron ", "es") // true
 */
export function aboutTheNoun(between: string, lang: Language): boolean {
  return dateWords(lang).nounRelatives.test(norm(between));
}

// ---- "un día después de la llamada", "Un día después, …", "the previous evening" ----

/**
 * A day counted from another: `days` from the base day (the day the sentence gave before it, else the story's last
 * day). `governs`: it dates the act named after it ("tres días después de la visita": that act is 3 days before the
 * base); else it dates the sentence's own act ("Un día después, la presidenta llamó": 1 day after the base).
 */
export interface RelativeDay { start: number; end: number; days: number; governs: boolean; fronted: boolean }

interface Relative { re: RegExp; later: Set<string>; governs: RegExp | null; shifts: Map<string, number>; shiftRe: RegExp; cue: RegExp }
const relatives = new Map<Language, Relative>();

function relativeWords(lang: Language): Relative {
  let r = relatives.get(lang);
  if (r) return r;
  const w = dateWords(lang);
  const entry = dateEntries<Entry>(lang);
  const list = (key: string): string[] => (entry(key).words ?? []).map(norm);
  const later = [...w.relAfter, ...list("story_later")];
  const turns = [...later, ...w.relBefore, ...list("story_earlier")];
  const governs = list("relative_governs");
  const shifts = new Map((entry("story_shifts").phrases ?? []).map((p) => [norm(p.text).replace(/\s+/g, " "), p.days]));
  r = {
    // "(N) (unit) (after|before|later|earlier)" and the word after it, if any.
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\S+)\\s+)?(${alt([...w.units.keys()])})\\s+(${alt(turns)})(?![\\p{L}\\p{N}])(?:\\s*([\\p{L}\\p{N}]+))?`, "gu"),
    later: new Set(later),
    governs: governs.length ? new RegExp(`^(?:${alt(governs)})$`, "u") : null,
    shifts,
    shiftRe: anywhere([...shifts.keys()], "g"),
    // Every match of `re` holds a unit word and every match of `shiftRe` a whole shift phrase (so its longest word): a
    // sentence with none of these is refused by this plain scan, without `re`'s look-behind at every position.
    cue: new RegExp(alt([...w.units.keys(), ...[...shifts.keys()].map(longestWord)]), "u"),
  };
  relatives.set(lang, r);
  return r;
}

/** Does nothing but blanks and punctuation stand before `at`: is what starts there the sentence's opening? */
const opens = (low: string, at: number): boolean => !/[\p{L}\p{N}]/u.test(low.slice(0, at));

/**
 * The counted days of a sentence ("tres días después de", "Un día después,", "two days later", "the next day").
 * @example relativeDays("It came two days after Trump announced tariffs.", "en") // [{…, days: -2, governs: true}]
 */
export function relativeDays(text: string, lang: Language): RelativeDay[] {
  const w = dateWords(lang);
  const r = relativeWords(lang);
  const low = norm(text);
  const out: RelativeDay[] = [];
  if (!r.cue.test(low)) return out;
  for (const m of low.matchAll(r.re)) {
    const turn = m[3]!.replace(/\s+/g, " ");
    const next = m[4];
    const relational = w.relAfter.includes(turn) || w.relBefore.includes(turn);
    const governs = relational && next !== undefined && (r.governs ? r.governs.test(next) : true);
    const unit = m[2]!.replace(/\s+/g, " ");
    const size = w.units.get(unit) ?? 1;
    // "horas antes" is the same day; "días después", "weeks after", with no count, are no day.
    const counted = m[1] !== undefined && (w.numbers.has(m[1]) || /^\d+$/.test(m[1]));
    if (!counted && size > 0) continue;
    const n = counted ? count(w, m[1]!) * size : 0;
    const after = r.later.has(turn);
    // (The governed act is before the base for "after": the base is the later act.)
    const end = m.index + m[0].length - (next === undefined ? 0 : next.length);
    const start = counted ? m.index : m.index + m[0].indexOf(m[2]!);
    // (0 for "horas antes", never -0.)
    const days = (governs ? (after ? -n : n) : after ? n : -n) || 0;
    out.push({ start, end, days, governs, fronted: opens(low, start) });
  }
  for (const m of low.matchAll(r.shiftRe)) out.push({ start: m.index, end: m.index + m[0].length, days: r.shifts.get(m[0].replace(/\s+/g, " ")) ?? 0, governs: false, fronted: opens(low, m.index) });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Does a complementizer ("that", "que") stand between a day told before an act and the act? Then the day is most
 * likely the saying's ("said on Thursday that she had spoken with him the previous evening").
 * @example brokenBetween(" that she had ", "en") // true
 */
export function brokenBetween(between: string, lang: Language): boolean {
  return dateWords(lang).complementizers.test(norm(between));
}

/**
 * A sentence's date mentions with its counted days ("Un día después,", "the previous evening") among them, each
 * counted from the day the sentence gave before it, else from `storyDay` (the story's last day); a chrono reading
 * inside a counted day ("next day") gives way to it.
 */
export function withCountedDays(mentions: readonly DateMention[], counted: readonly RelativeDay[], storyDay: string): DateMention[] {
  const own = counted.filter((r) => !r.governs);
  if (!own.length) return [...mentions];
  const kept = mentions.filter((m) => !own.some((r) => m.start < r.end && r.start < m.end));
  const out: DateMention[] = [...kept, ...own.map((r) => ({ start: r.start, end: r.end, date: shiftDays(dayBefore(kept, r.start) ?? storyDay, r.days), ...(r.fronted ? {} : { aside: true as const }) }))];
  return out.sort((a, b) => a.start - b.start);
}

/** The day of the last mention (not one qualifying a noun) that ends before `at`, if any. */
export const dayBefore = (mentions: readonly DateMention[], at: number): string | undefined =>
  mentions.filter((m) => m.end <= at && !m.attributive).at(-1)?.date;

/** Is the text between a governing phrase and a trigger no more than its link ("de la", "of the")? */
export function adjacent(between: string, lang: Language): boolean {
  const w = dateWords(lang);
  const words = norm(between).split(/\s+/).filter(Boolean);
  return words.length <= 3 && words.every((x) => w.relLinks.some((k) => k.split(" ").includes(x)) || (relativeWords(lang).governs?.test(x) ?? false));
}
