import * as chrono from "chrono-node";
import type { Language } from "../lang/index.js";
import { fold } from "../model/token.js";

/** A date expression found in a sentence, with the day it points to. */
export interface DateMention { start: number; end: number; date: string }

const DAY = 86_400_000;
export const iso = (d: Date): string => d.toISOString().slice(0, 10);
export const shiftDays = (date: string, days: number): string => iso(new Date(Date.parse(`${date}T12:00:00Z`) + days * DAY));

const NUM: Record<string, number> = {
  un: 1, una: 1, uno: 1, a: 1, an: 1, one: 1, dos: 2, two: 2, tres: 3, three: 3, cuatro: 4, four: 4, cinco: 5, five: 5,
  seis: 6, six: 6, siete: 7, seven: 7, ocho: 8, eight: 8, nueve: 9, nine: 9, diez: 10, ten: 10, pocas: 0, unas: 0, few: 0, several: 0, varias: 0,
};
const UNIT: Record<string, number> = { dia: 1, dias: 1, day: 1, days: 1, semana: 7, semanas: 7, week: 7, weeks: 7, hora: 0, horas: 0, hour: 0, hours: 0 };
const count = (w: string): number => NUM[w] ?? (Number.isFinite(Number(w)) ? Number(w) : 1);

// Spanish expressions chrono misses: "anoche", "anteayer", "hace tres días", "la semana pasada".
const ES_EXTRA = /\b(anoche|anteayer|antier|antenoche)\b|\bhace\s+(\S+)\s+(dias?|semanas?)\b|\bla\s+semana\s+pasada\b/g;

function spanishExtras(text: string, pub: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of fold(text).matchAll(ES_EXTRA)) {
    let days = 7;
    if (m[1]) days = m[1] === "anoche" ? 1 : m[1] === "antenoche" ? 2 : 2;
    else if (m[2]) days = count(m[2]) * (UNIT[m[3]!] ?? 1);
    out.push({ start: m.index, end: m.index + m[0].length, date: shiftDays(pub, -days) });
  }
  return out;
}

const DAY_WORDS = /\b(?:hoy|ayer|anoche|mañana|tarde|noche|madrugada|today|tonight|yesterday|morning|afternoon|evening|night)\b/i;

const DURATION = /\b(?:horas?|minutos?|segundos?|hours?|minutes?|seconds?)\b/i;

const parsers = { es: chrono.es.casual, en: chrono.en.casual };

/**
 * Day-precise date expressions of a sentence, resolved against the publication date (news looks back:
 * a bare weekday or a yearless date later than publication is taken in the past).
 * @example dateMentions("sostuvo esta tarde una llamada", "es", "2026-01-30") // [{…, date: "2026-01-30"}]
 */
export function dateMentions(text: string, lang: Language, pub: string): DateMention[] {
  const ref = { instant: new Date(`${pub}T12:00:00Z`), timezone: 0 };
  const out: DateMention[] = [];
  for (const r of parsers[lang].parse(text, ref)) {
    const s = r.start;
    // Only expressions that fix a day: "esta tarde", "el jueves", "30 de enero" — not "en julio" or "dos horas".
    if (!s.isCertain("day") && !s.isCertain("weekday") && !DAY_WORDS.test(r.text)) continue;
    // "durante dos horas", "for three hours": a duration, not a date.
    if (DURATION.test(r.text) && !/\b(?:hace|ago)\b/i.test(r.text)) continue;
    let date = iso(s.date());
    if (s.isCertain("weekday") && !s.isCertain("day") && date > pub) date = shiftDays(date, -7);
    // "el 28 de julio" in a January story is last July; "April 2" in a March story is still ahead.
    if (s.isCertain("day") && !s.isCertain("year") && date > shiftDays(pub, 60)) date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    out.push({ start: r.index, end: r.index + r.text.length, date });
  }
  if (lang === "es") out.push(...spanishExtras(text, pub));
  return out;
}

// "un día después de la llamada", "hours after the signing": the event named next happened that much earlier.
const RELATIVE = /\b(\S+)\s+(dias?|semanas?|horas?|days?|weeks?|hours?)\s+(despues|antes|after|before)\s+(?:de\s+(?:la|el|los|las)|del|the|of\s+the)?\s*$/;

/** Days to add to the reference date for an event whose trigger follows "un día después de la …". */
export function relativeShift(textBeforeTrigger: string): number | null {
  const m = RELATIVE.exec(fold(textBeforeTrigger.slice(-60)));
  if (!m) return null;
  const days = count(m[1]!) * (UNIT[m[2]!] ?? 1);
  return m[3] === "despues" || m[3] === "after" ? -days : days;
}
