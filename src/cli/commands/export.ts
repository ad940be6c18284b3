import { parseArgs } from "node:util";
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from "../../export/index.js";
import { FILTER_OPTIONS, filterOf, guarded, openStore, sayResolved, UsageError } from "./common.js";

/**
 * `dyad export --db dyad.sqlite --format jsonl|csv|gdelt|parquet [--out FILE] [filters]`: the stored events in a
 * format other tools read. Text formats go to stdout without --out; Parquet needs --out.
 */
export async function exportCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, options: { ...FILTER_OPTIONS, format: { type: "string", default: "jsonl" }, out: { type: "string", short: "o" } },
    });
    if (positionals.length) throw new UsageError(`export takes options only, not '${positionals[0]}'`);
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}, not '${values.format}'`);
    if (format === "parquet" && !values.out) throw new UsageError("--format parquet needs --out FILE");
    const filter = filterOf(values);
    const store = await openStore(values.db, { mustExist: true });
    try {
      await sayResolved(store, filter);
      const n = await exportEvents(store, filter, format, values.out);
      if (values.out) process.stderr.write(`dyad: wrote ${n} event${n === 1 ? "" : "s"} to ${values.out}\n`);
      return 0;
    } finally {
      await store.close();
    }
  });
}
