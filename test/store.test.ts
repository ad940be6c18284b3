import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { absorb, compatible, factsOf, identityOf, isoWeek, mergeBuckets, sameActor, type Identity } from "../src/merge/corpus.js";
import { textHash } from "../src/ingest/hash.js";
import { MIGRATIONS, SCHEMA_VERSION } from "../src/store/schema.js";
import { openQueries } from "../src/api/queries.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { openPostgresStore } from "../src/store/postgres/store.js";
import type { CorpusEvent, EventFilter, Store } from "../src/store/store.js";
import { FIXTURES, fakeCoder } from "./fixtures/corpus/fake-coder.js";
import type { Document } from "../src/model/document.js";
import { noPostgres, startPostgres, type TestServer } from "./postgres.js";

const tmp = (): string => join(mkdtempSync(join(tmpdir(), "dyad-store-")), "t.sqlite");
const docs = (): Document[] => readFileSync(`${FIXTURES}articles.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Document);

async function fill(store: Store, order: readonly Document[] = docs()): Promise<string[]> {
  const results: string[] = [];
  for (const d of order) {
    const mentions = await fakeCoder({ ...d, language: d.language ?? "es" });
    const r = await store.addArticle({ doc: d.id, url: d.url, source: d.source, date: d.date, language: d.language ?? "es", text: d.text, textHash: textHash(d.text), origin: "fixture" }, mentions);
    results.push(r.kind);
  }
  return results;
}

async function all(store: Store, filter: EventFilter = {}): Promise<CorpusEvent[]> {
  const out: CorpusEvent[] = [];
  for await (const e of store.events(filter)) out.push(e);
  return out;
}

const docsOf = (e: CorpusEvent): string[] => e.mentions.map((m) => m.article).sort();

// One contract, every implementation (STYLE 8): a new store runs the same suite against a real database. PostgreSQL
// is a real server in a temporary directory (test/postgres.ts), a new database for each test.
interface Implementation {
  readonly name: string;
  /** Why this implementation cannot be tested here, or false. */
  readonly skip: string | false;
  start(): Promise<void>;
  open(): Promise<Store>;
  stop(): void;
}
let server: TestServer | undefined;
const IMPLEMENTATIONS: Implementation[] = [
  { name: "sqlite", skip: false, start: async () => undefined, open: async () => openSqliteStore(tmp()), stop: () => undefined },
  {
    name: "postgresql", skip: noPostgres,
    start: async () => void (server = await startPostgres()),
    open: async () => openPostgresStore(await server!.database()),
    stop: () => server?.stop(),
  },
];

for (const { name, skip, start, open, stop } of IMPLEMENTATIONS) {
  describe(`Store contract: ${name}`, { skip }, () => {
    before(start);
    after(stop);
    test("three reports of one event become one event with num_articles 3; look-alikes stay apart", async () => {
      const store = await open();
      await fill(store);
      const events = await all(store);
      const call = events.find((e) => e.type === "CONSULT" && e.date === "2026-05-04")!;
      assert.deepEqual(docsOf(call), ["c3-0505-call", "g2-0505-call", "n1-0504-call"]);
      assert.equal(call.num_articles, 3);
      assert.equal(call.num_sources, 3);
      assert.equal(call.first_seen, "2026-05-04");
      assert.equal(call.last_seen, "2026-05-05");
      assert.deepEqual(call.contexts, ["border", "economic"]);
      const second = events.find((e) => e.type === "CONSULT" && e.date === "2026-05-11")!;
      assert.deepEqual(docsOf(second), ["n1-0511-call"], "a second call a week later is another event");
      const arrest = events.find((e) => e.mentions.some((m) => m.article === "n1-0506-arrest"))!;
      assert.deepEqual(docsOf(arrest), ["g2-0507-arrest", "n1-0506-arrest", "p4-0507-arrest"]);
      assert.equal(arrest.date, "2026-05-06", "the date most reports give");
      assert.deepEqual(docsOf(events.find((e) => e.mentions.some((m) => m.article === "p4-0507-arrest-b"))!), ["p4-0507-arrest-b"], "another state");
      assert.deepEqual(docsOf(events.find((e) => e.mentions.some((m) => m.article === "c3-0506-guard"))!), ["c3-0506-guard"], "another force");
      assert.equal(events.length, 5);
      await store.close();
    });

    test("any order of arrival gives the same events: a report that sorts before stored ones regroups them", async () => {
      // Everything a reader sees of an event: key, type, date, sides, counts, places, and its reports in their order.
      const who = (xs: CorpusEvent["source"]) => xs.map((a) => `${a.name}/${a.country}/${a.sector}/${a.org}`).join("+");
      const seen = async (order: readonly Document[]): Promise<string[]> => {
        const store = await open();
        await fill(store, order);
        const out = (await all(store)).map((e) => `${e.id} ${e.type} ${e.date} ${who(e.source)} > ${who(e.target)} ×${e.num_articles}/${e.num_mentions}/${e.num_sources} ${e.first_seen}..${e.last_seen} [${e.places.join(",")}] ${e.mentions.map((m) => m.article).join(",")}`).sort();
        await store.close();
        return out;
      };
      // The fixture's last article repeats an earlier one's text under another URL: whichever comes first is the one
      // stored, so it stays last in every order.
      const reading = docs().slice(0, -1);
      const copy = docs().at(-1)!;
      const expected = await seen([...reading, copy]);
      assert.equal(expected.length, 5);
      let seed = 3;
      const shuffled = () => [...reading].map((d) => ({ d, k: (seed = (seed * 48_271) % 2_147_483_647) })).sort((a, b) => a.k - b.k).map((x) => x.d);
      for (const order of [[...reading].reverse(), shuffled(), shuffled(), shuffled(), shuffled()]) {
        assert.deepEqual(await seen([...order, copy]), expected, order.map((d) => d.id).join(" "));
      }
    });

    test("the same article twice, by URL or by text, adds nothing", async () => {
      const store = await open();
      const kinds = await fill(store);
      assert.equal(kinds.at(-1), "duplicate", "same text under another id and URL");
      const before = await store.stats();
      assert.deepEqual(new Set(await fill(store)), new Set(["duplicate"]));
      assert.deepEqual(await store.stats(), before);
      assert.equal(before.articles, 9);
      assert.ok(await store.hasArticle({ url: "https://news.test/gulf-wire/g2-0505-call" }));
      assert.ok(!(await store.hasArticle({ url: "https://news.test/nowhere" })));
      await store.close();
    });

    test("filters: dyad either way, dates, type, quad, context, text, minimum articles, limit", async () => {
      const store = await open();
      await fill(store);
      const ids = async (f: EventFilter) => (await all(store, f)).map((e) => `${e.type}@${e.date}`);
      assert.deepEqual(await ids({ dyad: ["USA", "MEX"] }), ["CONSULT@2026-05-04", "CONSULT@2026-05-11"]);
      assert.deepEqual(await ids({ dyad: ["MEX", "USA"] }), await ids({ dyad: ["USA", "MEX"] }));
      assert.deepEqual(await ids({ dyad: ["sheinbaum", "Trump"] }), ["CONSULT@2026-05-04", "CONSULT@2026-05-11"], "names, any case");
      assert.deepEqual(await ids({ actor: "Guardia Nacional" }), ["COERCE@2026-05-06"]);
      assert.deepEqual(await ids({ from: "2026-05-05", to: "2026-05-10" }), ["COERCE@2026-05-06", "COERCE@2026-05-06", "COERCE@2026-05-07"]);
      assert.deepEqual(await ids({ types: ["consult"], from: "2026-05-10" }), ["CONSULT@2026-05-11"]);
      assert.equal((await ids({ quads: [4] })).length, 3);
      assert.deepEqual(await ids({ context: "border" }), ["CONSULT@2026-05-04"]);
      assert.deepEqual(await ids({ text: "ensenada" }), ["COERCE@2026-05-07"]);
      assert.deepEqual(await ids({ text: "teléfono" }), await ids({ text: "telefono" }), "accents fold");
      assert.deepEqual(await ids({ minArticles: 3 }), ["CONSULT@2026-05-04", "COERCE@2026-05-06"]);
      assert.equal((await ids({ limit: 2 })).length, 2);
      await store.close();
    });

    test("an article dated before 1979 or after its fetch time plus a day is stored, its events held until its date is confirmed", async () => {
      const store = await open();
      const d = docs().find((x) => x.id === "n1-0511-call")!;
      const add = (id: string, date: string) => fakeCoder({ ...d, language: "es" }).then((ms) => store.addArticle(
        { doc: id, date, language: "es", text: `${d.text} (${id})`, textHash: textHash(`${d.text} (${id})`), origin: "fixture" },
        ms.map((m) => ({ ...m, record: { ...m.record, doc: id } }))));
      const old = await add("scraped-1901", "1901-01-01");
      assert.equal(old.kind, "added");
      assert.match(old.kind === "added" ? old.held ?? "" : "", /before 1979-01-01/);
      const future = await add("scraped-2099", "2099-01-01");
      assert.match(future.kind === "added" ? future.held ?? "" : "", /after the fetch time plus a day/);
      assert.equal((await all(store)).length, 0, "no event from a held article");
      assert.deepEqual((await store.heldArticles()).map((a) => [a.doc, a.date, a.mentions]), [["scraped-1901", "1901-01-01", 1], ["scraped-2099", "2099-01-01", 1]]);
      await assert.rejects(store.confirmDate("scraped-2099", { date: "2026-05-11" }), /coded again/, "a new date needs the mentions coded again");
      const confirmed = await store.confirmDate("scraped-1901");
      assert.deepEqual(confirmed, { kind: "confirmed", article: 1, date: "1901-01-01", created: 1, merged: 0 });
      assert.equal((await all(store)).length, 1, "the confirmed article's event joins the rest");
      assert.deepEqual((await store.heldArticles()).map((a) => a.doc), ["scraped-2099"]);
      assert.deepEqual(await store.confirmDate("scraped-1901"), { kind: "not-held", reason: "not held" });
      assert.deepEqual(await store.confirmDate("nothing-like-it"), { kind: "not-held", reason: "unknown" });
      const today = await add("fresh", new Date().toISOString().slice(0, 10));
      assert.equal(today.kind === "added" && today.held, undefined, "today's article is not held");
      await store.close();
    });

    test("mentions say which article and sentence told the event", async () => {
      const store = await open();
      await fill(store);
      const [call] = await all(store, { minArticles: 3, types: ["CONSULT"] });
      const m = call!.mentions.find((x) => x.article === "g2-0505-call")!;
      assert.equal(m.url, "https://news.test/gulf-wire/g2-0505-call");
      assert.equal(m.source, "Gulf Wire");
      assert.equal(m.sentence, 0);
      assert.match(m.evidence, /spoke by phone/);
      await store.close();
    });
  });
}

describe("SQLite schema", () => {
  test("a new file is migrated to the current version in WAL mode; reopening changes nothing", async () => {
    const path = tmp();
    await openSqliteStore(path).close();
    await openSqliteStore(path).close();
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma("user_version", { simple: true }), SCHEMA_VERSION);
    assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
    db.close();
  });

  test("a database of schema 5 is read as it is by a read-only store, and migrated to the current schema by a writing one", async () => {
    const path = tmp();
    const raw = new Database(path);
    for (const m of MIGRATIONS.slice(0, 5)) raw.exec(m);
    raw.pragma("user_version = 5");
    raw.close();
    // An article a schema-5 dyad stored with a scraper's date, before dates were checked.
    const old = new Database(path);
    old.prepare(`INSERT INTO articles (doc, outlet, date, language, text_hash, text, origin, ingested_at) VALUES ('viejo', 'x', '1970-01-01', 'es', 'h', 't', 'f', '2026-05-01T00:00:00Z')`).run();
    old.close();
    const queries = openQueries(path);
    assert.deepEqual(queries.held(), { count: 0, articles: [], unchecked: 1 }, "an old file: the unchecked article is counted");
    queries.close();
    const reader = openSqliteStore(path, { readonly: true });
    assert.equal((await reader.stats()).articles, 1);
    assert.deepEqual(await all(reader, { dyad: ["MEX", "USA"] }), []);
    await reader.close();
    const writer = openSqliteStore(path);
    assert.deepEqual(await writer.heldArticles(), []);
    await writer.close();
    const db = new Database(path, { readonly: true });
    assert.equal(db.pragma("user_version", { simple: true }), SCHEMA_VERSION);
    db.close();
    const after = openQueries(path);
    assert.equal(after.held().unchecked, 1, "migrated: still counted, not held (its events were stored)");
    after.close();
  });

  test("an event's actor links are the identities on its sides, however its reports merged (links are redone only when a side changes)", async () => {
    for (const windowDays of [0, 1, 3]) {
      const path = tmp();
      const store = openSqliteStore(path, { windowDays });
      await fill(store);
      await store.close();
      const db = new Database(path, { readonly: true });
      const key = (i: Identity): string => [i.country ?? "", i.org ?? "", i.sector ?? "", i.name ?? ""].join("|");
      const links = db.prepare("SELECT ea.event_id id, ea.role, a.key FROM event_actors ea JOIN actors a ON a.id = ea.actor_id").all() as { id: number; role: string; key: string }[];
      const events = db.prepare("SELECT id, source, target FROM events").all() as { id: number; source: string; target: string }[];
      assert.ok(events.length > 0);
      for (const e of events) {
        for (const role of ["source", "target"] as const) {
          const expected = [...new Set((JSON.parse(e[role]) as Identity[]).map(key))].sort();
          assert.deepEqual(links.filter((l) => l.id === e.id && l.role === role).map((l) => l.key).sort(), expected, `event ${e.id} ${role}, window ${windowDays}`);
        }
      }
      db.close();
    }
  });

  test("a database from a newer dyad is refused with a clear message", () => {
    const path = tmp();
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    assert.throws(() => openSqliteStore(path), /newer than this dyad understands/);
  });
});

const who = (name: string | null, country: string | null, sector: string | null): Identity => ({ name, country, sector, org: null });

describe("merge: the same actor", () => {
  const cases: [string, Identity, Identity, boolean][] = [
    ["a name and the same country's government", who("Claudia Sheinbaum", "MEX", "GOV"), who(null, "MEX", "GOV"), true],
    ["two countries", who(null, "MEX", "GOV"), who(null, "USA", "GOV"), false],
    ["two people", who("Marcelo Ebrard", "MEX", "GOV"), who("Howard Lutnick", "USA", "GOV"), false],
    ["a short form of a name read off the text", who("Montero Pinzón", "COL", "CRM"), who("Julio César Montero Pinzón", "COL", "CRM"), true],
    ["two forces of one country", who("Guardia Nacional", "MEX", "COP"), who("Secretaría de Marina", "MEX", "MIL"), false],
    ["a country acting as such and its navy", who(null, "MEX", "GOV"), who("Secretaría de Marina", "MEX", "MIL"), true],
    ["unnamed people and a named cartel", who(null, "MEX", "CVL"), who("Cártel de Sinaloa", "MEX", "CRM"), true],
    ["unnamed soldiers and unnamed police", who(null, "MEX", "MIL"), who(null, "MEX", "COP"), false],
    ["an unnamed organ of government and the country's ranchers", who(null, "MEX", "GOV"), who(null, "MEX", "AGR"), false],
    ["a country named as a whole and its cartels", { ...who(null, "MEX", "GOV"), whole: true }, who(null, "MEX", "CRM"), true],
  ];
  for (const [what, a, b, expected] of cases) test(what, () => assert.equal(sameActor(a, b), expected));
  const told = (text: string, name: string | null = null) => identityOf({ text, name, country: "MEX", sector: "GOV", org: null, start: 0, end: 1 }).whole === true;
  test("a country told by its name alone acts as a whole; a body, a role or a named person does not", () => {
    assert.deepEqual([told("México"), told("Estados Unidos"), told("EE.UU."), told("Mexican aviation authorities"), told("el gobierno mexicano"), told("Sheinbaum", "Claudia Sheinbaum")],
      [true, true, true, false, false, false]);
  });
});

describe("merge: compatible events", () => {
  const record = {
    doc: "a", id: "1", type: "CONSULT", mode: null, cameo: "040", goldstein: 1, quad: 1, date: "2026-05-04",
    source: [{ text: "Sheinbaum", name: "Claudia Sheinbaum", country: "MEX", sector: "GOV", org: null, start: 0, end: 1 }],
    target: [{ text: "Trump", name: "Donald Trump", country: "USA", sector: "GOV", org: null, start: 0, end: 1 }],
    contexts: [], sentence: 0, evidence: "", trigger: { text: "", start: 0, end: 0 }, language: "es", rule: "r", symmetric: true,
  };
  const base = factsOf(record);
  const cases: [string, Partial<typeof base>, boolean][] = [
    ["the same", {}, true],
    ["a day later", { dateMin: "2026-05-05", dateMax: "2026-05-05" }, true],
    ["two days later", { dateMin: "2026-05-06", dateMax: "2026-05-06" }, false],
    ["a week later", { dateMin: "2026-05-11", dateMax: "2026-05-11" }, false],
    ["another type", { type: "AGREE" }, false],
    ["roles swapped in a symmetric event", { source: base.target, target: base.source }, true],
    ["roles swapped in a call the coder did not mark symmetric", { source: base.target, target: base.source, symmetric: false }, true],
    ["no target known", { target: [] }, true],
    ["no actor known at all", { source: [], target: [] }, false],
    ["places of a call do not matter", { places: ["Texas"] }, true],
    ["history a report recalls ('en 2019') is not the day's news", { period: "2019" }, false],
  ];
  for (const [what, change, expected] of cases) {
    test(what, () => assert.equal(compatible({ ...base, places: ["Chihuahua"], symmetric: change.symmetric ?? base.symmetric }, { ...base, ...change }), expected));
  }
  test("reports recalling the same period's act may merge; another period's may not", () => {
    const past = { ...base, period: "2019" };
    assert.equal(compatible(past, { ...past }), true);
    assert.equal(compatible(past, { ...past, period: "2018-05" }), false);
  });
  test("places of an arrest must overlap", () => {
    const arrest = { ...base, type: "COERCE", quad: 4, symmetric: false, places: ["Mazatlán", "Sinaloa"] };
    assert.equal(compatible(arrest, { ...arrest, places: ["Sinaloa"] }), true);
    assert.equal(compatible(arrest, { ...arrest, places: ["Ensenada"] }), false);
    assert.equal(compatible(arrest, { ...arrest, places: [] }), true);
  });
  test("roles swapped in a directed event", () => {
    const threat = { ...base, type: "THREATEN", symmetric: false };
    assert.equal(compatible(threat, { ...threat, source: base.target, target: base.source }), false);
  });
  test("places in two countries are two ends of one act (a border bridge), not two acts", () => {
    const protest = { ...base, type: "PROTEST", quad: 4, symmetric: false, places: ["Cúcuta"], placeCountries: { Cúcuta: "COL" } };
    assert.equal(compatible(protest, { ...protest, places: ["Táchira"], placeCountries: { Táchira: "VEN" } }), true);
    assert.equal(compatible(protest, { ...protest, places: ["Bogotá"], placeCountries: { Bogotá: "COL" } }), false);
  });
  const actor = (name: string | null, country: string, sector: string) => ({ text: name ?? country, name, country, sector, org: null, start: 0, end: 1 });
  const arrest = (source: ReturnType<typeof actor>[], target: ReturnType<typeof actor>[]) =>
    factsOf({ ...record, type: "COERCE", quad: 4, symmetric: false, source, target });
  test("an unnamed force matches a named one of its country and sector, and an empty side anything", () => {
    const marina = arrest([actor("Secretaría de Marina", "MEX", "MIL")], [actor("Cártel de Sinaloa", "MEX", "CRM")]);
    assert.equal(compatible(marina, arrest([actor(null, "MEX", "MIL")], [actor(null, "MEX", "CRM")])), true);
    assert.equal(compatible(marina, arrest([actor(null, "MEX", "MIL")], [])), true);
    assert.equal(compatible(marina, arrest([actor("Guardia Nacional", "MEX", "MIL")], [actor(null, "MEX", "CRM")])), false);
    assert.equal(compatible(marina, arrest([actor(null, "USA", "GOV")], [actor(null, "MEX", "CRM")])), false, "another country's doer");
  });
  test("no chaining through an unnamed or empty report: a new report must contradict none of the event's", () => {
    const unnamed = arrest([actor(null, "MEX", "MIL")], []);
    const marina = arrest([actor("Secretaría de Marina", "MEX", "MIL")], [actor(null, "MEX", "CRM")]);
    const event = { ...absorb(unnamed, marina), members: [unnamed, marina] };
    assert.equal(compatible(event, arrest([actor(null, "MEX", "MIL")], [actor(null, "MEX", "CRM")])), true);
    assert.equal(compatible(event, arrest([actor("Guardia Nacional", "MEX", "MIL")], [])), false);
  });
  test("a call told with both leaders on one side is the call told with one on each", () => {
    const call = { ...base, source: [who("Gustavo Petro", "COL", "GOV")], target: [who("Nicolás Maduro", "VEN", "GOV")] };
    const joint = { ...base, symmetric: false, source: [who("Gustavo Petro", "COL", "GOV"), who("Nicolás Maduro", "VEN", "GOV")], target: [who(null, "COL", "UAF")] };
    assert.equal(compatible(call, joint), true);
    assert.equal(compatible(call, { ...joint, source: [who("Gustavo Petro", "COL", "GOV"), who("Lula", "BRA", "GOV")] }), false);
  });
  test("an agreement told jointly names all its parties: a report with a third country is another agreement", () => {
    const agree = { ...base, type: "AGREE", symmetric: true, source: [who("Department of Agriculture", "USA", "GOV"), who(null, "MEX", "GOV")], target: [] };
    const trip = { ...agree, symmetric: false, source: [who("Marcelo Ebrard", "MEX", "GOV")], target: [who(null, "CAN", "GOV")] };
    assert.equal(compatible(agree, trip), false, "Mexico–Canada is not the US–Mexico agreement");
    assert.equal(compatible(agree, { ...trip, target: [] }), true, "a report naming one of its parties only");
    assert.equal(compatible(agree, { ...trip, target: [who(null, "USA", "GOV")] }), true, "a report naming both");
  });
  test("a report of an agreement silent on one party joins through a named actor of the other, not an unnamed government", () => {
    const pact = { ...base, type: "AGREE", symmetric: true, source: [who("Claudia Sheinbaum", "MEX", "GOV")], target: [who("Donald Trump", "USA", "GOV")] };
    const offer = { ...pact, symmetric: false, source: [who(null, "MEX", "GOV")], target: [] };
    assert.equal(compatible(offer, pact), false, "'el gobierno estatal ofreció apoyo' is no report of the presidents' agreement");
    assert.equal(compatible(pact, offer), false, "either way round");
    assert.equal(compatible(pact, { ...offer, source: [who("Claudia Sheinbaum", "MEX", "GOV")] }), true, "'Sheinbaum acordó…' is");
    const arrest = { ...base, type: "COERCE", quad: 4, symmetric: false, source: [who(null, "MEX", "MIL")], target: [who(null, "MEX", "CRM")] };
    assert.equal(compatible(arrest, { ...arrest, target: [] }), true, "a directed act's silent side still joins by an unnamed actor");
  });
  test("unnamed organs of two states are two states, while unnamed companies of two countries may be one party misread", () => {
    const hope = { ...base, type: "AGREE", source: [who(null, "MEX", "GOV")], target: [who(null, "USA", "GOV")] };
    const trip = { ...hope, symmetric: false, source: [who("Marcelo Ebrard", "MEX", "GOV")], target: [who(null, "CAN", "GOV")] };
    assert.equal(compatible(hope, trip), false);
    const sanction = { ...base, type: "SANCTION", quad: 4, symmetric: false, source: [who("Department of the Treasury", "USA", "GOV")], target: [who(null, "MEX", "BUS")] };
    assert.equal(compatible(sanction, { ...sanction, target: [who(null, "USA", "BUS")] }), true);
  });
});

describe("merge buckets: what concurrent writers take turns on", () => {
  test("ISO weeks, across the turn of the year", () => {
    assert.deepEqual(["2026-01-01", "2025-12-29", "2024-12-30", "2027-01-03", "2026-05-06"].map(isoWeek), ["2026-W01", "2026-W01", "2025-W01", "2026-W53", "2026-W19"]);
  });
  test("a mention's window may reach into the next week; two mentions that can merge always share a bucket", () => {
    assert.deepEqual(mergeBuckets("CONSULT", "2026-01-04", 1), ["CONSULT|2026-W01", "CONSULT|2026-W02"], "a Sunday");
    assert.deepEqual(mergeBuckets("COERCE", "2026-05-06", 1), ["COERCE|2026-W19"], "a Wednesday");
    const days = Array.from({ length: 21 }, (_, i) => new Date(Date.UTC(2026, 11, 20 + i)).toISOString().slice(0, 10));
    for (const window of [0, 1, 3]) {
      for (const a of days) {
        for (const b of days.filter((d) => Math.abs(Date.parse(d) - Date.parse(a)) <= window * 86_400_000)) {
          const shared = mergeBuckets("AGREE", a, window).filter((k) => mergeBuckets("AGREE", b, window).includes(k));
          assert.ok(shared.length > 0, `${a} and ${b}, window ${window}`);
        }
      }
    }
  });
});
