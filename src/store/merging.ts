import { implausibleDate } from "../time/plausible.js";
import { createHash } from "node:crypto";
import { absorb, absorbSwaps, factsOf, identityKey, identityOf, mergeBuckets, pickEvent, sameActor, UNDIRECTED, type EventFacts, type Identity } from "../merge/corpus.js";
import type { EventRecord } from "../model/event.js";
import { canonical, displayActors, inCanonicalOrder, mentionValues, mostFrequent, placeOfReports, recordOf, sidesSpecificity, type MentionRow } from "./rows.js";
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
  /** What merging made of the reports' facts: the event's span, sides and places. */
  readonly dateMin: string; readonly dateMax: string; readonly symmetric: number; readonly source: string; readonly target: string;
  readonly places: string; readonly placeCountries: string;
}

/** A stored mention of one type, as regrouping reads it: what merging compares, its canonical place, and its event. */
export interface TypeMentionRow {
  readonly id: number; readonly event_id: number; readonly event_key: string; readonly event_date_min: string;
  readonly date: string; readonly article_date: string | null; readonly text_hash: string; readonly record_id: string; readonly mode: string | null; readonly cameo: string;
  readonly goldstein: number | null; readonly quad: number; readonly symmetric: number; readonly source: string; readonly target: string;
  readonly places: string; readonly place: string | null;
  /** The past period the report recalls its act by; absent in a file before schema 7. */
  readonly period?: string | null;
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
  /** The mentions of events of this type dated within [lo, hi] whose event begins no earlier than `eventLo`. */
  typeMentions(type: string, lo: string, hi: string, eventLo: string): Promise<TypeMentionRow[]>;
  newEvent(e: NewEventRow): Promise<number>;
  /** `values`: the columns of `mentionValues`. */
  insertMention(values: unknown[]): Promise<void>;
  /** A stored mention regrouped into another event. */
  moveMention(mentionId: number, eventId: number): Promise<void>;
  setKey(eventId: number, key: string): Promise<void>;
  /** Remove an event that regrouping left without mentions, and its actor links. */
  deleteEvent(eventId: number): Promise<void>;
  /** The event's mentions joined with their articles (in any order: merging puts them in canonical order). */
  mentionsOf(eventId: number): Promise<MentionRow[]>;
  summarise(eventId: number, s: EventSummary): Promise<void>;
  links(eventId: number): Promise<{ role: string; actor_id: number }[]>;
  /** The ids of these actors, inserted when new. */
  actorIds(actors: readonly Identity[]): Promise<Map<string, number>>;
  /** Add these links of the event (one statement where the dialect allows: each is a round trip on a server). */
  link(eventId: number, links: readonly Link[]): Promise<void>;
  unlink(eventId: number, links: readonly Link[]): Promise<void>;
}

/** An event's link to one of its actors. */
export interface Link {
  readonly role: string;
  readonly actorId: number;
}

const shift = (date: string, n: number): string => new Date(Date.parse(date) + n * 86_400_000).toISOString().slice(0, 10);

/** What refreshing an event needs of it, as merging left it: no need to read the row back. */
interface Touched {
  readonly key: string;
  readonly type: string;
  /** What merging made of its reports: span, sides, places. */
  readonly facts: EventFacts;
  /** Created by this article: it has no links yet. */
  readonly fresh: boolean;
}

/** An event's key: its canonically first report's. */
const eventKey = (hash: string, recordId: string): string => createHash("sha1").update(`${hash}|${recordId}`).digest("hex").slice(0, 16);

/** A mention's places' countries, from its own place: what a stored mention says of them, so both read alike. */
const placeCountriesOf = (places: readonly string[], place: EventRecord["place"]): Record<string, string> =>
  place?.country ? Object.fromEntries(places.map((p) => [p, place.country])) : {};

/** The stored article whose mentions are merged: its id, and what places its reports in canonical order. */
export interface MergedArticle {
  readonly id: number;
  readonly textHash: string;
  readonly date?: string | null;
}

/** One report as regrouping sees it: stored already (with its event), or one of the article being stored. */
interface Member {
  readonly order: string;
  readonly date: string;
  readonly hash: string;
  readonly recordId: string;
  readonly facts: EventFacts;
  readonly stored?: { readonly id: number; readonly event: number; readonly eventKey: string; readonly eventDateMin: string };
  readonly fresh?: { readonly record: EventRecord; readonly places: readonly string[] };
  readonly cameo: string;
  readonly goldstein: number | null;
}

