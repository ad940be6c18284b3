import { implausibleDate } from "../time/plausible.js";
import { createHash } from "node:crypto";
import { absorb, absorbSwaps, factsOf, identityKey, identityOf, mayJoin, mergeBuckets, pickEvent, sameActor, UNDIRECTED, type EventFacts, type Identity } from "../merge/corpus.js";
import type { EventRecord } from "../model/event.js";
import { displayActors, mentionValues, mostFrequent, placeOfReports, recordOf, sidesSpecificity, type CandidateRow, type MemberRow, type MentionRow } from "./rows.js";
import type { AddResult, NewArticle, NewMention } from "./store.js";

/** An event's columns that merging sets, in the order `MergeTx.newEvent` takes them. */
export interface NewEventRow {
  readonly key: string; readonly type: string; readonly mode: string | null; readonly cameo: string; readonly goldstein: number | null;
  readonly quad: number; readonly date: string; readonly symmetric: number; readonly source: string; readonly target: string;
  readonly places: string; readonly placeCountries: string; readonly addedAt: string;
}

/** What refreshing an event writes to its row once its mentions are known. */
export interface EventSummary {
  readonly date: string; readonly mode: string | null; readonly cameo: string; readonly goldstein: number | null; readonly quad: number;
  readonly contexts: string; readonly record: string; readonly numMentions: number; readonly numArticles: number; readonly numSources: number;
  readonly firstSeen: string; readonly lastSeen: string; readonly placeCountry: string | null; readonly placeAdmin1: string | null;
}

/**
 * The statements one article's transaction runs, in a store's dialect. Everything else about merging (which stored
 * event a report joins, what the event becomes, its representative record and actor links) is `addArticleIn`'s.
 */
export interface MergeTx {
  /**
   * Insert the article; "url" or "text" when one with its URL or text is stored already (nothing is inserted). `held`:
   * the mentions as JSON when the article's date is implausible (flagged, its mentions kept out of the events).
   */
  insertArticle(a: NewArticle, outlet: string, now: string, held: string | null): Promise<number | "url" | "text">;
  /** Hold these merge buckets (sorted) until the transaction ends, so that no other writer merges into them meanwhile. */
  lockBuckets(buckets: readonly string[]): Promise<void>;
  /** Events of this type whose whole date range lies within [lo, hi], oldest first. */
  candidates(type: string, lo: string, hi: string): Promise<CandidateRow[]>;
  members(eventId: number): Promise<MemberRow[]>;
  newEvent(e: NewEventRow): Promise<number>;
  updateFacts(eventId: number, f: { mode: string | null; dateMin: string; dateMax: string; symmetric: number; source: string; target: string; places: string; placeCountries: string }): Promise<void>;
  /** `values`: the columns of `mentionValues`. */
  insertMention(values: unknown[]): Promise<void>;
  /** The event's mentions joined with their articles, in insertion order. */
  mentionsOf(eventId: number): Promise<MentionRow[]>;
  summarise(eventId: number, s: EventSummary): Promise<void>;
  links(eventId: number): Promise<{ role: string; actor_id: number }[]>;
  /** The ids of these actors, inserted when new. */
  actorIds(actors: readonly Identity[]): Promise<Map<string, number>>;
  link(eventId: number, role: string, actorId: number): Promise<void>;
  unlink(eventId: number, role: string, actorId: number): Promise<void>;
}

const shift = (date: string, n: number): string => new Date(Date.parse(date) + n * 86_400_000).toISOString().slice(0, 10);
const identities = (json: string): Identity[] => (JSON.parse(json) as EventRecord["source"]).map(identityOf);
const memberFacts = (type: string, m: MemberRow): EventFacts => ({
  type, mode: m.mode, quad: m.quad, dateMin: m.date, dateMax: m.date, symmetric: m.symmetric === 1,
  source: identities(m.source), target: identities(m.target), places: JSON.parse(m.places) as string[],
});
const factsOfRow = (r: CandidateRow): EventFacts => ({
  type: r.type, mode: r.mode, quad: r.quad, dateMin: r.date_min, dateMax: r.date_max, symmetric: r.symmetric === 1,
  source: JSON.parse(r.source) as Identity[], target: JSON.parse(r.target) as Identity[], places: JSON.parse(r.places) as string[],
  placeCountries: JSON.parse(r.place_countries) as Record<string, string>,
});

