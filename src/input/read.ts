import { createReadStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createInterface } from "node:readline";
import { isLanguage } from "../lang/index.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { DocumentSchema, type Document } from "../model/document.js";
import { extractArticle } from "./html.js";

/** What reading yields: documents to code, or diagnostics about input that could not be read. */
export type InputItem = { kind: "document"; doc: Document; file: string } | Diagnostic;

export interface ReadOptions { date?: string; language?: string; maxBytes?: number }

/** Largest single document dyad codes (a JSONL file may be larger: it is read line by line). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const diag = (file: string, message: string, line?: number): Diagnostic => ({ kind: "diagnostic", severity: "error", message, file, line });

/**
 * Read files, folders, `-` (stdin) and JSONL into documents; bad input becomes a diagnostic, never an exception.
 * @example for await (const item of readInputs(["article.html"], { date: "2026-01-30" })) …
 */
export async function* readInputs(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === "-") {
      yield* readStdin(opts);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      yield diag(path, "no such file or folder");
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
      yield* readInputs(names.map((n) => join(path, n)), opts);
    } else if (extname(path).toLowerCase() === ".jsonl") yield* readJsonl(path, createReadStream(path), opts);
    else if (info.size > (opts.maxBytes ?? MAX_DOCUMENT_BYTES)) yield diag(path, `too large to code as one document (${(info.size / 1048576).toFixed(1)} MB; the limit is ${((opts.maxBytes ?? MAX_DOCUMENT_BYTES) / 1048576).toFixed(0)} MB): split it or use JSONL`);
    else yield fromBytes(path, basename(path, extname(path)), await readFile(path), opts);
  }
}

async function* readStdin(opts: ReadOptions): AsyncGenerator<InputItem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    size += (c as Buffer).length;
    if (size > (opts.maxBytes ?? MAX_DOCUMENT_BYTES) * 4) break;
  }
  const buf = Buffer.concat(chunks);
  if (/^\s*\{/.test(buf.subarray(0, 64).toString("utf8"))) {
    const { Readable } = await import("node:stream");
    yield* readJsonl("stdin", Readable.from([buf]), opts);
  } else yield fromBytes("stdin", "stdin", buf, opts);
}

/** One file's bytes → one document (text or HTML), checking emptiness, binary content and encoding. */
export function fromBytes(file: string, id: string, buf: Buffer, opts: ReadOptions): InputItem {
  if (buf.length === 0 || buf.toString("utf8").trim() === "") return diag(file, "empty input: nothing to code");
  if (buf.length > (opts.maxBytes ?? MAX_DOCUMENT_BYTES)) return diag(file, "too large to code as one document: split it or use JSONL");
  if (buf.subarray(0, 8192).includes(0)) return diag(file, "binary file (contains NUL bytes): not text, HTML or JSONL");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return diag(file, "not valid UTF-8: convert it first (e.g. iconv -f latin1 -t utf-8)");
  }
  text = text.replace(/^\uFEFF/, "");
  const language = isLanguage(opts.language) ? opts.language : undefined;
  if (/^\s*<(?:!doctype\s+html|html|head|body|article|div|p)\b/i.test(text) || /\.html?$/i.test(file)) {
    const article = extractArticle(text);
    if (!article) return diag(file, "HTML page with no readable article body");
    const lang = isLanguage(article.language) ? article.language : undefined;
    return { kind: "document", file, doc: { id, text: article.text, title: article.title, date: opts.date ?? article.date, language: language ?? lang } };
  }
  return { kind: "document", file, doc: { id, text, date: opts.date, language } };
}

async function* readJsonl(file: string, stream: NodeJS.ReadableStream, opts: ReadOptions): AsyncGenerator<InputItem> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      yield diag(file, "malformed JSON line: skipped", n);
      continue;
    }
    const withDefaults = typeof raw === "object" && raw !== null ? { date: opts.date, ...raw } : raw;
    const parsed = DocumentSchema.safeParse(withDefaults);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      yield diag(file, `invalid document: ${issue?.path.join(".") || "line"}: ${issue?.message ?? "bad shape"}`, n);
      continue;
    }
    if (!parsed.data.text.trim()) {
      yield diag(file, `document ${parsed.data.id} has empty text: skipped`, n);
      continue;
    }
    yield { kind: "document", file, doc: parsed.data };
  }
}
