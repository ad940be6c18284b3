import type { EventRecord } from "../model/event.js";

export const FORMATS = ["table", "jsonl", "json", "tsv"] as const;
export type Format = (typeof FORMATS)[number];

const who = (xs: EventRecord["source"]): string =>
  xs.map((a) => `${a.name ?? (a.text || "(implicit)")}${a.country || a.org || a.sector ? ` [${[a.country ?? a.org, a.sector].filter(Boolean).join(" ")}]` : ""}`).join(" + ") || "—";

const TSV_COLUMNS = ["doc", "id", "date", "type", "mode", "cameo", "goldstein", "quad", "source", "source_country", "source_sector", "target", "target_country", "target_sector", "contexts", "trigger", "rule", "place", "place_country", "place_admin1", "place_precision", "evidence"];
const clean = (s: string): string => s.replace(/[\t\n\r]+/g, " ");

/** Render one event in a streaming format (jsonl, tsv rows) or collect it for table/json. */
export function tsvHeader(): string {
  return TSV_COLUMNS.join("\t");
}

export function tsvRow(e: EventRecord): string {
  const names = (xs: EventRecord["source"]) => xs.map((a) => a.name ?? a.text).join("; ");
  const field = (xs: EventRecord["source"], k: "country" | "sector") => xs.map((a) => (k === "country" ? a.country ?? a.org : a.sector) ?? "").join("; ");
  return [e.doc, e.id, e.date, e.type, e.mode ?? "", e.cameo, e.goldstein ?? "", e.quad, names(e.source), field(e.source, "country"), field(e.source, "sector"),
    names(e.target), field(e.target, "country"), field(e.target, "sector"), e.contexts.join(","), e.trigger.text, e.rule,
    e.place?.name ?? "", e.place?.country ?? "", e.place?.admin1_code ?? "", e.place?.precision ?? "", e.evidence].map((v) => clean(String(v))).join("\t");
}

/**
 * `dyad code --explain`: each event, the lexicon entry that fired and every decision that shaped it.
 * @example explain(events, (id) => rules.entry(id))
 */
export function explain(events: readonly EventRecord[], entry: (e: EventRecord) => { pattern: string; note?: string | undefined; cameo: string } | undefined): string {
  if (events.length === 0) return "no events found";
  return events.map((e, i) => {
    const rule = entry(e);
    const lines = [
      `${i + 1}. ${e.date}  ${e.mode ? `${e.type}/${e.mode}` : e.type}  CAMEO ${e.cameo}  ${who(e.source)} ${e.symmetric ? "↔" : "→"} ${who(e.target)}`,
      ...(e.place ? [`   place: ${[e.place.name, e.place.precision === "city" || e.place.precision === "admin2" ? e.place.admin1 : null, e.place.country].filter(Boolean).join(", ")} (${e.place.precision}${e.place.geonameid ? `, GeoNames ${e.place.geonameid}` : ""}) from “${e.place.text}”`] : []),
      `   sentence ${e.sentence}: «${e.evidence.length > 160 ? `${e.evidence.slice(0, 159)}…` : e.evidence}»`,
      `   trigger “${e.trigger.text}” [${e.trigger.start}–${e.trigger.end}] by entry ${e.rule}${rule ? ` (pattern "${rule.pattern}", CAMEO ${rule.cameo}${rule.note ? `, e.g. "${rule.note}"` : ""})` : ""}`,
    ];
    for (const t of e.trace ?? []) if (!t.startsWith("trigger.verb:") && !t.startsWith("trigger.noun:")) lines.push(`   - ${t}`);
    return lines.join("\n");
  }).join("\n\n");
}

/** A readable table for a terminal: columns as wide as their content, names cut only when the screen is narrow. */
export function table(events: readonly EventRecord[], width = 120): string {
  if (events.length === 0) return "no events found";
  const rows = events.map((e) => [e.date, e.mode ? `${e.type}/${e.mode}` : e.type, who(e.source), e.symmetric ? "↔" : "→", who(e.target), `“${e.trigger.text}”`]);
  const natural = [0, 1, 2, 3, 4, 5].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const fixed = natural[0]! + natural[1]! + natural[3]! + 10;
  const room = Math.max(30, width - fixed);
  const flexible = [2, 4, 5];
  const want = flexible.reduce((n, i) => n + natural[i]!, 0);
  const cap = (i: number) => (want <= room ? natural[i]! : Math.max(12, Math.floor((room * natural[i]!) / want)));
  const cut = (c: string, w: number) => (c.length > w ? `${c.slice(0, w - 1)}…` : c.padEnd(w));
  return rows.map((r) => r.map((c, i) => cut(c, flexible.includes(i) ? cap(i) : natural[i]!)).join("  ").trimEnd()).join("\n");
}
