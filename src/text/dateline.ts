/**
 * A news dateline at the top of a text: "MADRID, 8 sep.—", "PANAMA CITY —", "EL PASO, Texas —",
 * "SANTIAGO (AP) —", "ATLANTA (Reuters) - ", "Valencia (Venezuela), 15 jul (EFE).- ". `region` is what follows
 * the place in parentheses or after its comma ("Texas", "Venezuela", "Sin."), when there is such a part.
 */
export interface Dateline { place: string; region: string | null; end: number }

// The place: words in capitals, or a capitalised name (capitalised words, with short connectives: "Santa Cruz de la
// Sierra") right before a parenthesis ("Valencia (Venezuela)") or before
// a date and an agency ("Ciudad de México, 12 feb (EFE).-"). The date may be written out, after a region or not, and
// close the dateline itself ("Oaxaca de Juárez, Oax., 30 de abril de 2026.-", "San Pedro Sula, Honduras, 9 de
// julio (AP).-"): a day, a short lower-case connective, a month, a year. Or no date, but a region or an agency and
// the dash right after ("Culiacán, Sinaloa.-", "Ciudad Juárez, Chih. (apro).-", "Nairobi, Kenya —").
// Then an optional parenthesis, an optional comma part (region and/or date), an optional agency in parentheses,
// and a dash: em or en dash, or a spaced hyphen (".-" in the Spanish agencies' style).
const DATELINE = /^\s*(\p{Lu}[\p{Lu}\s.'-]{1,40}?|\p{Lu}[\p{L}.']*(?: (?:\p{Ll}{1,3} ){0,2}\p{Lu}[\p{L}.']*){0,4}(?=\s*\(|,\s*\d{1,2}\s+\p{L}{3,}\.?\s*\(|,(?:\s*\p{Lu}[\p{L}.' ]{1,25},)?\s*\d{1,2}(?:\s+\p{Ll}{1,3})?\s+\p{L}{3,}\.?(?:\s+\p{Ll}{1,3})?(?:\s+\d{4})?\s*(?:\(|\.?-\s)|(?:,\s*\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*){0,2})?\s*(?:\([^)\n]{1,30}\)\s*)?\.?\s*(?:-\s|[—–])\s*\p{Lu}))\s*(?:\(([^)\n]{1,30})\)\s*)?(?:,([^—–\n]{1,40}?))?\s*(?:\([^)\n]{1,30}\)\s*)?\.?\s*(?:[—–]+\s*|(?:-{1,2}|\.-)\s+)/u;

/**
 * The dateline's place and where the story starts after it; null when the text has none.
 * @example datelineOf("MADRID, 8 sep.— El opositor…") // { place: "MADRID", region: null, end: 17 }
 */
export function datelineOf(text: string): Dateline | null {
  // Three stages ask for the same document's dateline in a row: answered once.
  if (text === last.text) return last.dateline;
  const dateline = read(text);
  last = { text, dateline: dateline && Object.freeze(dateline) };
  return last.dateline;
}
let last: { text: string | null; dateline: Dateline | null } = { text: null, dateline: null };

// A dateline with no dash, closed by its agency in capitals and the story's capital letter: "Srinagar, Mar 5 (PTI)
// Security forces…", "MADRID, 5 (EUROPA PRESS) El Gobierno…" (the Indian agencies' and Europa Press's style).
const UNDASHED = /^\s*(\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*){0,3}),\s*(?:\p{L}{3,5}\.?\s+)?\d{1,2}\s*\(\p{Lu}[\p{Lu} .]{1,24}\)\s+(?=\p{Lu})/u;

// A dateline closed by a full stop, no dash (the wire and newspaper style of many Spanish and English papers): a place
// in capitals, alone or with its region, date or agency ("MADRID. El Gobierno…", "MADRID (EFE). El…", "LIMA, 5 mar
// (Reuters). Police…", "SAN JOSÉ, Costa Rica. El…"), or a capitalised name with a written-out date or an agency
// ("Ciudad de México, 5 de marzo (AFP). El…", "Lima (EFE). La…"); then the story's capital letter. A capitalised name
// alone before a full stop is a sentence ("Madrid. …" is no dateline).
const STOPPED_DATE = String.raw`\d{1,2}(?:\s+\p{Ll}{1,3})?\s+\p{L}{3,10}\.?(?:\s+\p{Ll}{1,3}\s+\d{4}|\s+\d{4})?|\p{L}{3,5}\.?\s+\d{1,2}(?:,\s*\d{4})?`;
const STOPPED_AGENCY = String.raw`\(([^)
]{1,30})\)`;
const STOPPED = new RegExp(String.raw`^\s*(?:(\p{Lu}{2,}(?:[ '-](?:\p{Lu}{1,3}[ '-])?\p{Lu}{2,}){0,2})(?:,\s*(\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*){0,2}))?(?:,\s*(?:${STOPPED_DATE}))?|(\p{Lu}[\p{L}']*(?: (?:\p{Ll}{1,3} ){0,2}\p{Lu}[\p{L}']*){0,4})(?=,\s*(?:${STOPPED_DATE})|\s*\()(?:,\s*(?:${STOPPED_DATE}))?)\s*(?:${STOPPED_AGENCY})?\.\s+(?=\p{Lu})`, "u");

// A dateline closed by a colon (the South Asian and Gulf papers' style): a place in capitals, up to three words, then
// the story's capital letter: "NEW DELHI: India and the United States…", "KUWAIT CITY: The Ministry…", "WASHINGTON :
// On Friday…". (A capitalised name before a colon may open a quotation or a heading: "Police: …" is none.)
const COLONED = /^\s*(\p{Lu}{2,}(?:[ '-]\p{Lu}{2,}){0,2})\s?:\s+(?=\p{Lu})/u;

function read(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (!m) {
    const u = UNDASHED.exec(text);
    if (u) return { place: u[1]!, region: null, end: u[0].length };
    const k = COLONED.exec(text);
    if (k) return { place: k[1]!, region: null, end: k[0].length };
    const s = STOPPED.exec(text);
    return s ? { place: (s[1] ?? s[3])!, region: s[2] ?? s[4] ?? null, end: s[0].length } : null;
  }
  // The comma part up to a date or a parenthesis: "Texas", "Sin.", not "8 sep.".
  const comma = m[3]?.trim().split(/[,(]|\s\d/u)[0]?.trim() || null;
  const region = m[2]?.trim() || (comma && !/^\d/u.test(comma) ? comma : null);
  // ("Ciudad de México.- …": the dot before the dash closes the dateline, it is not part of the name.)
  return { place: m[1]!.trim().replace(/(\p{L}{2,})\.$/u, "$1"), region, end: m[0].length };
}
