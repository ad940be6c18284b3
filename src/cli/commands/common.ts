import { existsSync } from "node:fs";
import { isPostgresUrl, openStore as openAnyStore } from "../../store/open.js";
import type { SqliteOptions } from "../../store/sqlite.js";
import type { EventFilter, Store } from "../../store/store.js";

/** A usage or input error: the command prints `dyad: message` and exits 2. */
export class UsageError extends Error {}

export const fail = (msg: string, code = 2): number => {
  process.stderr.write(`dyad: ${msg}\n`);
  return code;
};

/** Run a command body, turning UsageError and database errors into one-line messages. */
export async function guarded(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err instanceof UsageError) return fail(err.message);
    if (err.code === "SQLITE_BUSY") return fail("the database is locked by another dyad process: try again when it has finished");
    if (err.code === "SQLITE_NOTADB") return fail("that file is not a dyad database");
    if (err.code === "ECONNREFUSED") return fail(`cannot reach the PostgreSQL server (${err.message.replace(/^connect ECONNREFUSED /, "")}): is it running?`);
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return fail(err.message.split("\n")[0]!);
    return fail(err.message.split("\n")[0] ?? "unexpected error");
  }
}

/**
 * Open the database `--db` names, a SQLite file or a `postgres://` URL; commands that only read refuse a file that does
 * not exist rather than create an empty one.
 */
export async function openStore(db: string, opts: SqliteOptions & { mustExist?: boolean } = {}): Promise<Store> {
  if (opts.mustExist && !isPostgresUrl(db) && !existsSync(db)) throw new UsageError(`no database at ${db} (run dyad ingest first)`);
  return openAnyStore(db, opts);
}

/** `--db`'s default: $DYAD_DB (a file or a postgres:// URL), else dyad.sqlite. */
export const DEFAULT_DB = process.env.DYAD_DB || "dyad.sqlite";

/** Refuse a PostgreSQL URL in a command that only has a SQLite implementation so far (issue #10). */
export function sqliteOnly(command: string, db: string): string {
  if (isPostgresUrl(db)) throw new UsageError(`${command} works on a SQLite file only for now, not on PostgreSQL (${db.replace(/\/\/[^@/]*@/, "//…@")})`);
  return db;
}

/** The options every reading command shares: which events to read. */
export const FILTER_OPTIONS = {
  db: { type: "string", default: DEFAULT_DB },
  dyad: { type: "string" },
  direction: { type: "string" },
  actor: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  type: { type: "string" },
  quad: { type: "string" },
  context: { type: "string" },
  text: { type: "string" },
  "min-articles": { type: "string" },
  "place-country": { type: "string" },
  admin1: { type: "string" },
  limit: { type: "string" },
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function count(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number, not '${v}'`);
  return Number(v);
}

/** Parsed filter options → an EventFilter; bad values throw UsageError. */
export function filterOf(v: { [K in keyof typeof FILTER_OPTIONS]?: string }): EventFilter {
  for (const k of ["from", "to"] as const) if (v[k] && !DATE.test(v[k]!)) throw new UsageError(`--${k} must be YYYY-MM-DD, not '${v[k]}'`);
  let dyad: [string, string] | undefined;
  if (v.dyad) {
    const parts = v.dyad.split(":").map((s) => s.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new UsageError(`--dyad must be A:B (e.g. MEX:USA), not '${v.dyad}'`);
    dyad = [parts[0], parts[1]];
  }
  if (v["place-country"] && !/^[A-Za-z]{3}$/.test(v["place-country"])) throw new UsageError(`--place-country must be an ISO 3166-1 alpha-3 code (e.g. MEX), not '${v["place-country"]}'`);
  if (v.admin1 && !/^[A-Za-z]{2}\.[A-Za-z0-9]{1,8}$/.test(v.admin1)) throw new UsageError(`--admin1 must be a GeoNames admin1 code (e.g. MX.25), not '${v.admin1}'`);
  if (v.direction && !["both", "ab", "ba"].includes(v.direction)) throw new UsageError(`--direction must be both, ab (A acting on B) or ba, not '${v.direction}'`);
  const quads = v.quad?.split(",").map((q) => Number(q.trim()));
  if (quads?.some((q) => !Number.isInteger(q) || q < 1 || q > 4)) throw new UsageError(`--quad must be 1-4 (or a list like 3,4), not '${v.quad}'`);
  return {
    dyad, direction: v.direction as EventFilter["direction"], actor: v.actor, from: v.from, to: v.to, types: v.type?.split(",").map((t) => t.trim()).filter(Boolean), quads,
    context: v.context, text: v.text, minArticles: count("min-articles", v["min-articles"]), limit: count("limit", v.limit),
    placeCountry: v["place-country"], admin1: v.admin1,
  };
}

/**
 * Say on stderr how each side of --dyad and --actor was read when that is not plain: a country's name taken as its code,
 * a name taken as the actors it matched, or a side that matches nothing (so an empty answer is not taken for a quiet one).
 */
export async function sayResolved(store: Store, filter: EventFilter): Promise<void> {
  for (const who of [...(filter.dyad ?? []), ...(filter.actor ? [filter.actor] : [])]) {
    const r = await store.resolveActor(who);
    if (r.kind === "none") process.stderr.write(`dyad: '${r.query}' matches no country, organisation or actor: give a code (MEX), a country's name (México) or whole words of a name\n`);
    else if (r.kind === "actor") process.stderr.write(`dyad: '${r.query}' read as ${r.names.slice(0, 5).join(", ")}${r.names.length > 5 ? ` and ${r.names.length - 5} more` : ""}\n`);
    else if (r.query.toUpperCase() !== r.as) process.stderr.write(`dyad: '${r.query}' read as ${r.as}\n`);
  }
}
