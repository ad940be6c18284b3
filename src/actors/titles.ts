import type { ActorPhrase } from "../model/actor.js";
import { fold } from "../model/token.js";

/** A name the document gave a title or apposition: "la embajadora de Estados Unidos en Honduras, Laura Dogu". */
interface Titled { words: string[]; start: number; name: string; country: string | null; sector: string | null }

const TITLE_KINDS = new Set(["role", "demonym", "country", "metonym", "institution", "group"]);
const words = (s: string): string[] => fold(s).split(/[\s-]+/).filter((w) => w.length > 1 && !/^[.,]$/.test(w));
// The words of `short` stand together inside `full` ("Dogu" in "Laura Dogu", "López Obrador" in "Andrés Manuel López Obrador").
const within = (short: string[], full: string[]): boolean =>
  short.length > 0 && full.length >= short.length && full.some((_, k) => short.every((w, j) => full[k + j] === w));

/** The phrase is a name alone with nothing known about it ("Dogu", "Laura Dogu"). */
const bareName = (p: ActorPhrase): boolean =>
  !p.anaphor && !p.pair && p.parts.length > 0 && p.parts.every((m) => m.kind === "name") && !p.actor.country && !p.actor.sector && !p.actor.org;

/**
 * Names with a title somewhere in the document lend it to their bare mentions, before or after: "Dogu" after "la
 * embajadora de Estados Unidos en Honduras, Laura Dogu" is USA GOV; "X, ministro de Defensa de Israel" makes a later
 * (or earlier) "X" ISR GOV. The nearest titled mention before wins, else the nearest after. Fills the phrases in place.
 * @example applyTitles([{ phrases }]) // "Dogu" → {country: "USA", sector: "GOV", name: "Laura Dogu"}
 */
export function applyTitles(sentences: readonly { phrases: readonly ActorPhrase[] }[]): void {
  const titled: Titled[] = [];
  for (const s of sentences) {
    for (const p of s.phrases) {
      if (p.anaphor || p.pair || !p.actor.name || !(p.actor.country || p.actor.sector) || p.actor.org) continue;
      // Only a title around an unknown name: a known person's own record already travels with the name.
      if (!p.parts.some((m) => m.kind === "name") || !p.parts.some((m) => TITLE_KINDS.has(m.kind))) continue;
      titled.push({ words: words(p.actor.name), start: p.actor.start, name: p.actor.name, country: p.actor.country, sector: p.actor.sector });
    }
  }
  if (!titled.length) return;
  for (const s of sentences) {
    for (const p of s.phrases) {
      if (!bareName(p)) continue;
      const w = words(p.actor.text);
      const fits = titled.filter((t) => t.start !== p.actor.start && within(w, t.words));
      const before = fits.filter((t) => t.start < p.actor.start).at(-1);
      const t = before ?? fits.find((x) => x.start > p.actor.start);
      if (t) Object.assign(p.actor, { name: t.name, country: t.country, sector: t.sector });
    }
  }
}

/**
 * The words of every multi-word capitalised name in a text ("Laura", "Dogu" of "…en Honduras, Laura Dogu"): a surname
 * that opens a sentence ("Dogu dijo…") is a name there too, where a lone capitalised first word otherwise is not. A run
 * that opens a sentence lends only its later words ("Meanwhile Russia" says nothing of "Meanwhile").
 */
export function surnamesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:de|del|la|los|da|dos|van|von|bin|al|el)[ \t]+)*\p{Lu}[\p{L}'’-]*)+/gu)) {
    const ws = m[0].split(/[ \t]+/).filter((x) => /^\p{Lu}\p{L}/u.test(x));
    const opens = /(?:^|[.!?:;“"«¿¡—\n(])\s*$/u.test(text.slice(Math.max(0, m.index - 3), m.index));
    for (const x of opens ? ws.slice(1) : ws) out.add(fold(x));
  }
  // A word the text also writes in lower case ("Relaciones" of "Ministerio de Relaciones Exteriores") is a common word.
  // (The words as strings, with no match object for each: most words of a text are lower-case.)
  for (const w of out.size ? text.match(/(?<![\p{L}])\p{Ll}[\p{L}]*/gu) ?? [] : []) {
    out.delete(fold(w));
    if (!out.size) break;
  }
  return out;
}
