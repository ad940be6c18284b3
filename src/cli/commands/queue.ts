import { parseArgs } from "node:util";
import { formatDiagnostic } from "../../model/diagnostic.js";
import { enqueueInputs } from "../../queue/enqueue.js";
import { openQueue, queueStatus, type QueuePolicy } from "../../queue/queue.js";
import { runWorker } from "../../queue/worker.js";
import { isPostgresUrl } from "../../store/open.js";
import { DEFAULT_DB, fail, guarded, openStore, UsageError } from "./common.js";

// The job queue lives in the PostgreSQL database it feeds.
function postgresOnly(command: string, db: string): string {
  if (!isPostgresUrl(db)) throw new UsageError(`${command} needs a PostgreSQL database (--db postgres://USER@HOST:PORT/DB): the job queue lives in it`);
  return db;
}

function whole(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, not '${v}'`);
  return Number(v);
}

/**
 * `dyad enqueue INPUT... --db URL`: read documents as `dyad ingest` does and queue one job per document. Exit 0 when
 * every input was read, 1 when some failed (listed), 2 on a usage or database error.
 */
export async function enqueueCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true,
      options: {
        db: { type: "string", default: DEFAULT_DB }, timeout: { type: "string", default: "15" }, date: { type: "string" }, lang: { type: "string" },
        retries: { type: "string" }, "retry-delay": { type: "string" }, lease: { type: "string" },
      },
    });
    const db = postgresOnly("enqueue", values.db);
    if (positionals.length === 0) return fail("enqueue: give files, folders, URL lists, feeds or URLs");
    const timeout = Number(values.timeout);
    if (!(timeout > 0)) throw new UsageError(`--timeout must be a number of seconds, not '${values.timeout}'`);
    if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, not '${values.date}'`);
    if (values.lang && values.lang !== "es" && values.lang !== "en") throw new UsageError(`--lang must be es or en, not '${values.lang}'`);
    const policy: QueuePolicy = { retries: whole("retries", values.retries, 0), retryDelay: whole("retry-delay", values["retry-delay"], 0), lease: whole("lease", values.lease, 1) };
    const given = Object.values(policy).some((v) => v !== undefined);
    const store = await openStore(db);
    try {
      const boss = await openQueue(db, given ? Object.fromEntries(Object.entries(policy).filter(([, v]) => v !== undefined)) : undefined);
      try {
        const s = await enqueueInputs(positionals, { boss, store, date: values.date, language: values.lang, timeoutMs: timeout * 1000 });
        for (const d of s.failures) process.stderr.write(`${formatDiagnostic(d)}\n`);
        process.stdout.write(`queued ${s.queued} document${s.queued === 1 ? "" : "s"} (${s.known} already stored, ${s.failures.length} failed to read)\n`);
        if (s.queued + s.known === 0) return fail("enqueue: the inputs hold no articles");
        return s.failures.length > 0 ? 1 : 0;
      } finally {
        await boss.stop({ graceful: false, close: true });
      }
    } finally {
      await store.close();
    }
  });
}

/**
 * `dyad worker --db URL [--concurrency N] [--until-empty]`: code and store queued documents until stopped (Ctrl-C
 * finishes the jobs in hand) or, with --until-empty, until the queue is empty. Exit 0, or 2 on a usage or database error.
 */
export async function workerCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values } = parseArgs({
      args, options: {
        db: { type: "string", default: DEFAULT_DB }, concurrency: { type: "string", default: "1" }, "until-empty": { type: "boolean" },
        window: { type: "string", default: "1" }, quiet: { type: "boolean", short: "q" },
      },
    });
    const db = postgresOnly("worker", values.db);
    const concurrency = whole("concurrency", values.concurrency, 1)!;
    const windowDays = whole("window", values.window, 0)!;
    const stop = new AbortController();
    const onSignal = (): void => {
      if (!stop.signal.aborted) process.stderr.write("dyad: stopping: finishing the jobs in hand (Ctrl-C again to quit now)\n");
      else process.exit(130);
      stop.abort();
    };
    // A second Ctrl-C quits at once: the jobs in hand come back to the queue when their lease runs out.
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    try {
      const s = await runWorker(db, {
        concurrency, windowDays, untilEmpty: values["until-empty"], signal: stop.signal,
        onFailure: (doc, reason) => process.stderr.write(`dyad: ${doc}: ${reason}\n`),
      });
      if (!values.quiet) {
        const rate = s.seconds > 0 ? (s.added / s.seconds).toFixed(1) : "—";
        process.stdout.write(`worker: stored ${s.added} new article${s.added === 1 ? "" : "s"} (${s.duplicates} already stored, ${s.failed} failed) in ${s.seconds.toFixed(1)} s, ${rate} articles/s\n`
          + `events: ${s.created} new, ${s.merged} mention${s.merged === 1 ? "" : "s"} merged into known events\n`);
      }
      return 0;
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  });
}

/** `dyad queue --db URL [--format table|json]`: the jobs by state, and the dead-letter jobs with their reasons. */
export async function queueCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values } = parseArgs({ args, options: { db: { type: "string", default: DEFAULT_DB }, format: { type: "string", default: "table" } } });
    const db = postgresOnly("queue", values.db);
    if (values.format !== "table" && values.format !== "json") throw new UsageError(`--format must be table or json, not '${values.format}'`);
    const s = await queueStatus(db);
    if (values.format === "json") {
      process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
      return 0;
    }
    const lines = [`queued ${s.queued}, retrying ${s.retrying}, active ${s.active}, done ${s.done}, failed ${s.failed}`];
    if (s.dead.length) {
      lines.push(`dead-letter queue: ${s.dead.length} job${s.dead.length === 1 ? "" : "s"}`);
      for (const d of s.dead) lines.push(`  ${d.doc}${d.origin ? ` (${d.origin})` : ""}: ${d.reason}`);
    }
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  });
}
