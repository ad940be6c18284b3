import type { EventRecord } from "../model/event.js";
import type { CorpusEvent, MentionRef } from "./store.js";

/** A row of `mentions` joined with the article that holds it. */
export interface MentionRow {
  readonly id: number;
  readonly article_id: number;
  readonly record_id: string;
  readonly sentence: number;
  readonly evidence: string;
  readonly trigger_text: string;
  readonly trigger_start: number;
  readonly trigger_end: number;
  readonly date: string;
  readonly mode: string | null;
  readonly cameo: string;
  readonly goldstein: number | null;
  readonly quad: number;
  readonly rule: string;
  readonly language: string;
  readonly symmetric: number;
  readonly source: string;
  readonly target: string;
  readonly contexts: string;
  readonly places: string;
  /** The report's place (EventPlace as JSON), null when it said none or was stored before places. */
  readonly place: string | null;
  /** The past year or month the report dates its act by ('2019', '2026-02'); null (absent before schema 7) for the day's news. */
  readonly period?: string | null;
  readonly doc: string;
  /** The article's date and text hash: with the report's date and id, its place in canonical order. */
  readonly article_date: string | null;
  readonly text_hash: string;
  readonly url: string | null;
  readonly outlet: string;
  readonly article_source: string | null;
  readonly seen: string;
}

/** The columns of a mention, in the order `INSERT INTO mentions` lists them. */
export function mentionValues(r: EventRecord, places: readonly string[], eventId: number, articleId: number): unknown[] {
  return [
    eventId, articleId, r.id, r.sentence, r.evidence, r.trigger.text, r.trigger.start, r.trigger.end, r.date, r.mode,
    r.cameo, r.goldstein, r.quad, r.rule, r.language, r.symmetric ? 1 : 0, JSON.stringify(r.source), JSON.stringify(r.target),
    JSON.stringify(r.contexts), JSON.stringify(places), r.place ? JSON.stringify(r.place) : null, r.period ?? null,
  ];
}

/**
 * The record `dyad code` printed for this mention, under the event's id, date and contexts. `sides`: the mention's
 * source and target when the caller has parsed them already.
 */
export function recordOf(m: MentionRow, id: string, date: string, contexts: readonly string[], type: string,
  sides?: { readonly source: EventRecord["source"]; readonly target: EventRecord["target"] }): EventRecord {
  return {
    doc: m.doc, id, type, mode: m.mode, cameo: m.cameo, goldstein: m.goldstein, quad: m.quad, date,
    source: sides?.source ?? (JSON.parse(m.source) as EventRecord["source"]), target: sides?.target ?? (JSON.parse(m.target) as EventRecord["target"]),
    contexts: [...contexts], sentence: m.sentence, evidence: m.evidence,
    trigger: { text: m.trigger_text, start: m.trigger_start, end: m.trigger_end },
    language: m.language, rule: m.rule, symmetric: m.symmetric === 1, place: m.place ? (JSON.parse(m.place) as EventRecord["place"]) : null,
    ...(m.period ? { period: m.period } : {}),
  };
}

/**
 * A URL a reader may follow: http or https only. A `javascript:` or `data:` URL (from a hostile feed, or stored before
 * ingest refused them) is never handed on, in an export or an answer: null.
 * @example webUrl("javascript:alert(1)") // null
 */
export const webUrl = (url: string | null | undefined): string | null => (url && /^https?:\/\/[^\s]/i.test(url) ? url : null);

/**
 * The outlet to show: the source the article gave, else a host name (from its URL); never the file path or feed an
 * article was read from, which the store keeps as its outlet when it has nothing better.
 */
export const shownOutlet = (source: string | null, outlet: string): string | null =>
  source ?? (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(outlet) ? outlet : null);

export function mentionRef(m: MentionRow): MentionRef {
  return { article: m.doc, url: webUrl(m.url), source: m.article_source, date: m.seen, sentence: m.sentence, evidence: m.evidence };
}

// How much a mention says about its actors: the most specific one represents the event.
export function specificity(m: MentionRow): number {
  return sidesSpecificity(JSON.parse(m.source) as EventRecord["source"], JSON.parse(m.target) as EventRecord["target"]);
}

/** `specificity` of a mention whose sides are parsed already. */
export const sidesSpecificity = (source: readonly Actor[], target: readonly Actor[]): number => specificityOf(source) + specificityOf(target);

/** The most frequent value; ties go to the smallest (the earliest date). */
export function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

type Actor = EventRecord["source"][number];
const key = (a: Actor): string => [a.country ?? "", a.org ?? "", a.sector ?? "", a.name ?? ""].join("|");

