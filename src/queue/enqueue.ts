import type PgBoss from "pg-boss";
import { textHash } from "../ingest/hash.js";
import { expandInputs, type SourceOptions } from "../ingest/sources.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Store } from "../store/store.js";
import { QUEUE, type DocumentJob } from "./queue.js";

/** What `dyad enqueue` did: documents put on the queue, already stored (not queued), and inputs that could not be read. */
export interface EnqueueSummary {
  readonly queued: number;
  readonly known: number;
  readonly failures: readonly Diagnostic[];
}

const BATCH = 200;

/**
 * Read the inputs exactly as `dyad ingest` does (files, folders, JSONL, URL lists, feeds, pages) and put one job per
 * document on the queue, in batches. Documents the store has already (same URL or same text) are not queued.
 * @example await enqueueInputs(["archive/"], { boss, store })
 */
export async function enqueueInputs(inputs: readonly string[], opts: SourceOptions & { readonly boss: PgBoss; readonly store: Store }): Promise<EnqueueSummary> {
  let [queued, known] = [0, 0];
  const failures: Diagnostic[] = [];
  let batch: DocumentJob[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await opts.boss.insert(batch.map((data) => ({ name: QUEUE, data })));
    queued += batch.length;
    batch = [];
  };
  for await (const item of expandInputs(inputs, { ...opts, known: (url) => opts.store.hasArticle({ url }) })) {
    if (item.kind === "diagnostic") failures.push(item);
    else if (item.kind === "known") known++;
    else if (await opts.store.hasArticle({ url: item.doc.url, textHash: textHash(item.doc.text) })) known++;
    else {
      batch.push({ doc: item.doc, origin: item.origin });
      if (batch.length >= BATCH) await flush();
    }
  }
  await flush();
  return { queued, known, failures };
}
