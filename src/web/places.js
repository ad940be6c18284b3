// The "where" panel: the map of cities, a legend, and the list of every place, cities and the places known only to a
// state or a country (which have no point on the map: the place stage never makes up a centroid).
import { el, fill } from "./dom.js";
import { t } from "./i18n.js";
import { drawMap, markerPath, QUAD_STYLE, svg } from "./map.js";

/** A small marker of a quad class, for the legend and the list. */
const symbol = (quad, r = 6) => {
  const s = QUAD_STYLE[quad];
  const size = Math.ceil(r * 2.6);
  return svg("svg", { class: "symbol", width: size, height: size, viewBox: `0 0 ${size} ${size}`, "aria-hidden": "true" },
    svg("path", { d: markerPath(s.shape, size / 2, size / 2, r), fill: s.fill, stroke: s.stroke, "stroke-width": 1.5 }));
};
const hatchSwatch = () => el("span", { class: "swatch-vague", "aria-hidden": "true" });

/** Where a place lies, in words: "Jalisco, MEX", or its precision when it is only a state or a country. */
export function placeLabel(p) {
  const where = [p.precision === "city" || p.precision === "admin2" ? p.admin1 : null, p.country].filter(Boolean).join(", ");
  return p.precision === "country" ? p.name : `${p.name}, ${where}`;
}

function legend(max) {
  return el("div", { class: "map-legend small" },
    ...[1, 2, 3, 4].map((q) => el("span", { class: "legend-item" }, symbol(q), t(QUAD_STYLE[q].key))),
    el("span", { class: "legend-item" }, t("sizeLegend", max)),
    el("span", { class: "legend-item" }, hatchSwatch(), t("vagueLegend")));
}

function item(p, onPick) {
  const b = el("button", { type: "button", class: "place-item", dataset: { key: p.key } },
    p.precision === "city" ? symbol(p.quad, 5) : hatchSwatch(),
    el("span", { class: "place-name" }, placeLabel(p)),
    p.precision === "city" ? null : el("span", { class: "muted precision" }, ` · ${t(`prec_${p.precision}`)}`),
    el("span", { class: "num place-count" }, String(p.events)));
  b.title = p.quads.map((n, i) => `${t(QUAD_STYLE[i + 1].key)}: ${n}`).join(" · ");
  b.addEventListener("click", () => onPick(p.key));
  return el("li", {}, b);
}

/**
 * Fill the panel from `GET /api/dyads/:a/:b/places`. `onPick(key)` is called when a place is clicked on the map or in
 * the list. Returns { select(key), place(key) }.
 */
export async function drawPlaces({ map, list }, data, onPick) {
  const cities = data.places.filter((p) => p.precision === "city");
  const vague = data.places.filter((p) => p.precision !== "city");
  const placed = data.total - data.unplaced;
  const summary = el("p", { class: "muted small", id: "places-summary" }, t("placedOf", placed, data.total, cities.length));
  if (!data.places.length) {
    fill(map, el("p", { class: "empty" }, data.total ? t("noPlaces") : t("noData")));
    fill(list, summary);
    return { select() {}, place: () => null };
  }
  const max = Math.max(1, ...cities.map((p) => p.events));
  fill(map, el("p", { class: "muted" }, t("loading")));
  let drawn = { select() {} };
  try {
    drawn = await drawMap(map, data.places, onPick);
  } catch (e) {
    fill(map, el("p", { class: "error" }, `${t("error")}: ${e.message}`));
  }
  if (cities.length) map.append(legend(max));
  fill(list, summary,
    cities.length ? el("h3", {}, t("citiesTitle")) : null,
    cities.length ? el("ul", { class: "place-list", id: "city-list" }, cities.map((p) => item(p, onPick))) : null,
    vague.length ? el("h3", {}, t("vagueTitle")) : null,
    vague.length ? el("p", { class: "muted small" }, t("vagueHint")) : null,
    vague.length ? el("ul", { class: "place-list", id: "vague-list" }, vague.map((p) => item(p, onPick))) : null);
  const byKey = new Map(data.places.map((p) => [p.key, p]));
  return {
    select(key) {
      drawn.select(key);
      for (const b of list.querySelectorAll(".place-item")) b.setAttribute("aria-pressed", String(b.dataset.key === key));
    },
    place: (key) => byKey.get(key) ?? null,
  };
}
