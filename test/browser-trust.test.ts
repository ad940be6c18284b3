import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";
import { knowledgeCoder } from "../src/ingest/coder.js";
import { ingest } from "../src/ingest/ingest.js";
import { startServer, type RunningServer } from "../src/server.js";
import { openSqliteStore } from "../src/store/sqlite.js";
import { exampleDb } from "./api-db.js";
import { ROOT } from "./helpers.js";

// The dashboard must not show wrong numbers silently (#13): who a side is, mis-dated articles, dates in the address.
const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const SHOTS = `${ROOT}test-results/`;
const HAS_CHROMIUM = existsSync(CHROMIUM);
const LONG_NAME = "Organización Internacional para la Cooperación Permanente de los Estados Unidos Mexicanos y los Estados Unidos de América en Materia de Seguridad Fronteriza";
const skip = !HAS_CHROMIUM && "no chromium at /usr/bin/chromium";

let db: Awaited<ReturnType<typeof exampleDb>>;
let server: RunningServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

before(async () => {
  if (!HAS_CHROMIUM) return;
  mkdirSync(SHOTS, { recursive: true });
  db = await exampleDb();
  // Our article about a Sheinbaum–Trump meeting, dated 1901-01-01 by a broken scraper.
  const store = openSqliteStore(db.file);
  const summary = await ingest([`${ROOT}test/fixtures/api/misdated.jsonl`], { store, code: await knowledgeCoder() });
  assert.equal(summary.held, 1, "the mis-dated article is held");
  // Ours too: a long institution's name, a 100 kB word, right-to-left quotes, a title and an outlet that never end.
  const long = join(mkdtempSync(join(tmpdir(), "dyad-long-")), "long.jsonl");
  writeFileSync(long, `${JSON.stringify({
    id: "dyad-long-1", date: "2026-04-28", language: "es", title: `${LONG_NAME} ${"W".repeat(3000)}`, source: "ש".repeat(400),
    text: `La presidenta de México, Claudia Sheinbaum, habló este martes por teléfono con el presidente de Estados Unidos, Donald Trump. ${"Ñ".repeat(100_000)} El embajador citó «שלום עליכם» y «السلام عليكم» ante la ${LONG_NAME}.`,
  })}\n`);
  assert.equal((await ingest([long], { store, code: await knowledgeCoder() })).added, 1);
  await store.close();
  server = await startServer({ db: db.file, port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "en-US" });
  page.on("pageerror", (e) => errors.push(e.message));
});

after(async () => {
  await browser?.close();
  await server?.close();
  db?.dispose();
});

async function until(check: () => Promise<boolean>, what: string, ms = 8000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await check()) return;
  assert.fail(`timed out waiting until ${what}`);
}

