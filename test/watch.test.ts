import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { createApp } from "../src/api/app.js";
import { openQueries } from "../src/api/queries.js";
import { knowledgeCoder, type Coder } from "../src/ingest/coder.js";
import { listAlerts } from "../src/watch/alerts.js";
import { openWatcher, type WatchOptions } from "../src/watch/watch.js";
import { verify } from "../src/watch/webhook.js";
import { COL_VEN_QUIET, MEX_USA_BASELINE, MEX_USA_BURST, MEX_USA_THREAT_AGAIN } from "./fixtures/watch/articles.js";
import { check, documentedSchema } from "./fixtures/watch/schema.js";
import { startReceiver, startSite, type Site } from "./fixtures/watch/site.js";
import { dyad, ROOT } from "./helpers.js";

const NOW = new Date("2026-05-20T12:00:00Z");
const SECRET = "a-shared-secret-for-tests-0123456789";
const tmp = (): string => mkdtempSync(join(tmpdir(), "dyad-watch-"));

let code: Coder;
before(async () => {
  code = await knowledgeCoder();
});

async function watcherFor(feeds: readonly string[], extra: Partial<WatchOptions> = {}) {
  const dir = tmp();
  const list = join(dir, "feeds.txt");
  writeFileSync(list, `# feeds for the test\n${feeds.join("\n")}\n`);
  const db = join(dir, "dyad.sqlite");
  const w = await openWatcher({ db, feedsFile: list, code, now: () => NOW, random: () => 0.5, timeoutMs: 5000, ...extra });
  return { w, db, dir, list };
}

const pages = (site: Site): string[] => site.log.filter((l) => l.path.startsWith("/a/")).map((l) => l.path.slice(3));
const feedHits = (site: Site, name: string) => site.log.filter((l) => l.path === `/feeds/${name}.xml`);

function rows<T>(db: string, sql: string, ...params: unknown[]): T[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all(...params) as T[];
  } finally {
    d.close();
  }
}

