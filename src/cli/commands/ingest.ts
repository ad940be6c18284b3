import { parseArgs } from "node:util";
import { knowledgeCoder, poolCoder } from "../../ingest/coder.js";
import { ingest, type IngestSummary } from "../../ingest/ingest.js";
import { progressBar } from "../../ingest/progress.js";
import { countLocal } from "../../ingest/sources.js";
import { formatDiagnostic } from "../../model/diagnostic.js";
import { DEFAULT_DB, fail, guarded, openStore, UsageError } from "./common.js";

/**
 * `dyad ingest INPUT... --db dyad.sqlite`: store articles and merge their events. Exit 0 when every input was read,
 * 1 when some failed (they are listed; the rest is stored), 2 on a usage or database error.
 */
export async function ingestCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: {
        db: { type: "string", default: DEFAULT_DB }, window: { type: "string", default: "1" }, timeout: { type: "string", default: "15" },
        date: { type: "string" }, lang: { type: "string" }, quiet: { type: "boolean", short: "q" }, threads: { type: "string", default: "1" },
      },
    });
    if (positionals.length === 0) return fail("ingest: give files, folders, URL lists, feeds or URLs");
    const windowDays = Number(values.window);
    const timeout = Number(values.timeout);
    if (!Number.isInteger(windowDays) || windowDays < 0) throw new UsageError(`--window must be a whole number of days, not '${values.window}'`);
    if (!(timeout > 0)) throw new UsageError(`--timeout must be a number of seconds, not '${values.timeout}'`);
    if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, not '${values.date}'`);
    if (values.lang && values.lang !== "es" && values.lang !== "en") throw new UsageError(`--lang must be es or en, not '${values.lang}'`);
    const threads = Number(values.threads);
    if (!Number.isInteger(threads) || threads < 1 || threads > 64) throw new UsageError(`--threads must be a whole number from 1 to 64, not '${values.threads}'`);
    // One thread codes on this one; more code on worker threads while this one reads and stores.
    const pool = threads > 1 ? poolCoder(threads) : null;
    const code = pool ?? (await knowledgeCoder());
    const store = await openStore(values.db, { windowDays });
    try {
      const bar = progressBar(process.stderr, await countLocal(positionals));
      const summary = await ingest(positionals, { store, code, concurrency: 2 * threads, date: values.date, language: values.lang, timeoutMs: timeout * 1000, onProgress: bar.update });
      bar.done();
      const stats = await store.stats();
      for (const d of summary.failures) process.stderr.write(`${formatDiagnostic(d)}\n`);
      if (!values.quiet) process.stdout.write(report(summary, stats));
      if (summary.read === 0) return fail("ingest: the inputs hold no articles");
      return summary.failed > 0 ? 1 : 0;
    } finally {
      await pool?.close();
      await store.close();
    }
  });
}

function report(s: IngestSummary, db: { articles: number; events: number; merged: number }): string {
  const rate = s.seconds > 0 ? (s.added / s.seconds).toFixed(1) : "—";
  const lines = [
    `ingested ${s.added} new article${s.added === 1 ? "" : "s"} (${s.duplicates} already stored, ${s.failed} failed) in ${s.seconds.toFixed(1)} s, ${rate} articles/s`,
    `events: ${s.created} new, ${s.merged} mention${s.merged === 1 ? "" : "s"} merged into known events`,
    `database: ${db.articles} articles, ${db.events} events, ${db.merged} reported by 2+ articles`,
  ];
  if (s.held > 0) lines.push(`held: ${s.held} article${s.held === 1 ? "" : "s"} with an implausible date (before 1979, or in the future), kept out of the events until confirmed: see dyad confirm-date`);
  if (s.failed > 0) lines.push(`failed: ${failureCauses(s)}`);
  return `${lines.join("\n")}\n`;
}

// "3 failed: 2 × HTTP 404 Not Found, 1 × timed out after 15 s": what failed and why, grouped.
function failureCauses(s: IngestSummary): string {
  const by = new Map<string, number>();
  for (const d of s.failures) {
    const cause = d.message.replace(/ \(item of .*\)$/, "").replace(/^[^:]+: could not be coded: /, "could not be coded: ");
    by.set(cause, (by.get(cause) ?? 0) + 1);
  }
  return [...by].map(([cause, n]) => `${n} × ${cause}`).join("; ");
}