const json = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path.replace(/^\//, "")}`)).json()) as T;
const rows = () => page.locator("table.events tr.event");
/** The count above the events list: "1 event", "12 events". */
const counted = (n: number): RegExp => new RegExp(`^${n} events?$`);
const dates = () => page.locator("table.events tr.event td:first-child").allTextContents();

async function pick(a: string, b: string, range: { from?: string; to?: string } = {}): Promise<void> {
  await page.fill("#actor-a", a);
  await page.fill("#actor-b", b);
  await page.fill("#from", range.from ?? "");
  await page.fill("#to", range.to ?? "");
  await page.click("#show");
}

test("BRA–USA shows no Ebrard event; the page says how each side was read", { skip }, async () => {
  await page.goto(`${server.url}#view=dyad&a=BRA&b=USA&interval=month`);
  await page.waitForSelector("table.events tr.event");
  const listed = (await rows().allTextContents()).join("\n");
  assert.doesNotMatch(listed, /Ebrard/, "Marcelo Ebrard is no Brazilian");
  assert.ok((await rows().count()) >= 1, "the corpus has BRA–USA events");
  await page.locator("#resolved", { hasText: "BRA: country" }).waitFor();
  await page.screenshot({ path: `${SHOTS}trust-bra-usa.png` });

  // A country's name is its code, and the page says so; the same events as by the code.
  const mex = (await json<{ total: number }>("/api/events?dyad=MEX:USA&limit=1")).total;
  await pick("Mexico", "USA");
  await page.locator("#resolved", { hasText: "“Mexico” → MEX (country)" }).waitFor();
  await page.locator("#events-count", { hasText: counted(mex) }).waitFor();

  // A part of a word finds nobody, and the page says that rather than showing a quiet chart.
  await pick("Sheinb", "USA");
  await page.locator("#resolved .unresolved", { hasText: "“Sheinb” matches no country, organisation or actor" }).waitFor();
  // A whole name finds the actor, named.
  await pick("Sheinbaum", "Trump");
  await page.locator("#resolved", { hasText: "“Sheinbaum” → Claudia Sheinbaum (actor)" }).waitFor();
  await page.waitForSelector("table.events tr.event");
  assert.deepEqual(errors, []);
});

test("a 1901 article leaves the 2026 chart in place, with a notice", { skip }, async () => {
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=week`);
  await page.waitForSelector("#chart canvas");
  await page.waitForSelector("table.events tr.event");
  const shown = await dates();
  assert.ok(shown.every((d) => d.startsWith("2026-")), `events listed: ${shown.slice(0, 3).join(", ")}…`);
  assert.match((await page.getAttribute("#chart", "data-first")) ?? "", /^2026-/, "the weekly chart starts in 2026");
  assert.match((await page.getAttribute("#chart", "aria-label")) ?? "", /2026-01-\d\d – 2026-0[45]-\d\d/);
  const notice = page.locator("#notice-held");
  await notice.waitFor();
  assert.match((await notice.textContent()) ?? "", /1 article has an implausible date.*Reunión sobre aranceles.*1901-01-01/s);
  await page.locator("#resolved", { hasText: /Dates: all of this pair's events, 2026-01-\d\d – 2026-0\d-\d\d/ }).waitFor();
  await page.screenshot({ path: `${SHOTS}trust-misdated.png` });
});

test("Back restores the dates; a shared address opens on them; events outside them are counted", { skip }, async () => {
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=week`);
  await page.waitForSelector("table.events tr.event");
  await pick("MEX", "USA", { from: "2026-02-01", to: "2026-02-28" });
  await until(async () => (await dates()).every((d) => d >= "2026-02-01" && d <= "2026-02-28"), "February's events");
  await pick("MEX", "USA", { from: "2026-03-01", to: "2026-03-31" });
  await until(async () => (await dates()).every((d) => d >= "2026-03-01" && d <= "2026-03-31"), "March's events");

  await page.goBack();
  await until(async () => (await page.inputValue("#from")) === "2026-02-01" && (await page.inputValue("#to")) === "2026-02-28", "Back: the February dates in the form");
  await until(async () => (await page.getAttribute("#chart", "data-first")) === "2026-01-26", "Back: the chart on February's weeks");
  await until(async () => {
    const ds = await dates();
    return ds.length > 0 && ds.every((d) => d >= "2026-02-01" && d <= "2026-02-28");
  }, "Back: February's events listed");
  const feb = (await json<{ total: number }>("/api/events?dyad=MEX:USA&from=2026-02-01&to=2026-02-28&limit=1")).total;
  const all = (await json<{ total: number }>("/api/events?dyad=MEX:USA&limit=1")).total;
  await page.locator("#notice-outside", { hasText: `${all - feb} events of this pair lie outside the dates shown` }).waitFor();
  await page.screenshot({ path: `${SHOTS}trust-back-dates.png` });

  // The address, opened in another tab, shows the same dates.
  const shared = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "en-US" });
  await shared.goto(page.url());
  await shared.waitForSelector("table.events tr.event");
  assert.equal(await shared.inputValue("#from"), "2026-02-01");
  assert.equal(await shared.inputValue("#to"), "2026-02-28");
  assert.ok((await shared.locator("table.events tr.event td:first-child").allTextContents()).every((d) => d >= "2026-02-01" && d <= "2026-02-28"));
  const overflow = (await shared.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")) as number;
  assert.ok(overflow <= 0, `390 px: ${overflow} px of sideways scroll`);
  await shared.screenshot({ path: `${SHOTS}trust-shared-390.png`, fullPage: false });
  await shared.close();

  // "Show all dates" clears them.
  await page.click("#show-all-dates");
  await page.locator("#events-count", { hasText: counted(all) }).waitFor();
  assert.equal(await page.inputValue("#from"), "");
  assert.equal(await page.locator("#notice-outside").count(), 0);
});

