import { parseArgs } from "node:util";
import type { CorpusEvent } from "../../store/store.js";
import { FILTER_OPTIONS, filterOf, guarded, openStore, sayResolved, UsageError } from "./common.js";

const FORMATS = ["table", "jsonl", "json"] as const;

const who = (xs: CorpusEvent["source"]): string => xs.map((a) => a.name ?? (a.country ? `${a.country}${a.sector ? ` ${a.sector}` : ""}` : a.text)).join(" + ") || "—";

/** One line per event for a terminal: date, type, who → whom, how many articles and outlets told it. */
export function tableLine(e: CorpusEvent, width: number): string {
  const head = `${e.date}  ${(e.mode ? `${e.type}/${e.mode}` : e.type).padEnd(22)}  ${who(e.source)} ${e.symmetric ? "↔" : "→"} ${who(e.target)}`;
  const tail = `  ${e.num_articles} art · ${e.num_sources} src`;
  return `${head.length + tail.length > width ? `${head.slice(0, Math.max(20, width - tail.length - 1))}…` : head}${tail}`;
}

/**
 * `dyad query --db dyad.sqlite [--dyad MEX:USA] [--from D] [--to D] [--type T,…] [--quad N,…] [--context C]
 * [--text WORDS] [--min-articles N] [--limit N] [--format table|jsonl|json]`: read merged events.
 */
export async function queryCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...FILTER_OPTIONS, format: { type: "string" } } });
    if (positionals.length) throw new UsageError(`query takes options only, not '${positionals[0]}'`);
    const format = (values.format ?? (process.stdout.isTTY ? "table" : "jsonl")) as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not '${values.format}'`);
    const filter = filterOf(values);
    const store = await openStore(values.db, { mustExist: true });
    try {
      await sayResolved(store, filter);
      const all: CorpusEvent[] = [];
      try {
        for await (const e of store.events(filter)) {
          if (format === "jsonl") process.stdout.write(`${JSON.stringify(withoutAdded(e))}\n`);
          else all.push(e);
        }
      } catch (e) {
        // FTS5 reports a malformed query ("unterminated string", "syntax error near …") as a plain SQLITE_ERROR.
        if (filter.text && (e as { code?: string }).code === "SQLITE_ERROR") throw new UsageError(`--text: not a valid search (${(e as Error).message})`);
        throw e;
      }
      if (format === "json") process.stdout.write(`${JSON.stringify(all.map(withoutAdded), null, 2)}\n`);
      if (format === "table") process.stdout.write(all.length ? `${all.map((e) => tableLine(e, process.stdout.columns || 120)).join("\n")}\n` : "no events match\n");
      return 0;
    } finally {
      await store.close();
    }
  });
}

const withoutAdded = ({ added_at: _a, ...e }: CorpusEvent): Omit<CorpusEvent, "added_at"> => e;
