import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseFeed } from "../src/ingest/feed.js";
import { parseFeedList } from "../src/watch/list.js";
import { MAX_BACKOFF_MS, nextPoll, parseDuration, schedule, tickSeconds } from "../src/watch/schedule.js";
import { DEFAULT_ALERTS, pairsOf, scoreDyads, windowOf, type ConflictEvent } from "../src/watch/score.js";
import { sign, verify } from "../src/watch/webhook.js";
import { mapLimit } from "../src/watch/watch.js";

const NOW = new Date("2026-05-20T12:00:00Z");
const MIN = 60_000;

describe("feeds file", () => {
  test("one URL a line; comments, blank lines and repeats aside", () => {
    const text = "# noticias\n\nhttps://a.example/rss.xml   # diario A\nhttp://b.example/feed\nhttps://a.example/rss.xml\n";
    assert.deepEqual(parseFeedList(text, "feeds.txt"), ["https://a.example/rss.xml", "http://b.example/feed"]);
  });
  test("a line that is not an http(s) URL is an error naming the line", () => {
    assert.throws(() => parseFeedList("https://a.example/rss.xml\nftp://b.example/feed\n", "feeds.txt"), /^Error: feeds\.txt:2: not an http\(s\) feed URL: 'ftp:\/\/b\.example\/feed'$/);
    assert.throws(() => parseFeedList("# nada\n\n", "feeds.txt"), /feeds\.txt: lists no feed URL/);
  });
});

describe("schedule", () => {
  test("durations", () => {
    assert.equal(parseDuration("15m"), 15 * MIN);
    assert.equal(parseDuration("30s"), 30_000);
    assert.equal(parseDuration("2h"), 120 * MIN);
    assert.equal(parseDuration("1d"), 1440 * MIN);
    for (const bad of ["15", "m", "-5m", "0m", "15 minutes"]) assert.equal(parseDuration(bad), null, bad);
  });
  test("the next poll is one interval away, jittered by at most 10 %", () => {
    assert.equal(nextPoll(NOW, 15 * MIN, 0, () => 0.5).getTime() - NOW.getTime(), 15 * MIN);
    assert.equal(nextPoll(NOW, 15 * MIN, 0, () => 0).getTime() - NOW.getTime(), 13.5 * MIN);
    assert.equal(nextPoll(NOW, 15 * MIN, 0, () => 1).getTime() - NOW.getTime(), 16.5 * MIN);
  });
  test("a failing feed waits twice as long after each failure, up to 6 h", () => {
    const waits = [1, 2, 3, 4, 5, 10].map((n) => nextPoll(NOW, 15 * MIN, n, () => 0.5).getTime() - NOW.getTime());
    assert.deepEqual(waits, [30 * MIN, 60 * MIN, 120 * MIN, 240 * MIN, MAX_BACKOFF_MS, MAX_BACKOFF_MS]);
    assert.equal(nextPoll(NOW, 24 * 60 * MIN, 3, () => 0.5).getTime() - NOW.getTime(), 24 * 60 * MIN, "never shorter than the interval itself");
  });
  test("the scheduler looks for due feeds often enough for the jitter to matter", () => {
    assert.equal(tickSeconds(15 * MIN), 60);
    assert.equal(tickSeconds(60_000), 6);
    assert.equal(tickSeconds(10_000), 1);
  });
  test("cycles never overlap (croner's protect), and stop() waits for the one in progress", async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    let release: () => void = () => {};
    const errors: Error[] = [];
    // Each cycle lasts until released: ticks that come meanwhile (every second) must be skipped.
    const s = schedule(1, async () => {
      runs++;
      most = Math.max(most, ++running);
      await new Promise<void>((r) => (release = r));
      running--;
    }, (e) => errors.push(e));
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(runs, 1, "the first cycle runs at once, and no tick starts another while it lasts");
    const stopped = s.stop();
    release();
    await stopped;
    assert.equal(running, 0, "stop() resolved after the cycle in progress ended");
    assert.equal(most, 1);
    assert.deepEqual(errors, []);
  });

  test("mapLimit keeps at most `limit` running and returns results in order", async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (x) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setImmediate(r));
      running--;
      return x * 10;
    });
    assert.deepEqual(out, [50, 10, 40, 20, 30]);
    assert.equal(most, 2);
  });
});