test("switching tabs keeps the chosen pair and dates", { skip }, async () => {
  await page.goto(`${server.url}#view=dyad&a=COL&b=VEN&interval=month&from=2026-01-01&to=2026-03-31`);
  await page.waitForSelector("table.events tr.event");
  await page.click("#tab-code");
  await page.waitForSelector("#view-code:not([hidden])");
  await page.click("#tab-dyad");
  await page.waitForSelector("#view-dyad:not([hidden])");
  assert.equal(await page.inputValue("#actor-a"), "COL");
  assert.equal(await page.inputValue("#actor-b"), "VEN");
  assert.equal(await page.inputValue("#from"), "2026-01-01");
  const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
  assert.deepEqual([hash.get("a"), hash.get("b"), hash.get("from"), hash.get("interval")], ["COL", "VEN", "2026-01-01", "month"]);
  // A reload (or the address shared) still names the pair.
  await page.reload();
  await page.waitForSelector("table.events tr.event");
  assert.equal(await page.inputValue("#actor-a"), "COL");
});

test("highlighting keeps the chosen event's actor when two events share its words", { skip }, async () => {
  interface Span { start: number; end: number; kind: string; event: string }
  // An article where an actor's words are a span of two events; the chosen event is the one whose span comes second.
  let found: { article: number; event: string; kind: string; start: number } | null = null;
  for (let id = 1; id < 400 && !found; id++) {
    const r = await fetch(`${server.url}api/articles/${id}`);
    if (r.status !== 200) continue;
    const spans = ((await r.json()) as { spans: Span[] }).spans.filter((s) => s.kind !== "trigger");
    for (let i = 1; i < spans.length && !found; i++) {
      const [x, y] = [spans[i - 1]!, spans[i]!];
      if (x.start === y.start && x.end === y.end && x.event !== y.event) found = { article: id, event: y.event, kind: y.kind, start: y.start };
    }
  }
  assert.ok(found, "the corpus has an actor shared by two events");
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&article=${found.article}&event=${found.event}`);
  await page.waitForSelector("#drawer:not([hidden]) #article-text mark");
  const mark = page.locator(`#article-text mark[data-event="${found.event}"][data-kind="${found.kind}"]`);
  assert.ok((await mark.count()) >= 1, `the chosen event's ${found.kind} is marked`);
  const classes = await mark.evaluateAll((ms) => ms.map((m) => m.className));
  assert.ok(classes.every((c) => !c.includes("span-other")), `shown as the chosen event's: ${classes.join(", ")}`);
  await page.screenshot({ path: `${SHOTS}trust-shared-span.png` });
});

