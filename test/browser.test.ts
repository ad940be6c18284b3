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
  // The map's own SVG (drawn by map.js from numbers and place names set as text) is the only svg the page may hold.
  const made = "body img, body iframe, body svg:not(.map-panel svg), main script, #drawer script, #drawer a[href^='javascript'], main a[href^='javascript']";
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
  // History a story recalls ("Mexico sent 29 prisoners in February 2025") is listed under the report's date, saying so.
  const recalled = ((await (await fetch(`${server.url}api/events?dyad=MEX:USA&limit=500`)).json()) as { events: { period?: string }[] }).events
    .filter((e) => e.period).map((e) => `recalls ${e.period}`);
  assert.ok(recalled.length > 0, "the corpus recalls some history");
  assert.deepEqual((await page.locator("table.events .recalls").allTextContents()).sort(), recalled.sort());
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

interface MapPlace { key: string; precision: string; name: string; admin1: string | null; country: string; events: number; quad: number }

test("the map: MEX–USA events by place; clicking a place, or Enter on it, lists its events", { skip: !HAS_CHROMIUM && "no chromium at /usr/bin/chromium" }, async () => {
  const data = (await (await fetch(`${server.url}api/dyads/MEX/USA/places`)).json()) as { total: number; places: MapPlace[] };
  const cities = data.places.filter((p) => p.precision === "city");
  assert.ok(cities.some((p) => p.country === "MEX") && cities.some((p) => p.country === "USA"), "the corpus places MEX–USA events in cities of both");
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=week`);
  await page.waitForSelector("#map svg g.place");
  assert.equal(await page.locator("#map svg g.place").count(), cities.length, "one marker per city");
  // The view is framed on the dyad's cities: the countries around them are drawn, Mexico's and the US's among them.
  const drawn = await page.locator("#map svg path.country title").allTextContents();
  assert.ok(drawn.length > 5 && drawn.includes("Mexico") && drawn.some((n) => n.startsWith("United States")), `countries drawn: ${drawn.join(", ")}`);
  for (const label of ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]) {
    await page.locator(".map-legend", { hasText: label }).waitFor();
  }
  // A bigger count, a bigger marker.
  const [most, least] = [cities[0]!, cities.at(-1)!];
  const size = async (key: string) => (await page.locator(`#map g.place[data-key="${key}"] path`).boundingBox())!.width;
  if (most.events > least.events) assert.ok((await size(most.key)) > (await size(least.key)), `${most.name} (${most.events}) drawn larger than ${least.name} (${least.events})`);
  // Places known only to a state or a country are listed, not pinned.
  for (const p of data.places.filter((x) => x.precision !== "city")) {
    assert.equal(await page.locator(`#map g.place[data-key="${p.key}"]`).count(), 0, `${p.key} has no marker`);
    await page.locator(`#vague-list .place-item[data-key="${p.key}"]`, { hasText: p.name }).waitFor();
  }

  // Click the city with the most events: the list shows its events, each placed there.
  await page.locator(`#map g.place[data-key="${most.key}"]`).click();
  await page.locator("#events-scope", { hasText: most.name }).waitFor();
  await until(async () => (await page.locator("table.events tr.event").count()) === most.events, `${most.events} events of ${most.name} listed`, 15000);
  for (const cell of await page.locator("table.events tr.event td.place-cell").allTextContents()) assert.ok(cell.startsWith(most.name), `${cell}: placed at ${most.name}`);
  assert.ok((await page.locator("table.events tr.event td.evidence").allTextContents()).every((t) => t.length > 20), "evidence shown");
  assert.equal(await page.getAttribute(`#map g.place[data-key="${most.key}"]`, "class"), `place quad-${most.quad} selected`, "the marker is selected");
  assert.match(decodeURIComponent(new URL(page.url()).hash), new RegExp(`place=${most.key}`), "the address keeps the place");
  await page.screenshot({ path: `${SHOTS}map-place.png` });

  // Keyboard: focus another city's marker and press Enter.
  const other = cities.find((p) => p.key !== most.key)!;
  await page.focus(`#map g.place[data-key="${other.key}"]`);
  await page.keyboard.press("Enter");
  await page.locator("#events-scope", { hasText: other.name }).waitFor();
  await until(async () => (await page.locator("table.events tr.event").count()) === other.events, `${other.events} events of ${other.name} listed`, 15000);
  assert.equal(await page.getAttribute(`#places .place-item[data-key="${other.key}"]`, "aria-pressed"), "true");

  // Back goes to the place picked before, as the address had it.
  await page.goBack();
  await page.locator("#events-scope", { hasText: most.name }).waitFor();
  await until(async () => (await page.locator("table.events tr.event").count()) === most.events, `back: ${most.events} events of ${most.name}`, 15000);
  assert.equal(await page.locator(`#map g.place.selected[data-key="${most.key}"]`).count(), 1, "back: the marker is selected again");

  // "Show all" lists every event again.
  await page.click("#show-all");
  await until(async () => (await page.locator("table.events tr.event").count()) === Math.min(100, data.total), "all events listed again", 15000);
  assert.equal(await page.locator("#map g.place.selected").count(), 0, "no place selected");
});