/** An event as regrouping builds it: its reports in canonical order and the facts they add up to. */
interface Cluster {
  readonly members: Member[];
  facts: EventFacts;
  /** The stored event whose reports before the cut this one starts from. */
  readonly kept?: number;
}

function storedMember(type: string, r: TypeMentionRow): Member {
  const [source, target] = [JSON.parse(r.source) as EventRecord["source"], JSON.parse(r.target) as EventRecord["target"]];
  const places = JSON.parse(r.places) as string[];
  const place = r.place ? (JSON.parse(r.place) as EventRecord["place"]) : null;
  return {
    order: canonical(r.date, r.article_date, r.text_hash, r.record_id), date: r.date, hash: r.text_hash, recordId: r.record_id, cameo: r.cameo, goldstein: r.goldstein,
    facts: {
      type, mode: r.mode, quad: r.quad, dateMin: r.date, dateMax: r.date, symmetric: r.symmetric === 1, source: source.map(identityOf),
      target: target.map(identityOf), places, placeCountries: placeCountriesOf(places, place), period: r.period ?? null,
    },
    stored: { id: r.id, event: r.event_id, eventKey: r.event_key, eventDateMin: r.event_date_min },
  };
}

function freshMember(article: MergedArticle, m: NewMention): Member {
  const hash = article.textHash;
  const r = m.record;
  return {
    order: canonical(r.date, article.date ?? null, hash, r.id), date: r.date, hash, recordId: r.id, cameo: r.cameo, goldstein: r.goldstein,
    facts: factsOf(r, m.places, placeCountriesOf(m.places, r.place)), fresh: { record: r, places: m.places },
  };
}

const startCluster = (m: Member): Cluster => ({ members: [m], facts: { ...m.facts, members: [m.facts] } });

/**
 * Store an article and merge its mentions into events, inside the caller's transaction: the one merge rule of every
 * store.
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
  return { kind: "added", article: articleId, ...(await mergeMentionsIn(tx, { id: articleId, textHash: a.textHash, date: a.date }, mentions, windowDays, now)) };
}

/**
 * Merge an article's mentions into the events, inside the caller's transaction. The events are those that greedy
 * merging makes when it reads every report of a type in canonical order (`canonical` in rows.ts): a report
 * joins the best compatible event that earlier reports made, or makes one. A report that arrives late, so sorts before
 * reports stored already, regroups the reports after it, day by day, until the events a later report could join are
 * the ones stored: then the rest stands as it is. `created`: how many more events there are.
 */
export async function mergeMentionsIn(tx: MergeTx, article: MergedArticle, mentions: readonly NewMention[], windowDays: number, now: string): Promise<{ created: number; merged: number }> {
  const byType = new Map<string, Member[]>();
  for (const m of mentions) byType.set(m.record.type, [...(byType.get(m.record.type) ?? []), freshMember(article, m)]);
  let created = 0;
  // Types in one order, and days in ascending order within each: two writers take their buckets in one order.
  for (const type of [...byType.keys()].sort()) {
    let pending = byType.get(type)!.sort((x, y) => (x.order < y.order ? -1 : 1));
    while (pending.length) {
      const run = await regroup(tx, type, pending, windowDays);
      created += await writeRun(tx, type, run, article.id, now);
      pending = run.rest;
    }
  }
  const net = Math.max(0, created);
  return { created: net, merged: mentions.length - net };
}

interface Run {
  readonly clusters: Cluster[];
  /** The stored mentions read, each with the event it was in. */
  readonly loaded: Member[];
  /** The article's mentions after the run, for the next. */
  readonly rest: Member[];
}