test("an event's details: CAMEO code, Goldstein score, quad class, contexts, place, and the articles that reported it", { skip }, async () => {
  const { events } = await json<{ events: { id: string; cameo: string; goldstein: number | null; contexts: string[]; num_articles: number }[] }>("/api/events?dyad=MEX:USA&min_articles=2&limit=1");
  const e = events[0]!;
  const full = await json<{ mentions: { article: number; source: string | null; published: string | null; date: string }[] }>(`/api/events/${e.id}`);
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=week`);
  await page.locator(`table.events tr.event[data-id="${e.id}"]`).click();
  const details = page.locator("#event-details");
  await details.waitFor();
  const text = (await details.textContent()) ?? "";
  assert.match(text, new RegExp(`CAMEO ${e.cameo} · Goldstein ${e.goldstein ?? "—"} · (verbal|material) (cooperation|conflict)`));
  assert.match(text, /Place: /);
  const articles = new Set(full.mentions.map((m) => m.article)).size;
  assert.equal(await page.locator("#drawer .reports button").count(), articles, "one button per reporting article");
  assert.ok(articles >= 2);
  await page.screenshot({ path: `${SHOTS}trust-event-details.png` });
  // The address alone (a reload) shows the same details.
  await page.reload();
  await page.locator("#event-details", { hasText: `CAMEO ${e.cameo}` }).waitFor();
  await page.click("#drawer-close");
});

test("every axis shows the year: the agenda's months are 'Jan 2026', its weeks name the year on the first column", { skip }, async () => {
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=month`);
  await page.waitForSelector("#agenda th.period");
  // The hash change redraws the agenda: wait for the monthly columns rather than read the weekly ones still shown.
  const monthly = async () => (await page.locator("#agenda th.period").allTextContents()).every((m) => /^\w{3} 2026$/.test(m));
  await until(monthly, "the agenda's columns are months, each with its year");
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=week`);
  await page.waitForSelector("#agenda th.period");
  await until(async () => /2026/.test((await page.locator("#agenda th.period").first().textContent()) ?? ""), "the first week names its year");
  await page.locator(".chart-panel").screenshot({ path: `${SHOTS}trust-chart-week.png` });
});

test("filters: type, class, context, minimum articles and words narrow the list; an agenda cell filters by its context", { skip }, async () => {
  const total = async (q: string) => (await json<{ total: number }>(`/api/events?dyad=MEX:USA&limit=1&${q}`)).total;
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=month`);
  await page.waitForSelector("table.events tr.event");
  await page.selectOption("#f-quad", "4");
  await page.locator("#events-count", { hasText: counted(await total("quad=4")) }).waitFor();
  assert.equal(await page.locator("table.events tr.event.quad-coop").count(), 0, "material conflict only");
  await page.selectOption("#f-type", "COERCE");
  await page.locator("#events-count", { hasText: counted(await total("quad=4&type=COERCE")) }).waitFor();
  await page.locator("#events-scope", { hasText: "filtered: coerce, material conflict" }).waitFor();
  await page.click("#f-clear");
  await page.fill("#f-min", "2");
  await page.fill("#f-q", "aranceles");
  await page.click("#f-apply");
  const both = await total("min_articles=2&text=aranceles");
  assert.ok(both >= 1);
  await page.locator("#events-count", { hasText: counted(both) }).waitFor();
  for (const n of await page.locator("table.events tr.event td.num").allTextContents()) assert.ok(Number(n) >= 2, n);
  assert.match(new URL(page.url()).hash, /min=2&q=aranceles/, "the address keeps the filters");
  await page.screenshot({ path: `${SHOTS}trust-filters.png` });
  // Back: the filters before.
  await page.goBack();
  await until(async () => (await page.inputValue("#f-q")) === "" && (await page.inputValue("#f-min")) === "", "Back: no filters in the form");
  await page.locator("#events-count", { hasText: counted(await total("")) }).waitFor();

  // An agenda cell: its month and its context.
  const cell = page.locator("#agenda tr", { hasText: "crime" }).locator("td.cell").filter({ hasText: /\d/ }).first();
  const [period, n] = [await cell.getAttribute("data-period"), Number(await cell.textContent())];
  await cell.click();
  await until(async () => (await page.inputValue("#f-context")) === "crime", "the context filter set");
  await until(async () => (await rows().count()) === n, `${n} crime events of ${period}`);
  assert.ok((await dates()).every((d) => d.startsWith(period!.slice(0, 7))), "all of that month");
});

