/**
 * A page or feed fetched over HTTP, or why it could not be. `status` 304 (an answer to a conditional request, see
 * `headers`) has an empty body; `headers` are the response's, names in lower case.
 */
export type Fetched =
  | { readonly ok: true; readonly url: string; readonly body: string; readonly contentType: string; readonly status: number; readonly headers: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly url: string; readonly reason: string; /** A 429's or 503's Retry-After, in ms. */ readonly retryAfterMs?: number };

export interface FetchOptions {
  /** Whole-request limit, headers and body, in ms (default 15 s). */
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  /** Extra request headers (a conditional GET's If-None-Match and If-Modified-Since). */
  readonly headers?: Readonly<Record<string, string>>;
}

const USER_AGENT = "dyad/0.1 (+political event data; polite single requests)";

/**
 * GET a URL as text with a timeout and a size cap; failures come back as reasons, never as exceptions.
 * @example const page = await fetchText("https://example.org/rss.xml", { timeoutMs: 5000 })
 */
export async function fetchText(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  if (!/^https?:\/\//i.test(url)) return { ok: false, url, reason: "not an http(s) URL" };
  try {
    const res = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": USER_AGENT, accept: "text/html, application/rss+xml, application/atom+xml, application/xml, text/*;q=0.8", ...opts.headers },
    });
    const headers = Object.fromEntries(res.headers);
    if (res.status === 304) {
      await res.body?.cancel();
      return { ok: true, url, body: "", contentType: res.headers.get("content-type") ?? "", status: 304, headers };
    }
    if (!res.ok) {
      await res.body?.cancel();
      const retryAfterMs = res.status === 429 || res.status === 503 ? retryAfter(res.headers.get("retry-after")) : undefined;
      return { ok: false, url, reason: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    }
    const contentType = res.headers.get("content-type") ?? "";
    const bytes = await readCapped(res, maxBytes);
    if (!bytes) return { ok: false, url, reason: `larger than ${sizeOf(maxBytes)}` };
    return { ok: true, url: res.url || url, body: decodeBody(bytes, contentType), contentType, status: res.status, headers };
  } catch (e) {
    return { ok: false, url, reason: why(e, timeoutMs) };
  }
}

const sizeOf = (bytes: number): string => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(0)} MB` : `${Math.round(bytes / 1024)} KB`);

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array();
  // A declared length over the cap is refused before a byte is read.
  if (Number(res.headers.get("content-length") ?? 0) > maxBytes) {
    await res.body.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Retry-After as ms from now: seconds ("120") or an HTTP date; undefined when absent or unreadable. */
export function retryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * A response body as text, in the encoding the server declares: Content-Type's charset, else a byte-order mark, else
 * the document's own declaration (`<?xml … encoding="ISO-8859-1"?>`, `<meta charset>`: many Latin American feeds and
 * pages say it only there), else UTF-8. An unknown encoding name falls back to UTF-8.
 * @example decodeBody(latin1Bytes, "application/rss+xml") // "Piñera"
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? "utf-8" : undefined) ??
    /^\s*<\?xml[^>]*\bencoding=["']([\w-]+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function why(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") return `timed out after ${timeoutMs / 1000} s`;
  const code = err.cause?.code;
  if (code === "ECONNREFUSED") return "connection refused";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "host not found";
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return "connection closed by the server";
  return err.cause?.message ?? err.message;
}
