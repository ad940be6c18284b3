import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { loadKnowledge } from "../src/data/knowledge.js";
import { codeDocument } from "../src/pipeline/index.js";
import { startServer, type RunningServer } from "../src/server.js";
import { exampleDb } from "./api-db.js";
import { GOLD, ROOT, hasShared } from "./helpers.js";

// Debian's chromium (.ci/run installs it); headless, and quiet on the network: only the loopback server is reached.
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const SHOTS = `${ROOT}test-results/`;
// The articles with <script> and <img onerror> payloads: three in the example corpus, one of ours with events.
const PAYLOADS = ["at-20260128-1", "am-20260219-1", "co-20260415-1", "dyad-payload-1"];

let db: Awaited<ReturnType<typeof exampleDb>>;
let server: RunningServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const errors: string[] = [];

const HAS_CHROMIUM = existsSync(CHROMIUM);

before(async () => {
  if (!HAS_CHROMIUM) return;
  mkdirSync(SHOTS, { recursive: true });
  db = await exampleDb();
  server = await startServer({ db: db.file, port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "en-US" });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  // A tripwire: anything that runs from an article would call alert() or set this flag.
  await page.addInitScript({ content: `Object.defineProperty(window, "__dyadPwned", { set(v) { throw new Error("payload ran: " + v); } });` });
});

after(async () => {
  await browser?.close();
  await server?.close();
  db?.dispose();
});

// Poll from Node: page.waitForFunction evaluates a string, which the page's CSP (rightly) forbids.
async function until(check: () => Promise<boolean>, what: string, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await check()) return;
  assert.fail(`timed out waiting until ${what}`);
}

const noPayloadRan = async (where: string): Promise<void> => {
  assert.deepEqual(dialogs, [], `${where}: a dialog opened`);
  assert.deepEqual(errors.filter((e) => /payload ran/.test(e)), [], `${where}: a payload ran`);
  const made = "body img, body iframe, body svg, main script, #drawer script, #drawer a[href^='javascript'], main a[href^='javascript']";
  assert.equal(await page.locator(made).count(), 0, `${where}: an element was made from article text`);
};