test("export what is on screen: the list's events as CSV and JSON, with their query, as the API gives them", { skip }, async () => {
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=month&from=2026-02-01&to=2026-03-31&quad=1`);
  await page.waitForSelector("table.events tr.event");
  const api = await json<{ total: number; events: { id: string }[] }>("/api/events?dyad=MEX:USA&from=2026-02-01&to=2026-03-31&quad=1&limit=500");
  const shown = await page.locator("table.events tr.event").evaluateAll((rs) => rs.map((r) => r.getAttribute("data-id")));
  assert.deepEqual(shown, api.events.map((e) => e.id), "the list is the API's");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  assert.match(csv.suggestedFilename(), /^dyad-events_dyad-MEX-USA.*quad-1.*\.csv$/);
  const lines = readFileSync((await csv.path())!, "utf8").trim().split("\n");
  assert.match(lines[0]!, /^id,date,type,mode,cameo,goldstein,quad,/, "the columns of dyad export --format csv");
  assert.deepEqual(lines.slice(1).map((l) => l.split(",")[0]), api.events.map((e) => e.id));
  const [json_] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  const body = JSON.parse(readFileSync((await json_.path())!, "utf8")) as { query: Record<string, string>; count: number; events: { id: string; mentions: unknown[] }[] };
  assert.deepEqual(body.query, { dyad: "MEX:USA", from: "2026-02-01", to: "2026-03-31", quad: "1" });
  assert.equal(body.count, api.total);
  assert.deepEqual(body.events.map((e) => e.id), api.events.map((e) => e.id));
  assert.ok(body.events.every((e) => e.mentions.length >= 1), "each event with the articles that reported it");
});

test("direction: one way narrows the chart, the list and the map; 'each way, apart' draws both ways as their own lines", { skip }, async () => {
  const total = async (d: string) => (await json<{ total: number }>(`/api/events?dyad=MEX:USA&direction=${d}&limit=1`)).total;
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=month`);
  await page.waitForSelector("table.events tr.event");
  assert.deepEqual(await page.locator("#direction option").allTextContents(), ["both ways", "MEX → USA", "USA → MEX", "each way, apart"]);
  await page.selectOption("#direction", "ba");
  await page.locator("#events-count", { hasText: counted(await total("ba")) }).waitFor();
  assert.match(new URL(page.url()).hash, /dir=ba/);
  await page.selectOption("#direction", "split");
  await page.waitForSelector("#chart canvas");
  await until(async () => (await page.locator("#chart .u-legend .u-label").allTextContents()).some((l) => l.includes("USA → MEX")), "the legend names both ways");
  const labels = await page.locator("#chart .u-legend .u-label").allTextContents();
  for (const l of ["Cooperation (events) MEX → USA", "Conflict (events) MEX → USA", "Cooperation (events) USA → MEX", "Conflict (events) USA → MEX"]) assert.ok(labels.includes(l), `${l} in ${labels.join(" | ")}`);
  await page.locator("#events-count", { hasText: counted(await total("both")) }).waitFor();
  await page.locator(".chart-panel").screenshot({ path: `${SHOTS}trust-direction-split.png` });
});

