import { createHmac, timingSafeEqual } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

/** The header with the signature: `sha256=` and the hex HMAC-SHA256 of `TIMESTAMP.BODY` with the shared secret. */
export const SIGNATURE_HEADER = "x-dyad-signature";
/** The header with the time of sending, in whole seconds since 1970, that the signature covers. */
export const TIMESTAMP_HEADER = "x-dyad-timestamp";
/** The header with the alert's id: the same on every retry, so a receiver can drop a repeat. */
export const ALERT_HEADER = "x-dyad-alert";

/**
 * The signature of a webhook body sent at `timestamp`: HMAC-SHA256 over `TIMESTAMP.BODY` (the raw bytes as sent).
 * @example sign("secret", 1767225600, '{"type":"dyad.alert"}') // "sha256=…"
 */
export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/**
 * What a receiver does: true when the signature is the body's under the secret and the timestamp is no older than
 * `toleranceS` (default 5 min), so a captured request cannot be replayed later. Compares in constant time.
 * @example verify(secret, req.headers["x-dyad-timestamp"], req.headers["x-dyad-signature"], rawBody)
 */
export function verify(secret: string, timestamp: string | undefined, signature: string | undefined, body: string, opts: { now?: number; toleranceS?: number } = {}): boolean {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  const now = opts.now ?? Date.now() / 1000;
  if (Math.abs(now - Number(timestamp)) > (opts.toleranceS ?? 300)) return false;
  const want = Buffer.from(sign(secret, Number(timestamp), body));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

export interface DeliveryOptions {
  readonly url: string;
  readonly secret: string;
  /** Per request, in ms (default 10 s). */
  readonly timeoutMs?: number;
  /** Waits before the retries made at once, in ms (default 1 s then 5 s); later retries are the caller's (next polls). */
  readonly retryDelaysMs?: readonly number[];
}

/** How a delivery went: the number of requests made, and the last failure when none was answered with 2xx. */
export type Delivery = { readonly ok: true; readonly attempts: number } | { readonly ok: false; readonly attempts: number; readonly reason: string };

/**
 * POST a signed alert body, retrying with growing waits while the receiver fails (no answer, or not 2xx).
 * @example await deliver(JSON.stringify(body), body.id, { url: "https://hooks.example/x", secret })
 */
export async function deliver(body: string, alertId: string, opts: DeliveryOptions): Promise<Delivery> {
  const delays = opts.retryDelaysMs ?? [1000, 5000];
  let reason = "";
  for (let attempt = 0; attempt <= delays.length; attempt++) {
    if (attempt > 0) await sleep(delays[attempt - 1]!);
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const res = await fetch(opts.url, {
        method: "POST",
        body,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
        headers: {
          "content-type": "application/json", "user-agent": "dyad-watch/0.1",
          [SIGNATURE_HEADER]: sign(opts.secret, timestamp, body), [TIMESTAMP_HEADER]: String(timestamp), [ALERT_HEADER]: alertId,
        },
      });
      await res.body?.cancel();
      if (res.ok) return { ok: true, attempts: attempt + 1 };
      reason = `HTTP ${res.status}`;
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      reason = err.name === "TimeoutError" ? "timed out" : err.cause?.code === "ECONNREFUSED" ? "connection refused" : err.message;
    }
  }
  return { ok: false, attempts: delays.length + 1, reason };
}
