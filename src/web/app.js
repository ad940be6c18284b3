/* global document, window, location, history, fetch, URLSearchParams, setTimeout, clearTimeout, localStorage, sessionStorage */
// The dashboard: pick two actors, see their relation over time, its agenda, its events, and the evidence.
import { drawTimeline } from "./chart.js";
import { actorsLabel, el, fill, highlighted, spansOf } from "./dom.js";
import { CONTEXT_KEYS, contextName, getLang, modeName, SECTOR_KEYS, sectorName, setLang, t, TYPE_KEYS, typeName } from "./i18n.js";
import { drawPlaces, placeLabel } from "./places.js";

const $ = (id) => document.getElementById(id);
const PAGE = 100;
const QUAD_NAME = ["", "verbalCoop", "materialCoop", "verbalConf", "materialConf"];
let chart = null;
let current = null; // { a, b, interval, from, to, periods, view: { period, place, range } }
let places = null; // the "where" panel: { key, view: { select(key), place(key) }, ready: a promise of its drawing }
let held = null; // the articles held out of everything for an implausible date: { count, articles } from /api/stats

async function api(path, init) {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error ?? res.statusText);
  return body;
}

// ---- state in the address: #view=dyad&a=MEX&b=USA&interval=week&period=…&place=…&article=…&event=…

const state = () => new URLSearchParams(location.hash.slice(1));
function setState(changes, push = false) {
  const s = state();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === "") s.delete(k);
    else s.set(k, v);
  }
  const hash = `#${s.toString()}`;
  if (hash !== location.hash) (push ? history.pushState : history.replaceState).call(history, null, "", hash);
}

// ---- words

function translate() {
  document.documentElement.lang = getLang();
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  const options = (id, none, pairs) => fill($(id), el("option", { value: "" }, t(none)), pairs.map(([v, label]) => el("option", { value: v }, label)));
  options("f-type", "anyType", TYPE_KEYS.map((k) => [k, typeName(k)]));
  fill($("sectors"), SECTOR_KEYS.flatMap((k) => [el("dt", {}, k), el("dd", {}, sectorName(k))]));
  options("f-quad", "anyQuad", QUAD_NAME.slice(1).map((k, i) => [String(i + 1), t(k)]));
  options("f-context", "anyContext", CONTEXT_KEYS.map((k) => [k, contextName(k)]).sort((x, y) => x[1].localeCompare(y[1])));
  for (const b of document.querySelectorAll("[data-lang]")) b.setAttribute("aria-pressed", String(b.dataset.lang === getLang()));
}

const dateFormat = (opts) => new Intl.DateTimeFormat(getLang() === "es" ? "es-MX" : "en-US", { timeZone: "UTC", ...opts });
// A month as "Jan 2026" (never "Jan 26", which reads as a day); a day or week as "Jan 5", with its year on the first
// column and wherever a new year starts.
function periodLabel(period, interval, previous) {
  const d = new Date(`${period}T00:00:00Z`);
  if (interval === "month") return dateFormat({ month: "short", year: "numeric" }).format(d);
  const year = !previous || previous.slice(0, 4) !== period.slice(0, 4);
  return dateFormat({ month: "short", day: "numeric", ...(year && { year: "numeric" }) }).format(d);
}
function periodEnd(period, interval) {
  const d = new Date(`${period}T00:00:00Z`);
  if (interval === "day") return period;
  if (interval === "week") d.setUTCDate(d.getUTCDate() + 6);
  else d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}

// ---- filters of the events list, in the address: type, quad, context, min (articles), q (words in the evidence)

const FILTERS = { type: "f-type", quad: "f-quad", context: "f-context", min: "f-min", q: "f-q" };
const API_NAME = { type: "type", quad: "quad", context: "context", min: "min_articles", q: "text" };

function showFilters() {
  const s = state();
  for (const [k, id] of Object.entries(FILTERS)) $(id).value = s.get(k) ?? "";
}

function applyFilters(changes) {
  setState(changes, true);
  showFilters();
  showScope();
  loadEvents(current.view.range, 0, false);
}

// ---- the relation view