test("from the keyboard: arrows on the chart pick intervals, Enter on an agenda cell; sectors explained; modes in Spanish", { skip }, async () => {
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=month`);
  await page.waitForSelector("#chart canvas");
  await page.waitForSelector("table.events tr.event");
  await page.focus("#chart");
  await page.keyboard.press("Home");
  await page.locator("#events-scope", { hasText: "interval starting 2026-01-01" }).waitFor();
  await page.keyboard.press("ArrowRight");
  await page.locator("#events-scope", { hasText: "interval starting 2026-02-01" }).waitFor();
  assert.ok((await dates()).every((d) => d.startsWith("2026-02")), "February's events");
  await page.keyboard.press("Escape");
  await page.locator("#events-scope", { hasText: "whole period" }).waitFor();
  const cell = page.locator("#agenda td.cell[tabindex='0']").first();
  const period = await cell.getAttribute("data-period");
  await cell.focus();
  await page.keyboard.press("Enter");
  await page.locator("#events-scope", { hasText: `interval starting ${period}` }).waitFor();
  await page.click("#show-all");

  // An unnamed actor's sector says what it means on hover; the glossary lists them.
  const abbr = page.locator("table.events abbr.sector", { hasText: "GOV" }).first();
  assert.equal(await abbr.getAttribute("title"), "government");
  await page.locator("details.glossary summary").click();
  await page.locator("#sectors dd", { hasText: "armed forces" }).waitFor();
  // In Spanish, modes are Spanish too.
  await page.click("[data-lang=es]");
  await page.waitForSelector("table.events tr.event");
  await page.locator("table.events tr.event", { hasText: "consultar / por teléfono" }).first().waitFor();
  assert.equal(await page.locator("table.events abbr.sector", { hasText: "GOV" }).first().getAttribute("title"), "gobierno");
  await page.screenshot({ path: `${SHOTS}trust-es.png` });
  await page.click("[data-lang=en]");
});

// Every page: the relation view, an event's article, "code a text"; at a phone's, a laptop's and a desktop's width.
const PAGES: { name: string; open: (p: Page) => Promise<void> }[] = [
  { name: "relations", open: async (p) => {
    await p.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=week`);
    await p.waitForSelector("table.events tr.event");
    await p.waitForSelector("#map svg");
  } },
  { name: "article", open: async (p) => {
    await p.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=week`);
    await p.waitForSelector("table.events tr.event");
    await p.locator("table.events tr.event").first().click();
    await p.waitForSelector("#event-details");
  } },
  { name: "code", open: async (p) => {
    await p.goto(`${server.url}#view=code`);
    await p.fill("#code-text", "La presidenta de México, Claudia Sheinbaum, habló este martes por teléfono con el presidente de Estados Unidos, Donald Trump.");
    await p.click("#code-run");
    await p.waitForSelector("#code-events tr.event");
  } },
];

test("every page at 390, 1366 and 1920 px: no sideways scroll, Close in view, a screenshot; axe finds no serious or critical violation", { skip }, async () => {
  const axe = readFileSync(`${ROOT}node_modules/axe-core/axe.min.js`, "utf8");
  for (const width of [390, 1366, 1920]) {
    // axe is injected past the page's CSP (which rightly refuses any script not served by dyad).
    const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 1000 }, locale: "en-US", bypassCSP: true });
    const p = await context.newPage();
    for (const { name, open } of PAGES) {
      await open(p);
      const overflow = (await p.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")) as number;
      assert.ok(overflow <= 0, `${name} at ${width}: ${overflow} px of sideways scroll`);
      if (name === "article") {
        const close = (await p.locator("#drawer-close").boundingBox())!;
        assert.ok(close.x >= 0 && close.x + close.width <= width && close.y >= 0, `${name} at ${width}: Close in view (${JSON.stringify(close)})`);
      }
      await p.screenshot({ path: `${SHOTS}page-${name}-${width}.png`, fullPage: width === 390 && name !== "article" });
      if (width !== 1366) continue;
      await p.evaluate(axe);
      const found = (await p.evaluate("axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, target: v.nodes[0] && v.nodes[0].target.join(' ') })))")) as
        { id: string; impact: string; nodes: number; help: string; target: string }[];
      const bad = found.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(bad, [], `${name}: ${JSON.stringify(bad, null, 1)}`);
    }
    await context.close();
  }
});

