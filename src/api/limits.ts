/** How many requests a client may make: a burst, then one more every `refillMs`. */
export interface RateLimit {
  readonly burst: number;
  readonly refillMs: number;
}

/**
 * Token buckets per client key, in memory. `take` says whether the client may go on, and if not, in how many seconds.
 * @example const rate = rateLimiter({ burst: 10, refillMs: 3000 }); rate.take("127.0.0.1") // { ok: true }
 */
export function rateLimiter(limit: RateLimit, now: () => number = Date.now, maxClients = 10_000) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(client: string): { ok: true } | { ok: false; retryAfter: number } {
      const t = now();
      const b = buckets.get(client) ?? { tokens: limit.burst, at: t };
      b.tokens = Math.min(limit.burst, b.tokens + (t - b.at) / limit.refillMs);
      b.at = t;
      buckets.delete(client);
      // A flood of distinct clients must not grow the map without bound: forget the least recently seen.
      if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value!);
      buckets.set(client, b);
      if (b.tokens < 1) return { ok: false, retryAfter: Math.ceil(((1 - b.tokens) * limit.refillMs) / 1000) };
      b.tokens -= 1;
      return { ok: true };
    },
  };
}