// Regroup from the first pending mention's place in canonical order until the events stand as stored.
async function regroup(tx: MergeTx, type: string, pending: readonly Member[], w: number): Promise<Run> {
  const start = pending[0]!.date;
  const cut = pending[0]!.order;
  const load = async (lo: string, hi: string): Promise<Member[]> => {
    await tx.lockBuckets(mergeBuckets(type, hi, w));
    return (await tx.typeMentions(type, lo, hi, shift(lo, -w))).map((r) => storedMember(type, r)).sort((x, y) => (x.order < y.order ? -1 : 1));
  };
  // Events that begin before start - w can take no report of the run: their mentions stay as they are.
  const loaded = (await load(shift(start, -w), start)).filter((m) => m.stored!.eventDateMin >= shift(start, -w));
  // Reports before the cut keep their events: those events, as their earlier reports made them, are where the run starts.
  const clusters: Cluster[] = [];
  const prefix = new Map<number, Cluster>();
  for (const m of loaded.filter((x) => x.order < cut)) {
    const c = prefix.get(m.stored!.event);
    if (c) join(c, m);
    else clusters.push(prefix.set(m.stored!.event, { ...startCluster(m), kept: m.stored!.event }).get(m.stored!.event)!);
  }
  let queue = [...loaded.filter((x) => x.order >= cut), ...pending.filter((x) => x.date === start)].sort((x, y) => (x.order < y.order ? -1 : 1));
  let rest = pending.filter((x) => x.date !== start);
  for (let day = start; ; day = shift(day, 1)) {
    for (const m of queue) assign(clusters, m, w);
    const next = shift(day, 1);
    if (converged(clusters, loaded, day, w) && rest[0]?.date !== next) break;
    const more = await load(next, next);
    loaded.push(...more);
    queue = [...more, ...rest.filter((x) => x.date === next)].sort((x, y) => (x.order < y.order ? -1 : 1));
    rest = rest.filter((x) => x.date !== next);
  }
  return { clusters, loaded, rest };
}

function join(c: Cluster, m: Member): void {
  c.facts = absorb(c.facts, m.facts);
  c.members.push(m);
}

// Greedy merging of one report: the best compatible event among those earlier reports made (in the order of their
// first reports, so ties keep the canonically oldest), or a new one.
function assign(clusters: Cluster[], m: Member, w: number): void {
  const [lo, hi] = [shift(m.date, -w), shift(m.date, w)];
  const hit = pickEvent(clusters.filter((c) => c.facts.dateMin >= lo && c.facts.dateMax <= hi), m.facts, w);
  if (hit) join(hit, m);
  else clusters.push(startCluster(m));
}

// Whether the events a report dated after `day` could join are exactly the stored ones: then every later report is
// where it would be put again, and regrouping stops.
function converged(clusters: readonly Cluster[], loaded: readonly Member[], day: string, w: number): boolean {
  const lo = shift(day, 1 - w);
  const made: string[] = [];
  for (const c of clusters) {
    if (c.facts.dateMin < lo) continue;
    if (c.members.some((m) => !m.stored)) return false;
    made.push(c.members.map((m) => m.stored!.id).sort((a, b) => a - b).join(","));
  }
  const stored = new Map<number, number[]>();
  for (const m of loaded) {
    if (m.date > day || m.stored!.eventDateMin < lo) continue;
    stored.set(m.stored!.event, [...(stored.get(m.stored!.event) ?? []), m.stored!.id]);
  }
  const was = [...stored.values()].map((ids) => ids.sort((a, b) => a - b).join(","));
  return made.length === was.length && made.sort().join(";") === was.sort().join(";");
}