test("a 100 kB word, a never-ending title and outlet, right-to-left text: the article panel opens at once, nothing scrolls sideways, Close stays in view", { skip }, async () => {
  for (const width of [390, 1366]) {
    const p = await browser.newPage({ viewport: { width, height: 844 }, locale: "en-US" });
    await p.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=week&from=2026-04-27&to=2026-04-30`);
    const { events } = await json<{ events: { id: string; doc: string }[] }>("/api/events?dyad=MEX:USA&from=2026-04-27&to=2026-04-30&limit=100");
    const id = events.find((e) => e.doc === "dyad-long-1")!.id;
    const row = p.locator(`table.events tr.event[data-id="${id}"]`);
    await row.waitFor();
    await row.click();
    await p.locator("#drawer:not([hidden]) #article-text mark.span-trigger").waitFor({ timeout: 3000 });
    const sideways = (await p.evaluate(`[document.documentElement.scrollWidth - document.documentElement.clientWidth,
      document.getElementById("drawer").scrollWidth - document.getElementById("drawer").clientWidth]`)) as number[];
    assert.deepEqual(sideways, [0, 0], `${width}: sideways scroll of the page and of the panel`);
    await p.locator("#drawer").evaluate((d) => d.scrollTo(0, d.scrollHeight));
    const close = (await p.locator("#drawer-close").boundingBox())!;
    assert.ok(close.y >= 0 && close.y + close.height <= 844 && close.x + close.width <= width, `${width}: Close in view after scrolling (${JSON.stringify(close)})`);
    await p.screenshot({ path: `${SHOTS}trust-long-${width}.png` });
    await p.click("#drawer-close");
    assert.equal(await p.isHidden("#drawer"), true);
    await p.close();
  }
});

test("coverage: events per 100 articles stored, beside the raw counts; a mean of three intervals", { skip }, async () => {
  const timeline = await json<{ periods: { events: number; articles: number; per_100_articles: number | null }[] }>("/api/dyads/MEX/USA/timeline?interval=month");
  for (const p of timeline.periods) assert.equal(p.per_100_articles, p.articles ? Math.round((p.events / p.articles) * 10_000) / 100 : null);
  assert.ok(timeline.periods.every((p) => p.articles > 0), "the example corpus has articles every month");
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=month`);
  await page.waitForSelector("#chart canvas");
  await page.check("#opt-rate");
  await until(async () => /rate=1/.test(new URL(page.url()).hash), "the address keeps the option");
  await page.waitForSelector("#chart canvas");
  const box = (await page.locator("#chart .u-over").boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.02, box.y + box.height * 0.5);
  await until(async () => /^\d+(\.\d)? \(\d+ events, \d+ articles\)$/.test((await page.locator("#chart .u-legend .u-value").nth(1).textContent()) ?? ""), "the legend gives the rate with its counts");
  await page.check("#opt-roll");
  await until(async () => /rate=1&roll=1|roll=1.*rate=1/.test(new URL(page.url()).hash), "both options in the address");
  await page.waitForSelector("#chart canvas");
  await page.locator(".chart-panel").screenshot({ path: `${SHOTS}trust-coverage.png` });
  await page.uncheck("#opt-rate");
  await page.uncheck("#opt-roll");
});

test("partners: the first actor's countries ranked by events or by conflict; one picked becomes the pair", { skip }, async () => {
  const ranked = async (by: string) => (await json<{ partners: { partner: string; events: number; conflict: number }[] }>(`/api/partners/MEX?by=${by}&limit=12`)).partners;
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=month`);
  await page.waitForSelector("#partners li button");
  assert.deepEqual(await page.locator("#partners button").allTextContents(), (await ranked("events")).map((p) => `MEX–${p.partner}`));
  await page.selectOption("#partners-by", "conflict");
  const byConflict = (await ranked("conflict")).map((p) => `MEX–${p.partner}`);
  await until(async () => JSON.stringify(await page.locator("#partners button").allTextContents()) === JSON.stringify(byConflict), "ranked by conflict");
  const other = (await ranked("events")).find((p) => p.partner !== "USA")!;
  await page.locator(`#partners button[data-partner="${other.partner}"]`).click();
  await until(async () => (await page.inputValue("#actor-b")) === other.partner, `the pair is MEX–${other.partner}`);
  await page.locator("#events-count", { hasText: counted(other.events) }).waitFor();
  await page.screenshot({ path: `${SHOTS}trust-partners.png` });
});

