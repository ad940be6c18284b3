import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { DuckDBInstance } from "@duckdb/node-api";
import { GDELT_COLUMNS } from "../src/export/gdelt.js";
import { ingest } from "../src/ingest/ingest.js";
import { EventSchema } from "../src/model/event.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { CorpusEvent } from "../src/store/store.js";
import { FIXTURES, fakeCoder } from "./fixtures/corpus/fake-coder.js";
import { dyad } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-export-"));
const db = join(dir, "db.sqlite");
let stored: CorpusEvent[] = [];

async function duck<T>(sql: string): Promise<T[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const c = await instance.connect();
  try {
    return (await c.runAndReadAll(sql)).getRowObjectsJson() as T[];
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

before(async () => {
  const store = openSqliteStore(db);
  await ingest([`${FIXTURES}articles.jsonl`], { store, code: fakeCoder });
  for await (const e of store.events()) stored.push(e);
  await store.close();
  stored = stored.sort((a, b) => a.id.localeCompare(b.id));
});

type Flat = { id: string; date: string; type: string; num_articles: number; num_sources: number; num_mentions: number; first_seen: string; last_seen: string; source_country: string | null; target_name: string | null; goldstein: number | null };
const expected = (): Partial<Flat>[] => stored.map((e) => ({
  id: e.id, date: e.date, type: e.type, num_articles: e.num_articles, num_sources: e.num_sources, num_mentions: e.num_mentions,
  first_seen: e.first_seen, last_seen: e.last_seen,
}));
const pick = (r: Flat): Partial<Flat> => ({
  id: r.id, date: String(r.date), type: r.type, num_articles: Number(r.num_articles), num_sources: Number(r.num_sources),
  num_mentions: Number(r.num_mentions), first_seen: String(r.first_seen), last_seen: String(r.last_seen),
});

describe("exports read back and match the database", () => {
  test("Parquet, read by DuckDB", async () => {
    const out = join(dir, "events.parquet");
    const r = dyad(["export", "--db", db, "--format", "parquet", "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /wrote 5 events/);
    const rows = await duck<Flat>(`SELECT * FROM read_parquet('${out}') ORDER BY id`);
    assert.deepEqual(rows.map(pick), expected());
    const types = await duck<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM read_parquet('${out}')`);
    const typeOf = Object.fromEntries(types.map((t) => [t.column_name, t.column_type]));
    assert.equal(typeOf.date, "DATE");
    assert.equal(typeOf.num_articles, "INTEGER");
    assert.match(typeOf.mentions!, /^STRUCT\(.*evidence VARCHAR\)\[\]$/);
    const [call] = await duck<{ n: number; outlets: string }>(`SELECT len(mentions) n, list_sort(list_transform(mentions, m -> m.source))::VARCHAR outlets
      FROM read_parquet('${out}') WHERE num_articles = 3 AND type = 'CONSULT'`);
    assert.equal(Number(call!.n), 3);
    assert.equal(call!.outlets, "[Crónica Tres, Gulf Wire, Noticias Uno]");
  });

  test("CSV, read by DuckDB", async () => {
    const out = join(dir, "events.csv");
    assert.equal(dyad(["export", "--db", db, "--format", "csv", "--out", out]).code, 0);
    const rows = await duck<Flat>(`SELECT * FROM read_csv('${out}', header = true, all_varchar = true) ORDER BY id`);
    assert.deepEqual(rows.map(pick), expected());
    const call = rows.find((r) => r.type === "CONSULT" && Number(r.num_articles) === 3)!;
    assert.equal(call.source_country, "MEX");
    assert.equal(call.target_name, "Donald Trump");
  });

  test("JSONL: each line is the coder's record plus who reported it", () => {
    const r = dyad(["export", "--db", db, "--format", "jsonl", "--min-articles", "3"]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as CorpusEvent);
    assert.equal(lines.length, 2);
    for (const e of lines) {
      EventSchema.parse(e);
      assert.equal(e.mentions.length, e.num_mentions);
      assert.deepEqual(Object.keys(e.mentions[0]!).sort(), ["article", "date", "evidence", "sentence", "source", "url"]);
      assert.ok(e.first_seen <= e.last_seen);
    }
  });

  test("GDELT 2.0: 61 tab-separated columns, filled where dyad has the data", () => {
    const out = join(dir, "events.gdelt.tsv");
    assert.equal(dyad(["export", "--db", db, "--format", "gdelt", "--out", out, "--type", "CONSULT", "--min-articles", "3"]).code, 0);
    const [line, ...rest] = readFileSync(out, "utf8").trim().split("\n");
    assert.equal(rest.length, 0);
    const f = Object.fromEntries(line!.split("\t").map((v, i) => [GDELT_COLUMNS[i]!, v]));
    assert.equal(line!.split("\t").length, 61);
    assert.equal(GDELT_COLUMNS.length, 61);
    assert.equal(f.Day, "20260504");
    assert.equal(f.MonthYear, "202605");
    assert.equal(f.Actor1Code, "MEXGOV");
    assert.equal(f.Actor1Name, "CLAUDIA SHEINBAUM");
    assert.equal(f.Actor2CountryCode, "USA");
    assert.equal(f.EventCode, "040");
    assert.equal(f.EventRootCode, "04");
    assert.equal(f.NumArticles, "3");
    assert.equal(f.NumSources, "3");
    assert.equal(f.AvgTone, "");
    assert.match(f.SOURCEURL!, /^https:\/\/news\.test\//);
    assert.match(f.DATEADDED!, /^\d{14}$/);
  });

  test("query: dyad either way, as JSONL on a pipe; bad arguments are one-line errors", () => {
    const r = dyad(["query", "--db", db, "--dyad", "USA:MEX", "--from", "2026-05-01", "--to", "2026-05-31", "--type", "CONSULT"]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as CorpusEvent).date), ["2026-05-04", "2026-05-11"]);
    const table = dyad(["query", "--db", db, "--format", "table", "--text", "Mazatlán"]);
    assert.match(table.stdout, /2026-05-06 {2}COERCE\/arrest .* 3 art · 3 src/);
    for (const [args, msg] of [
      [["--dyad", "MEX"], /--dyad must be A:B/],
      [["--from", "ayer"], /--from must be YYYY-MM-DD/],
      [["--quad", "7"], /--quad must be 1-4/],
      [["--text", "\"unbalanced"], /--text: not a valid search/],
      [["--bogus"], /Unknown option '--bogus'/],
    ] as const) {
      const bad = dyad(["query", "--db", db, ...args]);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, msg);
      assert.equal(bad.stderr.trim().split("\n").length, 1, bad.stderr);
      assert.match(bad.stderr, /^dyad: /);
    }
    const none = dyad(["export", "--db", join(dir, "nope.sqlite"), "--format", "csv"]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^dyad: no database at .*nope\.sqlite \(run dyad ingest first\)\n$/);
    assert.match(dyad(["export", "--db", db, "--format", "parquet"]).stderr, /needs --out/);
  });
});
