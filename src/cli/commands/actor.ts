import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { loadKnowledge, type Knowledge } from "../../data/knowledge.js";
import { isLanguage, LANGUAGES, type Language } from "../../lang/index.js";
import { isResolved, resolveActor, type ActorResolution } from "../../actors/resolve.js";
import { guarded, UsageError } from "./common.js";

const FORMATS = ["table", "json", "jsonl"] as const;
type Format = (typeof FORMATS)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (d: string): boolean => DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

function checkDate(d: string | undefined, where: string): string | undefined {
  if (d === undefined || d === "" || /^today$/i.test(d)) return undefined;
  if (!realDate(d)) throw new UsageError(`${where} must be YYYY-MM-DD, not '${d}'`);
  return d;
}

function checkLang(l: string | undefined, where: string): Language | undefined {
  if (l === undefined) return undefined;
  if (!isLanguage(l)) throw new UsageError(`${where} must be ${LANGUAGES.join(" or ")}, not '${l}'`);
  return l;
}

/** What the output shows: everything for a resolution, `{text, country: null, sector: null}` when nothing was found. */
const shown = (r: ActorResolution): object => (isResolved(r) ? r : { text: r.text, country: null, sector: null });

const ROW = ["text", "name", "country", "sector", "org", "office", "rule"] as const;
const FIELDS = ["text", "name", "country", "sector", "org", "office", "wikidata", "rule"] as const;

/** One resolution for a terminal: a field per line. */
const card = (r: ActorResolution): string => FIELDS.map((f) => `${f.padEnd(9)}${r[f] ?? "—"}`).join("\n");

function table(rs: ActorResolution[]): string {
  const cells = [ROW.map((c) => c), ...rs.map((r) => ROW.map((c) => r[c] ?? "—"))];
  const widths = ROW.map((c, i) => Math.min(c === "rule" ? 80 : 40, Math.max(...cells.map((row) => row[i]!.length))));
  return cells.map((row) => row.map((c, i) => (c.length > widths[i]! ? `${c.slice(0, widths[i]! - 1)}…` : c.padEnd(widths[i]!))).join("  ").trimEnd()).join("\n");
}

/**
 * `dyad actor "TEXT" [--date YYYY-MM-DD] [--lang es|en] [--context TEXT] [--format table|json|jsonl]`: who the text denotes;
 * `dyad actor - --format jsonl` reads `{"text","date"?,"context"?,"lang"?}` lines and prints one resolution per line.
 */
export async function actorCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: { date: { type: "string" }, lang: { type: "string" }, context: { type: "string" }, format: { type: "string" } },
    });
    if (positionals.length !== 1) throw new UsageError("actor: give one actor text in quotes, or - to read JSON lines from stdin");
    const date = checkDate(values.date, "--date");
    const lang = checkLang(values.lang, "--lang");
    const stdin = positionals[0] === "-";
    const format = (values.format ?? (stdin ? "jsonl" : process.stdout.isTTY ? "table" : "json")) as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not '${values.format}'`);
    const k = await loadKnowledge();
    if (!stdin) {
      const r = await resolveActor(positionals[0]!, { date, lang, context: values.context }, k);
      process.stdout.write(format === "table" ? `${card(r)}\n` : `${JSON.stringify(shown(r), null, format === "json" ? 2 : undefined)}\n`);
      return 0;
    }
    return readLines(k, { date, lang }, format);
  });
}

async function readLines(k: Knowledge, defaults: { date?: string; lang?: Language }, format: Format): Promise<number> {
  const all: ActorResolution[] = [];
  let bad = 0;
  let good = 0;
  let n = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    try {
      const q = parseLine(line, `stdin:${n}: `);
      const r = await resolveActor(q.text, { date: q.date ?? defaults.date, lang: q.lang ?? defaults.lang, context: q.context }, k);
      good++;
      if (format === "jsonl") process.stdout.write(`${JSON.stringify(shown(r))}\n`);
      else all.push(r);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      bad++;
      process.stderr.write(`dyad: ${e.message}\n`);
    }
  }
  if (format === "json") process.stdout.write(`${JSON.stringify(all.map(shown), null, 2)}\n`);
  if (format === "table" && all.length) process.stdout.write(`${table(all)}\n`);
  // Like `dyad code`: bad lines are reported and skipped; only input with no usable line fails.
  return bad && !good ? 2 : 0;
}

function parseLine(line: string, where: string): { text: string; date?: string; context?: string; lang?: Language } {
  let q: unknown;
  try {
    q = JSON.parse(line);
  } catch {
    throw new UsageError(`${where}not a JSON object: ${line.length > 60 ? `${line.slice(0, 60)}…` : line}`);
  }
  if (typeof q !== "object" || q === null || Array.isArray(q)) throw new UsageError(`${where}expected a JSON object {"text", "date"?, "context"?}`);
  const o = q as Record<string, unknown>;
  if (typeof o.text !== "string" || !o.text.trim()) throw new UsageError(`${where}"text" must be a non-empty string`);
  for (const f of ["date", "context", "lang"]) {
    if (o[f] !== undefined && o[f] !== null && typeof o[f] !== "string") throw new UsageError(`${where}"${f}" must be a string`);
  }
  return {
    text: o.text, date: checkDate((o.date as string | null) ?? undefined, `${where}"date"`),
    context: (o.context as string | null) ?? undefined, lang: checkLang((o.lang as string | null) ?? undefined, `${where}"lang"`),
  };
}
