import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { EventFilter, Store } from "../store/store.js";
import { csvHeader, csvLine } from "./csv.js";
import { gdeltLine } from "./gdelt.js";
import { jsonlLine } from "./jsonl.js";

export const EXPORT_FORMATS = ["jsonl", "csv", "gdelt", "parquet"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const LINE = { jsonl: jsonlLine, csv: csvLine, gdelt: gdeltLine } as const;

/**
 * Write the events a filter selects in one format, to a file or (for the text formats) to stdout when `out` is
 * undefined. Returns the number of events written.
 * @example await exportEvents(store, { dyad: ["MEX", "USA"] }, "parquet", "events.parquet")
 */
export async function exportEvents(store: Store, filter: EventFilter, format: ExportFormat, out?: string): Promise<number> {
  if (format === "parquet") {
    if (!out) throw new Error("parquet needs a file to write (--out events.parquet)");
    // DuckDB is a large native module: load it only for Parquet.
    const { writeParquet } = await import("./parquet.js");
    return writeParquet(store.events(filter), out);
  }
  const stream: Writable = out ? createWriteStream(out) : process.stdout;
  let n = 0;
  const write = async (s: string): Promise<void> => {
    if (!stream.write(s)) await once(stream, "drain");
  };
  if (format === "csv") await write(csvHeader());
  for await (const e of store.events(filter)) {
    await write(LINE[format](e));
    n++;
  }
  if (out) {
    stream.end();
    await once(stream, "finish");
  }
  return n;
}
