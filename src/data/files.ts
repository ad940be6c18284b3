import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The repository's `data/` folder (same depth from `src/` and `dist/`). */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

export function readJson(rel: string): unknown {
  const path = join(DATA_DIR, rel);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`data file ${rel} cannot be read: ${(e as Error).message}`);
  }
}

export function listJson(relDir: string): string[] {
  return readdirSync(join(DATA_DIR, relDir)).filter((f) => f.endsWith(".json")).sort().map((f) => `${relDir}/${f}`);
}
