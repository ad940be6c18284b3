// npm run lexicon:coverage: for every CAMEO code PLOVER keeps (data/ontology/cameo.json entries with a PLOVER type),
// how many event rules each language's lexicon has (every data/lexicon/{es,en}/events*.json), the codes with none,
// and how many codes each language covers.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DATA_DIR, readJson } from "../src/data/files.js";
import { CameoEntrySchema, EventRuleSchema, fileOf } from "../src/data/schemas.js";

export const LANGS = ["es", "en"] as const;
export type Lang = (typeof LANGS)[number];

export interface CodeRow { code: string; name: string; plover: string; counts: Record<Lang, number> }
export interface Coverage {
  rows: CodeRow[];
  /** Codes kept by PLOVER with no rule, per language. */
  missing: Record<Lang, string[]>;
  /** Codes the rules use that cameo.json lacks or gives no PLOVER type, with their rule counts. */
  outside: { code: string; counts: Record<Lang, number> }[];
  files: Record<Lang, string[]>;
}

type Cameo = { code: string; name: string; plover?: { type: string; mode?: string | null } | null };

/** Rule counts per kept CAMEO code and language (exact codes: a rule coded 0311 counts for 0311, not 031). */
export function coverage(cameo: readonly Cameo[], rules: Record<Lang, readonly { cameo: string }[]>, files: Record<Lang, string[]> = { es: [], en: [] }): Coverage {
  const count = (lang: Lang) => {
    const m = new Map<string, number>();
    for (const r of rules[lang]) m.set(r.cameo, (m.get(r.cameo) ?? 0) + 1);
    return m;
  };
  const counts = { es: count("es"), en: count("en") };
  const kept = cameo.filter((c) => c.plover);
  const rows = kept.map((c) => ({
    code: c.code,
    name: c.name,
    plover: c.plover!.mode ? `${c.plover!.type}/${c.plover!.mode}` : c.plover!.type,
    counts: { es: counts.es.get(c.code) ?? 0, en: counts.en.get(c.code) ?? 0 },
  }));
  const keptCodes = new Set(kept.map((c) => c.code));
  const used = [...new Set([...counts.es.keys(), ...counts.en.keys()])].filter((c) => !keptCodes.has(c)).sort();
  return {
    rows,
    missing: { es: rows.filter((r) => r.counts.es === 0).map((r) => r.code), en: rows.filter((r) => r.counts.en === 0).map((r) => r.code) },
    outside: used.map((code) => ({ code, counts: { es: counts.es.get(code) ?? 0, en: counts.en.get(code) ?? 0 } })),
    files,
  };
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "n/a");

// "no es rules (3): 02 021 …" over lines of at most 100 characters, continued under the first code.
function wrap(head: string, codes: readonly string[]): string[] {
  if (!codes.length) return [`${head} -`];
  const out: string[] = [];
  let line = head;
  for (const c of codes) {
    if (line.length + 1 + c.length > 100 && line.trim() !== "") {
      out.push(line);
      line = " ".repeat(head.length);
    }
    line += ` ${c}`;
  }
  return [...out, line];
}

/** The printed report; its last line is `codes covered: es A/N (P %), en B/N (Q %)`. */
export function formatCoverage(c: Coverage): string {
  const lines = [
    `lexicon files: ${LANGS.map((l) => `${l} ${c.files[l].join(" ")}`).join("; ")}`,
    "",
    "code  PLOVER                       es    en  name",
  ];
  for (const r of c.rows) {
    lines.push(`${r.code.padEnd(5)} ${r.plover.padEnd(26)} ${String(r.counts.es).padStart(5)} ${String(r.counts.en).padStart(5)}  ${r.name}`);
  }
  lines.push("");
  for (const l of LANGS) lines.push(...wrap(`no ${l} rules (${c.missing[l].length}):`, c.missing[l]));
  if (c.outside.length) {
    lines.push(`rules on codes PLOVER does not keep or cameo.json lacks: ${c.outside.map((o) => `${o.code} (es ${o.counts.es}, en ${o.counts.en})`).join(", ")}`);
  }
  const n = c.rows.length;
  const covered = (l: Lang) => n - c.missing[l].length;
  lines.push(`codes covered: ${LANGS.map((l) => `${l} ${covered(l)}/${n} (${pct(covered(l), n)} %)`).join(", ")}`);
  return lines.join("\n");
}

/** Read cameo.json and every events*.json of each language from the data folder. */
export function readCoverage(): Coverage {
  const cameo = fileOf(CameoEntrySchema).parse(readJson("ontology/cameo.json")).entries;
  const files = { es: [] as string[], en: [] as string[] };
  const rules = { es: [] as { cameo: string }[], en: [] as { cameo: string }[] };
  for (const l of LANGS) {
    files[l] = readdirSync(join(DATA_DIR, "lexicon", l)).filter((f) => /^events.*\.json$/.test(f)).sort();
    for (const f of files[l]) {
      const rel = `lexicon/${l}/${f}`;
      const parsed = fileOf(EventRuleSchema).safeParse(readJson(rel));
      if (!parsed.success) throw new Error(`data file ${rel} is invalid: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
      rules[l].push(...parsed.data.entries);
    }
  }
  return coverage(cameo, rules, files);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.stdout.write(`${formatCoverage(readCoverage())}\n`);
  } catch (e) {
    process.stderr.write(`lexicon:coverage: ${(e as Error).message.split("\n")[0]}\n`);
    process.exitCode = 1;
  }
}
