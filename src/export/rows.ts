import type { CorpusEvent } from "../store/store.js";

type Side = CorpusEvent["source"];

/** One flat row per event, shared by CSV and Parquet; several actors on one side are joined with "; ". */
export const COLUMNS = [
  "id", "date", "type", "mode", "cameo", "goldstein", "quad", "symmetric",
  "source_name", "source_country", "source_sector", "source_org", "target_name", "target_country", "target_sector", "target_org",
  "contexts", "places", "place_name", "place_country", "place_admin1", "place_admin1_code", "place_admin2", "place_lat", "place_lon", "place_geonameid", "place_precision", "num_mentions", "num_articles", "num_sources", "first_seen", "last_seen",
  "trigger", "rule", "language", "doc", "evidence", "urls",
] as const;

export type Row = Record<(typeof COLUMNS)[number], string | number | boolean | null>;

const join = (xs: readonly (string | null)[]): string | null => (xs.some((x) => x !== null) ? xs.map((x) => x ?? "").join("; ") : null);
const field = (side: Side, k: "name" | "country" | "sector" | "org"): string | null => join(side.map((a) => (k === "name" ? a.name ?? a.text : a[k])));

/**
 * The flat row of an event.
 * @example rowOf(event).source_country // "MEX"
 */
export function rowOf(e: CorpusEvent): Row {
  return {
    id: e.id, date: e.date, type: e.type, mode: e.mode, cameo: e.cameo, goldstein: e.goldstein, quad: e.quad, symmetric: e.symmetric,
    source_name: field(e.source, "name"), source_country: field(e.source, "country"), source_sector: field(e.source, "sector"), source_org: field(e.source, "org"),
    target_name: field(e.target, "name"), target_country: field(e.target, "country"), target_sector: field(e.target, "sector"), target_org: field(e.target, "org"),
    contexts: e.contexts.join(";") || null, places: e.places.join(";") || null,
    place_name: e.place?.name ?? null, place_country: e.place?.country ?? null, place_admin1: e.place?.admin1 ?? null, place_admin1_code: e.place?.admin1_code ?? null,
    place_admin2: e.place?.admin2 ?? null, place_lat: e.place?.lat ?? null, place_lon: e.place?.lon ?? null, place_geonameid: e.place?.geonameid ?? null,
    place_precision: e.place?.precision ?? null,
    num_mentions: e.num_mentions, num_articles: e.num_articles, num_sources: e.num_sources, first_seen: e.first_seen, last_seen: e.last_seen,
    trigger: e.trigger.text, rule: e.rule, language: e.language, doc: e.doc, evidence: e.evidence,
    urls: [...new Set(e.mentions.map((m) => m.url).filter((u): u is string => u !== null))].join(" ") || null,
  };
}
