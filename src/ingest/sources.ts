import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { extractArticle } from "../input/html.js";
import { readInputs, type ReadOptions } from "../input/read.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Document } from "../model/document.js";
import { looksLikeFeed, parseFeed, type FeedItem } from "./feed.js";
import { fetchText, type FetchOptions, type Fetched } from "./fetch.js";

/** What expanding the inputs yields: a document to store, a URL already stored (not fetched again), or a failure. */
export type SourceItem =
  | { readonly kind: "document"; readonly doc: Document; readonly origin: string }
  | { readonly kind: "known"; readonly url: string; readonly origin: string }
  | Diagnostic;

export type SourceOptions = ReadOptions & FetchOptions & {
  /** URLs the store already has: they are skipped before fetching. */
  readonly known?: (url: string) => Promise<boolean>;
};

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);
const FEED_EXT = new Set([".xml", ".rss", ".atom"]);
const diag = (file: string, message: string, line?: number): Diagnostic => ({ kind: "diagnostic", severity: "error", message, file, line });

/**
 * Files, folders (recursively), JSONL, lists of URLs (`feeds.txt`), RSS/Atom feeds and web pages → documents.
 * Whatever fails becomes a diagnostic and the rest goes on.
 * @example for await (const item of expandInputs(["articles/", "https://example.org/rss.xml"])) …
 */
export async function* expandInputs(inputs: readonly string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    if (isUrl(input)) yield* fromUrl(input, input, opts);
    else if (input === "-") yield* fromReader(["-"], opts);
    else yield* fromPath(input, opts);
  }
}

async function* fromPath(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const info = await stat(path).catch(() => null);
  if (!info) return yield diag(path, "no such file or folder");
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
    for (const n of names) yield* fromPath(join(path, n), opts);
    return;
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".md") return;
  if (FEED_EXT.has(ext)) return yield* fromFeed(await readFile(path, "utf8"), path, opts);
  if (ext === ".txt" && info.size < 1_000_000) {
    const urls = urlList(await readFile(path, "utf8"));
    if (urls) {
      for (const url of urls) yield* fromUrl(url, `${path}`, opts);
      return;
    }
  }
  yield* fromReader([path], opts);
}

async function* fromReader(paths: string[], opts: SourceOptions): AsyncGenerator<SourceItem> {
  for await (const item of readInputs(paths, opts)) {
    yield item.kind === "document" ? { kind: "document", doc: item.doc, origin: item.file } : item;
  }
}

// A .txt file whose every line (blank lines and # comments aside) is a URL is a list of feeds and pages.
function urlList(text: string): string[] | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  return lines.length > 0 && lines.every(isUrl) ? lines : null;
}

async function* fromUrl(url: string, origin: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  if (await opts.known?.(url)) return yield { kind: "known", url, origin };
  const got = await fetchText(url, opts);
  if (!got.ok) return yield diag(url, got.reason);
  if (looksLikeFeed(got.body, got.contentType)) return yield* fromFeed(got.body, url, opts);
  yield pageDocument(got, {}, origin, opts);
}

async function* fromFeed(xml: string, origin: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const feed = parseFeed(xml);
  if (!feed.ok) return yield diag(origin, feed.reason);
  if (feed.items.length === 0) return yield diag(origin, "feed has no items with a link", undefined);
  for (const item of feed.items) {
    if (await opts.known?.(item.link)) {
      yield { kind: "known", url: item.link, origin };
      continue;
    }
    yield await feedItemDocument(item, feed.title, origin, opts);
  }
}

/**
 * Fetch one feed item's page and read its article, with the feed's title as the source and the item's title and date as
 * defaults; a failure comes back as a diagnostic. What `dyad ingest FEED` does for each item it does not know.
 * @example await feedItemDocument({ link: "https://example.org/nota" }, "Diario", "https://example.org/rss.xml")
 */
export async function feedItemDocument(item: FeedItem, feedTitle: string | undefined, origin: string, opts: SourceOptions = {}): Promise<SourceItem> {
  const got = await fetchText(item.link, opts);
  return got.ok ? pageDocument(got, { link: item.link, title: item.title, date: item.date, source: feedTitle }, origin, opts) : diag(item.link, `${got.reason} (item of ${origin})`);
}

type Defaults = Partial<FeedItem> & { source?: string };

function pageDocument(got: Fetched & { ok: true }, d: Defaults, origin: string, opts: SourceOptions): SourceItem {
  const id = idOf(got.url);
  const base = { id, url: got.url, source: d.source ?? new URL(got.url).hostname, language: opts.language as Document["language"] };
  if (looksLikeFeed(got.body, got.contentType)) return diag(got.url, "a feed, not an article (give the feed itself as an input)");
  if (/text\/plain/i.test(got.contentType)) {
    return got.body.trim() ? { kind: "document", origin, doc: { ...base, text: got.body, title: d.title, date: d.date ?? opts.date } } : diag(got.url, "empty page");
  }
  if (got.contentType && !/html/i.test(got.contentType)) return diag(got.url, `not a news page (${got.contentType.split(";")[0]})`);
  const article = extractArticle(got.body);
  if (!article || article.text.length < 200) return diag(got.url, "not a news page: no readable article body");
  const language = base.language ?? (article.language === "es" || article.language === "en" ? article.language : undefined);
  return { kind: "document", origin, doc: { ...base, language, text: article.text, title: d.title ?? article.title, date: d.date ?? article.date ?? opts.date } };
}

// A readable id for a web article: the last part of its path ("…/2026/01/08/llamada-sheinbaum-trump").
function idOf(url: string): string {
  const u = new URL(url);
  const last = u.pathname.split("/").filter(Boolean).at(-1)?.replace(/\.\w+$/, "");
  return last ? `${u.hostname}/${last}` : u.hostname;
}

/**
 * How many items the inputs hold, for a progress bar: files plus JSONL lines. Undefined when a URL, a feed or
 * stdin is among them (their size is known only once fetched).
 */
export async function countLocal(inputs: readonly string[]): Promise<number | undefined> {
  let n = 0;
  for (const input of inputs) {
    if (isUrl(input) || input === "-") return undefined;
    const info = await stat(input).catch(() => null);
    if (!info) n++;
    else if (info.isDirectory()) {
      const names = (await readdir(input)).filter((x) => !x.startsWith(".") && !x.endsWith(".md"));
      const sub = await countLocal(names.map((x) => join(input, x)));
      if (sub === undefined) return undefined;
      n += sub;
    } else if (FEED_EXT.has(extname(input).toLowerCase())) return undefined;
    else if (extname(input).toLowerCase() === ".txt" && info.size < 1_000_000 && urlList(await readFile(input, "utf8"))) return undefined;
    else if (extname(input).toLowerCase() === ".jsonl") n += (await readFile(input, "utf8")).split("\n").filter((l) => l.trim()).length;
    else n++;
  }
  return n;
}
