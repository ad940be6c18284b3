import { parseArgs } from "node:util";
import { formatDiagnostic } from "../../model/diagnostic.js";
import type { EventRecord } from "../../model/event.js";
import { EventSchema } from "../../model/event.js";
import { readInputs } from "../../input/read.js";
import { codeDocument } from "../../pipeline/index.js";
import { loadKnowledge } from "../../data/knowledge.js";
import { FORMATS, explain, table, tsvHeader, tsvRow, type Format } from "../format.js";
import { fail } from "../fail.js";

/** `dyad code FILE|FOLDER|- …`: code documents and print their events. */
export async function codeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { format: { type: "string" }, date: { type: "string" }, lang: { type: "string" }, explain: { type: "boolean" } },
  });
  if (positionals.length === 0) return fail("code: give a file, a folder or - for stdin");
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return fail(`--date must be YYYY-MM-DD, not '${values.date}'`);
  if (values.lang && values.lang !== "es" && values.lang !== "en") return fail(`--lang must be es or en, not '${values.lang}'`);
  // --explain prints the table's events with the reasons behind each, unless a machine format is asked for.
  const format = (values.format ?? (process.stdout.isTTY || values.explain ? "table" : "jsonl")) as Format;
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
  if (format === "table" && values.explain) process.stdout.write(`${explain(all, (e) => knowledge.packs[e.language === "en" ? "en" : "es"].rules.entry(e.rule))}\n`);
  else if (format === "table") process.stdout.write(`${table(all, process.stdout.columns ?? 120)}\n`);
  if (coded === 0) return fail(failed ? "nothing could be coded" : "no documents in the input");
  return 0;
}