async function showDyad() {
  const s = state();
  const a = s.get("a") ?? "MEX";
  const b = s.get("b") ?? "USA";
  const interval = s.get("interval") ?? "week";
  const from = s.get("from") ?? "";
  const to = s.get("to") ?? "";
  const dir = ["ab", "ba", "split"].includes(s.get("dir")) ? s.get("dir") : "both";
  const cmp = /^[^:]+:[^:]+$/.test(s.get("cmp") ?? "") ? s.get("cmp").split(":").map((x) => x.trim()) : null;
  $("compare").value = cmp ? cmp.join(":") : "";
  $("actor-a").value = a;
  $("direction").value = dir;
  $("direction").options[1].textContent = `${a} → ${b}`;
  $("direction").options[2].textContent = `${b} → ${a}`;
  $("actor-b").value = b;
  $("interval").value = interval;
  $("from").value = from;
  $("to").value = to;
  showFilters();
  // One way: everything reads that way. Split: the chart draws each way apart; the rest reads both.
  const one = dir === "ab" || dir === "ba" ? dir : "both";
  const q = new URLSearchParams({ interval, direction: one, ...(from && { from }), ...(to && { to }) });
  const path = `/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  const way = (d) => api(`${path}/timeline?${new URLSearchParams({ interval, direction: d, ...(from && { from }), ...(to && { to }) })}`);
  fill($("chart"), el("p", { class: "muted" }, t("loading")));
  places = null;
  try {
    const [timeline, agenda, ab, ba] = await Promise.all([api(`${path}/timeline?${q}`), api(`${path}/agenda?${q}`),
      ...(dir === "split" ? [way("ab"), way("ba")] : [])]);
    current = { a, b, interval, from, to, dir, direction: one, rate: s.get("rate") ?? "", roll: s.get("roll") ?? "", cmp: s.get("cmp") ?? "", quads: s.get("quads") ?? "", periods: timeline.periods, resolved: timeline.resolved, extent: timeline.extent };
    chart?.destroy();
    chart = null;
    showResolved();
    showNotices();
    const shown = timeline.periods.length ? `${timeline.periods[0].period} – ${periodEnd(timeline.periods.at(-1).period, interval)}` : "";
    $("chart").setAttribute("aria-label", `${t("chartTitle")} · ${t(interval)} · ${shown}`);
    $("chart").dataset.first = timeline.periods[0]?.period ?? "";
    $("chart").dataset.last = timeline.periods.at(-1)?.period ?? "";
    if (!timeline.periods.some((p) => p.events > 0)) {
      fill($("chart"), el("p", { class: "empty" }, t("noData")));
    } else {
      fill($("chart"));
      const split = dir === "split" ? { ab: ab.periods, ba: ba.periods, labels: [`${a} → ${b}`, `${b} → ${a}`] } : null;
      // The other pair over exactly the intervals shown.
      let compare = null;
      if (cmp) {
        const first = timeline.periods[0].period;
        const last = periodEnd(timeline.periods.at(-1).period, interval);
        const other = await api(`/api/dyads/${encodeURIComponent(cmp[0])}/${encodeURIComponent(cmp[1])}/timeline?${new URLSearchParams({ interval, direction: one, from: first, to: last })}`);
        compare = { label: `${cmp[0]}–${cmp[1]}`, periods: other.periods };
        $("resolved").append(` · ${t("comparedWith", compare.label)}`);
        // A side of the other pair that matches nothing says so too.
        for (const r of [other.resolved.a, other.resolved.b]) if (r.kind === "none") $("resolved").append(" · ", el("span", { class: "unresolved" }, t("resolvedNone", r.query)));
      }
      const view = { rate: s.get("rate") === "1", roll: s.get("roll") === "1", quads: s.get("quads") === "1" };
      $("opt-rate").checked = view.rate;
      $("opt-roll").checked = view.roll;
      $("opt-quads").checked = view.quads;
      chart = drawTimeline($("chart"), timeline.periods, (i) => pickPeriod(timeline.periods[i].period), split, view, compare);
    }
    drawAgenda(agenda, interval);
    loadPartners().catch((e) => fill($("partners"), el("li", { class: "error" }, `${t("error")}: ${e.message}`)));
    const period = s.get("period");
    selectPeriod(period && timeline.periods.some((p) => p.period === period) ? period : null);
  } catch (e) {
    fill($("resolved"));
    fill($("chart"), el("p", { class: "error" }, `${t("error")}: ${e.message}`));
    fill($("agenda"));
    fill($("map"));
    fill($("places"));
    fill($("events"));
  }
}

// How each side was read: a code, a country's name as its code, the actors a name matched, or nothing; and the dates
// shown when they are all of the pair's.
function showResolved() {
  const side = (r) => {
    if (r.kind === "none") return el("span", { class: "unresolved" }, t("resolvedNone", r.query));
    if (r.kind !== "actor") return r.query.toUpperCase() === r.as ? `${r.as}: ${t(`kind_${r.kind}`)}` : `“${r.query}” → ${r.as} (${t(`kind_${r.kind}`)})`;
    const more = r.names.length > 3 ? ` ${t("moreNames", r.names.length - 3)}` : "";
    return `“${r.query}” → ${r.names.slice(0, 3).join(", ")}${more} (${t(r.names.length > 1 ? "kind_actors" : "kind_actor")})`;
  };
  const { a, b } = current.resolved;
  const { extent, from, to } = current;
  const range = !from && !to && extent.events ? ` · ${t("rangeAll", extent.first, extent.last, extent.events)}` : "";
  fill($("resolved"), side(a), " · ", side(b), range);
}

// What lies outside the view: the pair's events beyond the dates chosen, the articles held for an implausible date.
function showNotices() {
  const notes = [];
  if (held?.count) {
    notes.push(el("p", { class: "notice", id: "notice-held" }, t("held", held.count), " ",
      held.articles.map((x) => `${x.title ?? x.doc} (${x.date}, #${x.id})`).join("; ")));
  }
  if (held?.unchecked) notes.push(el("p", { class: "notice", id: "notice-unchecked" }, t("unchecked", held.unchecked)));
  if (current?.extent && (current.from || current.to)) {
    const inside = current.periods.reduce((n, p) => n + p.events, 0);
    const outside = current.extent.events - inside;
    if (outside > 0) {
      const all = el("button", { type: "button", class: "link", id: "show-all-dates" }, t("showAllDates"));
      all.addEventListener("click", () => {
        setState({ from: null, to: null, period: null, place: null }, true);
        showDyad();
      });
      notes.push(el("p", { class: "notice", id: "notice-outside" }, t("outside", outside, current.extent.first, current.extent.last), all));
    }
  }
  fill($("notices"), notes);
}

