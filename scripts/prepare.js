#!/usr/bin/env node
// npm's `prepare`: compile the TypeScript (dist/) and build the gazetteer (build/gazetteer.tsv), each only when what it
// is made from is newer than what was made. npm also runs `prepare` on the first `npx dyad …` of a checkout (npx links
// the project into its cache); a full rebuild there took 12 s or more, long enough for a caller's timeout to cut it
// and leave npx's cache half written, so that every later `npx dyad` failed with ENOENT on the cache's package.json.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = (...parts) => join(root, ...parts);

/** The latest modification time of a file, or of any file under a folder; 0 when it is missing. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), s.mtimeMs);
}
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

function run(what, args) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`prepare: ${what} failed`);
    process.exit(r.status ?? 1);
  }
}

// Compiled code: stale when any source or compiler setting is newer than the stamp the last build wrote.
const stamp = at("dist", ".built");
const sources = Math.max(newest(at("src")), mtime(at("tsconfig.json")), mtime(at("tsconfig.build.json")), mtime(at("package-lock.json")));
if (mtime(stamp) <= sources) {
  run("compiling (tsc -p tsconfig.build.json)", [at("node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"]);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

// The gazetteer: stale when its build code, its data files or the installed GeoNames packages are newer.
const gazetteer = at("build", "gazetteer.tsv");
const inputs = Math.max(newest(at("src", "places")), newest(at("data", "places")), mtime(at("data", "actors", "countries.json")), mtime(at("package-lock.json")));
if (mtime(gazetteer) <= inputs) run("building the gazetteer", [at("dist", "places", "build.js")]);