/** What refreshing an event needs of it, as merging left it: no need to read the row back. */
interface Touched {
  readonly key: string;
  readonly type: string;
  readonly source: readonly Identity[];
  readonly target: readonly Identity[];
  /** Whether its actor links must be redone: a side changed. */
  readonly relink: boolean;
  /** Created by this article: it has no links yet. */
  readonly fresh: boolean;
}

/**
 * Store an article and merge its mentions into events, inside the caller's transaction: the one merge rule of every
 * store. Type, dates and places rule most candidates out before their mentions are read.
 * @example await addArticleIn(tx, article, mentions, 1)
 */
export async function addArticleIn(tx: MergeTx, a: NewArticle, mentions: readonly NewMention[], windowDays: number): Promise<AddResult> {
  const at = new Date();
  const now = at.toISOString();
  const outlet = a.source ?? (a.url ? hostOf(a.url) : null) ?? a.origin;
  // An implausible date (a scraper's 1970-01-01) would put its events decades away from the rest: the article is kept,
  // its mentions held apart until a person confirms the date.
  const held = implausibleDate(a.date, at);
  const articleId = await tx.insertArticle(a, outlet, now, held ? JSON.stringify(mentions) : null);
  if (articleId === "url" || articleId === "text") return { kind: "duplicate", reason: articleId };
  if (held) return { kind: "added", article: articleId, created: 0, merged: 0, held };
  return { kind: "added", article: articleId, ...(await mergeMentionsIn(tx, articleId, a.textHash, mentions, windowDays, now)) };
}

/** Merge an article's mentions into the events, inside the caller's transaction: each joins an event it reports, or makes one. */
export async function mergeMentionsIn(tx: MergeTx, articleId: number, textHash: string, mentions: readonly NewMention[], windowDays: number, now: string): Promise<{ created: number; merged: number }> {
  const a = { textHash };
  await tx.lockBuckets([...new Set(mentions.flatMap((m) => mergeBuckets(m.record.type, m.record.date, windowDays)))].sort());
  const touched = new Map<number, Touched>();
  let created = 0;
  for (const { record, places, placeCountries } of mentions) {
    const facts = factsOf(record, places, placeCountries);
    const [lo, hi] = [shift(record.date, -windowDays), shift(record.date, windowDays)];
    const candidates = [];
    for (const row of await tx.candidates(record.type, lo, hi)) {
      const f = factsOfRow(row);
      if (mayJoin(f, facts, windowDays)) candidates.push({ row, facts: { ...f, members: (await tx.members(row.id)).map((m) => memberFacts(row.type, m)) } });
    }
    const hit = pickEvent(candidates, facts, windowDays);
    let eventId: number;
    if (hit) {
      eventId = hit.row.id;
      const f = absorb(hit.facts, facts);
      const [source, target] = [JSON.stringify(f.source), JSON.stringify(f.target)];
      await tx.updateFacts(eventId, {
        mode: f.mode, dateMin: f.dateMin, dateMax: f.dateMax, symmetric: f.symmetric ? 1 : 0, source, target,
        places: JSON.stringify(f.places), placeCountries: JSON.stringify(f.placeCountries ?? {}),
      });
      // Actor links follow the event's sides: redone only when a side changed (or was changed by an earlier mention).
      const before = touched.get(eventId);
      const relink = (before?.relink ?? false) || source !== hit.row.source || target !== hit.row.target;
      touched.set(eventId, { key: hit.row.key, type: hit.row.type, source: f.source, target: f.target, relink, fresh: before?.fresh ?? false });
    } else {
      const key = createHash("sha1").update(`${a.textHash}|${record.id}`).digest("hex").slice(0, 16);
      eventId = await tx.newEvent({
        key, type: record.type, mode: record.mode, cameo: record.cameo, goldstein: record.goldstein, quad: record.quad, date: record.date,
        symmetric: record.symmetric ? 1 : 0, source: JSON.stringify(facts.source), target: JSON.stringify(facts.target),
        places: JSON.stringify(places), placeCountries: JSON.stringify(placeCountries ?? {}), addedAt: now,
      });
      touched.set(eventId, { key, type: record.type, source: facts.source, target: facts.target, relink: true, fresh: true });
      created++;
    }
    await tx.insertMention(mentionValues(record, places, eventId, articleId));
  }
  // Every actor the links need, in one call: a store inserts the new ones in one order, so two writers cannot deadlock.
  const actors = [...touched.values()].filter((e) => e.relink).flatMap((e) => [...e.source, ...e.target]);
  const ids = actors.length ? await tx.actorIds(actors) : new Map<string, number>();
  for (const [id, e] of touched) await refresh(tx, id, e, ids);
  return { created, merged: mentions.length - created };
}