test("pick MEX–USA: the chart, the agenda and the events", { skip: !HAS_CHROMIUM && "no chromium at /usr/bin/chromium" }, async () => {
  await page.goto(server.url);
  await page.fill("#actor-a", "MEX");
  await page.fill("#actor-b", "USA");
  await page.selectOption("#interval", "week");
  await page.click("#show");
  await page.waitForSelector("#chart canvas");
  await page.waitForSelector("table.events tr.event");
  const total = ((await (await fetch(`${server.url}api/events?dyad=MEX:USA&limit=1`)).json()) as { total: number }).total;
  assert.equal(await page.locator("table.events tr.event").count(), Math.min(100, total), "every event of the dyad is listed");
  assert.ok((await page.locator("#agenda td.cell").count()) > 10, "agenda cells");
  assert.match(await page.locator("#agenda th.ctx").first().textContent() ?? "", /\w/, "agenda names a context");
  await page.screenshot({ path: `${SHOTS}dashboard.png` });

  // Clicking an interval on the chart lists that interval's events only.
  const box = (await page.locator("#chart .u-over").boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.locator("#events-scope", { hasText: "→" }).waitFor();
  const scope = (await page.textContent("#events-scope")) ?? "";
  const [from, to] = [...scope.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => m[0]);
  const dates = await page.locator("table.events tr.event td:first-child").allTextContents();
  assert.ok(dates.every((d) => d >= from! && d <= to!), `${dates} within ${from}–${to}`);
  await page.click("#show-all");
  await until(async () => (await page.locator("table.events tr.event").count()) === Math.min(100, total), "all events listed again");
});

test("open an event: its article with the trigger and the actors highlighted", { skip: !HAS_CHROMIUM && "no chromium at /usr/bin/chromium" }, async () => {
  const row = page.locator("table.events tr.event", { hasText: "Claudia Sheinbaum ↔ Donald Trump" }).first();
  const id = await row.getAttribute("data-id");
  await row.click();
  await page.waitForSelector("#drawer:not([hidden]) #article-text mark.span-trigger");
  const event = (await (await fetch(`${server.url}api/events/${id}`)).json()) as { mentions: { representative: boolean; trigger: { text: string } }[] };
  const trigger = event.mentions.find((m) => m.representative)!.trigger.text;
  assert.equal(await page.locator("#article-text mark.span-trigger:not(.span-other)").first().textContent(), trigger);
  assert.match((await page.locator("#article-text mark.span-source:not(.span-other)").allTextContents()).join(" "), /Sheinbaum/);
  assert.match((await page.locator("#article-text mark.span-target:not(.span-other)").allTextContents()).join(" "), /Trump/);
  await page.screenshot({ path: `${SHOTS}evidence.png` });
  await page.click("#drawer-close");
  assert.equal(await page.isHidden("#drawer"), true, "drawer closed");
});

test("articles with <script> and <img onerror> payloads are shown as text and run nothing", { skip: !HAS_CHROMIUM && "no chromium at /usr/bin/chromium" }, async () => {
  for (const doc of PAYLOADS) {
    await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&article=${doc}`);
    await page.waitForSelector("#drawer:not([hidden]) #article-text");
    const text = (await page.textContent("#article-text")) ?? "";
    assert.match(text, /<(script|img|a|iframe|svg)\b/, `${doc}: the payload is visible as text`);
    await page.waitForTimeout(200);
    await noPayloadRan(doc);
  }
  await page.screenshot({ path: `${SHOTS}payload-article.png` });
  // Our payload article has events: its evidence, with the payload, is in the events list too.
  await page.click("#drawer-close");
  await page.waitForSelector("table.events tr.event");
  const evidence = await page.locator("table.events td.evidence", { hasText: "<script>" }).count();
  assert.ok(evidence >= 1, "the payload sentence is listed as evidence");
  await noPayloadRan("events list");
});

test("code a text: paste an article, see its events", { skip: !HAS_CHROMIUM && "no chromium at /usr/bin/chromium" }, async () => {
  const text = readFileSync(`${ROOT}examples/articulo.txt`, "utf8");
  const expected = await codeDocument({ id: "posted", text, date: "2026-03-12", language: "es" }, await loadKnowledge());
  assert.ok(expected.length >= 6, `the seed article has ${expected.length} events`);
  await page.goto(`${server.url}#view=code`);
  await page.fill("#code-text", text);
  await page.fill("#code-date", "2026-03-12");
  await page.click("#code-run");
  await page.waitForSelector("#code-events tr.event");
  assert.equal(await page.locator("#code-events tr.event").count(), expected.length);
  assert.equal(await page.locator("#code-highlight mark.span-trigger").count(), new Set(expected.map((e) => e.trigger.start)).size);
  await page.screenshot({ path: `${SHOTS}code-a-text.png` });

  // Pasted payloads stay text too.
  const payload = JSON.parse(readFileSync(`${ROOT}test/fixtures/api/payload.jsonl`, "utf8")).text as string;
  await page.fill("#code-text", payload);
  await page.click("#code-run");
  await page.locator("#code-highlight", { hasText: "<script>" }).waitFor();
  await noPayloadRan("code a text");
});

test("code a text: the seed article gives its six events", { skip: (!HAS_CHROMIUM && "no chromium at /usr/bin/chromium") || (!hasShared && "no ../shared/gold") }, async () => {
  const text = readFileSync(`${GOLD}seed-es.txt`, "utf8");
  await page.goto(`${server.url}#view=code`);
  await page.fill("#code-text", text);
  await page.fill("#code-date", "2026-01-30");
  await page.click("#code-run");
  await page.waitForSelector("#code-events tr.event");
  assert.equal(await page.locator("#code-events tr.event").count(), 6);
  for (const type of ["CONSULT", "AGREE", "SUPPORT", "COERCE", "SANCTION"]) {
    assert.ok(await page.locator("#code-events tr.event", { hasText: new RegExp(type, "i") }).count() >= 1, type);
  }
  await page.screenshot({ path: `${SHOTS}code-a-text-seed.png` });
});

test("the interface reads in Spanish", { skip: !HAS_CHROMIUM && "no chromium at /usr/bin/chromium" }, async () => {
  await page.goto(`${server.url}#view=dyad&a=COL&b=VEN&interval=month`);
  await page.click("[data-lang=es]");
  await page.waitForSelector("#chart canvas");
  await page.waitForSelector("table.events tr.event");
  assert.equal(await page.textContent("#tab-code"), "Codificar un texto");
  assert.equal(await page.textContent("#view-dyad .chart-panel h2"), "Cooperación y conflicto");
  await page.screenshot({ path: `${SHOTS}dashboard-es.png` });
  await page.click("[data-lang=en]");
});
