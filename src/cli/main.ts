import { parseArgs } from "node:util";
import { formatDiagnostic } from "../model/diagnostic.js";
import type { EventRecord } from "../model/event.js";
import { EventSchema } from "../model/event.js";
import { readInputs } from "../input/read.js";
import { codeDocument } from "../pipeline/index.js";
import { loadKnowledge } from "../data/knowledge.js";
import { FORMATS, table, tsvHeader, tsvRow, type Format } from "./format.js";
import { evaluateFile, report } from "./eval.js";
import { exportCommand } from "./commands/export.js";
import { ingestCommand } from "./commands/ingest.js";
import { queryCommand } from "./commands/query.js";
import { actorCommand } from "./commands/actor.js";

const USAGE = `dyad — who did what to whom, when: political events from Spanish and English news (PLOVER + CAMEO)

usage:
  dyad code FILE|FOLDER|- ... [--format table|jsonl|json|tsv] [--date YYYY-MM-DD] [--lang es|en]
  dyad eval GOLD.json [--verbose] [--json]
  dyad ingest FILE|FOLDER|URLS.txt|FEED-URL|URL ... [--db dyad.sqlite] [--window DAYS] [--timeout SECONDS] [--quiet]
  dyad query [--db dyad.sqlite] [--dyad MEX:USA] [--from D] [--to D] [--type T] [--quad N] [--context C] [--text WORDS] [--format table|jsonl|json]
  dyad export [--db dyad.sqlite] --format jsonl|csv|gdelt|parquet [--out FILE] [query filters]
  dyad actor "TEXT"|- [--date YYYY-MM-DD] [--lang es|en] [--context TEXT] [--format table|json|jsonl]
`;

const fail = (msg: string): number => {
  process.stderr.write(`dyad: ${msg}\n`);
  return 2;
};

/** The command line: parses arguments and calls the library; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `dyad code … | head` closes the pipe early: stop quietly.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
  });
  try {
    if (command === "code") return await codeCommand(rest);
    if (command === "eval") return await evalCommand(rest);
    if (command === "ingest") return await ingestCommand(rest);
    if (command === "query") return await queryCommand(rest);
    if (command === "export") return await exportCommand(rest);
    if (command === "actor") return await actorCommand(rest);
    if (command === "--help" || command === "-h" || command === "help" || !command) {
      process.stdout.write(USAGE);
      return command ? 0 : 2;
    }
    return fail(`unknown command '${command}'\n${USAGE}`);
  } catch (e) {
    return fail((e as Error).message.split("\n")[0] ?? "unexpected error");
  }
}

async function codeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { format: { type: "string" }, date: { type: "string" }, lang: { type: "string" } },
  });
  if (positionals.length === 0) return fail("code: give a file, a folder or - for stdin");
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return fail(`--date must be YYYY-MM-DD, not '${values.date}'`);
  if (values.lang && values.lang !== "es" && values.lang !== "en") return fail(`--lang must be es or en, not '${values.lang}'`);
  const format = (values.format ?? (process.stdout.isTTY ? "table" : "jsonl")) as Format;
  if (!FORMATS.includes(format)) return fail(`--format must be one of ${FORMATS.join(", ")}, not '${values.format}'`);
  const knowledge = await loadKnowledge();
  const all: EventRecord[] = [];
  let coded = 0;
  let failed = 0;
  if (format === "tsv") process.stdout.write(`${tsvHeader()}\n`);
  for await (const item of readInputs(positionals, { date: values.date, language: values.lang })) {
    if (item.kind === "diagnostic") {
      failed++;
      process.stderr.write(`${formatDiagnostic(item)}\n`);
      continue;
    }
    const events = await codeDocument(item.doc, knowledge);
    coded++;
    for (const e of events) EventSchema.parse(e);
    if (format === "jsonl") process.stdout.write(events.map((e) => `${JSON.stringify(e)}\n`).join(""));
    else if (format === "tsv") process.stdout.write(events.map((e) => `${tsvRow(e)}\n`).join(""));
    else all.push(...events);
  }
  if (format === "json") process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
  if (format === "table") process.stdout.write(`${table(all, process.stdout.columns ?? 120)}\n`);
  if (coded === 0) return fail(failed ? "nothing could be coded" : "no documents in the input");
  return 0;
}

async function evalCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { verbose: { type: "boolean" }, json: { type: "boolean" } } });
  if (positionals.length === 0) return fail("eval: give a gold file (JSON)");
  for (const path of positionals) {
    const s = await evaluateFile(path);
    process.stdout.write(values.json ? `${JSON.stringify({ file: path, ...s, misses: undefined, falses: undefined })}\n` : `${report(path, s, !!values.verbose)}\n`);
  }
  return 0;
}
