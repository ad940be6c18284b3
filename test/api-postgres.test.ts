import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { createApp } from "../src/api/app.js";
import { answerCache } from "../src/api/cache.js";
import { openQueries } from "../src/api/queries.js";
import { openPostgresQueries } from "../src/api/queries-postgres.js";
import type { ReadModel } from "../src/api/read-model.js";
import { knowledgeCoder } from "../src/ingest/coder.js";
import { ingest } from "../src/ingest/ingest.js";
import { openPostgresStore } from "../src/store/postgres/store.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { Store } from "../src/store/store.js";
import { ROOT } from "./helpers.js";
import { noPostgres, startPostgres, type TestServer } from "./postgres.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// The API over each store, on the same input: the example corpus plus our own article with script and img payloads
// (as test/api-db.ts builds it for the SQLite suite in test/api.test.ts).
const INPUT = [`${ROOT}examples/corpus`, `${ROOT}test/fixtures/api/payload.jsonl`];

describe("the API on PostgreSQL answers what it answers on SQLite", { skip: noPostgres }, () => {
  let server: TestServer;
  let dir: string;
  const open: { store: Store; queries: ReadModel }[] = [];
  let sqlite: ReturnType<typeof createApp>;
  let postgres: ReturnType<typeof createApp>;
  let unsummed: ReturnType<typeof createApp>;

  before(async () => {
    server = await startPostgres();
    dir = mkdtempSync(join(tmpdir(), "dyad-apipg-"));
    const code = await knowledgeCoder();
    const file = join(dir, "dyad.sqlite");
    const url = await server.database();
    for (const store of [openSqliteStore(file), await openPostgresStore(url)]) {
      assert.equal((await ingest(INPUT, { store, code })).failed, 0);
      await store.close();
    }
    open.push({ store: openSqliteStore(file, { readonly: true }), queries: openQueries(file) });
    open.push({ store: await openPostgresStore(url), queries: await openPostgresQueries(url) });
    open.push({ store: await openPostgresStore(url), queries: await openPostgresQueries(url, { summed: false }) });
    sqlite = createApp(open[0]!.store, { queries: open[0]!.queries });
    postgres = createApp(open[1]!.store, { queries: open[1]!.queries });
    unsummed = createApp(open[2]!.store, { queries: open[2]!.queries });
  });
  after(async () => {
    for (const { store, queries } of open) {
      await queries.close();
      await store.close();
    }
    server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const get = async (app: ReturnType<typeof createApp>, path: string): Promise<Json> => {
    const r = await app.request(path);
    assert.equal(r.status, 200, `${path}: ${await r.clone().text()}`);
    return (await r.json()) as Json;
  };
  /** The same answer from both, and that answer. */
  const same = async (path: string): Promise<Json> => {
    const [a, b] = [await get(sqlite, path), await get(postgres, path)];
    assert.deepEqual(b, a, path);
    return a;
  };

  test("events: a dyad either way and one way, dates, types, quads, context, minimum articles, places, paging", async () => {
    const all = await same("/api/events?dyad=MEX:USA&limit=500");
    assert.ok(all.total >= 40 && all.events.length === all.total, `MEX–USA: ${all.total} events`);
    const ab = await same("/api/events?dyad=MEX:USA&direction=ab&limit=500");
    assert.ok(ab.total > 0 && ab.total < all.total);
    for (const path of [
      "/api/events?dyad=México:Estados%20Unidos&from=2026-02-01&to=2026-04-30&limit=20&offset=5",
      "/api/events?actor=Sheinbaum&type=CONSULT,AGREE&limit=100",
      "/api/events?quad=3,4&min_articles=2&limit=100",
      "/api/events?context=economic&limit=100",
      "/api/events?country_of_place=MEX&limit=100",
      "/api/events?dyad=MEX:Nadie%20Conocido",
    ]) await same(path);
    const placed = await same("/api/dyads/MEX/USA/places");
    assert.ok(placed.places.length > 0);
    const at = await same(`/api/events?dyad=MEX:USA&place=${encodeURIComponent(placed.places[0].key)}&limit=100`);
    assert.equal(at.total, placed.places[0].events);
  });

  test("an event with every report that told it, and an article with its spans", async () => {
    const merged = (await same("/api/events?dyad=MEX:USA&min_articles=2&limit=1")).events[0];
    const detail = await same(`/api/events/${merged.id}`);
    assert.equal(detail.mentions.length, merged.num_mentions);
    assert.equal(detail.mentions.filter((m: Json) => m.representative).length, 1);
    const article = await same(`/api/articles/${detail.mentions[0].article}`);
    assert.ok(article.spans.some((s: Json) => s.kind === "trigger" && s.event === merged.id));
    await same(`/api/articles/${encodeURIComponent(detail.mentions[0].doc)}`);
  });

  test("a dyad's timeline, agenda and places by day, week and month, either way, over a range", async () => {
    for (const interval of ["day", "week", "month"]) {
      const t = await same(`/api/dyads/MEX/USA/timeline?interval=${interval}`);
      assert.ok(t.periods.some((p: Json) => p.events > 0 && p.goldstein !== null && p.articles > 0), interval);
      await same(`/api/dyads/MEX/USA/agenda?interval=${interval}`);
    }
    const cut = await same("/api/dyads/USA/MEX/timeline?interval=week&from=2026-01-14&to=2026-03-03&direction=ab");
    assert.equal(cut.periods[0].period, "2026-01-12", "weeks start on Monday");
    await same("/api/dyads/Sheinbaum/USA/agenda?interval=month&from=2026-02-01");
    await same("/api/dyads/MEX/USA/places?direction=ba&from=2026-03-01");
    // PostgreSQL's daily sums give what its events give, counted one by one.
    for (const path of ["/api/dyads/MEX/USA/timeline?interval=week", "/api/dyads/USA/MEX/agenda?interval=month&from=2026-01-14&direction=ab",
      "/api/dyads/MEX/USA/timeline?interval=day&from=2026-02-03&to=2026-03-20&direction=ba"]) {
      assert.deepEqual(await get(postgres, path), await get(unsummed, path), path);
    }
  });

  test("actor search, dyads, partners, stats", async () => {
    const found = await same("/api/actors?q=shein");
    assert.ok(found.actors.some((a: Json) => a.label === "Claudia Sheinbaum"));
    await same("/api/actors?q=");
    await same("/api/actors?q=m%C3%A9x");
    assert.ok((await same("/api/dyads?limit=10")).dyads.length > 0);
    assert.ok((await same("/api/partners/MEX?by=conflict")).partners.length > 0);
    const [a, b] = [await get(sqlite, "/api/stats"), await get(postgres, "/api/stats")];
    for (const k of ["articles", "events", "mentions", "actors", "merged", "first", "last", "held"]) assert.deepEqual(b[k], a[k], k);
  });

  test("search: PostgreSQL stems words (a plural finds the singular), so it finds what SQLite finds and more", async () => {
    for (const word of ["aranceles", "frontera", "\"guardia nacional\""]) {
      const path = `/api/events?text=${encodeURIComponent(word)}&limit=500`;
      const [a, b] = [await get(sqlite, path), await get(postgres, path)];
      assert.ok(b.total > 0, word);
      const onPostgres = new Set(b.events.map((e: Json) => e.id));
      for (const e of a.events) assert.ok(onPostgres.has(e.id), `${word}: ${e.id}`);
    }
    // A malformed search is a search for its words on PostgreSQL (web search syntax), not an error.
    assert.equal((await app(postgres, "/api/events?text=%22unterminated")).status, 200);
  });
});

const app = (a: ReturnType<typeof createApp>, path: string) => a.request(path);

describe("answers kept until the database changes", () => {
  test("a promise that fails is not kept: the next request asks again", async () => {
    let version = 1;
    let calls = 0;
    const cached = answerCache(8, () => version);
    const flaky = () => cached("k", async () => {
      if (++calls === 1) throw new Error("connection lost");
      return "answer";
    });
    await assert.rejects(flaky(), /connection lost/);
    assert.equal(await flaky(), "answer");
    assert.equal(await flaky(), "answer");
    assert.equal(calls, 2, "the answer is kept once it came");
    version = 2;
    assert.equal(await flaky(), "answer");
    assert.equal(calls, 3, "and asked again when the database changed");
  });
});