describe("dyad watch: polling (feed server on 127.0.0.1)", () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(() => site.close());

  test("the second poll is a conditional GET answered 304 and fetches no article; then only the new items are fetched", async () => {
    const feed = site.feed("norte", "Diario Norte", MEX_USA_BURST.slice(0, 3));
    const { w, db } = await watcherFor([feed]);
    try {
      const first = await w.cycle({ all: true });
      assert.equal(first.feeds[0]!.status, "ok");
      assert.equal(first.feeds[0]!.added, 3);
      assert.deepEqual(pages(site).sort(), ["amenaza-aranceles", "expulsion-embajador", "sanciones"]);
      assert.equal(feedHits(site, "norte")[0]!.headers["if-none-match"], undefined, "nothing to revalidate on the first poll");

      site.log.length = 0;
      const second = await w.cycle({ all: true });
      const hit = feedHits(site, "norte");
      assert.equal(hit.length, 1);
      assert.match(String(hit[0]!.headers["if-none-match"]), /^"[0-9a-f]+"$/, "the stored ETag is sent back");
      assert.equal(hit[0]!.status, 304);
      assert.deepEqual(pages(site), [], "a 304 fetches no article page");
      assert.equal(second.feeds[0]!.status, "not-modified");
      assert.equal(second.feeds[0]!.added, 0);
      assert.equal(w.state.feed(feed)!.last_status, "not-modified");

      // Two new items: another report of the stored tariff threat, and a protest.
      site.log.length = 0;
      site.feed("norte", "Diario Norte", [...MEX_USA_BURST.slice(0, 4), MEX_USA_THREAT_AGAIN]);
      const third = await w.cycle({ all: true });
      assert.equal(feedHits(site, "norte")[0]!.status, 200);
      assert.deepEqual(pages(site).sort(), ["protesta-embajada", "tariff-threat"], "only the new items are fetched");
      assert.equal(third.feeds[0]!.added, 2);
      assert.ok(third.feeds[0]!.merged >= 1, "the second report joins the stored event");
      const threats = rows<{ num_articles: number }>(db, "SELECT num_articles FROM events WHERE type = 'THREATEN'");
      assert.deepEqual(threats.map((t) => t.num_articles), [2], "one threat event, now told by two articles");
      const feedRow = w.state.feed(feed)!;
      assert.equal(feedRow.new_items, 5);
      assert.equal(feedRow.title, "Diario Norte");
      assert.equal(feedRow.failures, 0);
    } finally {
      await w.close();
    }
  });

  test("RSS 1.0 and Atom feeds are watched as RSS 2.0 is, their items known by rdf:about and id", async () => {
    const [a, b] = [MEX_USA_BASELINE[4]!, MEX_USA_BASELINE[5]!];
    site.feed("soporte2", "unused", [a, b]);
    const rdf = site.route("/rdf.xml", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rdf+xml" });
      res.end(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="${site.base}/rdf.xml"><title>Diario RDF</title></channel>
        <item rdf:about="urn:nota:${a.slug}"><title>${a.title}</title><link>${site.base}/a/${a.slug}</link><dc:date>${a.date}T12:00:00Z</dc:date></item></rdf:RDF>`);
    });
    const atom = site.route("/atom.xml", (_req, res) => {
      res.writeHead(200, { "content-type": "application/atom+xml" });
      res.end(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Diario Atom</title>
        <entry><id>tag:prueba,2026:${b.slug}</id><title>${b.title}</title><link rel="alternate" href="${site.base}/a/${b.slug}"/><updated>${b.date}T12:00:00Z</updated></entry></feed>`);
    });
    const { w, db } = await watcherFor([rdf, atom]);
    try {
      const r = await w.cycle({ all: true });
      assert.deepEqual(r.feeds.map((f) => [f.status, f.added]), [["ok", 1], ["ok", 1]]);
      assert.deepEqual(rows(db, "SELECT key, state FROM feed_items ORDER BY key"), [{ key: `tag:prueba,2026:${b.slug}`, state: "stored" }, { key: `urn:nota:${a.slug}`, state: "stored" }]);
      assert.deepEqual(rows(db, "SELECT source, date FROM articles ORDER BY source"), [{ source: "Diario Atom", date: b.date }, { source: "Diario RDF", date: a.date }]);
      assert.equal((await w.cycle({ all: true })).feeds.reduce((n, f) => n + f.fetched, 0), 0, "known items are not fetched again");
    } finally {
      await w.close();
      site.route("/rdf.xml", null);
      site.route("/atom.xml", null);
    }
  });

  test("a feed that gives only Last-Modified is asked If-Modified-Since; one that says no-store is fetched whole", async () => {
    const modified = "Wed, 20 May 2026 10:00:00 GMT";
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Fecha</title><item><link>${site.base}/a/${MEX_USA_BASELINE[3]!.slug}</link></item></channel></rss>`;
    site.feed("soporte", "unused", [MEX_USA_BASELINE[3]!]);
    const dated = site.route("/fecha.xml", (req, res) => {
      if (req.headers["if-modified-since"] === modified) {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { "content-type": "application/rss+xml", "last-modified": modified, "cache-control": "no-cache" });
      res.end(xml);
    });
    const fresh = site.route("/fresco.xml", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"', "cache-control": "no-store" });
      res.end(xml);
    });
    const { w } = await watcherFor([dated, fresh]);
    try {
      await w.cycle({ all: true });
      site.log.length = 0;
      const r = await w.cycle({ all: true });
      assert.deepEqual(r.feeds.map((f) => f.status), ["not-modified", "ok"]);
      const [d, f] = [site.log.find((l) => l.path === "/fecha.xml")!, site.log.find((l) => l.path === "/fresco.xml")!];
      assert.equal(d.headers["if-modified-since"], modified);
      assert.equal(f.headers["if-none-match"], undefined, "no-store: nothing kept to revalidate with");
      assert.deepEqual(pages(site), [], "the item is known: no page fetched either way");
    } finally {
      await w.close();
      site.route("/fecha.xml", null);
      site.route("/fresco.xml", null);
    }
  });

  test("an item whose page failed is tried again at the next polls, even after a 304, with the feed's date; three times at most", async () => {
    const [ok, flaky] = [MEX_USA_BASELINE[0]!, MEX_USA_BASELINE[1]!];
    const gone = { ...MEX_USA_BASELINE[2]!, slug: "borrada" };
    const feed = site.feed("reintento", "Diario Reintento", [ok, flaky, gone]);
    site.route(`/a/${flaky.slug}`, (_req, res) => {
      res.writeHead(502);
      res.end();
    });
    site.route("/a/borrada", (_req, res) => {
      res.writeHead(404);
      res.end();
    });
    const { w, db } = await watcherFor([feed]);
    try {
      const first = await w.cycle({ all: true });
      assert.equal(first.feeds[0]!.added, 1);
      assert.deepEqual(first.feeds[0]!.failures.map((f) => f.reason).sort(), ["HTTP 404 Not Found", "HTTP 502 Bad Gateway"]);
      site.route(`/a/${flaky.slug}`, null);
      site.log.length = 0;
      const second = await w.cycle({ all: true });
      assert.equal(feedHits(site, "reintento")[0]!.status, 304);
      assert.equal(second.feeds[0]!.added, 1, "the page that failed is stored now");
      assert.deepEqual(rows(db, "SELECT date FROM articles WHERE url = ?", `${site.base}/a/${flaky.slug}`), [{ date: flaky.date }], "dated as the feed said");
      await w.cycle({ all: true });
      await w.cycle({ all: true });
      assert.equal(site.log.filter((l) => l.path === "/a/borrada").length, 2, "the page that keeps failing: three requests in all, then left alone");
      assert.deepEqual(rows(db, "SELECT state, attempts, reason FROM feed_items WHERE key = 'borrada'"), [{ state: "failed", attempts: 3, reason: "HTTP 404 Not Found" }]);
    } finally {
      await w.close();
      site.route(`/a/${flaky.slug}`, null);
      site.route("/a/borrada", null);
    }
  });

  test("a hanging feed, a 500, malformed XML and an oversized feed are recorded with their reasons without delaying the healthy feed", async () => {
    const hang = site.route("/hang.xml", () => {});
    const error = site.route("/error.xml", (_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end("internal error");
    });
    const broken = site.route("/broken.xml", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Roto</title><item><link>${site.base}/a/x</link></channel></rss>`);
    });
    const huge = site.route("/huge.xml", (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      const chunk = `<!-- ${"relleno ".repeat(1000)} -->\n`;
      let sent = 0;
      const pump = (): void => {
        while (sent < 50 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.write(`<?xml version="1.0"?><rss version="2.0"><channel><title>Enorme</title>`);
      pump();
    });
    const healthy = site.feed("sano", "Diario Sano", MEX_USA_BASELINE.slice(0, 2));
    site.log.length = 0;
    const { w } = await watcherFor([hang, error, broken, huge, healthy], { concurrency: 2, timeoutMs: 3000, maxFeedBytes: 256 * 1024 });
    try {
      const r = await w.cycle({ all: true });
      const by = Object.fromEntries(r.feeds.map((f) => [f.url, f]));
      assert.equal(by[healthy]!.status, "ok");
      assert.equal(by[healthy]!.added, 2);
      for (const [url, reason] of [[hang, /timed out after 3 s/], [error, /HTTP 500/], [broken, /malformed XML/], [huge, /larger than 256 KB/]] as const) {
        assert.equal(by[url]!.status, "failed", url);
        assert.match(by[url]!.reason!, reason);
        const row = w.state.feed(url)!;
        assert.match(row.last_error!, reason, "the reason is recorded on the feed");
        assert.equal(row.failures, 1);
        assert.ok(row.next_poll! > w.state.feed(healthy)!.next_poll!, "a failing feed backs off");
      }
      const healthyPages = site.log.filter((l) => l.path.startsWith("/a/"));
      assert.equal(healthyPages.length, 2);
      for (const p of healthyPages) assert.ok(p.pending.includes("/hang.xml"), "the healthy feed's articles were read while the hanging feed was still waiting");
      // A second failure in a row backs off further.
      const before = w.state.feed(error)!.next_poll!;
      await w.cycle({ all: true });
      assert.equal(w.state.feed(error)!.failures, 2);
      assert.ok(w.state.feed(error)!.next_poll! > before);
    } finally {
      await w.close();
      for (const p of ["/hang.xml", "/error.xml", "/broken.xml", "/huge.xml"]) site.route(p, null);
    }
  });
});

