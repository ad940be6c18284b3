import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { after, before, describe, test } from "node:test";
import { createApp } from "../src/api/app.js";
import { groupPlaces, type Place } from "../src/api/places.js";
import { openQueries, type Queries } from "../src/api/queries.js";
import { loadKnowledge } from "../src/data/knowledge.js";
import { knowledgeCoder } from "../src/ingest/coder.js";
import { ingest } from "../src/ingest/ingest.js";
import { codeDocument } from "../src/pipeline/index.js";
import { migrate } from "../src/store/schema.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { Store } from "../src/store/store.js";
import { exampleDb } from "./api-db.js";
import { dyad, ROOT } from "./helpers.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let db: Awaited<ReturnType<typeof exampleDb>>;
let store: Store;
let queries: Queries;
let app: ReturnType<typeof createApp>;

const get = async (path: string): Promise<{ status: number; body: Json }> => {
  const r = await app.request(path);
  return { status: r.status, body: (await r.json()) as Json };
};
const post = async (a: ReturnType<typeof createApp>, path: string, body: unknown, headers: Record<string, string> = {}) => {
  const r = await a.request(path, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as Json, headers: r.headers };
};

/** A 400 whose message starts with the parameter's name and carries no stack trace. */
async function rejects(path: string, param: string): Promise<void> {
  const { status, body } = await get(path);
  assert.equal(status, 400, `${path}: ${JSON.stringify(body)}`);
  assert.match(body.error, new RegExp(`^${param}\\b`), `${path}: ${body.error}`);
  assert.doesNotMatch(body.error, /\n\s+at /);
}

before(async () => {
  db = await exampleDb();
  store = openSqliteStore(db.file, { readonly: true });
  queries = openQueries(db.file);
  app = createApp(store, { queries });
});
after(async () => {
  queries.close();
  await store.close();
  db.dispose();
});

describe("GET /api/events", () => {
  test("pages through the events of a dyad, oldest first, in either direction", async () => {
    const all = await get("/api/events?dyad=MEX:USA&limit=500");
    assert.equal(all.status, 200);
    assert.ok(all.body.total >= 40, `MEX–USA has ${all.body.total} events`);
    assert.equal(all.body.events.length, all.body.total);
    const dates = all.body.events.map((e: Json) => e.date);
    assert.deepEqual(dates, [...dates].sort());
    // The same events as the store gives `dyad query --dyad MEX:USA` (an event's actors are all its mentions' actors).
    const stored = (await collect(store.events({ dyad: ["MEX", "USA"] }))).map((e) => e.id);
    assert.deepEqual(all.body.events.map((e: Json) => e.id), stored);
    for (const e of all.body.events) assert.ok(e.num_articles >= 1 && e.evidence.length > 0, e.id);
    const reverse = await get("/api/events?dyad=USA:MEX&limit=500");
    assert.equal(reverse.body.total, all.body.total);
    const p1 = await get("/api/events?dyad=MEX:USA&limit=10");
    const p2 = await get("/api/events?dyad=MEX:USA&limit=10&offset=10");
    assert.equal(p1.body.events.length, 10);
    assert.deepEqual([...p1.body.events, ...p2.body.events].map((e: Json) => e.id), all.body.events.slice(0, 20).map((e: Json) => e.id));
    assert.equal(p2.body.offset, 10);
  });

  test("filters as dyad query does: dates, type, quad, context, text, min_articles, actor", async () => {
    const feb = await get("/api/events?from=2026-02-01&to=2026-02-28&limit=500");
    assert.ok(feb.body.total > 0 && feb.body.events.every((e: Json) => e.date >= "2026-02-01" && e.date <= "2026-02-28"), "February only");
    const types = await get("/api/events?type=consult,agree&limit=500");
    assert.ok(types.body.total > 0 && types.body.events.every((e: Json) => ["CONSULT", "AGREE"].includes(e.type)));
    const quad = await get("/api/events?quad=3,4&limit=500");
    assert.ok(quad.body.total > 0 && quad.body.events.every((e: Json) => e.quad >= 3), "conflict only");
    const ctx = await get("/api/events?context=migration&limit=500");
    assert.ok(ctx.body.total > 0 && ctx.body.events.every((e: Json) => e.contexts.includes("migration")), "migration only");
    const many = await get("/api/events?min_articles=3&limit=500");
    assert.ok(many.body.total > 0 && many.body.events.every((e: Json) => e.num_articles >= 3), "3+ articles");
    const text = await get(`/api/events?text=${encodeURIComponent("Sheinbaum")}&limit=500`);
    assert.ok(text.body.total > 0, "found by text");
    const actor = await get(`/api/events?actor=${encodeURIComponent("Sheinbaum")}&limit=500`);
    const n = (await collect(store.events({ actor: "Sheinbaum" }))).length;
    assert.ok(n > 0, "Sheinbaum has events");
    assert.equal(actor.body.total, n);
  });

  test("bad parameters are 400s that name the parameter", async () => {
    await rejects("/api/events?from=2026-13-01", "from");
    await rejects("/api/events?to=2026-02-30", "to");
    await rejects("/api/events?from=yesterday", "from");
    await rejects("/api/events?from=2026-03-01&to=2026-02-01", "to");
    await rejects("/api/events?type=CONSULT,PARTY", "type");
    await rejects("/api/events?quad=5", "quad");
    await rejects("/api/events?context=gossip", "context");
    await rejects("/api/events?limit=100000", "limit");
    await rejects("/api/events?limit=0", "limit");
    await rejects("/api/events?limit=ten", "limit");
    await rejects("/api/events?offset=-1", "offset");
    await rejects("/api/events?min_articles=x", "min_articles");
    await rejects("/api/events?dyad=MEX", "dyad");
    await rejects(`/api/events?text=${encodeURIComponent('"unclosed')}`, "text");
    await rejects("/api/events?colour=red", "colour");
    // Numbers in digits only, and a message that says what is wrong (#13).
    for (const [q, message] of [["limit=1e2", "limit: must be a whole number written in digits (0-9)"], ["limit=0x10", "limit: must be a whole number written in digits (0-9)"],
      ["limit=1.0", "limit: must be a whole number written in digits (0-9)"], ["offset=99999999999", "offset: must be at most 10,000,000"],
      ["limit=501", "limit: must be at most 500"], ["min_articles=0", "min_articles: must be at least 1"]]) {
      const r = await get(`/api/events?${q}`);
      assert.deepEqual([r.status, r.body.error], [400, message], q);
    }
    assert.equal((await get("/api/events?limit=007")).body.limit, 7);
  });
});

