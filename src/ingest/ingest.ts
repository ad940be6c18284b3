import type { Diagnostic } from "../model/diagnostic.js";
import type { Document } from "../model/document.js";
import type { Language } from "../lang/index.js";
import type { AddOptions, NewMention, Store } from "../store/store.js";
import { webUrl } from "../store/rows.js";
import { detectLanguage } from "../text/language.js";
import type { Coder } from "./coder.js";
import { textHash } from "./hash.js";
import { expandInputs, type SourceItem, type SourceOptions } from "./sources.js";

/**
 * Running counts of an ingest: articles read, stored, skipped as already known, failed; events created and merged into;
 * articles stored with their events held for an implausible date (counted in `added` too).
 */
export interface IngestCounts {
  read: number;
  added: number;
  held: number;
  duplicates: number;
  failed: number;
  created: number;
  merged: number;
}

export interface IngestSummary extends IngestCounts {
  readonly failures: readonly Diagnostic[];
  readonly seconds: number;
}

export type IngestOptions = SourceOptions & {
  readonly store: Store;
  readonly code: Coder;
  readonly onProgress?: (counts: Readonly<IngestCounts>) => void;
  /**
   * Articles coded at once (default 1): with a coder that runs on several threads (`poolCoder`), the next articles
   * are coded while the earlier ones are stored. They are stored in the order read, so the stored events are the
   * same as with one at a time.
   */
  readonly concurrency?: number;
};

/**
 * Read every input, code each new article and store it with its events in one transaction. Articles already stored
 * (same URL or same text) add nothing; failures are collected, never thrown.
 * @example const summary = await ingest(["articles/"], { store, code: await knowledgeCoder() })
 */
export async function ingest(inputs: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const counts: IngestCounts = { read: 0, added: 0, held: 0, duplicates: 0, failed: 0, created: 0, merged: 0 };
  const failures: Diagnostic[] = [];
  const known = (url: string) => opts.store.hasArticle({ url });
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  // Items read and not yet counted, in the order read; an article's coding starts when it is read.
  const pending: { readonly item: SourceItem; readonly coded?: Promise<Coded> }[] = [];
  const settle = async (): Promise<void> => {
    const { item, coded } = pending.shift()!;
    counts.read++;
    if (item.kind === "diagnostic") {
      counts.failed++;
      failures.push(item);
    } else if (item.kind === "known") counts.duplicates++;
    else {
      const failure = await store(await coded!, item.origin, opts, counts);
      if (failure) {
        counts.failed++;
        failures.push(failure);
      }
    }
    opts.onProgress?.(counts);
  };
  for await (const item of expandInputs(inputs, { ...opts, known })) {
    const coded = item.kind === "document" ? codeFor(item.doc, item.origin, opts) : undefined;
    // (A store that fails is reported when its turn comes, as one at a time would, not as an unhandled rejection.)
    coded?.catch(() => undefined);
    pending.push({ item, coded });
    while (pending.length >= concurrency) await settle();
  }
  while (pending.length) await settle();
  return { ...counts, failures, seconds: (performance.now() - started) / 1000 };
}

async function store(coded: Coded, origin: string, opts: IngestOptions, counts: IngestCounts): Promise<Diagnostic | null> {
  const result = await storeCoded(coded, origin, opts);
  if (result.kind === "failed") return result.failure;
  if (result.kind === "duplicate") counts.duplicates++;
  else {
    counts.added++;
    if (result.held) counts.held++;
    counts.created += result.created;
    counts.merged += result.merged;
  }
  return null;
}

/** What storing one document did: added (with the events it created and merged into), already stored, or failed. */
export type StoredDocument =
  | { readonly kind: "added"; readonly created: number; readonly merged: number; readonly held?: string }
  | { readonly kind: "duplicate" }
  | { readonly kind: "failed"; readonly failure: Diagnostic };

/**
 * Code one document and store it with its events in one transaction, as `ingest` does for each: a document whose URL
 * or text is stored already adds nothing, and a report of a stored event joins it (raising its `num_articles`).
 * @example await storeDocument(doc, "https://example.org/rss.xml", { store, code })
 */
export async function storeDocument(doc: Document, origin: string, opts: { readonly store: Store; readonly code: Coder } & AddOptions): Promise<StoredDocument> {
  return storeCoded(await codeFor(doc, origin, opts), origin, opts);
}

/** A document on its way to the store: refused, already stored, or coded (its mentions, or why coding failed). */
type Coded =
  | { readonly kind: "done"; readonly result: StoredDocument }
  | { readonly kind: "coded"; readonly doc: Document; readonly language: Language; readonly hash: string; readonly mentions: NewMention[] };

async function codeFor(doc: Document, origin: string, opts: { readonly store: Store; readonly code: Coder }): Promise<Coded> {
  // A javascript: or data: "article URL" is a payload, not a place to read the article: the article is refused.
  if (doc.url !== undefined && webUrl(doc.url) === null) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(doc.url.trim())?.[1]?.toLowerCase();
    return { kind: "done", result: { kind: "failed", failure: { kind: "diagnostic", severity: "error", file: origin, message: `${doc.id}: url: ${scheme ? `${scheme}: URLs are refused` : "not a URL"}; only http and https article URLs are stored` } } };
  }
  const hash = textHash(doc.text);
  if (await opts.store.hasArticle({ url: doc.url, textHash: hash })) return { kind: "done", result: { kind: "duplicate" } };
  const language = doc.language ?? detectLanguage(doc.text);
  try {
    return { kind: "coded", doc, language, hash, mentions: await opts.code({ ...doc, language }) };
  } catch (e) {
    return { kind: "done", result: { kind: "failed", failure: { kind: "diagnostic", severity: "error", file: origin, message: `${doc.id}: could not be coded: ${(e as Error).message}` } } };
  }
}

async function storeCoded(coded: Coded, origin: string, opts: { readonly store: Store } & AddOptions): Promise<StoredDocument> {
  if (coded.kind === "done") return coded.result;
  const { doc, language, hash, mentions } = coded;
  const result = await opts.store.addArticle(
    { doc: doc.id, url: doc.url, source: doc.source, title: doc.title, date: doc.date, language, text: doc.text, textHash: hash, origin },
    mentions,
    { inTransaction: opts.inTransaction },
  );
  if (result.kind === "duplicate") return { kind: "duplicate" };
  return { kind: "added", created: result.created, merged: result.merged, ...(result.held && { held: result.held }) };
}
