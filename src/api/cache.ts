/**
 * Answers kept until the database changes: `version()` is SQLite's `PRAGMA data_version`, which moves whenever
 * another connection commits (an ingest, the write endpoint), so nothing stale is ever served. Least recently used
 * entries go first once `size` are kept; size 0 keeps nothing.
 * @example const cached = answerCache(256, () => db.pragma("data_version", { simple: true }) as number)
 */
export function answerCache(size: number, version: () => number) {
  const entries = new Map<string, unknown>();
  let seen = -1;
  const cached = <T>(key: string, compute: () => T): T => {
    if (size <= 0) return compute();
    const v = version();
    if (v !== seen) {
      entries.clear();
      seen = v;
    }
    if (entries.has(key)) {
      const hit = entries.get(key) as T;
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const value = compute();
    if (entries.size >= size) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
    // A promise that fails is not kept: the next request asks again (a lost connection is not an answer).
    if (value instanceof Promise) value.catch(() => entries.get(key) === value && entries.delete(key));
    return value;
  };
  return cached;
}
