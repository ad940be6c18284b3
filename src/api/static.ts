import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";

// src/web/ holds the dashboard as plain files; this module sits at the same depth in src/ and dist/.
const WEB_DIR = fileURLToPath(new URL("../../src/web/", import.meta.url));
const require = createRequire(import.meta.url);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".ico": "image/x-icon",
};

/** The files the dashboard is made of, by URL path: ours from src/web, the chart library from node_modules. */
const FILES: Record<string, string> = {
  "/": `${WEB_DIR}index.html`,
  "/app.js": `${WEB_DIR}app.js`,
  "/chart.js": `${WEB_DIR}chart.js`,
  "/i18n.js": `${WEB_DIR}i18n.js`,
  "/dom.js": `${WEB_DIR}dom.js`,
  "/style.css": `${WEB_DIR}style.css`,
  "/favicon.svg": `${WEB_DIR}favicon.svg`,
  "/vendor/uPlot.iife.min.js": require.resolve("uplot/dist/uPlot.iife.min.js"),
  "/vendor/uPlot.min.css": require.resolve("uplot/dist/uPlot.min.css"),
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
