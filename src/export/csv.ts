import type { CorpusEvent } from "../store/store.js";
import { COLUMNS, rowOf } from "./rows.js";

// RFC 4180: quote a field that holds a comma, a quote or a line break, doubling its quotes.
const cell = (v: string | number | boolean | null): string => {
  const s = v === null ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const csvHeader = (): string => `${COLUMNS.join(",")}\n`;

/**
 * One event as a CSV line (RFC 4180, header from csvHeader()).
 * @example csvLine(event) // "3f2a…,2026-01-08,CONSULT,…\n"
 */
export function csvLine(e: CorpusEvent): string {
  const row = rowOf(e);
  return `${COLUMNS.map((c) => cell(row[c])).join(",")}\n`;
}
