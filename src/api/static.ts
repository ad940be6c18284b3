import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/web/ holds the dashboard as plain files; this module sits at the same depth in src/ and dist/.
const WEB_DIR = fileURLToPath(new URL("../../src/web/", import.meta.url));
const require = createRequire(import.meta.url);
// d3's packages export only their ES module builds: their UMD builds, which a page loads without a bundler, sit beside them.
const beside = (spec: string, file: string): string => join(dirname(require.resolve(spec)), file);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".ico": "image/x-icon", ".json": "application/json",
};

/**
 * The files the dashboard is made of, by URL path: ours from src/web; from node_modules the chart library, and for the map
 * d3-geo (with d3-array, which it needs), topojson-client and world-atlas's country borders (Natural Earth, 1:50m).
 */
const FILES: Record<string, string> = {
  "/": `${WEB_DIR}index.html`,
  "/app.js": `${WEB_DIR}app.js`,
  "/chart.js": `${WEB_DIR}chart.js`,
  "/i18n.js": `${WEB_DIR}i18n.js`,
  "/dom.js": `${WEB_DIR}dom.js`,
  "/map.js": `${WEB_DIR}map.js`,
  "/places.js": `${WEB_DIR}places.js`,
  "/style.css": `${WEB_DIR}style.css`,
  "/favicon.svg": `${WEB_DIR}favicon.svg`,
  "/vendor/uPlot.iife.min.js": require.resolve("uplot/dist/uPlot.iife.min.js"),
  "/vendor/uPlot.min.css": require.resolve("uplot/dist/uPlot.min.css"),
  "/vendor/d3-array.min.js": beside("d3-array", "d3-array.min.js"),
  "/vendor/d3-geo.min.js": beside("d3-geo", "d3-geo.min.js"),
  "/vendor/topojson-client.min.js": require.resolve("topojson-client/dist/topojson-client.min.js"),
  "/vendor/countries-50m.json": require.resolve("world-atlas/countries-50m.json"),
};

const cache = new Map<string, { body: Buffer; type: string }>();

/** The static file for a URL path, or null. Read once and kept: the dashboard is a few small files. */
export function webFile(path: string): { body: Buffer; type: string } | null {
  const file = FILES[path];
  if (!file) return null;
  let hit = cache.get(file);
  if (!hit) {
    hit = { body: readFileSync(file), type: TYPES[extname(file)] ?? "application/octet-stream" };
    cache.set(file, hit);
  }
  return hit;
}
