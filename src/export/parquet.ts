import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { CorpusEvent } from "../store/store.js";
import { COLUMNS, rowOf } from "./rows.js";

// Column types of the Parquet file; the flat columns of the CSV plus the mentions as a list of structs.
const TYPES: Record<string, string> = {
  goldstein: "DOUBLE", quad: "INTEGER", symmetric: "BOOLEAN", place_lat: "DOUBLE", place_lon: "DOUBLE", place_geonameid: "BIGINT", num_mentions: "INTEGER", num_articles: "INTEGER", num_sources: "INTEGER",
  date: "DATE", first_seen: "DATE", last_seen: "DATE",
};
const MENTIONS = "STRUCT(article VARCHAR, url VARCHAR, source VARCHAR, date DATE, sentence INTEGER, evidence VARCHAR)[]";

const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * Write events to a Parquet file through DuckDB: rows go to a temporary JSONL file that DuckDB reads with explicit
 * column types and copies out as Parquet (zstd). Returns the number of events written.
 * @example await writeParquet(store.events({ from: "2026-01-01" }), "events.parquet")
 */
export async function writeParquet(events: AsyncIterable<CorpusEvent>, out: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "dyad-parquet-"));
  const tmp = join(dir, "events.jsonl");
  try {
    let n = 0;
    const file = createWriteStream(tmp);
    for await (const e of events) {
      if (!file.write(`${JSON.stringify({ ...rowOf(e), mentions: e.mentions })}\n`)) await once(file, "drain");
      n++;
    }
    file.end();
    await once(file, "finish");
    const columns = [...COLUMNS.map((c) => `"${c}": ${sqlString(TYPES[c] ?? "VARCHAR")}`), `mentions: ${sqlString(MENTIONS)}`].join(", ");
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    try {
      const source = n
        ? `read_json(${sqlString(tmp)}, format = 'newline_delimited', columns = {${columns}})`
        : `(SELECT ${[...COLUMNS.map((c) => `NULL::${TYPES[c] ?? "VARCHAR"} AS "${c}"`), `NULL::${MENTIONS} AS mentions`].join(", ")} LIMIT 0)`;
      await db.run(`COPY (SELECT * FROM ${source}) TO ${sqlString(resolve(out))} (FORMAT parquet, COMPRESSION zstd)`);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
    return n;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
