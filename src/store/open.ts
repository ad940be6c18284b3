import { openSqliteStore, type SqliteOptions } from "./sqlite.js";
import type { Store } from "./store.js";

/** Whether a `--db` value names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/**
 * Open the store a `--db` value names: a `postgres://` (or `postgresql://`) URL is a PostgreSQL database, anything
 * else a SQLite file. The PostgreSQL driver is loaded only for a URL, so the embedded path needs no server and no driver.
 * @example const store = await openStore(process.env.DYAD_DB ?? "dyad.sqlite")
 */
export async function openStore(db: string, opts: SqliteOptions = {}): Promise<Store> {
  if (!isPostgresUrl(db)) return openSqliteStore(db, opts);
  const { openPostgresStore } = await import("./postgres/store.js");
  return openPostgresStore(db, { windowDays: opts.windowDays });
}
