import PgBoss from "pg-boss";
import pg from "pg";
import type { Document } from "../model/document.js";

/** The queue of documents to code, and where the jobs that failed every attempt go. */
export const QUEUE = "dyad-documents";
export const DEAD_LETTER = "dyad-documents-dead";

/** One job: one document, and where it was read. */
export interface DocumentJob {
  readonly doc: Document;
  readonly origin: string;
}

/** How the queue treats its jobs; set by `dyad enqueue`, kept by every job queued after. */
export interface QueuePolicy {
  /** Attempts after the first before a job goes to the dead-letter queue (default 3). */
  readonly retries?: number;
  /** Seconds before the first retry; each next one waits about twice as long (default 30). */
  readonly retryDelay?: number;
  /** Seconds a worker may hold a job; after that it is returned to the queue, e.g. when its worker crashed (default 300). */
  readonly lease?: number;
}

export const DEFAULT_POLICY: Required<QueuePolicy> = { retries: 3, retryDelay: 30, lease: 300 };

/**
 * Start pg-boss on the database (it keeps its tables in the `pgboss` schema) and make sure both queues exist; with a
 * policy, the queue takes it.
 * @example const boss = await openQueue("postgres://dyad@db/dyad"); …; await boss.stop()
 */
export async function openQueue(url: string, policy?: QueuePolicy, opts: { readonly connections?: number } = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, max: opts.connections ?? 4 });
  // Errors of the background maintenance (a lost connection) are retried by pg-boss; the worker's loop reports its own.
  boss.on("error", () => undefined);
  await boss.start();
  const p = { ...DEFAULT_POLICY, ...policy };
  const settings = { retryLimit: p.retries, retryDelay: p.retryDelay, retryBackoff: true, expireInSeconds: p.lease, deadLetter: DEAD_LETTER };
  if (!(await boss.getQueue(DEAD_LETTER))) await boss.createQueue(DEAD_LETTER);
  if (!(await boss.getQueue(QUEUE))) await boss.createQueue(QUEUE, { name: QUEUE, ...settings });
  else if (policy) await boss.updateQueue(QUEUE, { name: QUEUE, ...settings });
  return boss;
}

/** What `dyad queue` shows. */
export interface QueueStatus {
  readonly queued: number;
  readonly retrying: number;
  readonly active: number;
  readonly done: number;
  readonly failed: number;
  readonly dead: readonly { readonly doc: string; readonly origin: string; readonly reason: string; readonly at: string }[];
}

// A failure's reason: what the worker gave (`{ reason }`), or pg-boss's own (`{ value: { message } }` for a lease that ran out).
function reasonOf(output: unknown): string {
  const o = (output ?? {}) as { reason?: string; message?: string; value?: { message?: string } | string };
  return o.reason ?? o.message ?? (typeof o.value === "string" ? o.value : o.value?.message) ?? "no reason given";
}

/**
 * The queue's counts by state (done counts archived jobs too) and the dead-letter jobs with their reasons, read from
 * pg-boss's tables.
 */
export async function queueStatus(url: string): Promise<QueueStatus> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const installed = (await client.query("SELECT to_regclass('pgboss.job') IS NOT NULL AS ok")).rows[0] as { ok: boolean };
    if (!installed.ok) return { queued: 0, retrying: 0, active: 0, done: 0, failed: 0, dead: [] };
    const { rows } = await client.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM (
      SELECT state FROM pgboss.job WHERE name = $1 UNION ALL SELECT state FROM pgboss.archive WHERE name = $1) j GROUP BY state`, [QUEUE]);
    const n = (s: string): number => rows.find((r) => r.state === s)?.n ?? 0;
    const dead = await client.query<{ doc: string | null; origin: string | null; output: unknown; at: Date }>(`SELECT data->'doc'->>'id' AS doc,
      data->>'origin' AS origin, output, created_on AS at FROM pgboss.job WHERE name = $1 ORDER BY created_on, id`, [DEAD_LETTER]);
    return {
      queued: n("created"), retrying: n("retry"), active: n("active"), done: n("completed"), failed: n("failed"),
      dead: dead.rows.map((r) => ({ doc: r.doc ?? "(no id)", origin: r.origin ?? "", reason: reasonOf(r.output), at: r.at.toISOString() })),
    };
  } finally {
    await client.end();
  }
}