// The chart as a file, carrying its query: in its caption, and in its name.
async function saveChart(format) {
  if (!chart || !current) return;
  const { a, b, interval, from, to, dir, cmp, rate, roll } = current;
  const query = new URLSearchParams({ a, b, interval, ...(dir !== "both" && { dir }), ...(from && { from }), ...(to && { to }), ...(cmp && { cmp }), ...(rate && { rate }), ...(roll && { roll }) });
  const caption = `dyad · ${a}–${b} · ${t(interval)} · ${current.periods[0]?.period ?? ""} – ${current.periods.length ? periodEnd(current.periods.at(-1).period, interval) : ""} · #view=dyad&${query}`;
  const blob = await chart.image(format, caption);
  const link = el("a", { href: URL.createObjectURL(blob), download: `dyad-chart_${[...query].map(([k, v]) => `${k}-${v}`).join("_").replace(/[^A-Za-z0-9._-]+/g, "-")}.${format}` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

// History a story recalls by a past year or month only ("in 2019"): the date is the report's; the period is said beside it.
const recalls = (e) => (e.period ? [el("br"), el("span", { class: "muted small recalls", title: t("recallsTitle") }, t("recalls", e.period))] : []);

// The first actor's partners, ranked by events or by conflict, over the dates shown; one picked becomes the second actor.
async function loadPartners() {
  const { a, from, to } = current;
  const by = state().get("by") === "conflict" ? "conflict" : "events";
  $("partners-by").value = by;
  $("partners-of").textContent = `· ${a}`;
  const q = new URLSearchParams({ by, limit: "12", ...(from && { from }), ...(to && { to }) });
  const { partners } = await api(`/api/partners/${encodeURIComponent(a)}?${q}`);
  if (current?.a !== a) return;
  const most = Math.max(1, ...partners.map((p) => (by === "conflict" ? p.conflict : p.events)));
  fill($("partners"), partners.length ? partners.map((p) => {
    const pick = el("button", { type: "button", class: `link${p.partner === current.resolved?.b.as ? " current" : ""}`, dataset: { partner: p.partner } }, `${a}–${p.partner}`);
    pick.addEventListener("click", () => {
      setState({ b: p.partner, period: null, place: null }, true);
      showDyad();
    });
    const bar = el("span", { class: "bar", "aria-hidden": "true" });
    bar.style.width = `${Math.round(((by === "conflict" ? p.conflict : p.events) / most) * 60)}px`;
    return el("li", {}, pick, bar, el("span", { class: "muted small" }, t("partnerLine", p)));
  }) : el("li", { class: "empty" }, t("none")));
}

// A new interval (or all of them) shows the map of that interval, with no place picked.
function pickPeriod(period) {
  setState({ period, place: null }, true);
  selectPeriod(period);
}

/** Show the interval and the place the address names: the chart's band, the agenda's column, the map, the events. */
function selectPeriod(period) {
  showFilters();
  const i = period ? current.periods.findIndex((p) => p.period === period) : -1;
  chart?.select(i);
  for (const th of document.querySelectorAll("#agenda [data-period]")) th.classList.toggle("selected", th.dataset.period === period);
  const range = period ? { from: period, to: periodEnd(period, current.interval) } : { from: current.from, to: current.to };
  current.view = { period, place: state().get("place") || null, range };
  showScope();
  loadPlaces(range).then(() => {
    places?.view.select(current.view.place);
    showScope();
  });
  loadEvents(range, 0, false);
}

function pickPlace(key) {
  setState({ place: key }, true);
  current.view.place = key;
  places?.view.select(key);
  showScope();
  loadEvents(current.view.range, 0, false);
  const panel = $("events-panel").getBoundingClientRect();
  if (panel.top > window.innerHeight * 0.8) $("events-panel").scrollIntoView({ block: "start" });
}

function showScope() {
  const { period, place } = current.view;
  const when = period ? `· ${t("periodOf")} ${period}${current.interval === "day" ? "" : ` → ${periodEnd(period, current.interval)}`}` : `· ${t("allPeriod")}`;
  const p = place ? places?.view.place(place) : null;
  const s = state();
  const filters = [s.get("type") && typeName(s.get("type")), s.get("quad") && t(QUAD_NAME[Number(s.get("quad"))] ?? ""), s.get("context") && contextName(s.get("context")),
    s.get("min") && `≥ ${s.get("min")} ${t("articles").toLowerCase()}`, s.get("q") && `“${s.get("q")}”`].filter(Boolean);
  const where = place ? `${when} · ${t("atPlace")} ${p ? placeLabel(p) : place}` : when;
  $("events-scope").textContent = filters.length ? `${where} · ${t("filtered")}: ${filters.join(", ")}` : where;
  $("show-all").hidden = !period && !place;
}

// The map and the list of places, drawn again only when the dyad, the dates or the language change; a second call while
// they load waits for the same drawing.
function loadPlaces(range) {
  const key = JSON.stringify([current.a, current.b, current.direction, range.from, range.to, getLang()]);
  if (places?.key !== key) places = { key, view: { select() {}, place: () => null }, ready: drawPlacesOf(range, key) };
  return places.ready;
}

async function drawPlacesOf(range, key) {
  const q = new URLSearchParams({ direction: current.direction, ...(range.from && { from: range.from }), ...(range.to && { to: range.to }) });
  fill($("map"), el("p", { class: "muted" }, t("loading")));
  fill($("places"));
  try {
    const data = await api(`/api/dyads/${encodeURIComponent(current.a)}/${encodeURIComponent(current.b)}/places?${q}`);
    if (places?.key !== key) return;
    const view = await drawPlaces({ map: $("map"), list: $("places") }, data, pickPlace);
    if (places?.key === key) places.view = view;
  } catch (e) {
    if (places?.key === key) fill($("map"), el("p", { class: "error" }, `${t("error")}: ${e.message}`));
  }
}

function drawAgenda(agenda, interval) {
  const top = agenda.contexts.slice(0, 10);
  if (!top.length) return fill($("agenda"), el("p", { class: "empty" }, t("noData")));
  const max = Math.max(1, ...agenda.periods.flatMap((p) => Object.values(p.contexts)));
  const most = top[0].events;
  // The total comes right after the context's name, so it stays in view when many intervals make the table scroll.
  const head = el("tr", {}, el("th", { scope: "col" }, ""), el("th", { scope: "col" }, t("total")), ...agenda.periods.map((p, i) => el("th", { scope: "col", class: "period", dataset: { period: p.period }, title: p.period }, periodLabel(p.period, interval, agenda.periods[i - 1]?.period))));
  const rows = top.map(({ context, events }) => el("tr", {},
    el("th", { scope: "row", class: "ctx" }, contextName(context)),
    el("td", { class: "total" }, el("span", { class: "bar" }), ` ${events}`),
    ...agenda.periods.map((p) => {
      const n = p.contexts[context] ?? 0;
      const td = el("td", { class: "cell", dataset: { period: p.period }, title: `${contextName(context)} · ${p.period}: ${n}` }, n ? String(n) : "");
      if (n) td.style.background = `rgba(33, 87, 150, ${0.12 + 0.78 * (n / max)})`;
      if (n / max > 0.55) td.classList.add("dark");
      // A cell lists the events of its interval and its context; from the keyboard too (Tab to it, Enter).
      const pick = () => {
        setState({ context: context === "none" ? null : context }, false);
        showFilters();
        pickPeriod(p.period);
      };
      td.addEventListener("click", pick);
      if (n) {
        td.tabIndex = 0;
        td.setAttribute("role", "button");
        td.addEventListener("keydown", (ev) => {
          if (ev.key !== "Enter" && ev.key !== " ") return;
          ev.preventDefault();
          pick();
        });
      }
      return td;
    }),
  ));
  const table = el("table", { class: "heat" }, el("thead", {}, head), el("tbody", {}, rows));
  rows.forEach((r, i) => { r.querySelector(".bar").style.width = `${Math.round((top[i].events / most) * 36)}px`; });
  fill($("agenda"), el("div", { class: "heat-wrap" }, table));
}

// Each new list counts up: an answer that comes after a newer request was made is dropped.
let eventsAsked = 0;

async function loadEvents(range, offset, more) {
  const asked = more ? eventsAsked : ++eventsAsked;
  const q = new URLSearchParams({ dyad: `${current.a}:${current.b}`, direction: current.direction, limit: String(PAGE), offset: String(offset) });
  const s = state();
  for (const k of Object.keys(FILTERS)) if (s.get(k)) q.set(API_NAME[k], s.get(k));
  if (range.from) q.set("from", range.from);
  if (range.to) q.set("to", range.to);
  if (current.view?.place) q.set("place", current.view.place);
  if (!more) {
    fill($("events"), el("p", { class: "muted" }, t("loading")));
    // The exports are the list on screen: the same query, every page of it.
    const asked = new URLSearchParams(q);
    asked.delete("limit");
    asked.delete("offset");
    $("export-csv").href = `/api/export?${asked}&format=csv`;
    $("export-json").href = `/api/export?${asked}&format=json`;
  }
  try {
    const page = await api(`/api/events?${q}`);
    if (asked !== eventsAsked) return;
    const rows = page.events.map(eventRow);
    if (!more) {
      if (!page.events.length) return fill($("events"), el("p", { class: "empty" }, t("none")));
      fill($("events"), el("p", { class: "muted small", id: "events-count" }, t("total_n", page.total)), el("table", { class: "events" },
        el("thead", {}, el("tr", {}, ...["date", "type", "actors", "place", "articles", "evidence"].map((k) => el("th", { scope: "col" }, t(k))))),
        el("tbody", { id: "events-body" }, rows)));
    } else $("events-body").append(...rows);
    $("events-more")?.remove();
    if (page.offset + page.events.length < page.total) {
      const btn = el("button", { type: "button", id: "events-more" }, t("more"));
      btn.addEventListener("click", () => loadEvents(range, page.offset + PAGE, true));
      $("events").append(btn);
    }
  } catch (e) {
    if (asked === eventsAsked) fill($("events"), el("p", { class: "error" }, `${t("error")}: ${e.message}`));
  }
}

const QUAD_CLASS = ["", "coop", "coop", "conf", "conf"];

function eventRow(e) {
  const open = el("button", { type: "button", class: "link event-open", title: e.rule }, typeName(e.type), e.mode ? ` / ${modeName(e.mode)}` : "");
  const row = el("tr", { class: `event quad-${QUAD_CLASS[e.quad]}`, dataset: { id: e.id } },
    el("td", { class: "nowrap" }, e.date, ...recalls(e)),
    el("td", { class: "nowrap" }, el("span", { class: `dot quad-${QUAD_CLASS[e.quad]}` }), open),
    el("td", {}, actorsLabel(e.source), e.symmetric ? " ↔ " : " → ", actorsLabel(e.target)),
    el("td", { class: "place-cell" }, e.place ? placeLabel(e.place) : "—", e.place && e.place.precision !== "city" ? ` · ${t(`prec_${e.place.precision}`)}` : ""),
    el("td", { class: "num" }, String(e.num_articles)),
    el("td", { class: "evidence", lang: e.language }, e.evidence),
  );
  row.addEventListener("click", () => openEvent(e.id));
  return row;
}

// ---- an event's evidence: the article, trigger and actors highlighted

async function openEvent(id) {
  try {
    const event = await api(`/api/events/${encodeURIComponent(id)}`);
    const m = event.mentions.find((x) => x.representative) ?? event.mentions[0];
    setState({ article: String(m.article), event: id }, true);
    await openArticle(String(m.article), id, event);
  } catch (e) {
    showDrawer(el("p", { class: "error" }, `${t("error")}: ${e.message}`));
  }
}

async function openArticle(ref, eventId, given) {
  // An address that names the event (a reload, a shared link) shows its details too.
  const [a, event] = await Promise.all([api(`/api/articles/${encodeURIComponent(ref)}`), given ?? (eventId ? api(`/api/events/${encodeURIComponent(eventId)}`).catch(() => null) : null)]);
  const focus = eventId ?? null;
  // One entry per article: an article that tells the event twice is one report.
  const articles = [...new Map((event?.mentions ?? []).map((m) => [m.article, m])).values()];
  const reports = articles.length > 0
    ? el("div", { class: "reports" }, el("span", { class: "muted" }, `${t("reportedBy")}: `), ...articles.map((m) => {
      const b = el("button", { type: "button", class: `link${String(m.article) === String(a.id) ? " current" : ""}` }, el("bdi", {}, m.source ?? m.doc), ` (${m.published ?? m.date})`);
      b.addEventListener("click", () => { setState({ article: String(m.article) }); openArticle(String(m.article), eventId, event); });
      return b;
    }))
    : null;
  const heading = event ? el("p", { class: "event-head" }, el("strong", {}, typeName(event.type), event.mode ? ` / ${modeName(event.mode)}` : ""), ` · ${event.date} · `, actorsLabel(event.source), event.symmetric ? " ↔ " : " → ", actorsLabel(event.target)) : null;
  const details = event ? el("p", { class: "event-details small", id: "event-details" },
    `CAMEO ${event.cameo} · Goldstein ${event.goldstein ?? "—"} · ${t(QUAD_NAME[event.quad])}`,
    event.contexts.length ? ` · ${event.contexts.map(contextName).join(", ")}` : "",
    ` · ${t("place")}: ${event.place ? placeLabel(event.place) : "—"}`) : null;
  showDrawer(
    heading,
    details,
    reports,
    el("h3", { lang: a.language, dir: "auto" }, a.title ?? a.doc),
    el("p", { class: "muted small" }, a.source ? [el("bdi", {}, a.source), " · "] : null, [a.date && `${t("published")} ${a.date}`, a.language].filter(Boolean).join(" · "), a.url ? " · " : "", a.url ? el("a", { href: safeUrl(a.url), rel: "noopener noreferrer", target: "_blank" }, a.url) : null),
    legend(),
    el("div", { class: "article-text", id: "article-text", lang: a.language }, highlighted(a.text, a.spans, focus)),
  );
  document.querySelector("#article-text .span-trigger:not(.span-other)")?.scrollIntoView({ block: "center" });
}

// Only http(s) links are followed: a javascript: URL in a feed stays text.
const safeUrl = (u) => (/^https?:\/\//i.test(u) ? u : "#");

const legend = () => el("p", { class: "legend small" },
  el("mark", { class: "span span-trigger" }, t("legendTrigger")), " ", el("mark", { class: "span span-source" }, t("legendSource")), " ", el("mark", { class: "span span-target" }, t("legendTarget")));

function showDrawer(...children) {
  fill($("drawer-body"), ...children);
  $("drawer").hidden = false;
}
function closeDrawer() {
  $("drawer").hidden = true;
  setState({ article: null, event: null });
}

// ---- code a text

async function codeText(ev) {
  ev.preventDefault();
  const text = $("code-text").value;
  const body = { text, ...($("code-date").value && { date: $("code-date").value }), ...($("code-lang").value && { language: $("code-lang").value }) };
  $("code-status").textContent = t("loading");
  $("code-run").disabled = true;
  // The last text's events go while this one is coded: never shown as this text's.
  fill($("code-events"));
  fill($("code-highlight"));
  try {
    const r = await api("/api/code", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    $("code-status").textContent = `${t("codeFound", r.events.length)} · ${r.language} · ${r.date}`;
    fill($("code-events"), r.events.length ? el("table", { class: "events" },
      el("thead", {}, el("tr", {}, ...["date", "type", "actors", "evidence"].map((k) => el("th", { scope: "col" }, t(k))))),
      el("tbody", {}, r.events.map((e) => {
        const row = el("tr", { class: `event quad-${QUAD_CLASS[e.quad]}`, dataset: { id: e.id } },
          el("td", { class: "nowrap" }, e.date, ...recalls(e)), el("td", {}, el("span", { class: `dot quad-${QUAD_CLASS[e.quad]}` }), typeName(e.type), e.mode ? ` / ${modeName(e.mode)}` : ""),
          el("td", {}, actorsLabel(e.source), e.symmetric ? " ↔ " : " → ", actorsLabel(e.target)), el("td", { class: "evidence", lang: r.language }, e.evidence));
        row.addEventListener("click", () => focusCoded(text, r.events, e.id));
        return row;
      }))) : el("p", { class: "empty" }, t("codeEmpty")));
    focusCoded(text, r.events, null);
  } catch (e) {
    $("code-status").textContent = `${t("error")}: ${e.message}`;
  } finally {
    $("code-run").disabled = false;
  }
}

function focusCoded(text, events, id) {
  fill(document.querySelector("#view-code .legend-box"), legend());
  fill($("code-highlight"), highlighted(text, spansOf(events), id));
  if (id) document.querySelector("#code-highlight .span-trigger:not(.span-other)")?.scrollIntoView({ block: "center" });
}

// ---- actors: suggestions while typing, the most covered pairs

let typing = null;
function suggestActors(input) {
  clearTimeout(typing);
  typing = setTimeout(async () => {
    const { actors } = await api(`/api/actors?${new URLSearchParams({ q: input.value, limit: "15" })}`).catch(() => ({ actors: [] }));
    fill($("actor-list"), actors.map((x) => el("option", { value: x.value }, `${x.label} · ${x.events}`)));
  }, 150);
}

async function loadHeader() {
  const [stats, { dyads }] = await Promise.all([api("/api/stats"), api("/api/dyads?limit=5")]);
  $("stats").textContent = t("stats", stats);
  held = stats.held ?? null;
  showNotices();
  fill($("suggestions"), dyads.map((d) => {
    const b = el("button", { type: "button", class: "chip", dataset: { a: d.a, b: d.b } }, `${d.a}–${d.b} (${d.events})`);
    b.addEventListener("click", () => { setState({ a: d.a, b: d.b, period: null, place: null }, true); showDyad(); });
    return b;
  }));
}

// ---- what changed since the last visit: the alerts `dyad watch` raised (docs/alerts.md)

const LAST_VISIT = "dyad.lastVisit";
const DAY = 86_400_000;

// The time of the previous visit, kept for the whole session (a reload shows the same changes); this visit becomes
// the next one's "last visit". Empty on a first visit.
function lastVisit() {
  let since = sessionStorage.getItem("dyad.since");
  if (since === null) {
    since = localStorage.getItem(LAST_VISIT) ?? "";
    sessionStorage.setItem("dyad.since", since);
    localStorage.setItem(LAST_VISIT, new Date().toISOString());
  }
  return since;
}

// The panel stays hidden on a database no watcher has raised an alert in.
async function loadChanges() {
  const { alerts } = await api("/api/alerts?limit=20");
  if (!alerts.length) return;
  const since = lastVisit();
  const from = since || new Date(Date.now() - 7 * DAY).toISOString();
  const fresh = alerts.filter((a) => a.created_at > from);
  $("changes").hidden = false;
  $("changes-since").textContent = `· ${since ? t("sinceVisit", dateFormat({ dateStyle: "medium", timeStyle: "short", timeZone: undefined }).format(new Date(since))) : t("lastWeek")}`;
  fill($("changes-list"), fresh.length ? el("ul", { class: "alerts" }, fresh.map(alertItem)) : el("p", { class: "empty" }, t("changesNone")));
}

const dayBefore = (d, n) => new Date(Date.parse(`${d}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10);

function alertItem(a) {
  const open = el("button", { type: "button", class: "link alert-dyad" }, `${a.dyad.a}–${a.dyad.b}`);
  open.addEventListener("click", () => {
    setState({ view: "dyad", a: a.dyad.a, b: a.dyad.b, interval: "day", from: dayBefore(a.window.from, a.baseline.days), to: a.window.to, period: null }, true);
    current = null;
    showDyad();
  });
  const events = a.events.slice(0, 3).map((e) => {
    const m = e.evidence[0];
    return el("li", { class: `event quad-${QUAD_CLASS[e.quad]}` }, el("span", { class: `dot quad-${QUAD_CLASS[e.quad]}` }), el("span", { class: "nowrap" }, e.date), " ",
      typeName(e.type), " · ", actorsLabel(e.source), " → ", actorsLabel(e.target), m ? [" — ", el("span", { class: "evidence" }, m.text)] : null,
      m?.url ? [" ", el("a", { href: safeUrl(m.url), rel: "noopener noreferrer", target: "_blank" }, m.source)] : null);
  });
  return el("li", { class: "alert", dataset: { id: a.id } }, el("strong", {}, open), " ", t("alertLine", a),
    el("span", { class: "muted small" }, ` (${a.window.from} – ${a.window.to})`), el("ul", { class: "alert-events" }, events));
}

// ---- wiring

function route() {
  const s = state();
  const code = s.get("view") === "code";
  $("view-dyad").hidden = code;
  $("view-code").hidden = !code;
  $("tab-dyad").classList.toggle("active", !code);
  $("tab-code").classList.toggle("active", code);
  if (!code && !current) showDyad();
  if (s.get("article")) openArticle(s.get("article"), s.get("event")).catch((e) => showDrawer(el("p", { class: "error" }, `${t("error")}: ${e.message}`)));
  else $("drawer").hidden = true;
}

function start() {
  translate();
  $("pick").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const dir = $("direction").value;
    setState({ view: "dyad", a: $("actor-a").value.trim(), b: $("actor-b").value.trim(), interval: $("interval").value, dir: dir === "both" ? null : dir, cmp: $("compare").value.trim(), from: $("from").value, to: $("to").value, period: null, place: null }, true);
    showDyad();
  });
  for (const id of ["actor-a", "actor-b"]) $(id).addEventListener("input", (ev) => suggestActors(ev.target));
  $("interval").addEventListener("change", () => $("pick").requestSubmit());
  $("direction").addEventListener("change", () => $("pick").requestSubmit());
  for (const format of ["png", "svg"]) $(`chart-${format}`).addEventListener("click", () => saveChart(format));
  $("partners-by").addEventListener("change", () => {
    setState({ by: $("partners-by").value === "conflict" ? "conflict" : null }, true);
    loadPartners().catch(() => {});
  });
  // The chart's coverage options redraw it, in the address.
  for (const [id, key] of [["opt-rate", "rate"], ["opt-roll", "roll"], ["opt-quads", "quads"]]) {
    $(id).addEventListener("change", () => {
      setState({ [key]: $(id).checked ? "1" : null }, true);
      current = null;
      showDyad();
    });
  }
  $("show-all").addEventListener("click", () => pickPeriod(null));
  // The chart from the keyboard: arrows move to the interval before or after (listing its events), Home and End to the
  // first and last, Escape back to every interval.
  $("chart").addEventListener("keydown", (ev) => {
    if (!current?.periods.length || !["ArrowLeft", "ArrowRight", "Home", "End", "Escape"].includes(ev.key)) return;
    ev.preventDefault();
    if (ev.key === "Escape") return pickPeriod(null);
    const last = current.periods.length - 1;
    const at = current.view?.period ? current.periods.findIndex((p) => p.period === current.view.period) : -1;
    const i = ev.key === "Home" ? 0 : ev.key === "End" ? last : ev.key === "ArrowLeft" ? (at < 0 ? last : Math.max(0, at - 1)) : (at < 0 ? 0 : Math.min(last, at + 1));
    pickPeriod(current.periods[i].period);
  });
  $("filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    applyFilters(Object.fromEntries(Object.entries(FILTERS).map(([k, id]) => [k, $(id).value.trim()])));
  });
  for (const id of ["f-type", "f-quad", "f-context"]) $(id).addEventListener("change", () => $("filters").requestSubmit());
  $("f-clear").addEventListener("click", () => applyFilters(Object.fromEntries(Object.keys(FILTERS).map((k) => [k, null]))));
  $("drawer-close").addEventListener("click", closeDrawer);
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && !$("drawer").hidden) closeDrawer(); });
  $("code-form").addEventListener("submit", codeText);
  for (const b of document.querySelectorAll("[data-lang]")) {
    b.addEventListener("click", () => {
      setLang(b.dataset.lang);
      translate();
      loadHeader().catch(() => {});
      loadChanges().catch(() => {});
      current = null;
      route();
    });
  }
  // The tabs keep the pair, dates and interval chosen: only the view changes.
  for (const [id, view] of [["tab-dyad", "dyad"], ["tab-code", "code"]]) {
    $(id).addEventListener("click", (ev) => {
      ev.preventDefault();
      setState({ view, article: null, event: null }, true);
      route();
    });
  }
  // Back, Forward and an edited address: the same pair, interval and dates only move the picked interval or place.
  window.addEventListener("hashchange", () => {
    const s = state();
    const same = current && s.get("a") === current.a && s.get("b") === current.b && (s.get("interval") ?? "week") === current.interval
      && (s.get("from") ?? "") === current.from && (s.get("to") ?? "") === current.to && (s.get("dir") ?? "both") === current.dir
      && (s.get("rate") ?? "") === current.rate && (s.get("roll") ?? "") === current.roll && (s.get("cmp") ?? "") === current.cmp
      && (s.get("quads") ?? "") === current.quads;
    if (!same) current = null;
    route();
    if (same && s.get("view") !== "code") selectPeriod(s.get("period"));
  });
  loadHeader().catch((e) => { $("stats").textContent = `${t("error")}: ${e.message}`; });
  loadChanges().catch(() => {});
  route();
}

start();
