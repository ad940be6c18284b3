import type Database from "better-sqlite3";
import type { EventRecord } from "../model/event.js";
import { webUrl } from "../store/rows.js";
import { scoreDyads, windowOf, type AlertOptions, type ConflictEvent, type DyadScore } from "./score.js";

/** Events listed in a webhook body at most (the most severe first); `num_events` counts them all. */
export const MAX_BODY_EVENTS = 25;
/** Reports (evidence sentences with their URLs) listed per event at most. */
export const MAX_EVIDENCE = 10;

type Actor = EventRecord["source"][number];

/** The webhook body (docs/alerts.md has its JSON schema). */
export interface AlertBody {
  readonly type: "dyad.alert";
  readonly version: 1;
  readonly id: string;
  readonly created_at: string;
  readonly dyad: { readonly a: string; readonly b: string };
  readonly window: { readonly from: string; readonly to: string; readonly hours: number };
  readonly score: number;
  readonly baseline: { readonly days: number; readonly mean: number; readonly sd: number; readonly min_sd: number };
  readonly z: number;
  readonly threshold: number;
  readonly articles: number;
  readonly num_events: number;
  readonly events: readonly AlertEvent[];
}

export interface AlertEvent {
  readonly id: string;
  readonly type: string;
  readonly mode: string | null;
  readonly cameo: string;
  readonly goldstein: number | null;
  readonly quad: number;
  readonly date: string;
  readonly source: readonly Pick<Actor, "text" | "name" | "country" | "sector" | "org">[];
  readonly target: readonly Pick<Actor, "text" | "name" | "country" | "sector" | "org">[];
  readonly num_articles: number;
  readonly num_sources: number;
  readonly evidence: readonly { readonly text: string; readonly url: string | null; readonly source: string; readonly title: string | null; readonly published: string | null }[];
}

/** A stored alert, as `GET /api/alerts` lists it: the body with how its webhook delivery went. */
export interface StoredAlert extends AlertBody {
  readonly delivery: { readonly state: "none" | "pending" | "delivered" | "failed"; readonly attempts: number; readonly last_error: string | null; readonly delivered_at: string | null };
}

const actorOf = (x: Actor) => ({ text: x.text, name: x.name, country: x.country, sector: x.sector, org: x.org });

/**
 * Score every dyad after a poll and raise an alert for each that has just crossed the threshold: stored with its body
 * and (with a webhook) marked for delivery, in the same transaction that records the dyad as in a spike, so a spike
 * alerts once however many polls it lasts and whatever happens to the process. The spike ends once z falls below
 * threshold − rearm; only then can the dyad alert again.
 * @example const raised = raiseAlerts(db, new Date(), DEFAULT_ALERTS, true)
 */
