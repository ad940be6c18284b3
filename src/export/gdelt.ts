import { createRequire } from "node:module";
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

const require = createRequire(import.meta.url);
const iso = require("i18n-iso-countries") as { alpha3ToAlpha2(c: string): string | undefined; getName(c: string, lang: string): string | undefined };

/**
 * The ActionGeo columns of an event's place, in GDELT's manner: Type 1 country, 2 US city, 3 US state, 4 world
 * city, 5 world state (a second-level division is given as its city-less state); FullName "city, division, country";
 * ADM1Code the country's two letters and the division's code ("MX25"); coordinates only for a city.
 */
export function actionGeo(p: CorpusEvent["place"]): string[] {
  if (!p) return GEO.map(() => "");
  const cc2 = p.admin1_code?.split(".")[0] ?? iso.alpha3ToAlpha2(p.country) ?? "";
  const us = cc2 === "US";
  const type = p.precision === "country" ? 1 : p.precision === "city" ? (us ? 2 : 4) : us ? 3 : 5;
  const countryName = iso.getName(p.country, "en") ?? p.country;
  const parts = p.precision === "country" ? [countryName] : p.precision === "admin1" ? [p.name, countryName] : [p.name, p.admin1, countryName];
  const full = [...new Set(parts.filter((x): x is string => !!x))].join(", ");
  const adm1 = p.admin1_code ? p.admin1_code.replace(".", "") : cc2;
  const feature = p.geonameid !== null ? String(p.geonameid) : p.admin1_code ? adm1 : cc2;
  return [String(type), full, cc2, adm1, p.precision === "city" || p.precision === "admin2" ? p.admin2 ?? "" : "", p.lat === null ? "" : String(p.lat), p.lon === null ? "" : String(p.lon), feature];
}

/**
 * One event as a GDELT 2.0 event-table line: tab-separated, no header, 61 fields. GlobalEventID is the event id's
 * first 13 hex digits as a number, so it is stable across exports.
 * @example gdeltLine(event).split("\t").length // 61
 */
export function gdeltLine(e: CorpusEvent): string {
  const day = e.date.replace(/-/g, "");
  const geo = actionGeo(e.place ?? null);
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