describe("GET /api/events/:id", () => {
  test("gives every mention with its article, evidence, trigger and actors", async () => {
    const { body: page } = await get("/api/events?min_articles=3&limit=1");
    const id = page.events[0].id;
    const { status, body } = await get(`/api/events/${id}`);
    assert.equal(status, 200);
    assert.equal(body.id, id);
    assert.ok(body.mentions.length >= 3, "3+ mentions");
    assert.equal(body.mentions.filter((m: Json) => m.representative).length, 1);
    for (const m of body.mentions) {
      assert.equal(typeof m.article, "number");
      assert.ok(m.evidence.includes(m.trigger.text), `${m.evidence} / ${m.trigger.text}`);
      const article = await get(`/api/articles/${m.article}`);
      assert.equal(article.body.text.slice(m.trigger.start, m.trigger.end), m.trigger.text);
    }
  });

  test("404 for an unknown id, 400 for a malformed one", async () => {
    const missing = await get("/api/events/0123456789abcdef");
    assert.equal(missing.status, 404);
    assert.match(missing.body.error, /no event/);
    await rejects("/api/events/not-an-id", "id");
  });
});

describe("GET /api/dyads/:a/:b/timeline and /agenda", () => {
  test("counts per quad class and mean Goldstein per interval, both directions, empty intervals kept", async () => {
    const { body: events } = await get("/api/events?dyad=MEX:USA&limit=500");
    for (const interval of ["day", "week", "month"]) {
      const { status, body } = await get(`/api/dyads/MEX/USA/timeline?interval=${interval}`);
      assert.equal(status, 200);
      const sum = body.periods.reduce((n: number, p: Json) => n + p.events, 0);
      assert.equal(sum, events.total, `${interval}: the timeline counts the same events as the list`);
      for (const p of body.periods) {
        assert.equal(p.events, p.verbal_cooperation + p.material_cooperation + p.verbal_conflict + p.material_conflict);
        if (p.events === 0) assert.equal(p.goldstein, null);
        else assert.ok(p.goldstein === null || (p.goldstein >= -10 && p.goldstein <= 10), "Goldstein in range");
      }
      const starts = body.periods.map((p: Json) => p.period);
      assert.deepEqual(starts, [...new Set(starts)].sort());
    }
    const month = await get("/api/dyads/MEX/USA/timeline?interval=month");
    const reverse = await get("/api/dyads/usa/mex/timeline?interval=month");
    assert.deepEqual(reverse.body.periods, month.body.periods);
    assert.deepEqual(month.body.periods.map((p: Json) => p.period), ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01"]);
    const week = await get("/api/dyads/MEX/USA/timeline?interval=week&from=2026-01-01&to=2026-01-31");
    assert.deepEqual(week.body.periods.map((p: Json) => p.period), ["2025-12-29", "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"]);
    const jan = await get("/api/events?dyad=MEX:USA&from=2026-01-01&to=2026-01-31&limit=500");
    assert.equal(week.body.periods.reduce((n: number, p: Json) => n + p.events, 0), jan.body.total);
    // Goldstein: the mean of the interval's events.
    const m = month.body.periods[0];
    const janAll = events.events.filter((e: Json) => e.date.startsWith("2026-01") && e.goldstein !== null);
    assert.equal(m.goldstein, Math.round((janAll.reduce((s: number, e: Json) => s + e.goldstein, 0) / janAll.length) * 100) / 100);
  });

  test("the agenda splits the same events by context over the same intervals", async () => {
    const { body } = await get("/api/dyads/MEX/USA/agenda?interval=month");
    const timeline = await get("/api/dyads/MEX/USA/timeline?interval=month");
    assert.deepEqual(body.periods.map((p: Json) => p.period), timeline.body.periods.map((p: Json) => p.period));
    assert.ok(body.contexts.length >= 3, "3+ contexts");
    const counts = body.contexts.map((c: Json) => c.events);
    assert.deepEqual(counts, [...counts].sort((x: number, y: number) => y - x));
    for (const c of body.contexts) {
      const n = body.periods.reduce((s: number, p: Json) => s + (p.contexts[c.context] ?? 0), 0);
      assert.equal(n, c.events, c.context);
      if (c.context !== "none") {
        const listed = await get(`/api/events?dyad=MEX:USA&context=${c.context}&limit=500`);
        assert.equal(listed.body.total, c.events, c.context);
      }
    }
  });

  test("bad intervals, dates and ranges are 400s", async () => {
    await rejects("/api/dyads/MEX/USA/timeline?interval=year", "interval");
    await rejects("/api/dyads/MEX/USA/agenda?interval=hour", "interval");
    await rejects("/api/dyads/MEX/USA/timeline?from=2026-1-1", "from");
    await rejects("/api/dyads/MEX/USA/timeline?interval=day&from=1900-01-01&to=2026-01-01", "interval");
    await rejects(`/api/dyads/MEX/${"X".repeat(101)}/timeline`, "b");
    const none = await get("/api/dyads/MEX/ZZZ/timeline");
    assert.equal(none.status, 200);
    assert.deepEqual(none.body.periods, []);
  });
});

describe("GET /api/dyads/:a/:b/places", () => {
  /** The events /api/events lists for a place key: every one placed there, at that precision. */
  const placedAt = (e: Json, p: Json): boolean => e.place !== null && e.place.precision === p.precision && e.place.country === p.country &&
    (p.precision === "city" ? e.place.geonameid === p.geonameid : p.precision === "country" || e.place.admin1_code === p.admin1_code);

  test("the example corpus: MEX–USA events by place, cities with coordinates, the rest without; counts add up to the list", async () => {
    const { body: list } = await get("/api/events?dyad=MEX:USA&limit=500");
    const { status, body } = await get("/api/dyads/MEX/USA/places");
    assert.equal(status, 200);
    assert.equal(body.total, list.total, "the same events as the list");
    assert.equal(body.unplaced, list.events.filter((e: Json) => !e.place).length, "unplaced: the events with no place");
    assert.equal(body.places.reduce((n: number, p: Json) => n + p.events, 0) + body.unplaced, body.total);
    const cities = body.places.filter((p: Json) => p.precision === "city");
    for (const country of ["MEX", "USA"]) assert.ok(cities.some((p: Json) => p.country === country), `a city in ${country}: ${JSON.stringify(cities.map((p: Json) => p.name))}`);
    const counts = body.places.map((p: Json) => p.events);
    assert.deepEqual(counts, [...counts].sort((x: number, y: number) => y - x), "most events first");
    assert.equal(new Set(body.places.map((p: Json) => p.key)).size, body.places.length, "one entry per place");
    for (const p of body.places) {
      assert.equal(p.quads.reduce((n: number, q: number) => n + q, 0), p.events, p.key);
      assert.equal(p.quads[p.quad - 1], Math.max(...p.quads), `${p.key}: the dominant quad class`);
      if (p.precision === "city") {
        assert.equal(p.key, `city:${p.geonameid}`);
        assert.ok(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180, `${p.key}: coordinates`);
      } else {
        assert.deepEqual([p.lat, p.lon, p.geonameid], [null, null, null], `${p.key}: a ${p.precision} has no point`);
      }
      assert.match(p.country_numeric ?? "", /^\d{3}$/, p.key);
      // Clicking the place lists exactly its events.
      const at = await get(`/api/events?dyad=MEX:USA&place=${encodeURIComponent(p.key)}&limit=500`);
      assert.equal(at.status, 200, JSON.stringify(at.body));
      assert.equal(at.body.total, p.events, `${p.key}: listed events`);
      assert.ok(at.body.events.every((e: Json) => placedAt(e, p)), `${p.key}: every listed event is placed there`);
      assert.deepEqual(at.body.events.map((e: Json) => e.quad).reduce((q: number[], x: number) => { q[x - 1]!++; return q; }, [0, 0, 0, 0]), p.quads, `${p.key}: quad classes`);
    }
    const reverse = await get("/api/dyads/usa/mex/places");
    assert.deepEqual(reverse.body.places, body.places, "either direction");
  });

  test("from and to select the same events as the list", async () => {
    const feb = await get("/api/dyads/MEX/USA/places?from=2026-02-01&to=2026-02-28");
    const list = await get("/api/events?dyad=MEX:USA&from=2026-02-01&to=2026-02-28&limit=500");
    assert.equal(feb.status, 200);
    assert.deepEqual([feb.body.from, feb.body.to], ["2026-02-01", "2026-02-28"]);
    assert.ok(list.body.total > 0 && list.body.total < (await get("/api/events?dyad=MEX:USA&limit=1")).body.total, "February is part of the corpus");
    assert.equal(feb.body.total, list.body.total);
    assert.equal(feb.body.places.reduce((n: number, p: Json) => n + p.events, 0) + feb.body.unplaced, list.body.total);
    const none = await get("/api/dyads/MEX/ZZZ/places");
    assert.deepEqual([none.status, none.body.total, none.body.places], [200, 0, []]);
  });

  test("places group by id and precision; a tie goes to the more conflictual quad class", () => {
    const place = (over: Partial<Place>): Place => ({ text: "x", start: 0, end: 1, name: "Guadalajara", country: "MEX", admin1: "Jalisco", admin1_code: "MX.14", admin2: "Guadalajara", lat: 20.67, lon: -103.39, geonameid: 4005539, precision: "city", ...over });
    const gdl = place({});
    const jalisco = place({ name: "Jalisco", admin2: null, lat: null, lon: null, geonameid: null, precision: "admin1" });
    const mexico = place({ name: "Mexico", admin1: null, admin1_code: null, admin2: null, lat: null, lon: null, geonameid: null, precision: "country" });
    const { places, unplaced } = groupPlaces([
      { quad: 1, place: gdl }, { quad: 4, place: gdl }, { quad: 4, place: { ...gdl, text: "GDL" } }, { quad: 1, place: jalisco }, { quad: 2, place: jalisco },
      { quad: 3, place: mexico }, { quad: 2, place: null }, { quad: 1, place: null },
    ]);
    assert.equal(unplaced, 2);
    assert.deepEqual(places.map((p) => [p.key, p.precision, p.events, p.quads, p.quad]), [
      ["city:4005539", "city", 3, [1, 0, 0, 2], 4],
      ["admin1:MX.14", "admin1", 2, [1, 1, 0, 0], 2],
      ["country:MEX", "country", 1, [0, 0, 1, 0], 3],
    ]);
    assert.deepEqual([places[0]!.lat, places[0]!.lon, places[0]!.country_numeric], [20.67, -103.39, "484"]);
    assert.deepEqual([places[1]!.name, places[1]!.lat, places[1]!.geonameid], ["Jalisco", null, null]);
  });

  test("bad parameters are 400s that name the parameter", async () => {
    await rejects("/api/dyads/MEX/USA/places?interval=week", "interval");
    await rejects("/api/dyads/MEX/USA/places?from=2026-02-30", "from");
    await rejects("/api/dyads/MEX/USA/places?from=2026-03-01&to=2026-02-01", "to");
    await rejects(`/api/dyads/${"X".repeat(101)}/USA/places`, "a");
    await rejects("/api/events?place=Guadalajara", "place");
    await rejects("/api/events?place=city:abc", "place");
    await rejects("/api/events?place=admin1:Jalisco", "place");
  });
});

describe("timelines and agendas from the series tables", () => {
  /** Every timeline and agenda the summed tables answer, compared with the events read one by one. */
  function sameAsEvents(file: string, label: string): number {
    const fast = openQueries(file, { cacheSize: 0 });
    const slow = openQueries(file, { cacheSize: 0, summed: false });
    let compared = 0;
    try {
      const pairs: [string, string][] = [["MEX", "USA"], ["usa", "mex"], ["MEX", "MEX"], ["COL", "VEN"], ["UN", "MEX"], ["USA", "CHN"], ["Sheinbaum", "USA"], ["MEX", "ZZZ"],
        ["México", "Estados Unidos"], ["BRA", "USA"], ["Ebrard", "USA"], ["un", "usa"]];
      for (const d of fast.dyads(12)) pairs.push([d.a, d.b]);
      const ranges: { from?: string; to?: string }[] = [{}, { from: "2026-01-01", to: "2026-01-31" }, { from: "2026-01-07", to: "2026-03-18" },
        { from: "2026-02-03" }, { to: "2026-02-25" }, { from: "2026-02-10", to: "2026-02-12" }, { from: "2026-03-02", to: "2026-03-08" }];
      for (const [a, b] of pairs) {
        for (const interval of ["day", "week", "month"] as const) {
          for (const r of [...ranges, { direction: "ab" as const }, { direction: "ba" as const, from: "2026-02-03" }]) {
            const opt = { interval, ...r };
            const what = `${label}: ${a}–${b} ${JSON.stringify(opt)}`;
            assert.equal(JSON.stringify(fast.timeline(a, b, opt)), JSON.stringify(slow.timeline(a, b, opt)), `${what} timeline`);
            assert.equal(JSON.stringify(fast.agenda(a, b, opt)), JSON.stringify(slow.agenda(a, b, opt)), `${what} agenda`);
            compared++;
          }
        }
      }
    } finally {
      fast.close();
      slow.close();
    }
    return compared;
  }

  test("the example database: the same JSON as from the events", () => {
    assert.ok(sameAsEvents(db.file, "example") > 100);
  });

  test("after ingesting in reverse order, again, and after merges move dates and actors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-series-"));
    try {
      const file = join(dir, "dyad.sqlite");
      const code = await knowledgeCoder();
      const months = readdirSync(`${ROOT}examples/corpus`).filter((f) => f.endsWith(".jsonl")).sort().reverse();
      // Month by month from the last: later reports merge into events the earlier ingests stored.
      for (const [i, m] of months.entries()) {
        const w = openSqliteStore(file);
        await ingest([`${ROOT}examples/corpus/${m}`], { store: w, code });
        await w.close();
        sameAsEvents(file, `after ${i + 1} months`);
      }
      const w = openSqliteStore(file);
      const again = await ingest([`${ROOT}examples/corpus`], { store: w, code });
      await w.close();
      assert.equal(again.added, 0, "a re-ingest adds nothing");
      sameAsEvents(file, "after a re-ingest");
      // Writes the store never makes, straight in SQL: the triggers follow them too.
      const raw = new Database(file);
      raw.exec(`UPDATE events SET date = date(date, '+9 days') WHERE id % 7 = 0;
        UPDATE events SET contexts = '[]', goldstein = NULL WHERE id % 11 = 0;
        UPDATE events SET quad = 4 WHERE id % 13 = 0;
        DELETE FROM event_actors WHERE event_id % 5 = 0 AND role = 'target';
        UPDATE actors SET country = 'USA' WHERE id IN (SELECT id FROM actors WHERE country = 'MEX' LIMIT 3);
        DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE id % 17 = 0);
        DELETE FROM events WHERE id % 17 = 0 AND id NOT IN (SELECT event_id FROM mentions);`);
      raw.close();
      sameAsEvents(file, "after raw updates");
      // A database of schema 2: the migration fills the tables from the events, with what the triggers kept.
      const old = new Database(file);
      const sums = (): unknown[] => old.prepare(`SELECT s.sources, s.targets, q.interval, q.period, 'quad ' || q.quad, q.n, q.g10, q.gn FROM series_quads q
        JOIN series_sides s ON s.id = q.sides UNION ALL SELECT s.sources, s.targets, c.interval, c.period, c.context, c.n, NULL, NULL FROM series_contexts c
        JOIN series_sides s ON s.id = c.sides ORDER BY 1, 2, 3, 4, 5`).raw().all();
      const kept = sums();
      assert.ok(kept.length > 100);
      old.exec(`DROP TABLE series_sides; DROP TABLE event_series; DROP TABLE series_quads; DROP TABLE series_contexts;
        DROP TRIGGER events_series_insert; DROP TRIGGER events_series_update; DROP TRIGGER events_series_delete;
        DROP TRIGGER event_actors_series_insert; DROP TRIGGER event_actors_series_delete; DROP TRIGGER actors_series_update;
        DROP INDEX events_place_country; DROP INDEX events_place_admin1; ALTER TABLE events DROP COLUMN place_country;
        ALTER TABLE events DROP COLUMN place_admin1; ALTER TABLE mentions DROP COLUMN place;
        DROP TABLE feed_items; DROP TABLE feeds; DROP TABLE alerts; DROP TABLE alert_state;
        DROP INDEX articles_date_flag; ALTER TABLE articles DROP COLUMN date_flag; ALTER TABLE articles DROP COLUMN held_mentions;
        ALTER TABLE mentions DROP COLUMN period;
        PRAGMA user_version = 2;`);
      const before = openQueries(file, { cacheSize: 0 });
      const unsummed = JSON.stringify(before.timeline("MEX", "USA", { interval: "week" }));
      before.close();
      migrate(old);
      assert.deepEqual(sums(), kept, "the sums the triggers kept are those of the events");
      old.close();
      const after_ = openQueries(file, { cacheSize: 0 });
      assert.equal(JSON.stringify(after_.timeline("MEX", "USA", { interval: "week" })), unsummed);
      after_.close();
      sameAsEvents(file, "after the migration");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("who a side is: a code, a country's name, or an actor's whole words (#13)", () => {
  const actorsOf = (e: Json): string[] => [...e.source, ...e.target].map((a: Json) => `${a.name ?? ""}|${a.country ?? ""}|${a.org ?? ""}`);

  test("BRA never matches inside a name: no Marcelo Ebrard in BRA–USA, in the API or the store", async () => {
    const bra = await get("/api/events?dyad=BRA:USA&limit=500");
    assert.ok(bra.body.total >= 1, "the corpus has BRA–USA events");
    for (const e of bra.body.events) {
      assert.ok(!actorsOf(e).some((a) => /ebrard/i.test(a)), `${e.id}: ${actorsOf(e).join(", ")}`);
      assert.ok(actorsOf(e).some((a) => a.endsWith("|BRA|")) || actorsOf(e).some((a) => a.includes("|BRA|")), `${e.id} has a Brazilian actor`);
    }
    assert.deepEqual(bra.body.resolved.a, { query: "BRA", as: "BRA", kind: "country", names: [] });
    const stored = await collect(store.events({ dyad: ["BRA", "USA"] }));
    assert.deepEqual(stored.map((e) => e.id), bra.body.events.map((e: Json) => e.id));
    // Ebrard's own events are found by his name.
    const ebrard = await get("/api/events?dyad=Ebrard:USA&limit=500");
    assert.ok(ebrard.body.total >= 1);
    assert.equal(ebrard.body.resolved.a.as, "Marcelo Ebrard");
    assert.equal(ebrard.body.resolved.a.kind, "actor");
  });

  test("UN is the organisation: not the Unidad de Inteligencia Financiera, not the US Coast Guard", async () => {
    const un = await get("/api/events?actor=UN&limit=500");
    assert.equal(un.body.resolved.actor.kind, "org");
    for (const e of un.body.events) assert.ok(actorsOf(e).some((a) => a.endsWith("|UN")), `${e.id}: ${actorsOf(e).join(", ")}`);
    const timeline = await get("/api/dyads/UN/USA/timeline?interval=month");
    assert.equal(timeline.body.extent.events, (await get("/api/events?dyad=UN:USA&limit=1")).body.total);
  });

  test("a country's name in either language is its code, and the answer says so", async () => {
    const code = await get("/api/events?dyad=MEX:USA&limit=1");
    for (const [a, b] of [["Mexico", "USA"], ["México", "Estados Unidos"], ["mexico", "United States"]]) {
      const named = await get(`/api/events?dyad=${encodeURIComponent(`${a}:${b}`)}&limit=1`);
      assert.equal(named.body.total, code.body.total, `${a}:${b}`);
      assert.deepEqual(named.body.resolved.a, { query: a, as: "MEX", kind: "country", names: [] });
      assert.equal(named.body.resolved.b.as, "USA");
    }
    const t = await get(`/api/dyads/${encodeURIComponent("México")}/USA/timeline?interval=month`);
    assert.deepEqual(t.body.resolved.a, { query: "México", as: "MEX", kind: "country", names: [] });
    assert.deepEqual(t.body.periods, (await get("/api/dyads/MEX/USA/timeline?interval=month")).body.periods);
    assert.equal(t.body.extent.events, code.body.total);
    const places = await get(`/api/dyads/${encodeURIComponent("México")}/USA/places`);
    assert.equal(places.body.resolved.a.as, "MEX");
  });

  test("a name is matched by whole words; one that matches nothing says so", async () => {
    const part = await get("/api/events?dyad=Sheinb:USA&limit=1");
    assert.equal(part.body.total, 0, "a part of a word finds nobody");
    assert.deepEqual(part.body.resolved.a, { query: "Sheinb", as: null, kind: "none", names: [] });
    const whole = await get(`/api/events?dyad=${encodeURIComponent("claudia SHEINBAUM")}:USA&limit=1`);
    assert.ok(whole.body.total > 0);
    assert.deepEqual(whole.body.resolved.a.names, ["Claudia Sheinbaum"]);
    const suggestions = await get("/api/actors?q=bra");
    assert.ok(!suggestions.body.actors.some((a: Json) => /ebrard/i.test(a.label)), "suggestions for bra name no Ebrard");
    assert.ok((await get("/api/actors?q=ebr")).body.actors.some((a: Json) => a.value === "Marcelo Ebrard"), "a word's start suggests him");
  });
});

describe("direction: a on b, b on a, or both (#13)", () => {
  test("the two directions add up to both, in the list, the timeline, the places and the store", async () => {
    const count = async (d: string) => (await get(`/api/events?dyad=MEX:USA&direction=${d}&limit=500`)).body;
    const [both, ab, ba] = [await count("both"), await count("ab"), await count("ba")];
    assert.ok(ab.total > 0 && ba.total > 0);
    const ids = new Set([...ab.events, ...ba.events].map((e: Json) => e.id));
    assert.equal(ids.size, both.total, "every event of the pair is one way or the other");
    for (const e of ab.events) assert.ok(e.source.some((x: Json) => x.country === "MEX"), `${e.id}: Mexico acts`);
    const sum = async (d: string) => ((await get(`/api/dyads/MEX/USA/timeline?interval=month&direction=${d}`)).body.periods as Json[]).reduce((n, p) => n + p.events, 0);
    assert.equal(await sum("ab"), ab.total);
    assert.equal(await sum("ba"), ba.total);
    assert.equal((await get("/api/dyads/MEX/USA/timeline?direction=ab")).body.extent.events, ab.total);
    assert.equal((await get("/api/dyads/MEX/USA/places?direction=ba")).body.total, ba.total);
    assert.deepEqual((await collect(store.events({ dyad: ["MEX", "USA"], direction: "ab" }))).map((e) => e.id), ab.events.map((e: Json) => e.id));
    await rejects("/api/events?dyad=MEX:USA&direction=up", "direction");
  });
});

describe("GET /api/export", () => {
  test("every event the filters select, as dyad export writes them, with its query", async () => {
    const r = await app.request(`/api/export?dyad=${encodeURIComponent("México:USA")}&type=CONSULT`);
    assert.equal(r.status, 200);
    assert.match(r.headers.get("content-type") ?? "", /^text\/csv/);
    assert.equal(r.headers.get("content-disposition"), 'attachment; filename="dyad-events_dyad-Mexico-USA_type-CONSULT.csv"');
    assert.equal(r.headers.get("x-dyad-query"), "dyad=M%C3%A9xico%3AUSA&type=CONSULT");
    const ids = (await r.text()).trim().split("\n").slice(1).map((l) => l.split(",")[0]);
    const listed = await get("/api/events?dyad=MEX:USA&type=CONSULT&limit=500");
    assert.deepEqual(ids, listed.body.events.map((e: Json) => e.id));
    const json = await get("/api/export?actor=Sheinbaum&format=json");
    assert.deepEqual(json.body.query, { actor: "Sheinbaum" });
    assert.equal(json.body.count, (await get("/api/events?actor=Sheinbaum&limit=1")).body.total);
    await rejects("/api/export?format=xml", "format");
    await rejects("/api/export?limit=5", "limit");
  });
});

describe("GET /api/actors and /api/dyads", () => {
  test("finds countries by code or name in either language, and named actors", async () => {
    const byCode = await get("/api/actors?q=mex");
    assert.equal(byCode.body.actors[0].value, "MEX");
    const byName = await get(`/api/actors?q=${encodeURIComponent("Estados Unidos")}`);
    assert.equal(byName.body.actors[0].value, "USA");
    const person = await get("/api/actors?q=sheinbaum");
    assert.ok(person.body.actors.some((a: Json) => a.value === "Claudia Sheinbaum" && a.events > 0), "Sheinbaum found");
    const top = await get("/api/actors?limit=5");
    assert.equal(top.body.actors.length, 5);
    await rejects("/api/actors?limit=1000", "limit");
    await rejects(`/api/actors?q=${"a".repeat(101)}`, "q");
    const pairs = await get("/api/dyads?limit=3");
    assert.deepEqual(pairs.body.dyads[0].a + pairs.body.dyads[0].b, "MEXUSA");
    await rejects("/api/dyads?limit=x", "limit");
  });
});

describe("GET /api/articles/:id", () => {
  test("the text with the spans of triggers and actors, by number or document id", async () => {
    const byDoc = await get("/api/articles/am-20260108-1");
    assert.equal(byDoc.status, 200);
    const byId = await get(`/api/articles/${byDoc.body.id}`);
    assert.deepEqual(byId.body, byDoc.body);
    const { text, spans, events } = byDoc.body;
    assert.ok(events.length > 0 && spans.some((s: Json) => s.kind === "trigger") && spans.some((s: Json) => s.kind === "source"), "trigger and source spans");
    for (const s of spans) assert.ok(s.start >= 0 && s.end <= text.length && s.start < s.end, "span inside the text");
    for (const e of events) assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
  });

  test("payloads in an article come back as plain text in JSON", async () => {
    const { body } = await get("/api/articles/at-20260128-1");
    assert.ok(body.text.includes("<script>alert(1)</script>"), "payload kept as text");
  });

  test("404 for an unknown article", async () => {
    const { status, body } = await get("/api/articles/no-such-article");
    assert.equal(status, 404);
    assert.match(body.error, /no article/);
    assert.equal((await get("/api/articles/999999")).status, 404);
  });
});

describe("POST /api/code", () => {
  test("codes a posted text as dyad code does, and stores nothing", async () => {
    const text = readFileSync(`${ROOT}examples/articulo.txt`, "utf8");
    const before = await store.stats();
    const { status, body } = await post(app, "/api/code", { text, date: "2026-03-12" });
    assert.equal(status, 200);
    assert.equal(body.language, "es");
    const direct = await codeDocument({ id: "posted", text, date: "2026-03-12", language: "es" }, await loadKnowledge());
    assert.deepEqual(body.events, direct);
    assert.ok(body.events.length >= 6, `${body.events.length} events`);
    assert.deepEqual(await store.stats(), before);
  });

  test("size, JSON, fields and rate are checked", async () => {
    const big = await post(app, "/api/code", { text: "x".repeat(210 * 1024) });
    assert.equal(big.status, 413);
    assert.match(big.body.error, /^body: larger than 200 KB/);
    const broken = await post(app, "/api/code", "{\"text\": ");
    assert.equal(broken.status, 400);
    assert.match(broken.body.error, /^body: not valid JSON/);
    for (const [body, param] of [[{}, "text"], [{ text: "" }, "text"], [{ text: "hola", date: "2026-02-30" }, "date"], [{ text: "hola", language: "fr" }, "language"], [{ text: "hola", extra: 1 }, "extra"], [[1, 2], "body"]] as const) {
      const r = await post(app, "/api/code", body);
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.match(r.body.error, new RegExp(`^${param}\\b`), r.body.error);
    }
    const plain = await app.request("/api/code", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "hola" });
    assert.equal(plain.status, 415);

    const limited = createApp(store, { queries, codeRate: { burst: 2, refillMs: 60_000 }, clientOf: (c) => c.req.header("x-test-client") ?? "?" });
    const ok = { text: "La Marina detuvo a dos personas.", date: "2026-02-01" };
    assert.equal((await post(limited, "/api/code", ok, { "x-test-client": "a" })).status, 200);
    assert.equal((await post(limited, "/api/code", ok, { "x-test-client": "a" })).status, 200);
    const third = await post(limited, "/api/code", ok, { "x-test-client": "a" });
    assert.equal(third.status, 429);
    assert.ok(Number(third.headers.get("retry-after")) > 0, "Retry-After");
    assert.equal((await post(limited, "/api/code", ok, { "x-test-client": "b" })).status, 200, "another client has its own allowance");
  });
});

describe("writing", () => {
  const article = { id: "api-1", text: "La Secretaría de Marina detuvo este martes a cinco presuntos integrantes del Cártel del Golfo en Reynosa, Tamaulipas.", date: "2026-02-10", language: "es" };

  test("off without a token", async () => {
    const r = await post(app, "/api/articles", article);
    assert.equal(r.status, 403);
    assert.match(r.body.error, /writing is off/);
  });

  test("with a token, only a request that carries it writes", async () => {
    const { file, dispose } = await exampleDbCopy();
    const rw = openSqliteStore(file);
    const q = openQueries(file);
    try {
      const token = "a-test-token-of-some-length";
      const w = createApp(rw, { queries: q, token });
      assert.equal((await post(w, "/api/articles", article)).status, 401);
      assert.equal((await post(w, "/api/articles", article, { Authorization: "Bearer wrong-token-of-some-length" })).status, 401);
      const before = await rw.stats();
      const timeline = async () => ((await (await w.request("/api/dyads/MEX/golfo/timeline?interval=month")).json()) as Json).periods.reduce((n: number, p: Json) => n + p.events, 0);
      const eventsBefore = await timeline();
      const added = await post(w, "/api/articles", article, { Authorization: `Bearer ${token}` });
      assert.equal(added.status, 201, JSON.stringify(added.body));
      assert.equal((await rw.stats()).articles, before.articles + 1);
      assert.equal(await timeline(), eventsBefore + 1, "a cached timeline is not served after a write");
      assert.equal((await post(w, "/api/articles", article, { Authorization: `Bearer ${token}` })).body.kind, "duplicate");
      // A scraper's 1970-01-01: stored, its event held out of the series, and /api/stats says so.
      const misdated = { ...article, id: "api-1970", date: "1970-01-01", text: article.text.replace("cinco", "seis") };
      const held = await post(w, "/api/articles", misdated, { Authorization: `Bearer ${token}` });
      assert.equal(held.status, 201);
      assert.match(held.body.held, /before 1979-01-01/);
      assert.equal(await timeline(), eventsBefore + 1, "the held article adds no event");
      const stats = ((await (await w.request("/api/stats")).json()) as Json);
      assert.deepEqual(stats.held, { count: 1, articles: [{ id: held.body.article, doc: "api-1970", title: null, date: "1970-01-01" }], unchecked: 0 });
      assert.equal(stats.first, (await get("/api/stats")).body.first, "the first event date is not 1970");
      // Confirmed with the right date, through the API: coded again, its event joins the rest.
      const confirm = (body: unknown, auth = `Bearer ${token}`) => post(w, `/api/articles/api-1970/confirm-date`, body, { Authorization: auth });
      assert.equal((await confirm({ date: "2026-02-10" }, "Bearer nope-nope-nope-nope-nope")).status, 401);
      assert.match((await confirm({ date: "2026-02-31" })).body.error, /^date: is not a calendar date/);
      const ok = await confirm({ date: "2026-02-10" });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(ok.body.kind, "confirmed");
      assert.equal(ok.body.created + ok.body.merged, 1, "its one event, merged into the same arrest told by api-1");
      assert.equal(await timeline(), eventsBefore + 1 + ok.body.created);
      assert.equal((await confirm({})).status, 409);
      assert.equal((await post(w, "/api/articles/no-such-article/confirm-date", {}, { Authorization: `Bearer ${token}` })).status, 404);
    } finally {
      q.close();
      await rw.close();
      dispose();
    }
  });
});

describe("the rest", () => {
  test("OpenAPI description lists every endpoint with its parameters", async () => {
    const { status, body } = await get("/api/openapi.json");
    assert.equal(status, 200);
    assert.equal(body.openapi, "3.1.0");
    for (const p of ["/api/events", "/api/events/{id}", "/api/dyads/{a}/{b}/timeline", "/api/dyads/{a}/{b}/agenda", "/api/dyads/{a}/{b}/places", "/api/actors", "/api/articles/{id}", "/api/code", "/api/articles/{id}/confirm-date"]) assert.ok(body.paths[p], p);
    const params = body.paths["/api/events"].get.parameters.map((x: Json) => x.name);
    for (const n of ["dyad", "actor", "from", "to", "type", "quad", "context", "text", "min_articles", "country_of_place", "admin1", "place", "limit", "offset"]) assert.ok(params.includes(n), n);
    assert.deepEqual(body.paths["/api/dyads/{a}/{b}/places"].get.parameters.map((x: Json) => x.name), ["a", "b", "from", "to", "direction"]);
  });

  test("unknown endpoints are JSON 404s; internal errors say no more than that", async () => {
    const r = await get("/api/nothing");
    assert.equal(r.status, 404);
    const broken = createApp({ ...store, kind: "store", stats: async () => { throw new Error("disk on fire at /secret/path"); } } as Store, { queries });
    const saved = process.stderr.write;
    process.stderr.write = () => true;
    try {
      const res = await broken.request("/api/stats");
      assert.equal(res.status, 500);
      assert.deepEqual(await res.json(), { error: "internal error" });
    } finally {
      process.stderr.write = saved;
    }
  });

  test("the dashboard and the chart library are served with a strict content security policy", async () => {
    const page = await app.request("/");
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /text\/html/);
    assert.match(page.headers.get("content-security-policy") ?? "", /script-src 'self'/);
    assert.match(await page.text(), /uPlot\.iife\.min\.js/);
    for (const f of ["/app.js", "/style.css", "/map.js", "/places.js", "/vendor/uPlot.iife.min.js", "/vendor/uPlot.min.css"]) assert.equal((await app.request(f)).status, 200, f);
    // The map's libraries and borders come from node_modules, with no network: each script the page names is served.
    const html = await (await app.request("/")).text();
    for (const src of ["/vendor/d3-array.min.js", "/vendor/d3-geo.min.js", "/vendor/topojson-client.min.js"]) {
      assert.ok(html.includes(`src="${src}"`), src);
      const r = await app.request(src);
      assert.equal(r.status, 200, src);
      assert.match(r.headers.get("content-type") ?? "", /javascript/, src);
    }
    const atlas = await app.request("/vendor/countries-50m.json");
    assert.match(atlas.headers.get("content-type") ?? "", /application\/json/);
    const topo = (await atlas.json()) as Json;
    assert.equal(topo.type, "Topology");
    assert.ok(topo.objects.countries.geometries.some((g: Json) => g.id === "484" && g.properties.name === "Mexico"), "Mexico by its ISO numeric code");
    assert.equal((await app.request("/../package.json")).status, 404);
  });
});

describe("dyad serve", () => {
  test("usage errors", () => {
    const missing = dyad(["serve", "--db", "/nonexistent/x.sqlite"]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no database at/);
    const port = dyad(["serve", "--db", db.file, "--port", "http"]);
    assert.equal(port.code, 2);
    assert.match(port.stderr, /--port must be/);
  });

  test("listens on 127.0.0.1 and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [`${ROOT}bin/dyad.js`, "serve", "--db", db.file, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d;
          const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once("exit", (code) => reject(new Error(`exited ${code}`)));
      });
      const stats = (await (await fetch(`${url}api/stats`)).json()) as Json;
      assert.ok(stats.events > 0, "events served");
    } finally {
      child.kill("SIGTERM");
    }
    const code = await new Promise((resolve) => child.once("exit", (c) => resolve(c)));
    assert.equal(code, 0);
  });
});

async function collect<T>(xs: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of xs) out.push(x);
  return out;
}

async function exampleDbCopy(): Promise<{ file: string; dispose: () => void }> {
  return exampleDb();
}