describe("dyad watch: a server that says when to come back", () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(() => site.close());

  test("a 429 with Retry-After is not polled again before then, and the reason says so", async () => {
    const busy = site.route("/busy.xml", (_req, res) => {
      res.writeHead(429, { "retry-after": "7200", "content-type": "text/plain" });
      res.end("slow down");
    });
    const { w } = await watcherFor([busy]);
    try {
      await w.cycle({ all: true });
      const row = w.state.feed(busy)!;
      assert.match(row.last_error ?? "", /HTTP 429.*retry after 7200 s/);
      assert.ok(Date.parse(row.next_poll!) >= NOW.getTime() + 7_200_000, `next poll ${row.next_poll}`);
    } finally {
      await w.close();
    }
  });
});

describe("dyad watch: alerts (feed server and webhook receiver on 127.0.0.1)", () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(() => site.close());

  test("a burst of conflict events fires exactly one signed webhook; the quiet dyad fires none; GET /api/alerts lists it", async () => {
    const receiver = await startReceiver(SECRET);
    const mx = site.feed("norte", "Diario Norte", [...MEX_USA_BASELINE, ...MEX_USA_BURST]);
    const co = site.feed("vecino", "El Vecino", COL_VEN_QUIET);
    const { w, db } = await watcherFor([mx, co], { webhook: { url: receiver.url, secret: SECRET, retryDelaysMs: [10, 10] } });
    try {
      const first = await w.cycle({ all: true });
      assert.equal(first.feeds.reduce((n, f) => n + f.added, 0), MEX_USA_BASELINE.length + MEX_USA_BURST.length + COL_VEN_QUIET.length);
      assert.deepEqual(first.alerts.map((a) => `${a.dyad.a}-${a.dyad.b}`), ["MEX-USA"]);
      assert.equal(receiver.received.length, 1, "one webhook");
      const got = receiver.received[0]!;
      assert.equal(got.verified, true, "the receiver verifies the HMAC-SHA256 signature");
      assert.equal(verify(SECRET, got.headers["x-dyad-timestamp"] as string, got.headers["x-dyad-signature"] as string, got.body.replace("MEX", "MEJ")), false, "a changed body fails");
      assert.equal(verify("another-secret-0123456789", got.headers["x-dyad-timestamp"] as string, got.headers["x-dyad-signature"] as string, got.body), false);
      const body = JSON.parse(got.body) as import("../src/watch/alerts.js").AlertBody;
      assert.equal(got.headers["x-dyad-alert"], body.id);
      assert.equal(body.type, "dyad.alert");
      assert.deepEqual(body.dyad, { a: "MEX", b: "USA" });
      assert.deepEqual(body.window, { from: "2026-05-19", to: "2026-05-20", hours: 24 });
      assert.ok(body.z >= 3, `z ${body.z}`);
      assert.ok(body.articles >= 3);
      assert.ok(body.score > body.baseline.mean);
      assert.ok(body.events.length >= 3);
      for (const e of body.events) {
        assert.ok(e.quad === 3 || e.quad === 4);
        assert.ok(e.evidence.length > 0 && e.evidence.every((m) => m.url?.startsWith(`${site.base}/a/`) && m.text.length > 0));
      }
      assert.ok(body.events.some((e) => e.type === "SANCTION"));
      assert.deepEqual(check(documentedSchema(ROOT), body), [], "the body is what docs/alerts.md documents");
      assert.notDeepEqual(check(documentedSchema(ROOT), { ...body, z: "high" }), [], "the check can fail");

      // The spike goes on: a new report is stored, but no second webhook.
      site.feed("norte", "Diario Norte", [...MEX_USA_BASELINE, ...MEX_USA_BURST, MEX_USA_THREAT_AGAIN]);
      const second = await w.cycle({ all: true });
      assert.equal(second.feeds.reduce((n, f) => n + f.added, 0), 1);
      assert.equal(second.alerts.length, 0);
      assert.equal(receiver.received.length, 1, "still exactly one webhook");

      // The quiet dyad was scored and stays quiet.
      const quiet = rows<{ above: number; z: number }>(db, "SELECT above, z FROM alert_state WHERE a = 'COL' AND b = 'VEN'");
      assert.equal(quiet.length, 1, "COL–VEN had conflict events in the window and was scored");
      assert.equal(quiet[0]!.above, 0);
      assert.ok(quiet[0]!.z < 3);

      const stored = listAlerts(w.state.db, { limit: 10 });
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.delivery.state, "delivered");
      const app = createApp(w.store, { queries: openQueries(db) });
      const api = (await (await app.request("/api/alerts")).json()) as { alerts: { id: string; dyad: { a: string; b: string } }[] };
      assert.deepEqual(api.alerts.map((a) => [a.id, a.dyad.a, a.dyad.b]), [[body.id, "MEX", "USA"]]);
      const none = (await (await app.request(`/api/alerts?since=${encodeURIComponent("2026-05-21T00:00:00Z")}`)).json()) as { alerts: unknown[] };
      assert.deepEqual(none.alerts, []);
      assert.equal((await app.request("/api/alerts?since=yesterday")).status, 400);
    } finally {
      await w.close();
      await receiver.close();
    }
  });

  test("a receiver that fails gets the same signed alert again, with backoff across polls, until it answers", async () => {
    const receiver = await startReceiver(SECRET, { failures: 4 });
    const mx = site.feed("norte2", "Diario Norte", [...MEX_USA_BASELINE, ...MEX_USA_BURST]);
    let clock = NOW;
    const { w } = await watcherFor([mx], { now: () => clock, webhook: { url: receiver.url, secret: SECRET, retryDelaysMs: [10, 10] } });
    try {
      const first = await w.cycle({ all: true });
      assert.equal(first.alerts.length, 1);
      assert.equal(receiver.received.length, 3, "a first try and two quick retries");
      assert.deepEqual(first.deliveries.map((d) => d.ok), [false]);
      assert.equal(listAlerts(w.state.db, { limit: 1 })[0]!.delivery.state, "pending");
      await w.cycle();
      assert.equal(receiver.received.length, 3, "not again before its backoff is over");
      clock = new Date(NOW.getTime() + 10 * 60_000);
      const later = await w.cycle();
      assert.deepEqual(later.deliveries.map((d) => d.ok), [true]);
      assert.equal(receiver.received.length, 5);
      assert.ok(receiver.received.every((r) => r.verified));
      assert.equal(new Set(receiver.received.map((r) => r.headers["x-dyad-alert"])).size, 1, "the same alert each time");
      assert.equal(later.alerts.length, 0);
      const stored = listAlerts(w.state.db, { limit: 10 });
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.delivery.state, "delivered");
      assert.equal(stored[0]!.delivery.attempts, 5);
    } finally {
      await w.close();
      await receiver.close();
    }
  });
});

