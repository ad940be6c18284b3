/* global document */
import { sectorName } from "./i18n.js";
// DOM helpers. Everything that comes from an article is set with textContent, never parsed as HTML.

/**
 * Build an element: el("td", { class: "num", title: "…" }, "12", otherNode). Strings become text nodes.
 * Attributes named on* are refused: no handler is ever set from data.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) throw new Error(`el: use addEventListener, not ${k}`);
    if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
}

/** Replace a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/**
 * The text with spans marked: `<mark class="span-KIND">` around each span, the rest as text nodes. `focus` names the
 * event whose spans are emphasised. Where spans overlap, one is kept: the focused event's first (so two events that
 * share an actor's words never drop the focused one's actor), then the first, the longest when two start together.
 */
export function highlighted(text, spans, focus) {
  const frag = document.createDocumentFragment();
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const order = (a, b) => a.start - b.start || b.end - a.end;
  const mine = focus ? valid.filter((s) => s.event === focus).sort(order) : [];
  const rest = (focus ? valid.filter((s) => s.event !== focus) : valid).sort(order);
  const kept = [];
  const free = (s) => kept.every((k) => s.end <= k.start || s.start >= k.end);
  for (const s of [...mine, ...rest]) if (free(s)) kept.push(s);
  kept.sort(order);
  let at = 0;
  for (const s of kept) {
    if (s.start > at) frag.append(document.createTextNode(text.slice(at, s.start)));
    const mark = el("mark", {
      class: `span span-${s.kind}${focus && s.event !== focus ? " span-other" : ""}`,
      title: s.label ? `${s.kind}: ${s.label}` : s.kind,
      dataset: { event: s.event ?? "", kind: s.kind },
    }, text.slice(s.start, s.end));
    frag.append(mark);
    at = s.end;
  }
  if (at < text.length) frag.append(document.createTextNode(text.slice(at)));
  return frag;
}

/** The spans of coded events: each trigger and each actor with offsets inside the text. */
export function spansOf(events) {
  const out = [];
  for (const e of events) {
    out.push({ start: e.trigger.start, end: e.trigger.end, kind: "trigger", event: e.id, label: e.type });
    for (const kind of ["source", "target"]) {
      for (const a of e[kind]) out.push({ start: a.start, end: a.end, kind, event: e.id, label: actorLabel(a) });
    }
  }
  return out;
}

/** How an actor reads in a list: its name, else its country and sector ("MEX GOV"), else its text. */
export function actorLabel(a) {
  return a.name ?? ([a.country ?? a.org, a.sector].filter(Boolean).join(" ") || a.text);
}

/**
 * The actors of a side as nodes: a name as text; an unnamed actor as its code and its sector code, the sector with its
 * meaning on hover ("MEX <abbr title='government'>GOV</abbr>").
 */
export function actorsLabel(xs) {
  if (!xs.length) return "—";
  return xs.flatMap((a, i) => {
    const sep = i ? [" + "] : [];
    if (a.name || !a.sector) return [...sep, actorLabel(a)];
    const who = a.country ?? a.org;
    return [...sep, who ? `${who} ` : "", el("abbr", { class: "sector", title: sectorName(a.sector) }, a.sector)];
  });
}
