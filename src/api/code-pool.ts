import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Document } from "../model/document.js";
import type { EventRecord } from "../model/event.js";

/** Coding off the event loop: worker threads, each request with a time budget. */
export interface CodePool {
  code(doc: Document): Promise<EventRecord[]>;
  close(): Promise<void>;
}

/** A request that ran past its time budget: its thread was stopped, and the server answers 503. */
export class CodeTimeout extends Error {
  constructor(readonly budgetMs: number) {
    super(`coding took longer than ${(budgetMs / 1000).toFixed(0)} s: send a shorter text`);
  }
}

export interface CodePoolOptions {
  /** Threads that code at once (default: the cores but one, at least one). */
  readonly threads?: number;
  /** Time one request may take, queueing included (default 20 s). */
  readonly budgetMs?: number;
}

// The worker's file: next to this one when built (dist/api), else the built one beside the sources (worker threads
// do not take tsx's loader, so run from src/ the pool needs `npm run build`).
function workerFile(): string {
  for (const rel of ["./code-worker.js", "../../dist/api/code-worker.js"]) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url.href;
  }
  throw new Error("the coding threads need the built code (dist/api/code-worker.js): run npm run build");
}

/**
 * A pool of coding threads (piscina). A request that exceeds its budget is aborted: piscina stops the thread that
 * runs it and starts another, so a hostile text costs one thread for `budgetMs`, never the server.
 * @example const pool = codePool(); await pool.code({ id: "a", text: "…", language: "es" }); await pool.close()
 */
export function codePool(opts: CodePoolOptions = {}): CodePool {
  const threads = opts.threads ?? Math.max(1, availableParallelism() - 1);
  const budgetMs = opts.budgetMs ?? 20_000;
  const pool = new Piscina({ filename: workerFile(), minThreads: 1, maxThreads: threads, idleTimeout: 60_000 });
  return {
    async code(doc) {
      try {
        return (await pool.run(doc, { signal: AbortSignal.timeout(budgetMs) })) as EventRecord[];
      } catch (e) {
        if ((e as Error).name === "AbortError") throw new CodeTimeout(budgetMs);
        throw e;
      }
    },
    close: () => pool.destroy(),
  };
}