describe("conflict score", () => {
  const ev = (id: number, date: string, g: number, s = ",MEX,", t = ",USA,"): ConflictEvent => ({ id, sources: s, targets: t, date, g10: g * 10 });
  test("the window covers the days the last 24 h touch; the baseline the 28 windows before", () => {
    assert.deepEqual(windowOf(NOW, DEFAULT_ALERTS), { from: "2026-05-19", to: "2026-05-20", span: 2, baselineFrom: "2026-04-20" });
  });
  test("pairs are unordered, between different codes of the two sides", () => {
    assert.deepEqual(pairsOf(",USA,", ",MEX,"), ["MEX|USA"]);
    assert.deepEqual(pairsOf(",MEX,", ",MEX,USA,"), ["MEX|USA"]);
    assert.deepEqual(pairsOf(",MEX,", ",MEX,"), []);
  });
  test("a burst over a quiet baseline scores a high z; a steady hum does not", () => {
    const events = [
      ev(1, "2026-05-02", -2), ev(2, "2026-05-10", -2),
      ev(3, "2026-05-20", -8), ev(4, "2026-05-20", -7, ",USA,", ",MEX,"), ev(5, "2026-05-19", -6), ev(6, "2026-05-20", -5),
      // Colombia–Venezuela: an accusation (−2) every other day for four weeks, and one today.
      ...Array.from({ length: 15 }, (_, i) => ev(10 + i, new Date(Date.parse("2026-04-22") + i * 2 * 86_400_000).toISOString().slice(0, 10), -2, ",COL,", ",VEN,")),
    ];
    const [mx, co] = scoreDyads(events, NOW, DEFAULT_ALERTS);
    assert.equal(`${mx!.a}-${mx!.b}`, "MEX-USA");
    assert.equal(mx!.score, 26);
    assert.deepEqual(mx!.events, [3, 4, 5, 6], "most severe first");
    assert.ok(mx!.z >= 3);
    assert.equal(`${co!.a}-${co!.b}`, "COL-VEN");
    assert.ok(co!.z < 1, `z ${co!.z}`);
  });
  test("one severe event on an empty baseline is not a spike: the standard deviation has a floor", () => {
    const [one] = scoreDyads([ev(1, "2026-05-20", -10)], NOW, DEFAULT_ALERTS);
    assert.equal(one!.sd, 0);
    assert.equal(one!.z, 2);
  });
  test("events outside the baseline and the window, or in the future, count for nothing", () => {
    assert.deepEqual(scoreDyads([ev(1, "2026-03-01", -10), ev(2, "2026-05-21", -10)], NOW, DEFAULT_ALERTS), []);
  });
});

describe("webhook signature", () => {
  const body = '{"type":"dyad.alert","dyad":{"a":"MEX","b":"USA"}}';
  const secret = "s3cret-s3cret-s3cret";
  test("HMAC-SHA256 over TIMESTAMP.BODY, hex", () => {
    // As openssl computes it: printf '%s' '1779278400.BODY' | openssl dgst -sha256 -hmac s3cret-s3cret-s3cret
    assert.equal(sign(secret, 1779278400, body), "sha256=a3a85b87e35c0ae8c73758b1947f922a285f9f25de187895f44fad9746ef2df5");
    assert.notEqual(sign(secret, 1779278400, body), sign(secret, 1779278401, body));
  });
  test("a receiver accepts the signed body and refuses a changed one, another secret, or an old timestamp", () => {
    const ts = 1779278400;
    const sig = sign(secret, ts, body);
    assert.equal(verify(secret, String(ts), sig, body, { now: ts + 10 }), true);
    assert.equal(verify(secret, String(ts), sig, body.replace("MEX", "CAN"), { now: ts + 10 }), false);
    assert.equal(verify("another-secret-entirely", String(ts), sig, body, { now: ts + 10 }), false);
    assert.equal(verify(secret, String(ts), sig, body, { now: ts + 3600 }), false);
    assert.equal(verify(secret, undefined, sig, body), false);
  });
});

describe("feed items' identity", () => {
  test("RSS 2.0 guid, RSS 1.0 rdf:about and Atom id are read; an item without one is known by its link", () => {
    const rss = parseFeed(`<rss version="2.0"><channel><title>A</title><item><link>https://a.example/1</link><guid isPermaLink="false">nota-1</guid></item>
      <item><link>https://a.example/2</link></item></channel></rss>`);
    assert.ok(rss.ok);
    assert.deepEqual(rss.items.map((i) => i.guid), ["nota-1", undefined]);
    const rdf = parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>B</title></channel>
      <item rdf:about="https://b.example/x"><link>https://b.example/x?utm=1</link></item></rdf:RDF>`);
    assert.ok(rdf.ok);
    assert.equal(rdf.items[0]!.guid, "https://b.example/x");
    const atom = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>C</title><entry><id>tag:c.example,2026:7</id><link href="https://c.example/7"/></entry></feed>`);
    assert.ok(atom.ok);
    assert.equal(atom.items[0]!.guid, "tag:c.example,2026:7");
  });
});
