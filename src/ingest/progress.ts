import type { IngestCounts } from "./ingest.js";

/** Something to write progress to: a terminal gets a live line, anything else gets nothing. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(s: string): boolean;
}

/**
 * A progress line on a terminal — bar when the total is known, counts and rate always — redrawn at most ten
 * times a second; on a pipe or file it stays quiet.
 * @example const p = progressBar(process.stderr, 238); p.update(counts); p.done()
 */
export function progressBar(stream: ProgressStream, total?: number): { update(c: Readonly<IngestCounts>): void; done(): void } {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  const started = performance.now();
  let last = 0;
  let line = "";
  const draw = (c: Readonly<IngestCounts>): void => {
    const secs = (performance.now() - started) / 1000;
    const rate = secs > 0 ? (c.read / secs).toFixed(1) : "0.0";
    // Most important first: a narrow terminal cuts the end of the line.
    const counts = `${rate}/s · ${c.added} new · ${c.duplicates} known · ${c.failed} failed · ${c.created} events (+${c.merged} merged)`;
    const width = Math.max(10, Math.min(30, (stream.columns || 80) - counts.length - 24));
    const done = total ? Math.min(1, c.read / total) : 0;
    const bar = total ? `[${"#".repeat(Math.round(done * width)).padEnd(width, "-")}] ${c.read}/${total} ` : `${c.read} read · `;
    line = `ingest ${bar}${counts}`.slice(0, (stream.columns || 80) - 1);
    stream.write(`\r${line}\x1b[K`);
  };
  return {
    update(c) {
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      draw(c);
    },
    done() {
      if (line) stream.write("\r\x1b[K");
    },
  };
}