test("the map at 390, 1366 and 1920 px: no sideways scroll, a place from the address, its events listed", { skip: !HAS_CHROMIUM && "no chromium at /usr/bin/chromium" }, async () => {
  const data = (await (await fetch(`${server.url}api/dyads/MEX/USA/places`)).json()) as { places: MapPlace[] };
  const city = data.places.find((p) => p.precision === "city" && p.country === "MEX")!;
  for (const width of [390, 1366, 1920]) {
    const p = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 1000 }, locale: "en-US" });
    const pageErrors: string[] = [];
    p.on("pageerror", (e) => pageErrors.push(e.message));
    await p.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=week&place=${encodeURIComponent(city.key)}`);
    await p.waitForSelector("#map svg g.place");
    await p.locator("#events-scope", { hasText: city.name }).waitFor();
    await p.waitForSelector("table.events tr.event");
    assert.equal(await p.locator("table.events tr.event").count(), city.events, `${width}: ${city.name}'s events from the address`);
    assert.equal(await p.locator(`#map g.place.selected[data-key="${city.key}"]`).count(), 1, `${width}: the place is marked`);
    const overflow = (await p.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")) as number;
    assert.ok(overflow <= 0, `${width}: ${overflow} px of sideways scroll`);
    const map = (await p.locator("#map svg.map-svg").boundingBox())!;
    assert.ok(map.width > width * 0.5 && map.x + map.width <= width, `${width}: the map fits (${map.x}+${map.width})`);
    await p.locator(".map-panel").scrollIntoViewIfNeeded();
    await p.locator(".map-panel").screenshot({ path: `${SHOTS}map-${width}.png` });
    // The list beside the map picks a place too (on a phone, where markers are small).
    const listed = data.places.find((x) => x.precision !== "city") ?? data.places.find((x) => x.key !== city.key)!;
    await p.click(`#places .place-item[data-key="${listed.key}"]`);
    await p.locator("#events-scope", { hasText: listed.name }).waitFor();
    await until(async () => (await p.locator("table.events tr.event").count()) === listed.events, `${width}: ${listed.events} events of ${listed.name}`, 15000);
    assert.deepEqual(pageErrors, [], `${width}: page errors`);
    await p.close();
  }
});

test("open an event: its article with the trigger and the actors highlighted", { skip: !HAS_CHROMIUM && "no chromium at /usr/bin/chromium" }, async () => {
  // A call between the two, either way round: its representative report's text is shown, its trigger and actors marked.
  type Listed = { id: string; type: string; source: { name: string | null }[]; target: { name: string | null }[] };
  const listed = (await (await fetch(`${server.url}api/events?dyad=MEX:USA&type=CONSULT&limit=500`)).json()) as { events: Listed[] };
  const names = (e: Listed) => [...e.source, ...e.target].map((a) => a.name).join(" ");
  const call = listed.events.find((e) => /Sheinbaum/.test(names(e)) && /Trump/.test(names(e)))!;
  const row = page.locator(`table.events tr.event[data-id="${call.id}"]`);
  const id = await row.getAttribute("data-id");
  await row.click();
  await page.waitForSelector("#drawer:not([hidden]) #article-text mark.span-trigger");
  type Said = { text: string; start: number };
  const event = (await (await fetch(`${server.url}api/events/${id}`)).json()) as { mentions: { representative: boolean; trigger: { text: string }; source_actors: Said[]; target_actors: Said[] }[] };
  const rep = event.mentions.find((m) => m.representative)!;
  assert.equal(await page.locator("#article-text mark.span-trigger:not(.span-other)").first().textContent(), rep.trigger.text);
  const marked = async (kind: string) => page.locator(`#article-text mark.span-${kind}:not(.span-other)`).allTextContents();
  const [sources, targets] = [await marked("source"), await marked("target")];
  for (const t of sources) assert.ok(rep.source_actors.some((a) => a.text === t), `source ${t}`);
  for (const t of targets) assert.ok(rep.target_actors.some((a) => a.text === t), `target ${t}`);
  assert.match([...sources, ...targets].join(" "), /Sheinbaum|Trump/);
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
  // The view still shows the previous test's events: wait for this run's answer, then for the button it disables.
  await Promise.all([page.waitForResponse((r) => r.url().endsWith("/api/code")), page.click("#code-run")]);
  await page.waitForSelector("#code-run:not([disabled])");
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
  assert.equal(await page.textContent(".map-panel h2"), "Dónde");
  await page.locator(".map-legend", { hasText: "conflicto material" }).waitFor();
  await page.screenshot({ path: `${SHOTS}dashboard-es.png` });
  await page.click("[data-lang=en]");
});