/** Run the built CLI without blocking the event loop (the feed server is in this process). */
function dyadAsync(args: string[], onSpawn?: (kill: () => void) => void): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [`${ROOT}bin/dyad.js`, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  onSpawn?.(() => child.kill("SIGKILL"));
  return once(child, "close").then(([code, signal]) => ({ code: code as number | null, signal: signal as string | null, stdout, stderr }));
}

describe("dyad watch: the command line", () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(() => site.close());

  test("killed mid-poll and started again, nothing is lost and nothing is stored twice", async () => {
    const articles = MEX_USA_BASELINE.slice(0, 5);
    const feed = site.feed("reinicio", "Diario Reinicio", articles);
    const dir = tmp();
    writeFileSync(join(dir, "feeds.txt"), `${feed}\n`);
    const db = join(dir, "dyad.sqlite");
    // The third article page is where the watcher dies: the request is held and the process killed.
    let kill: () => void = () => {};
    const third = `/a/${articles[2]!.slug}`;
    site.route(third, () => kill());
    site.log.length = 0;
    const killed = await dyadAsync(["watch", join(dir, "feeds.txt"), "--db", db, "--once"], (k) => (kill = k));
    assert.equal(killed.signal, "SIGKILL", killed.stderr);
    site.route(third, null);
    assert.equal(rows<{ n: number }>(db, "SELECT count(*) AS n FROM articles")[0]!.n, 2, "two articles stored before the kill");
    assert.equal(rows<{ p: string | null }>(db, "SELECT cache_policy AS p FROM feeds")[0]!.p, null, "the feed's validators are not written mid-poll");

    site.log.length = 0;
    const again = await dyadAsync(["watch", join(dir, "feeds.txt"), "--db", db, "--once"]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /polled 1 feed in [\d.]+ s: 3 new articles/);
    assert.deepEqual(pages(site).sort(), articles.slice(2).map((a) => a.slug).sort(), "only the three not stored are fetched");

    // The same as one uninterrupted watch into a fresh database.
    const fresh = join(tmp(), "fresh.sqlite");
    const clean = await dyadAsync(["watch", join(dir, "feeds.txt"), "--db", fresh, "--once"]);
    assert.equal(clean.code, 0, clean.stderr);
    const fingerprint = (file: string) => ({
      articles: rows<{ url: string }>(file, "SELECT url FROM articles ORDER BY url").map((r) => r.url),
      events: rows(file, "SELECT type, date, num_articles, num_mentions FROM events ORDER BY type, date, source"),
      mentions: rows<{ n: number }>(file, "SELECT count(*) AS n FROM mentions")[0]!.n,
      items: rows(file, "SELECT key, state, link FROM feed_items ORDER BY key"),
      integrity: rows<{ integrity_check: string }>(file, "PRAGMA integrity_check")[0]!.integrity_check,
    });
    const got = fingerprint(db);
    assert.deepEqual(got, fingerprint(fresh));
    assert.equal(got.articles.length, 5);
    assert.equal(got.integrity, "ok");

    // dyad feeds shows the feed's state.
    const table = dyad(["feeds", "--db", db]);
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /^FEED\s+LAST POLL\s+STATUS/);
    assert.ok(table.stdout.includes(feed));
    const json = JSON.parse(dyad(["feeds", "--db", db, "--format", "json"]).stdout) as { url: string; last_status: string; new_items: number; failures: number }[];
    assert.deepEqual(json.map((f) => [f.url, f.last_status, f.new_items, f.failures]), [[feed, "ok", 3, 0]]);
  });

  test("--every runs until Ctrl-C, which lets the poll in progress finish before the watcher exits", async () => {
    const articles = MEX_USA_BURST.slice(0, 3);
    const feed = site.feed("ctrlc", "Diario Ctrl-C", articles);
    const dir = tmp();
    writeFileSync(join(dir, "feeds.txt"), `${feed}\n`);
    const db = join(dir, "dyad.sqlite");
    // Ctrl-C comes while the second article is being fetched; the page is answered after it.
    let interrupt: () => void = () => {};
    const second = articles[1]!.slug;
    site.route(`/a/${second}`, (_req, res) => {
      interrupt();
      setTimeout(() => site.article(second, res), 200);
    });
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [`${ROOT}bin/dyad.js`, "watch", join(dir, "feeds.txt"), "--db", db, "--every", "10m"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
      interrupt = () => child.kill("SIGINT");
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
    site.route(`/a/${second}`, null);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^dyad: watching .*feeds\.txt every 10m into .*dyad\.sqlite — Ctrl-C to stop\n/);
    assert.match(r.stderr, /stopping once the poll in progress has finished/);
    assert.match(r.stdout, /polled 1 feed in [\d.]+ s: 3 new articles/, "the poll went to its end");
    assert.equal(rows<{ n: number }>(db, "SELECT count(*) AS n FROM articles")[0]!.n, 3);
    assert.notEqual(rows<{ p: string | null }>(db, "SELECT cache_policy AS p FROM feeds")[0]!.p, null, "and wrote the feed's validators");
  });

  test("a failing feed makes --once exit 1, names the feed and the reason, and dyad feeds shows it", async () => {
    const down = site.route("/caido.xml", (_req, res) => {
      res.writeHead(503);
      res.end();
    });
    const dir = tmp();
    writeFileSync(join(dir, "feeds.txt"), `# one feed that is down\n${down}\n`);
    const db = join(dir, "dyad.sqlite");
    const r = await dyadAsync(["watch", join(dir, "feeds.txt"), "--db", db, "--once"]);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(r.stderr.includes(`dyad watch: ${down}: HTTP 503`), r.stderr);
    assert.match(r.stdout, /polled 1 feed .* 1 failed/);
    const table = dyad(["feeds", "--db", db]);
    assert.match(table.stdout, /failed\s.*1 in a row/);
    assert.ok(table.stdout.includes(`${down}: HTTP 503`));
    site.route("/caido.xml", null);
  });

  test("bad input gets one line and exit 2, and no database is created", () => {
    const dir = tmp();
    const db = join(dir, "dyad.sqlite");
    writeFileSync(join(dir, "bad.txt"), "https://example.org/rss.xml\nnot a url\n");
    writeFileSync(join(dir, "ok.txt"), "https://example.org/rss.xml\n");
    writeFileSync(join(dir, "short.txt"), "tooshort\n");
    const cases: [string[], RegExp][] = [
      [["watch", "--db", db], /give one feeds file/],
      [["watch", join(dir, "nada.txt"), "--once", "--db", db], /no feeds file at .*nada\.txt/],
      [["watch", join(dir, "bad.txt"), "--once", "--db", db], /bad\.txt:2: not an http\(s\) feed URL: 'not a url'/],
      [["watch", join(dir, "ok.txt"), "--every", "5", "--db", db], /--every must be a duration/],
      [["watch", join(dir, "ok.txt"), "--webhook", "http://127.0.0.1:9/x", "--db", db], /--webhook needs --secret-file/],
      [["watch", join(dir, "ok.txt"), "--webhook", "ftp://x", "--secret-file", join(dir, "short.txt"), "--db", db], /--webhook must be an http\(s\) URL/],
      [["watch", join(dir, "ok.txt"), "--webhook", "http://127.0.0.1:9/x", "--secret-file", join(dir, "short.txt"), "--db", db], /at least 16 characters/],
      [["watch", join(dir, "ok.txt"), "--threshold", "high", "--db", db], /--threshold must be a positive number/],
      [["feeds", "--db", db], /no database at/],
    ];
    for (const [args, message] of cases) {
      const r = dyad(args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    }
    assert.equal(existsSync(db), false, "no database was created");
  });
});
