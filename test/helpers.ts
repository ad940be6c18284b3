import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const SHARED = fileURLToPath(new URL("../../shared/", import.meta.url));
export const GOLD = `${SHARED}gold/`;
export const hasShared = existsSync(GOLD);

/** Run the built CLI as a user would: `dyad ARGS`, with optional stdin. */
export function dyad(args: string[], input?: string | Buffer): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [`${ROOT}bin/dyad.js`, ...args], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