test("compare two pairs on one chart: the other pair's lines over the same intervals", { skip }, async () => {
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=month`);
  await page.waitForSelector("#chart canvas");
  await page.fill("#compare", "COL:VEN");
  await page.click("#show");
  await page.locator("#resolved", { hasText: "compared with COL–VEN (thin lines)" }).waitFor();
  await until(async () => (await page.locator("#chart .u-legend .u-label").allTextContents()).includes("Cooperation (events) COL–VEN"), "the other pair in the legend");
  assert.match(new URL(page.url()).hash, /cmp=COL%3AVEN/);
  const mine = await json<{ periods: { period: string }[] }>("/api/dyads/MEX/USA/timeline?interval=month");
  const last = mine.periods.at(-1)!.period;
  const theirs = await json<{ periods: { period: string; verbal_conflict: number; material_conflict: number }[] }>(
    `/api/dyads/COL/VEN/timeline?interval=month&from=${mine.periods[0]!.period}&to=${last.slice(0, 8)}30`);
  assert.deepEqual(theirs.periods.map((p) => p.period), mine.periods.map((p) => p.period), "the same intervals");
  // The first interval's conflict of COL–VEN, as the legend gives it on hover.
  const box = (await page.locator("#chart .u-over").boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height * 0.5);
  const labels = await page.locator("#chart .u-legend .u-label").allTextContents();
  const i = labels.indexOf("Conflict (events) COL–VEN");
  await until(async () => (await page.locator("#chart .u-legend .u-value").nth(i).textContent()) === String(theirs.periods[0]!.verbal_conflict + theirs.periods[0]!.material_conflict), "COL–VEN's conflict in January");
  await page.locator(".chart-panel").screenshot({ path: `${SHOTS}trust-compare.png` });
  await page.fill("#compare", "");
  await page.click("#show");
});

test("save the chart as PNG and SVG, each with its query", { skip }, async () => {
  // A fresh page: the test before leaves a redraw in flight that a hash change alone could race with.
  await page.goto("about:blank");
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=month&cmp=COL%3AVEN`);
  await page.waitForSelector("#chart canvas");
  await until(async () => (await page.locator("#chart .u-legend .u-label").allTextContents()).includes("Cooperation (events) COL–VEN"), "the compared pair drawn");
  const [svg] = await Promise.all([page.waitForEvent("download"), page.click("#chart-svg")]);
  assert.match(svg.suggestedFilename(), /^dyad-chart_a-MEX_b-USA_interval-month_cmp-COL-VEN\.svg$/);
  const text = readFileSync((await svg.path())!, "utf8");
  assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(text, /<title>dyad · MEX–USA · month · 2026-01-01 – 2026-04-30 · #view=dyad&#38;a=MEX&#38;b=USA&#38;interval=month&#38;cmp=COL%3AVEN<\/title>/);
  assert.equal((text.match(/<path class="series"/g) ?? []).length, 5, "cooperation, conflict, the compared pair's two, mean Goldstein");
  assert.match(text, /Conflict \(events\) COL–VEN/);
  assert.doesNotMatch(text, /<script|on\w+=/i);
  const [png] = await Promise.all([page.waitForEvent("download"), page.click("#chart-png")]);
  assert.match(png.suggestedFilename(), /\.png$/);
  const bytes = readFileSync((await png.path())!);
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "a PNG");
  assert.ok(bytes.length > 5000);
  await svg.saveAs(`${SHOTS}trust-chart.svg`);
  await png.saveAs(`${SHOTS}trust-chart.png`);
  // The SVG as a browser draws it, to look at.
  const look = await browser.newPage({ viewport: { width: 900, height: 440 } });
  await look.setContent(text);
  await look.screenshot({ path: `${SHOTS}trust-chart-svg.png` });
  await look.close();
});

test("verbal and material cooperation and conflict apart: four lines, as the API counts them", { skip }, async () => {
  const { periods } = await json<{ periods: { material_conflict: number }[] }>("/api/dyads/MEX/USA/timeline?interval=month");
  await page.goto(`${server.url}#view=dyad&a=MEX&b=USA&interval=month`);
  await page.waitForSelector("#chart canvas");
  await page.check("#opt-quads");
  await until(async () => (await page.locator("#chart .u-legend .u-label").allTextContents()).includes("material conflict"), "four lines in the legend");
  assert.deepEqual((await page.locator("#chart .u-legend .u-label").allTextContents()).slice(1, 5), ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]);
  const box = (await page.locator("#chart .u-over").boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + box.height * 0.5);
  await until(async () => (await page.locator("#chart .u-legend .u-value").nth(4).textContent()) === String(periods[0]!.material_conflict), "January's material conflict");
  await page.uncheck("#opt-quads");
});
