import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { knowledgeCoder } from "../src/ingest/coder.js";
import { ingest } from "../src/ingest/ingest.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { ROOT } from "./helpers.js";

/** The example corpus plus our own article with script and img payloads, ingested into a fresh file. */
export async function exampleDb(): Promise<{ file: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-api-"));
  const file = join(dir, "dyad.sqlite");
  const store = openSqliteStore(file);
  const summary = await ingest([`${ROOT}examples/corpus`, `${ROOT}test/fixtures/api/payload.jsonl`], { store, code: await knowledgeCoder() });
  await store.close();
  if (summary.failed) throw new Error(`example corpus: ${summary.failed} articles failed`);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