/**
 * An event's displayed actors: the representative mention's, each unnamed one replaced by the one named actor of the
 * same country and sector that the other mentions give on that side ("la Marina" → Secretaría de Marina), and an
 * empty side filled with the actors the most mentions give there. A replaced actor keeps the representative's text
 * and offsets; one filled in from another article has offsets -1 (it is not in the representative's text). `fill`
 * false leaves an empty side empty (an undirected event whose one side already names both participants).
 */
export function displayActors(rep: readonly Actor[], others: readonly (readonly Actor[])[], same: (a: Actor, b: Actor) => boolean, fill = true): Actor[] {
  const named = new Map<string, { actor: Actor; n: number }>();
  for (const side of others) for (const a of side) if (a.name !== null) named.set(key(a), { actor: a, n: (named.get(key(a))?.n ?? 0) + 1 });
  if (rep.length === 0) {
    if (!fill) return [];
    const counts = new Map<string, { actors: Actor[]; n: number }>();
    for (const side of others.filter((s) => s.length > 0)) {
      const k = side.map(key).sort().join("+");
      counts.set(k, { actors: [...side], n: (counts.get(k)?.n ?? 0) + 1 });
    }
    const best = [...counts.values()].sort((a, b) => b.n - a.n || specificityOf(b.actors) - specificityOf(a.actors))[0];
    return best ? best.actors.map((a) => ({ ...a, start: -1, end: -1 })) : [];
  }
  return rep.map((a) => {
    if (a.name !== null) return a;
    const fits = [...named.values()].filter((x) => same(a, x.actor));
    if (new Set(fits.map((x) => x.actor.name)).size !== 1) return a;
    const b = fits.sort((x, y) => y.n - x.n)[0]!.actor;
    return { ...a, name: b.name, country: b.country, sector: b.sector, org: b.org };
  });
}

const specificityOf = (xs: readonly Actor[]): number => xs.reduce((n, a) => n + [a.name, a.country, a.sector, a.org].filter((x) => x !== null).length, 0);

const PRECISION = { city: 4, admin2: 3, admin1: 2, country: 1 } as const;

/**
 * An event's place when its representative report gives none: the most precise place its reports give, the one
 * most of them give among equals; null when none says where.
 */
export function placeOfReports(rows: readonly MentionRow[]): EventRecord["place"] {
  const places = rows.flatMap((m) => (m.place ? [JSON.parse(m.place) as NonNullable<EventRecord["place"]>] : []));
  const count = (p: NonNullable<EventRecord["place"]>) => places.filter((q) => q.name === p.name && q.country === p.country).length;
  return places.sort((a, b) => PRECISION[b.precision] - PRECISION[a.precision] || count(b) - count(a))[0] ?? null;
}

/** A row of `events` as both dialects read it: JSON columns as text, booleans as 0/1. */
export interface EventRow {
  id: number; key: string; type: string; mode: string | null; quad: number; date: string; date_min: string; date_max: string; symmetric: number;
  source: string; target: string; places: string; place_countries: string; record: string; num_mentions: number; num_articles: number;
  num_sources: number; first_seen: string; last_seen: string; added_at: string;
}

/** A stored event as `Store.events` yields it, from its row and its mentions' rows. */
export function corpusEvent(r: EventRow, mentions: readonly MentionRow[]): CorpusEvent {
  return {
    ...(JSON.parse(r.record) as CorpusEvent), num_mentions: r.num_mentions, num_articles: r.num_articles, num_sources: r.num_sources,
    first_seen: r.first_seen, last_seen: r.last_seen, places: JSON.parse(r.places) as string[], added_at: r.added_at, mentions: inCanonicalOrder(mentions).map(mentionRef),
  };
}

/**
 * The order in which merging reads reports, whatever order they arrived in: by the event's date, then by the article's
 * date (the earliest to publish first; undated articles last), then by the hash of the article's text and the report's
 * id in its article. Every writer, on either store, groups reports as if they had arrived in this order, so N workers
 * in any interleaving give what one process gives.
 */
export const canonical = (date: string, articleDate: string | null, hash: string, recordId: string): string =>
  `${date}|${articleDate ?? "~"}|${hash}|${recordId}`;

type Ordered = { readonly date: string; readonly article_date: string | null; readonly text_hash: string; readonly record_id: string };

/** Mentions in canonical order: the first of equally specific reports represents an event, and is listed first. */
export const inCanonicalOrder = <T extends Ordered>(rows: readonly T[]): T[] =>
  rows.map((r) => ({ r, k: canonical(r.date, r.article_date, r.text_hash, r.record_id) })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map((x) => x.r);
