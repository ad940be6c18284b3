import type { EventRecord } from "../model/event.js";

export const FORMATS = ["table", "jsonl", "json", "tsv"] as const;
export type Format = (typeof FORMATS)[number];

const who = (xs: EventRecord["source"]): string =>
  xs.map((a) => `${a.name ?? a.text}${a.country || a.org || a.sector ? ` [${[a.country ?? a.org, a.sector].filter(Boolean).join(" ")}]` : ""}`).join(" + ") || "—";

const TSV_COLUMNS = ["doc", "id", "date", "type", "mode", "cameo", "goldstein", "quad", "source", "source_country", "source_sector", "target", "target_country", "target_sector", "contexts", "trigger", "rule", "evidence"];
const clean = (s: string): string => s.replace(/[\t\n\r]+/g, " ");

/** Render one event in a streaming format (jsonl, tsv rows) or collect it for table/json. */
export function tsvHeader(): string {
  return TSV_COLUMNS.join("\t");
}

export function tsvRow(e: EventRecord): string {
  const names = (xs: EventRecord["source"]) => xs.map((a) => a.name ?? a.text).join("; ");
  const field = (xs: EventRecord["source"], k: "country" | "sector") => xs.map((a) => (k === "country" ? a.country ?? a.org : a.sector) ?? "").join("; ");
  return [e.doc, e.id, e.date, e.type, e.mode ?? "", e.cameo, e.goldstein ?? "", e.quad, names(e.source), field(e.source, "country"), field(e.source, "sector"),
    names(e.target), field(e.target, "country"), field(e.target, "sector"), e.contexts.join(","), e.trigger.text, e.rule, e.evidence].map((v) => clean(String(v))).join("\t");
}

/** A readable table for a terminal, one block per document. */
export function table(events: readonly EventRecord[], width = 120): string {
  if (events.length === 0) return "no events found";
  const rows = events.map((e) => [e.date, e.mode ? `${e.type}/${e.mode}` : e.type, e.cameo, who(e.source), e.symmetric ? "↔" : "→", who(e.target), `“${e.trigger.text}”`]);
  const widths = [10, 22, 5, 0, 1, 0, 0];
  const flex = Math.max(20, Math.floor((width - 48) / 3));
  return rows.map((r) => r.map((c, i) => (widths[i] ? c.padEnd(widths[i]!) : c.length > flex ? `${c.slice(0, flex - 1)}…` : c)).join("  ")).join("\n");
}
