import { setTimeout as sleep } from "node:timers/promises";
import type PgBoss from "pg-boss";
import { codePool } from "../api/code-pool.js";
import { mentionsOf, type Coder } from "../ingest/coder.js";
import { storeDocument } from "../ingest/ingest.js";
import { DocumentSchema } from "../model/document.js";
import { openPostgresStore } from "../store/postgres/store.js";
import { openQueue, QUEUE, type DocumentJob } from "./queue.js";

export interface WorkerOptions {
  /** Jobs in hand at once, each coded in its own thread (default 1). */
  readonly concurrency?: number;
  /** Exit when no job is queued, waiting for a retry or held by any worker; else poll until stopped. */
  readonly untilEmpty?: boolean;
  /** Stop taking jobs when aborted (Ctrl-C); the jobs in hand are finished first. */
  readonly signal?: AbortSignal;
  readonly windowDays?: number;
  /** Seconds between looks at an empty queue (default 1). */
  readonly pollSeconds?: number;
  /** Told of each job that failed, with its reason (it is retried, or goes to the dead-letter queue). */
  readonly onFailure?: (doc: string, reason: string) => void;
}

export interface WorkerSummary {
  added: number;
  duplicates: number;
  failed: number;
  created: number;
  merged: number;
  seconds: number;
}

const CODING_BUDGET_MS = 120_000;
// Jobs a slot takes at once. pg-boss's fetch sorts the queued jobs each time (about 1 ms per 2,000 queued on a 2-core
// machine): taken one by one, that sort cost as much as storing an article. A few at a time keep the lease far away.
const FETCH_BATCH = 4;

/**
 * A coder worker: takes document jobs off the queue, codes each in a worker thread and stores it through the store's
 * `addArticle`, completing the job inside the article's transaction. A job that fails is retried by the queue with
 * backoff and, after its last attempt, goes to the dead-letter queue; a job whose worker died returns when its lease
 * runs out.
 * @example const summary = await runWorker("postgres://dyad@db/dyad", { concurrency: 2, untilEmpty: true })
 */
export async function runWorker(url: string, opts: WorkerOptions = {}): Promise<WorkerSummary> {
  const started = performance.now();
  const concurrency = opts.concurrency ?? 1;
  const store = await openPostgresStore(url, { windowDays: opts.windowDays, connections: concurrency + 1 });
  let boss: PgBoss | undefined;
  const pool = codePool({ threads: concurrency, budgetMs: CODING_BUDGET_MS });
  const counts: WorkerSummary = { added: 0, duplicates: 0, failed: 0, created: 0, merged: 0, seconds: 0 };
  try {
    const queue = (boss = await openQueue(url, undefined, { connections: 2 }));
    const code: Coder = async (doc) => mentionsOf(await pool.code(doc));
    const fail = async (id: string, doc: string, reason: string): Promise<void> => {
      counts.failed++;
      opts.onFailure?.(doc, reason);
      // Should the database be gone, the job's lease runs out and it comes back.
      await queue.fail(QUEUE, id, { reason }).catch(() => undefined);
    };
    const handle = async (job: PgBoss.Job<DocumentJob>): Promise<void> => {
      const parsed = DocumentSchema.safeParse(job.data?.doc);
      const name = parsed.success ? parsed.data.id : String((job.data?.doc as { id?: unknown } | undefined)?.id ?? job.id);
      if (!parsed.success) return fail(job.id, name, `not a document: ${parsed.error.issues.map((i) => `${i.path.join(".") || "job"} ${i.message}`).join("; ")}`);
      let completed = false;
      try {
        const result = await storeDocument(parsed.data, job.data.origin ?? "queue", {
          store, code,
          // The job's completion commits with the article and its events, or neither does.
          inTransaction: async (db) => {
            await queue.complete(QUEUE, job.id, {}, { db });
            completed = true;
          },
        });
        if (result.kind === "failed") return await fail(job.id, name, result.failure.message);
        if (!completed) await queue.complete(QUEUE, job.id, {});
        if (result.kind === "duplicate") counts.duplicates++;
        else {
          counts.added++;
          counts.created += result.created;
          counts.merged += result.merged;
        }
      } catch (e) {
        await fail(job.id, name, (e as Error).message.split("\n")[0] ?? "unexpected error");
      }
    };
    const stopped = (): boolean => opts.signal?.aborted ?? false;
    const pause = (): Promise<unknown> => sleep((opts.pollSeconds ?? 1) * 1000, undefined, { signal: opts.signal }).catch(() => undefined);
    const slot = async (): Promise<void> => {
      while (!stopped()) {
        let jobs: PgBoss.Job<DocumentJob>[] = [];
        try {
          jobs = await queue.fetch<DocumentJob>(QUEUE, { batchSize: FETCH_BATCH });
          if (!jobs.length) {
            if (opts.untilEmpty && (await queue.getQueueSize(QUEUE, { before: "completed" })) === 0) return;
            // Return the jobs of workers that died (their lease ran out) without waiting for pg-boss's maintenance.
            await queue.expire();
          }
        } catch (e) {
          opts.onFailure?.("(queue)", `the database did not answer (${(e as Error).message.split("\n")[0]}); trying again`);
        }
        // Jobs in hand are finished even when the worker is told to stop.
        for (const job of jobs) await handle(job);
        if (!jobs.length) await pause();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, slot));
  } finally {
    await boss?.stop({ graceful: true, wait: true, close: true }).catch(() => undefined);
    await pool.close();
    await store.close();
  }
  counts.seconds = (performance.now() - started) / 1000;
  return counts;
}
