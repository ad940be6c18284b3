import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { openWatchState, type FeedRow } from "../../watch/state.js";
import { guarded, sqliteOnly, UsageError } from "./common.js";

/** `dyad feeds --db dyad.sqlite [--format table|json]`: each watched feed's last poll, last new item, failures, next poll. */
export async function feedsCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: "string", default: "dyad.sqlite" }, format: { type: "string", default: "table" } } });
    if (positionals.length) throw new UsageError(`feeds takes options only, not '${positionals[0]}'`);
    if (values.format !== "table" && values.format !== "json") throw new UsageError(`--format must be table or json, not '${values.format}'`);
    if (!existsSync(sqliteOnly("feeds", values.db))) throw new UsageError(`no database at ${values.db} (run dyad watch first)`);
    const state = openWatchState(values.db, { readonly: true });
    try {
      const feeds = state.feeds();
      if (values.format === "json") {
        process.stdout.write(`${JSON.stringify(feeds.map(({ cache_policy: _c, ...f }) => f), null, 2)}\n`);
        return 0;
      }
      process.stdout.write(feeds.length ? `${render(feeds)}\n` : "no feeds watched yet (run dyad watch FEEDS.txt)\n");
      return 0;
    } finally {
      state.close();
    }
  });
}

const when = (iso: string | null): string => (iso ? iso.slice(0, 16).replace("T", " ") : "—");

function render(feeds: readonly FeedRow[]): string {
  const rows = [["FEED", "LAST POLL", "STATUS", "LAST NEW ITEM", "NEW", "FAILURES", "NEXT POLL"]];
  for (const f of feeds) {
    rows.push([f.url, when(f.last_poll), f.last_status ?? "never polled", when(f.last_new), String(f.new_items),
      f.failures ? `${f.failures} in a row` : f.failures_total ? `0 (${f.failures_total} before)` : "0", when(f.next_poll)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
  for (const f of feeds) if (f.failures > 0 && f.last_error) lines.push(`${f.url}: ${f.last_error} (${when(f.last_error_at)})`);
  return lines.join("\n");
}