// Recompute what an event says from all its mentions: counts, dates, the representative record, actor links.
async function refresh(tx: MergeTx, id: number, e: Touched, actorIds: ReadonlyMap<string, number>): Promise<void> {
  const rows = await tx.mentionsOf(id);
  // Each mention's sides parsed once: the representative's specificity, its record and the others' sides read them.
  const ms = rows.map((row) => {
    const [source, target] = [JSON.parse(row.source) as EventRecord["source"], JSON.parse(row.target) as EventRecord["target"]];
    return { row, source, target, specificity: sidesSpecificity(source, target) };
  });
  const rep = ms.reduce((best, m) => (m.specificity > best.specificity ? m : best));
  const contexts = [...new Set(rows.flatMap((m) => JSON.parse(m.contexts) as string[]))].sort();
  const date = mostFrequent(rows.map((m) => m.date));
  const seen = rows.map((m) => m.seen).sort();
  const base = recordOf(rep.row, e.key, date, contexts, e.type, rep);
  // Other mentions read the rep's way round: an undirected report with its roles swapped gives its sides crossed.
  const repFacts = factsOf(base);
  const sides = ms.filter((m) => m !== rep).map(({ row, source, target }) => {
    const swap = absorbSwaps(repFacts, factsOf({ ...base, source, target, symmetric: row.symmetric === 1 }));
    return swap ? { source: target, target: source } : { source, target };
  });
  const same = (a: EventRecord["source"][number], b: EventRecord["source"][number]) => sameActor(identityOf(a), identityOf(b));
  const fill = !base.symmetric && !UNDIRECTED.has(e.type);
  const place = base.place ?? placeOfReports(rows);
  const record = {
    ...base, place, source: displayActors(base.source, sides.map((x) => x.source), same, fill), target: displayActors(base.target, sides.map((x) => x.target), same, fill),
  };
  const r = rep.row;
  await tx.summarise(id, {
    date, mode: r.mode, cameo: r.cameo, goldstein: r.goldstein, quad: r.quad, contexts: JSON.stringify(contexts), record: JSON.stringify(record),
    numMentions: rows.length, numArticles: new Set(rows.map((m) => m.article_id)).size, numSources: new Set(rows.map((m) => m.outlet)).size,
    firstSeen: seen[0]!, lastSeen: seen.at(-1)!, placeCountry: place?.country ?? null, placeAdmin1: place?.admin1_code ?? null,
  });
  if (!e.relink) return;
  // Only the links that changed are written: each write to event_actors also updates SQLite's series tables (schema 3).
  const old = new Set(e.fresh ? [] : (await tx.links(id)).map((l) => `${l.role}|${l.actor_id}`));
  const keep = new Set<string>();
  for (const role of ["source", "target"] as const) {
    for (const who of e[role]) {
      const actorId = actorIds.get(identityKey(who))!;
      keep.add(`${role}|${actorId}`);
      if (!old.has(`${role}|${actorId}`)) await tx.link(id, role, actorId);
    }
  }
  for (const link of old) {
    if (keep.has(link)) continue;
    const [role, actorId] = link.split("|");
    await tx.unlink(id, role!, Number(actorId));
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** An actor's name folded for search: no accents, lower case. */
export const foldName = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
