import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chromium, type Browser } from "playwright-core";
import { startServer, type RunningServer } from "../src/server.js";
import { openWatcher } from "../src/watch/watch.js";
import { MEX_USA_BASELINE, MEX_USA_BURST } from "./fixtures/watch/articles.js";
import { startSite, type Article, type Site } from "./fixtures/watch/site.js";
import { ROOT } from "./helpers.js";

// The dashboard's "what changed" panel: the alerts `dyad watch` raised since the reader's last visit.
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const SHOTS = `${ROOT}test-results/`;
const skip = !existsSync(CHROMIUM) && "no chromium at /usr/bin/chromium";

let site: Site;
let server: RunningServer;
let browser: Browser;
let alertId = "";

// The fixtures are dated around 2026-05-20; the alert is raised now, so they are moved to end today.
const today = new Date().toISOString().slice(0, 10);
const moved = (a: Article): Article => ({ ...a, date: new Date(Date.parse(a.date) + Date.parse(today) - Date.parse("2026-05-20")).toISOString().slice(0, 10) });

before(async () => {
  if (skip) return;
  site = await startSite();
  const dir = mkdtempSync(join(tmpdir(), "dyad-browser-alerts-"));
  writeFileSync(join(dir, "feeds.txt"), `${site.feed("norte", "Diario Norte", [...MEX_USA_BASELINE, ...MEX_USA_BURST].map(moved))}\n`);
  const watcher = await openWatcher({ db: join(dir, "dyad.sqlite"), feedsFile: join(dir, "feeds.txt") });
  const r = await watcher.cycle({ all: true });
  await watcher.close();
  assert.equal(r.alerts.length, 1);
  alertId = r.alerts[0]!.id;
  server = await startServer({ db: join(dir, "dyad.sqlite"), port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await site?.close();
});

test("a first visit shows the week's alerts; a reload shows them again; the next visit only what is newer", { skip }, async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(server.url);
  const alert = page.locator(`#changes li.alert[data-id="${alertId}"]`);
  await alert.waitFor();
  assert.match(await page.locator("#changes h2").textContent() ?? "", /What changed · in the last 7 days/);
  assert.match(await alert.textContent() ?? "", /MEX–USA conflict spike: score [\d.]+ against a usual [\d.]+ ± [\d.]+ \(z [\d.]+\), \d+ events from \d+ articles/);
  assert.ok((await alert.locator("ul.alert-events li").count()) >= 3, "its most severe events with their evidence");
  assert.match(await alert.locator("ul.alert-events a").first().getAttribute("href") ?? "", /^http:\/\/127\.0\.0\.1:\d+\/a\//);
  await page.screenshot({ path: `${SHOTS}what-changed.png` });

  // The dyad opens at a click, over the alert's baseline, by day.
  await alert.locator("button.alert-dyad").click();
  await page.waitForSelector("table.events tr.event");
  assert.equal(await page.inputValue("#actor-a"), "MEX");
  assert.equal(await page.inputValue("#interval"), "day");

  await page.reload();
  await alert.waitFor();

  // A new tab is a new session (its own sessionStorage, the same localStorage): after this visit, nothing new.
  const later = await context.newPage();
  await later.goto(server.url);
  await later.locator("#changes p.empty").waitFor();
  assert.match(await later.locator("#changes").textContent() ?? "", /since your last visit, \w[^\n]*\s+No new alert since your last visit\./);
  assert.equal(await later.locator("#changes li.alert").count(), 0);
  await context.close();
});