export function raiseAlerts(db: Database.Database, now: Date, opts: AlertOptions, webhook: boolean): AlertBody[] {
  const w = windowOf(now, opts);
  const events = db.prepare(`SELECT es.event_id AS id, es.sources, es.targets, es.date, es.g10 FROM events e JOIN event_series es ON es.event_id = e.id
    WHERE e.date >= ? AND e.date <= ? AND e.quad IN (3, 4)`).all(w.baselineFrom, w.to) as ConflictEvent[];
  const scores = scoreDyads(events, now, opts);
  const articles = (ids: readonly number[]): number =>
    db.prepare(`SELECT count(DISTINCT article_id) FROM mentions WHERE event_id IN (${ids.map(() => "?").join(",")})`).pluck().get(...ids) as number;
  const state = db.prepare("SELECT above FROM alert_state WHERE a = ? AND b = ?").pluck();
  const setState = db.prepare(`INSERT INTO alert_state (a, b, above, z, checked_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (a, b) DO UPDATE SET above = excluded.above, z = excluded.z, checked_at = excluded.checked_at`);
  const insert = db.prepare(`INSERT INTO alerts (key, a, b, window_from, window_to, score, z, articles, body, created_at, delivery)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const raised: AlertBody[] = [];
  const at = now.toISOString();
  db.transaction(() => {
    const seen = new Set<string>();
    for (const s of scores) {
      seen.add(`${s.a}|${s.b}`);
      const was = state.get(s.a, s.b) === 1;
      const n = articles(s.events);
      const spike = s.z >= opts.threshold && n >= opts.minArticles;
      if (spike && !was) {
        const body = bodyOf(db, s, n, now, opts);
        insert.run(body.id, s.a, s.b, w.from, w.to, s.score, s.z, n, JSON.stringify(body), at, webhook ? "pending" : "none");
        raised.push(body);
      }
      setState.run(s.a, s.b, spike || (was && s.z >= opts.threshold - opts.rearm) ? 1 : 0, s.z, at);
    }
    // A dyad in a spike with no conflict event left in the window: the spike is over.
    for (const r of db.prepare("SELECT a, b FROM alert_state WHERE above = 1").all() as { a: string; b: string }[]) {
      if (!seen.has(`${r.a}|${r.b}`)) setState.run(r.a, r.b, 0, 0, at);
    }
  }).immediate();
  return raised;
}

function bodyOf(db: Database.Database, s: DyadScore, articles: number, now: Date, opts: AlertOptions): AlertBody {
  const w = windowOf(now, opts);
  const event = db.prepare("SELECT key, record, num_articles, num_sources FROM events WHERE id = ?");
  const reports = db.prepare(`SELECT m.evidence, a.url, coalesce(a.source, a.outlet) AS source, a.title, a.date FROM mentions m JOIN articles a ON a.id = m.article_id
    WHERE m.event_id = ? ORDER BY a.date, m.id LIMIT ${MAX_EVIDENCE}`);
  const events = s.events.slice(0, MAX_BODY_EVENTS).map((id): AlertEvent => {
    const row = event.get(id) as { key: string; record: string; num_articles: number; num_sources: number };
    const r = JSON.parse(row.record) as EventRecord;
    const ev = reports.all(id) as { evidence: string; url: string | null; source: string; title: string | null; date: string | null }[];
    return {
      id: row.key, type: r.type, mode: r.mode, cameo: r.cameo, goldstein: r.goldstein, quad: r.quad, date: r.date,
      source: r.source.map(actorOf), target: r.target.map(actorOf), num_articles: row.num_articles, num_sources: row.num_sources,
      evidence: ev.map((m) => ({ text: m.evidence, url: webUrl(m.url), source: m.source, title: m.title, published: m.date })),
    };
  });
  const stamp = now.toISOString().replace(/[-:]|\.\d+/g, "");
  return {
    type: "dyad.alert", version: 1, id: `${s.a}-${s.b}-${stamp}`, created_at: now.toISOString(),
    dyad: { a: s.a, b: s.b }, window: { from: w.from, to: w.to, hours: opts.windowHours },
    score: s.score, baseline: { days: opts.baselineDays, mean: s.mean, sd: s.sd, min_sd: opts.minSd }, z: s.z, threshold: opts.threshold,
    articles, num_events: s.events.length, events,
  };
}

/** Alerts whose webhook is still to be sent, oldest first: new ones, and failed ones whose next attempt is due. */
export function pendingAlerts(db: Database.Database, now: Date): { id: number; key: string; body: string; attempts: number }[] {
  return db.prepare(`SELECT id, key, body, attempts FROM alerts WHERE delivery = 'pending' AND (next_attempt IS NULL OR next_attempt <= ?) ORDER BY id`)
    .all(now.toISOString()) as { id: number; key: string; body: string; attempts: number }[];
}

/**
 * Requests made for one alert before it is given up as failed: 8 rounds of 3 (a first try and two quick retries), the
 * rounds put off 2, 4, 8, … 128 min, about 4 h in all.
 */
export const MAX_DELIVERY_ATTEMPTS = 24;

/** Record a delivery round: delivered, or pending with the next round put off, or failed for good. */
export function recordDelivery(db: Database.Database, id: number, attempts: number, r: { ok: true } | { ok: false; reason: string }, now: Date): void {
  if (r.ok) {
    db.prepare("UPDATE alerts SET delivery = 'delivered', attempts = ?, delivered_at = ?, last_error = NULL WHERE id = ?").run(attempts, now.toISOString(), id);
    return;
  }
  const giveUp = attempts >= MAX_DELIVERY_ATTEMPTS;
  const wait = Math.min(2 ** Math.min(Math.floor(attempts / 3), 7), 128) * 60_000;
  db.prepare("UPDATE alerts SET delivery = ?, attempts = ?, last_error = ?, next_attempt = ? WHERE id = ?")
    .run(giveUp ? "failed" : "pending", attempts, r.reason, giveUp ? null : new Date(now.getTime() + wait).toISOString(), id);
}

/**
 * The stored alerts, newest first, created after `since` when given.
 * @example listAlerts(db, { since: "2026-05-01T00:00:00Z", limit: 50 })
 */
export function listAlerts(db: Database.Database, opts: { since?: string; limit: number }): StoredAlert[] {
  const rows = db.prepare(`SELECT body, delivery, attempts, last_error, delivered_at FROM alerts WHERE created_at > ? ORDER BY created_at DESC, id DESC LIMIT ?`)
    .all(opts.since ?? "", opts.limit) as { body: string; delivery: StoredAlert["delivery"]["state"]; attempts: number; last_error: string | null; delivered_at: string | null }[];
  return rows.map((r) => ({ ...(JSON.parse(r.body) as AlertBody), delivery: { state: r.delivery, attempts: r.attempts, last_error: r.last_error, delivered_at: r.delivered_at } }));
}
