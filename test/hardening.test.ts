import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { createApp } from "../src/api/app.js";
import { hostGuard, hostName } from "../src/api/hosts.js";
import { openQueries, type Queries } from "../src/api/queries.js";
import { exportEvents } from "../src/export/index.js";
import { knowledgeCoder, type Coder } from "../src/ingest/coder.js";
import { textHash } from "../src/ingest/hash.js";
import { ingest } from "../src/ingest/ingest.js";
import { startServer } from "../src/server.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import type { Store } from "../src/store/store.js";

// Hardening found while making the dashboard trustworthy (#13): article URLs, the outlet shown, the Host header, methods.

const dir = mkdtempSync(join(tmpdir(), "dyad-hardening-"));
const file = join(dir, "h.sqlite");
const PRIVATE = "/home/someone/private/notas.jsonl:3";
const TEXT = "La canciller de México se reunió este martes con el secretario de Estado de Estados Unidos en Washington.";
let code: Coder;
let store: Store;
let queries: Queries;

before(async () => {
  code = await knowledgeCoder();
  store = openSqliteStore(file);
  // Stored as an older dyad stored it: a javascript: URL, and no outlet but the file it was read from.
  const doc = { id: "viejo", text: TEXT, date: "2026-03-10", language: "es" as const };
  await store.addArticle({ doc: doc.id, url: "javascript:alert(1)//", date: doc.date, language: "es", text: TEXT, textHash: textHash(TEXT), origin: PRIVATE }, await code(doc));
  queries = openQueries(file);
});
after(async () => {
  queries.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("article URLs and outlets", () => {
  test("ingest refuses javascript: and data: article URLs, and stores an http one", async () => {
    const lines = [
      { id: "js", url: "JavaScript:alert(document.cookie)", date: "2026-03-11", language: "es", text: `${TEXT} Uno.` },
      { id: "data", url: "data:text/html,<script>alert(1)</script>", date: "2026-03-11", language: "es", text: `${TEXT} Dos.` },
      { id: "web", url: "https://news.example/nota", date: "2026-03-11", language: "es", text: `${TEXT} Tres.` },
    ];
    const input = join(dir, "urls.jsonl");
    writeFileSync(input, lines.map((l) => JSON.stringify(l)).join("\n"));
    const summary = await ingest([input], { store, code });
    assert.equal(summary.added, 1);
    assert.deepEqual(summary.failures.map((f) => f.message), [
      "js: url: javascript: URLs are refused; only http and https article URLs are stored",
      "data: url: data: URLs are refused; only http and https article URLs are stored",
    ]);
  });

  test("exports and answers never carry a javascript: URL or a local path as outlet", async () => {
    const out = join(dir, "events.csv");
    await exportEvents(store, {}, "csv", out);
    const jsonl = join(dir, "events.jsonl");
    await exportEvents(store, {}, "jsonl", jsonl);
    for (const f of [out, jsonl]) {
      const text = readFileSync(f, "utf8");
      assert.ok(text.includes("https://news.example/nota"), `${f}: the http URL is kept`);
      assert.doesNotMatch(text, /javascript:|\/home\/someone/i, f);
    }
    const app = createApp(store, { queries });
    const article = (await (await app.request("/api/articles/viejo")).json()) as { url: string | null; source: string | null; events: { id: string }[] };
    assert.equal(article.url, null);
    assert.equal(article.source, null, "no outlet rather than the file it was read from");
    const event = await (await app.request(`/api/events/${article.events[0]!.id}`)).text();
    assert.doesNotMatch(event, /javascript:|\/home\/someone/i);
    const web = (await (await app.request("/api/articles/web")).json()) as { source: string | null };
    assert.equal(web.source, "news.example", "the URL's host is the outlet");
  });

  test("POST /api/articles refuses a javascript: URL", async () => {
    const app = createApp(store, { queries, token: "a-token-of-enough-length" });
    const r = await app.request("/api/articles", {
      method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer a-token-of-enough-length" },
      body: JSON.stringify({ id: "x", text: TEXT, url: "javascript:alert(1)" }),
    });
    assert.equal(r.status, 400);
    assert.deepEqual(await r.json(), { error: "url: must be an http or https URL" });
  });
});

describe("methods and hosts", () => {
  test("a wrong method is a 405 naming the methods the path takes", async () => {
    const app = createApp(store, { queries });
    for (const [method, path, allow] of [["POST", "/api/events", "GET, HEAD"], ["DELETE", "/api/events/0123456789abcdef", "GET, HEAD"], ["GET", "/api/code", "POST"],
      ["PUT", "/api/dyads/MEX/USA/timeline", "GET, HEAD"], ["POST", "/", "GET, HEAD"]] as const) {
      const r = await app.request(path, { method });
      assert.equal(r.status, 405, `${method} ${path}`);
      assert.equal(r.headers.get("allow"), allow, `${method} ${path}`);
    }
    assert.equal((await app.request("/api/nothing-here", { method: "POST" })).status, 404);
  });

  test("the Host header must name the server: its address, localhost on loopback, or a name allowed", () => {
    assert.equal(hostName("LocalHost.:8080"), "localhost");
    assert.equal(hostName("[::1]:8080"), "::1");
    const loop = hostGuard("127.0.0.1");
    for (const h of ["127.0.0.1:8080", "localhost:8080", "localhost", "[::1]:8080", undefined]) assert.ok(loop(h), String(h));
    for (const h of ["attacker.example:8080", "127.0.0.1.attacker.example", "192.168.1.20:8080", ""]) assert.ok(!loop(h), h);
    const all = hostGuard("0.0.0.0", ["dyad.example.org"]);
    for (const h of ["192.168.1.20:8080", "[fe80::1]:80", "dyad.example.org", "localhost:8080"]) assert.ok(all(h), h);
    assert.ok(!all("attacker.example"));
  });

  test("dyad serve answers 403 to a request for another host name (DNS rebinding)", async () => {
    const server = await startServer({ db: file, port: 0, allowHosts: ["dyad.example.org"] });
    try {
      const status = (host: string) => new Promise<number>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port: server.port, path: "/api/stats", headers: { Host: host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
      assert.equal(await status(`127.0.0.1:${server.port}`), 200);
      assert.equal(await status(`localhost:${server.port}`), 200);
      assert.equal(await status("dyad.example.org"), 200);
      assert.equal(await status(`attacker.example:${server.port}`), 403);
    } finally {
      await server.close();
    }
  });
});
