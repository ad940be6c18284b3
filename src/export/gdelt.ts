import type { CorpusEvent } from "../store/store.js";

const ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"];
const GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"];

/** The 61 columns of the GDELT 2.0 event table, in order (see docs/gdelt.md for which ones dyad fills). */
export const GDELT_COLUMNS: readonly string[] = [
  "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
  ...ACTOR.map((c) => `Actor1${c}`), ...ACTOR.map((c) => `Actor2${c}`),
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
  ...GEO.map((c) => `Actor1Geo_${c}`), ...GEO.map((c) => `Actor2Geo_${c}`), ...GEO.map((c) => `ActionGeo_${c}`),
  "DATEADDED", "SOURCEURL",
];

type Actor = CorpusEvent["source"][number];

// CAMEO actor codes are the country (or organisation) code followed by the role code: "MEXGOV", "USAMIL", "UNO".
function actorColumns(a: Actor | undefined): string[] {
  if (!a) return ACTOR.map(() => "");
  const code = `${a.country ?? a.org ?? ""}${a.sector ?? ""}`;
  return [code, (a.name ?? a.text).toUpperCase(), a.country ?? "", a.org ?? "", "", "", "", a.sector ?? "", "", ""];
}

function fractionDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = (d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000 + 1;
  return (d.getUTCFullYear() + day / 365).toFixed(4);
}

const clean = (s: string): string => s.replace(/[\t\r\n]+/g, " ");

/**
 * One event as a GDELT 2.0 event-table line: tab-separated, no header, 61 fields. GlobalEventID is the event id's
 * first 13 hex digits as a number, so it is stable across exports.
 * @example gdeltLine(event).split("\t").length // 61
 */
export function gdeltLine(e: CorpusEvent): string {
  const day = e.date.replace(/-/g, "");
  const geo = GEO.map((c) => (c === "FullName" ? e.places.join("; ") : ""));
  const fields = [
    String(parseInt(e.id.slice(0, 13), 16)), day, day.slice(0, 6), day.slice(0, 4), fractionDate(e.date),
    ...actorColumns(e.source[0]), ...actorColumns(e.target[0]),
    e.mentions.some((m) => m.sentence === 0) ? "1" : "0", e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), String(e.quad), e.goldstein === null ? "" : String(e.goldstein),
    String(e.num_mentions), String(e.num_sources), String(e.num_articles), "",
    ...GEO.map(() => ""), ...GEO.map(() => ""), ...geo,
    e.added_at.replace(/\D/g, "").slice(0, 14), e.mentions.find((m) => m.url)?.url ?? "",
  ];
  return `${fields.map(clean).join("\t")}\n`;
}
