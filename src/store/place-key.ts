// Which events a place key of GET /api/dyads/{a}/{b}/places (`placeKey` in src/api/places.ts) selects: the store's
// filters, the API's events list and its exports read them alike.

/** The pattern `place=` is checked against (src/api/params.ts). */
export const PLACE_KEY = /^(city:\d{1,12}|admin2:[A-Z]{2,3}(\.[A-Z0-9]{1,8})?:[^:]{1,200}|admin1:[A-Z]{2}\.[A-Z0-9]{1,8}|country:[A-Z]{3})$/;

/**
 * The SQL condition (on `e`, a row of events) that selects the events placed at a key, with its parameters. Divisions and
 * countries go through the indexed place columns first; the precision and ids come from the event's record.
 * @example placeWhere("admin1:MX.25") // { sql: "e.place_admin1 = ? AND …", params: ["MX.25", "admin1"] }
 */
export function placeWhere(key: string): { sql: string; params: unknown[] } {
  const [kind, id, name] = splitKey(key);
  const precision = "json_extract(e.record, '$.place.precision')";
  if (kind === "city") return { sql: `${precision} = 'city' AND json_extract(e.record, '$.place.geonameid') = ?`, params: [Number(id)] };
  if (kind === "admin1") return { sql: `e.place_admin1 = ? AND ${precision} = 'admin1'`, params: [id] };
  if (kind === "country") return { sql: `e.place_country = ? AND ${precision} = 'country'`, params: [id] };
  // A second-level division (or a city without a GeoNames id): by its parent and name, at that precision.
  const parent = id!.includes(".") ? "e.place_admin1 = ?" : "e.place_country = ?";
  return {
    sql: `${parent} AND ((${precision} = 'admin2' AND json_extract(e.record, '$.place.admin2') = ?) OR (${precision} = 'city' AND json_extract(e.record, '$.place.geonameid') IS NULL AND json_extract(e.record, '$.place.name') = ?))`,
    params: [id, name, name],
  };
}

const splitKey = (key: string): [string, string, string?] => {
  const i = key.indexOf(":");
  const j = key.indexOf(":", i + 1);
  return j < 0 ? [key.slice(0, i), key.slice(i + 1)] : [key.slice(0, i), key.slice(i + 1, j), key.slice(j + 1)];
};
