// Writes src/ontology/generated.ts from data/ontology/plover.json: the PLOVER names as TypeScript unions, so a
// misspelled type, mode, sector or class fails to compile. `npm run ontology` after editing the data file;
// test/ontology.test.ts fails when the two disagree.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

interface Plover { types: { type: string; classes?: string[] }[]; modes: { type: string; mode: string }[]; sectors: { sector: string }[]; contexts: { context: string }[] }

const list = (xs: readonly string[]) => `[${[...new Set(xs)].map((x) => JSON.stringify(x)).join(", ")}]`;

/** The generated module's text for an ontology file. */
export function generate(p: Plover): string {
  return [
    "// Generated from data/ontology/plover.json by scripts/gen-ontology.ts: do not edit (npm run ontology).",
    `export const EVENT_TYPES = ${list(p.types.map((t) => t.type))} as const;`,
    "export type EventType = (typeof EVENT_TYPES)[number];",
    `export const MODES = ${list(p.modes.map((m) => m.mode))} as const;`,
    "export type Mode = (typeof MODES)[number];",
    `export const SECTORS = ${list(p.sectors.map((s) => s.sector))} as const;`,
    "export type Sector = (typeof SECTORS)[number];",
    `export const CONTEXTS = ${list(p.contexts.map((c) => c.context))} as const;`,
    "export type Context = (typeof CONTEXTS)[number];",
    `export const TYPE_CLASSES = ${list(p.types.flatMap((t) => t.classes ?? []).sort())} as const;`,
    "export type TypeClass = (typeof TYPE_CLASSES)[number];",
    "",
  ].join("\n");
}

export const SOURCE = fileURLToPath(new URL("../data/ontology/plover.json", import.meta.url));
export const TARGET = fileURLToPath(new URL("../src/ontology/generated.ts", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(TARGET, generate(JSON.parse(readFileSync(SOURCE, "utf8")) as Plover));
  console.log(`wrote ${TARGET}`);
}