// Write what a run changed: events made, kept, regrouped or emptied; the article's mentions; keys, facts, summaries
// and links of the events whose reports changed. Returns how many more events there are.
async function writeRun(tx: MergeTx, type: string, run: Run, articleId: number, now: string): Promise<number> {
  const was = new Map<number, { key: string; ids: Set<number> }>();
  for (const m of run.loaded) {
    const e = was.get(m.stored!.event) ?? { key: m.stored!.eventKey, ids: new Set<number>() };
    e.ids.add(m.stored!.id);
    was.set(m.stored!.event, e);
  }
  // Which stored row each event keeps: its earlier reports' (they did not move), else the row already under its key,
  // else its first stored report's, else a new one.
  const row = new Map<Cluster, number>();
  const claimed = new Set<number>();
  const claim = (c: Cluster, id: number | undefined): void => {
    if (id === undefined || claimed.has(id) || row.has(c)) return;
    row.set(c, id);
    claimed.add(id);
  };
  const keyOf = (c: Cluster): string => eventKey(c.members[0]!.hash, c.members[0]!.recordId);
  const byKey = new Map([...was].map(([id, e]) => [e.key, id]));
  for (const c of run.clusters) claim(c, c.kept);
  for (const c of run.clusters) claim(c, byKey.get(keyOf(c)));
  for (const c of run.clusters) claim(c, c.members.find((m) => m.stored)?.stored!.event);
  const changed = run.clusters.filter((c) => {
    const id = row.get(c);
    if (id === undefined || c.members.some((m) => !m.stored)) return true;
    const ids = was.get(id)!.ids;
    return ids.size !== c.members.length || c.members.some((m) => !ids.has(m.stored!.id));
  });
  let made = 0;
  // A new event whose first report is the article's own takes its key at once: no stored row can hold a key made from
  // this article's text. Any other new one goes through the two steps below.
  const keyed = new Set<number>();
  for (const c of changed) {
    if (row.has(c)) continue;
    const m = c.members[0]!;
    const final = m.fresh !== undefined;
    row.set(c, await tx.newEvent({
      key: final ? keyOf(c) : `~${keyOf(c)}`, type, mode: m.facts.mode, cameo: m.cameo, goldstein: m.goldstein, quad: m.facts.quad, date: m.date,
      symmetric: m.facts.symmetric ? 1 : 0, source: "[]", target: "[]", places: "[]", placeCountries: "{}", addedAt: now,
    }));
    if (final) keyed.add(row.get(c)!);
    made++;
  }
  for (const c of changed) {
    const id = row.get(c)!;
    for (const m of c.members) {
      if (m.stored && m.stored.event !== id) await tx.moveMention(m.stored.id, id);
      if (m.fresh) await tx.insertMention(mentionValues(m.fresh.record, m.fresh.places, id, articleId));
    }
  }
  let removed = 0;
  for (const id of was.keys()) {
    if (claimed.has(id)) continue;
    await tx.deleteEvent(id);
    removed++;
  }
  // Keys change in two steps, so that no two rows hold one key in between.
  const rekey = changed.filter((c) => !keyed.has(row.get(c)!) && (was.get(row.get(c)!)?.key ?? "") !== keyOf(c));
  for (const c of rekey) if (was.has(row.get(c)!)) await tx.setKey(row.get(c)!, `~${row.get(c)!}`);
  for (const c of rekey) await tx.setKey(row.get(c)!, keyOf(c));
  // Every actor the links need, in one call: a store inserts the new ones in one order, so two writers cannot deadlock.
  const actors = changed.flatMap((c) => [...c.facts.source, ...c.facts.target]);
  const ids = actors.length ? await tx.actorIds(actors) : new Map<string, number>();
  for (const c of changed) {
    const id = row.get(c)!;
    await refresh(tx, id, { key: keyOf(c), type, facts: c.facts, fresh: !was.has(id) }, ids);
  }
  return made - removed;
}

// Recompute what an event says from all its mentions: counts, dates, the representative record, actor links.
async function refresh(tx: MergeTx, id: number, e: Touched, actorIds: ReadonlyMap<string, number>): Promise<void> {
  const rows = inCanonicalOrder(await tx.mentionsOf(id));
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
  const f = e.facts;
  await tx.summarise(id, {
    date, mode: r.mode, cameo: r.cameo, goldstein: r.goldstein, quad: r.quad, contexts: JSON.stringify(contexts), record: JSON.stringify(record),
    numMentions: rows.length, numArticles: new Set(rows.map((m) => m.article_id)).size, numSources: new Set(rows.map((m) => m.outlet)).size,
    firstSeen: seen[0]!, lastSeen: seen.at(-1)!, placeCountry: place?.country ?? null, placeAdmin1: place?.admin1_code ?? null,
    dateMin: f.dateMin, dateMax: f.dateMax, symmetric: f.symmetric ? 1 : 0, source: JSON.stringify(f.source), target: JSON.stringify(f.target),
    places: JSON.stringify(f.places), placeCountries: JSON.stringify(f.placeCountries ?? {}),
  });
  // Only the links that changed are written: each write to event_actors also updates the series sums.
  const old = new Set(e.fresh ? [] : (await tx.links(id)).map((l) => `${l.role}|${l.actor_id}`));
  const keep = new Set<string>();
  const add: Link[] = [];
  for (const role of ["source", "target"] as const) {
    for (const who of f[role]) {
      const actorId = actorIds.get(identityKey(who))!;
      if (keep.has(`${role}|${actorId}`)) continue;
      keep.add(`${role}|${actorId}`);
      if (!old.has(`${role}|${actorId}`)) add.push({ role, actorId });
    }
  }
  const drop = [...old].filter((link) => !keep.has(link)).map((link) => {
    const [role, actorId] = link.split("|");
    return { role: role!, actorId: Number(actorId) };
  });
  if (add.length) await tx.link(id, add);
  if (drop.length) await tx.unlink(id, drop);
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
