import { createRequire } from "node:module";
import type { EventRecord } from "../model/event.js";

const require = createRequire(import.meta.url);
const iso = require("i18n-iso-countries") as { alpha3ToNumeric(c: string): string | undefined };

/** Where the place stage put an event (src/places). */
export type Place = NonNullable<EventRecord["place"]>;

/**
 * One place of the map: the events placed there, per quad class. A city has coordinates; a second- or first-level
 * division or a country has none, since the place stage never pins an event to a made-up centroid.
 */
export interface MapPlace {
  /** What `GET /api/events?place=` takes: `city:GEONAMEID`, `admin2:ADMIN1_CODE:NAME`, `admin1:ADMIN1_CODE` or `country:ISO3`. */
  readonly key: string;
  readonly precision: Place["precision"];
  readonly name: string;
  readonly admin2: string | null;
  readonly admin1: string | null;
  readonly admin1_code: string | null;
  readonly country: string;
  /** The country's ISO 3166-1 numeric code ("484"), as world-atlas names its shapes; null for a code it lacks (Kosovo). */
  readonly country_numeric: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
  readonly events: number;
  /** Events per quad class: [verbal cooperation, material cooperation, verbal conflict, material conflict]. */
  readonly quads: [number, number, number, number];
  /** The quad class with the most events (a tie goes to the more conflictual class). */
  readonly quad: number;
}

/**
 * The key that groups a place's events: a city by GeoNames id, a division by its admin1 code (and name for a second-level
 * one), a country by its ISO code. Two events share a key only when they are placed at the same precision.
 * @example placeKey({ precision: "admin1", admin1_code: "MX.25", ... }) // "admin1:MX.25"
 */
export function placeKey(p: Place): string {
  switch (p.precision) {
    case "city": return p.geonameid !== null ? `city:${p.geonameid}` : `admin2:${p.admin1_code ?? p.country}:${p.name}`;
    case "admin2": return `admin2:${p.admin1_code ?? p.country}:${p.admin2 ?? p.name}`;
    case "admin1": return p.admin1_code ? `admin1:${p.admin1_code}` : `country:${p.country}`;
    default: return `country:${p.country}`;
  }
}

// The place keys' pattern and SQL live with the store's filters (src/store/place-key.ts): the API re-exports them.
export { PLACE_KEY, placeWhere } from "../store/place-key.js";

/**
 * Events grouped by place, most events first; events without a place are counted apart.
 * @example groupPlaces([{ quad: 1, place: guadalajara }, { quad: 4, place: null }]) // { places: [{ key: "city:4005539", … }], unplaced: 1 }
 */
export function groupPlaces(rows: Iterable<{ quad: number; place: Place | null }>): { places: MapPlace[]; unplaced: number } {
  const by = new Map<string, { place: Place; quads: [number, number, number, number] }>();
  let unplaced = 0;
  for (const { quad, place } of rows) {
    if (!place) {
      unplaced++;
      continue;
    }
    const key = placeKey(place);
    let g = by.get(key);
    if (!g) by.set(key, (g = { place, quads: [0, 0, 0, 0] }));
    if (quad >= 1 && quad <= 4) g.quads[quad - 1]!++;
  }
  const places = [...by.entries()].map(([key, { place: p, quads }]): MapPlace => {
    const city = p.precision === "city";
    const events = quads[0] + quads[1] + quads[2] + quads[3];
    const quad = quads.reduce((best, n, i) => (n >= quads[best]! ? i : best), 0) + 1;
    return {
      key, precision: p.precision, name: p.precision === "admin1" ? (p.admin1 ?? p.name) : p.precision === "admin2" ? (p.admin2 ?? p.name) : p.name,
      admin2: p.admin2, admin1: p.precision === "country" ? null : p.admin1, admin1_code: p.precision === "country" ? null : p.admin1_code, country: p.country,
      country_numeric: iso.alpha3ToNumeric(p.country) ?? null,
      lat: city ? p.lat : null, lon: city ? p.lon : null, geonameid: city ? p.geonameid : null, events, quads, quad,
    };
  });
  places.sort((x, y) => y.events - x.events || x.name.localeCompare(y.name) || x.key.localeCompare(y.key));
  return { places, unplaced };
}
