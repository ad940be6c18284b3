import type { ActorEntry, Office } from "../data/schemas.js";
import type { LanguagePack } from "../data/knowledge.js";
import type { Mention } from "../model/actor.js";
import { isCapitalized, type Token } from "../model/token.js";
import { surnamesIn } from "./titles.js";

/** The office a person holds on `date`, else the latest one they left (then they are ELI), else none. */
export function officeAt(entry: ActorEntry, date: string): { office: Office | null; former: boolean } {
  const offices = entry.offices ?? [];
  const current = offices.find((o) => (!o.from || o.from <= date) && (!o.to || o.to >= date));
  if (current) return { office: current, former: false };
  const past = offices.filter((o) => o.to && o.to < date).sort((a, b) => (b.to ?? "").localeCompare(a.to ?? ""));
  return past[0] ? { office: past[0], former: true } : { office: null, former: false };
}

function fromEntry(e: ActorEntry, first: number, last: number, date: string): Mention {
  let country = e.country ?? null;
  let sector = e.sector ?? null;
  if (e.kind === "person" && e.offices?.length) {
    const { office, former } = officeAt(e, date);
    if (office) {
      country = office.country ?? country;
      sector = former ? "ELI" : office.sector ?? sector;
    }
  }
  if (e.kind === "country" || e.kind === "metonym") sector = sector ?? "GOV";
  return { kind: e.kind, first, last, entryId: e.id, name: e.name ?? null, country, sector, org: e.org ?? null };
}

// Capitalised words that do not start a name: function words, months, weekdays.
const NOT_NAMES = new Set([
  "el", "la", "los", "las", "un", "una", "en", "de", "del", "por", "para", "con", "a", "al", "y", "e", "o", "the", "a", "an",
  "in", "on", "at", "of", "for", "with", "and", "or", "but", "this", "that", "these", "those", "his", "her", "their",
  "its", "he", "she", "they", "we", "it", "i", "yo", "el", "ella", "ellos", "ellas", "este", "esta", "estos", "estas",
  "ese", "esa", "sin", "tras", "segun", "desde", "durante", "ante", "como", "cuando", "mientras", "pero", "si", "no",
  "tambien", "ademas", "asimismo", "sin embargo", "after", "before", "while", "when", "as", "if", "also", "both", "ambos", "ambas",
  "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
  "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "january", "february", "march", "april", "may",
  "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "sr", "sra", "dr",
  "hoy", "ayer", "today", "yesterday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
  "dec", "ene", "abr", "ago", "dic", "according", "segun", "said", "dijo", "alias",
]);
const CONNECTORS = new Set(["de", "del", "la", "las", "los", "y", "da", "dos", "van", "von", "bin", "al", "el"]);

/**
 * Actor mentions in one sentence: knowledge-base matches, then runs of capitalised words as unknown names.
 * A country name followed by capitalised words is a person's name ("Israel Vizcarra Beltrán").
 * With the document's `text`, a lone capitalised word opening a sentence is a name when the document names someone
 * with it elsewhere ("Dogu dijo…" after "Laura Dogu").
 */
export function findMentions(tokens: readonly Token[], pack: LanguagePack, date: string, text?: string): Mention[] {
  const allCaps = tokens.filter((t) => /\p{L}/u.test(t.text)).every((t) => t.text === t.text.toUpperCase());
  const matches = pack.gazetteer.match(tokens);
  const out: Mention[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of matches) {
    const next = tokens[m.last];
    const absorbable = m.entry.kind === "country" || m.entry.kind === "place";
    if (absorbable && next && isNameWord(next, allCaps) && !matches.some((o) => o.first === m.last)) continue;
    // "Michael Jordan", "Roberto Chile": a one-word country after a given name inside the sentence ends that name.
    const prev = tokens[m.first - 1];
    const opens = m.first - 1 === 0 || /^[“"«(¿¡—-]$/.test(tokens[m.first - 2]?.text ?? "");
    if (absorbable && m.last - m.first === 1 && prev && !opens && isNameWord(prev, allCaps) && !matches.some((o) => o.last === m.first)) continue;
    for (let k = m.first; k < m.last; k++) covered[k] = true;
    out.push(fromEntry(m.entry, m.first, m.last, date));
  }
  if (!allCaps) out.push(...unknownNames(tokens, covered, text === undefined ? undefined : knownSurnames(text)));
  return out.sort((a, b) => a.first - b.first);
}

function isNameWord(t: Token, allCaps: boolean): boolean {
  return !allCaps && isCapitalized(t) && /^\p{L}/u.test(t.text) && !NOT_NAMES.has(t.norm);
}

// The surnames of the document last asked about (the coder analyses one document's sentences in a row).
let lastText: string | null = null;
let lastSurnames = new Set<string>();
function knownSurnames(text: string): Set<string> {
  if (text !== lastText) [lastText, lastSurnames] = [text, new Set([...surnamesIn(text)].filter((w) => !NOT_NAMES.has(w)))];
  return lastSurnames;
}

function unknownNames(tokens: readonly Token[], covered: boolean[], surnames?: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isNameWord(tokens[i]!, false)) continue;
    let j = i + 1;
    while (j < tokens.length && !covered[j]) {
      if (isNameWord(tokens[j]!, false) || /^\d{1,3}$/.test(tokens[j]!.text)) j++;
      else {
        // "Juan Ramón de la Fuente", "Ismael Zambada García": lower-case particles inside a name.
        let k = j;
        while (k < tokens.length && k - j < 3 && CONNECTORS.has(tokens[k]!.norm) && !/^\p{Lu}/u.test(tokens[k]!.text) && !covered[k]) k++;
        if (k > j && tokens[k] && !covered[k] && isNameWord(tokens[k]!, false)) j = k + 1;
        else break;
      }
    }
    const sentenceStart = i === 0 || /^[“"«(¿¡—-]$/.test(tokens[i - 1]!.text);
    if (!(sentenceStart && j - i === 1) || surnames?.has(tokens[i]!.norm)) {
      out.push({ kind: "name", first: i, last: j, entryId: null, name: null, country: null, sector: null, org: null });
    }
    i = j - 1;
  }
  return out;
}
