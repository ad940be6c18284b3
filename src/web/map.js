/* global d3, topojson, document, fetch */
// The map: country borders from world-atlas (Natural Earth 1:50m) drawn with d3-geo, both served from node_modules, so
// it needs no tile server and no network. One marker per city, its area growing with the number of events.
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";

let world = null;
/** The countries and their shared borders, fetched once. */
function loadWorld() {
  world ??= fetch("/vendor/countries-50m.json")
    .then((r) => {
      if (!r.ok) throw new Error(`countries-50m.json: ${r.status}`);
      return r.json();
    })
    .then((topo) => ({
      countries: topojson.feature(topo, topo.objects.countries).features,
      borders: topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b),
    }))
    .catch((e) => {
      world = null;
      throw e;
    });
  return world;
}

/** An SVG element with attributes (never handlers). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  for (const c of children) if (c) node.append(typeof c === "string" ? document.createTextNode(c) : c);
  return node;
}

// Quad classes: cooperation is a circle, conflict a diamond; verbal is light with a dark rim, material solid.
export const QUAD_STYLE = [
  null,
  { key: "verbalCoop", shape: "circle", fill: "#bfe3d4", stroke: "#1b7f5f" },
  { key: "materialCoop", shape: "circle", fill: "#1b7f5f", stroke: "#0d3f2f" },
  { key: "verbalConf", shape: "diamond", fill: "#f6cdc9", stroke: "#c2362b" },
  { key: "materialConf", shape: "diamond", fill: "#c2362b", stroke: "#5e1812" },
];

/** The outline of a marker of radius r at (x, y): a diamond has the area of the circle. */
export function markerPath(shape, x, y, r) {
  if (shape === "diamond") {
    const d = r * Math.sqrt(Math.PI / 2);
    return `M${x},${y - d}L${x + d},${y}L${x},${y + d}L${x - d},${y}Z`;
  }
  return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

/**
 * A marker's radius: its area grows with the count (square-root scale), from 4 units for one event to `big` (24 on a wide
 * map, 14 on a phone's) for the most.
 */
export const radius = (n, max, big = 24) => 4 + (big - 4) * Math.sqrt((n - 1) / Math.max(1, max - 1));

// The view: every city in sight with a margin, at least about 24° by 14° so one city shows its surroundings.
function frame(cities) {
  const lons = cities.map((p) => p.lon);
  const lats = cities.map((p) => p.lat);
  const [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const w = Math.max(24, (x1 - x0) * 1.15) / 2;
  const h = Math.max(14, (y1 - y0) * 1.2) / 2;
  const lat = (v) => Math.max(-80, Math.min(80, v));
  return { center: cx, box: { type: "MultiPoint", coordinates: [[cx - w, lat(cy - h)], [cx + w, lat(cy - h)], [cx - w, lat(cy + h)], [cx + w, lat(cy + h)]] } };
}

/**
 * The names of the cities with the most events (up to eight), each beside its marker on the right or else on the left,
 * and left out where it would cover another name or marker.
 */
function nameLabels(cities, projection, max, big, W, H) {
  const spots = cities.map((p) => ({ p, xy: projection([p.lon, p.lat]), r: radius(p.events, max, big) })).filter((s) => s.xy);
  const taken = spots.map((s) => ({ x0: s.xy[0] - s.r, x1: s.xy[0] + s.r, y0: s.xy[1] - s.r, y1: s.xy[1] + s.r, of: s.p.key }));
  const clear = (b, own) => b.x0 >= 0 && b.x1 <= W && b.y0 >= 0 && b.y1 <= H &&
    taken.every((o) => o.of === own || b.x1 <= o.x0 || b.x0 >= o.x1 || b.y1 <= o.y0 || b.y0 >= o.y1);
  const out = [];
  for (const { p, xy, r } of [...spots].sort((a, b) => b.p.events - a.p.events).slice(0, 8)) {
    const w = p.name.length * 6.8;
    const right = { x0: xy[0] + r + 3, x1: xy[0] + r + 3 + w, y0: xy[1] - 8, y1: xy[1] + 8 };
    const left = { x0: xy[0] - r - 3 - w, x1: xy[0] - r - 3, y0: xy[1] - 8, y1: xy[1] + 8 };
    const box = clear(right, p.key) ? right : clear(left, p.key) ? left : null;
    if (!box) continue;
    taken.push({ ...box, of: null });
    out.push(svg("text", { x: box === right ? box.x0 : box.x1, y: xy[1], class: "name", "text-anchor": box === right ? "start" : "end", "dominant-baseline": "central" }, p.name));
  }
  return out;
}

/**
 * Draw the places into `box`: countries, hatched where events are placed only to a state or the country, and one marker
 * per city (cities with the most events under the others). `onPick(key)` is called on a click, or Enter or Space on a
 * focused marker. Returns { select(key) }.
 * @example await drawMap(box, places, (key) => listEventsAt(key))
 */
export async function drawMap(box, places, onPick) {
  const { countries, borders } = await loadWorld();
  const cities = places.filter((p) => p.precision === "city" && p.lat !== null && p.lon !== null);
  const W = Math.max(320, Math.round(box.clientWidth || 640));
  const H = Math.round(W * (W < 600 ? 0.8 : 0.5));
  const big = W < 600 ? 14 : 24;
  const projection = d3.geoNaturalEarth1();
  if (cities.length) {
    const { center, box: view } = frame(cities);
    projection.rotate([-center, 0]).fitExtent([[8, 8], [W - 8, H - 8]], view);
  } else {
    projection.fitExtent([[8, 8], [W - 8, H - 8]], { type: "Sphere" });
  }
  projection.clipExtent([[0, 0], [W, H]]);
  const path = d3.geoPath(projection);

  const vague = new Set(places.filter((p) => p.precision !== "city" && p.country_numeric).map((p) => p.country_numeric));
  const hatch = svg("pattern", { id: "map-hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
    svg("rect", { width: 6, height: 6, fill: "#eef0f3" }), svg("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#c0c8d3", "stroke-width": 1.5 }));
  const land = svg("g", { class: "land" }, ...countries.map((f) => {
    const d = path(f);
    if (!d) return null;
    return svg("path", { d, class: vague.has(f.id) ? "country vague" : "country" }, svg("title", {}, f.properties.name));
  }));
  const max = Math.max(1, ...cities.map((p) => p.events));
  const markers = [...cities].sort((a, b) => b.events - a.events).map((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return null;
    const style = QUAD_STYLE[p.quad];
    const r = radius(p.events, max, big);
    const label = `${p.name}${p.admin1 ? `, ${p.admin1}` : ""}, ${p.country}: ${t("events_n", p.events)}`;
    const g = svg("g", { class: `place quad-${p.quad}`, tabindex: 0, role: "button", "aria-label": label, "data-key": p.key, "data-events": p.events },
      svg("path", { d: markerPath(style.shape, xy[0], xy[1], r), fill: style.fill, stroke: style.stroke, class: "mark" }),
      p.events > 1 && r >= 9 ? svg("text", { x: xy[0], y: xy[1], class: `count ${p.quad % 2 === 0 ? "on-dark" : ""}`, "text-anchor": "middle", "dominant-baseline": "central" }, String(p.events)) : null,
      svg("title", {}, `${label} (${t(style.key)})`));
    g.addEventListener("click", () => onPick(p.key));
    g.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        onPick(p.key);
      }
    });
    return g;
  });
  const labels = nameLabels(cities, projection, max, big, W, H);
  const map = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "map-svg", role: "group", "aria-label": t("mapTitle") },
    svg("defs", {}, hatch),
    svg("rect", { width: W, height: H, class: "sea" }),
    land,
    svg("path", { d: path(borders) ?? "", class: "borders" }),
    svg("g", { class: "names", "aria-hidden": "true" }, ...labels),
    svg("g", { class: "places" }, ...markers));
  box.replaceChildren(map);
  return {
    select(key) {
      for (const g of map.querySelectorAll("g.place")) g.classList.toggle("selected", g.dataset.key === key);
    },
  };
}
