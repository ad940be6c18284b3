/** A news dateline at the top of a text: "MADRID, 8 sep.—", "PANAMA CITY —", "EL PASO, Texas —". */
export interface Dateline { place: string; end: number }

const DATELINE = /^\s*(\p{Lu}[\p{Lu}\s.'-]{1,40}?)\s*(?:,[^—–\n]{1,30})?\s*[—–]+\s*/u;

/**
 * The dateline's place and where the story starts after it; null when the text has none.
 * @example datelineOf("MADRID, 8 sep.— El opositor…") // { place: "MADRID", end: 17 }
 */
export function datelineOf(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  return m ? { place: m[1]!.trim(), end: m[0].length } : null;
}
