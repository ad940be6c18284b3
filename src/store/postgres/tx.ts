import type pg from "pg";
import { identityKey, type Identity } from "../../merge/corpus.js";
import { foldName, type MergeTx, type TypeMentionRow } from "../merging.js";
import type { MentionRow } from "../rows.js";

/** The columns of a mention joined with its article, as `MentionRow` has them (not the search vector). */
export const MENTION_COLUMNS = `m.id, m.event_id, m.article_id, m.record_id, m.sentence, m.evidence, m.trigger_text, m.trigger_start, m.trigger_end,
  m.date, m.mode, m.cameo, m.goldstein, m.quad, m.rule, m.language, m.symmetric, m.source, m.target, m.contexts, m.places, m.place, m.period,
  a.doc, a.date AS article_date, a.text_hash, a.url, a.outlet, a.source AS article_source, coalesce(a.date, substr(a.ingested_at, 1, 10)) AS seen`;

// Each statement of the merge runs several times per article: named, it is parsed and planned once per connection
// (the server's CPU per stored article fell from 8.2 to about 4 ms on a 2-core Xeon), not at every call.
const names = new Map<string, string>();
function prepared(text: string, values: unknown[]): pg.QueryConfig {
  let name = names.get(text);
  if (name === undefined) names.set(text, (name = `dyad_merge_${names.size}`));
  return { name, text, values };
}

const placeholders = (n: number): string => Array.from({ length: n }, (_, i) => `$${i + 1}`).join(", ");

/**
 * The merge's statements on one PostgreSQL connection inside a transaction (READ COMMITTED: after a bucket's lock is
 * taken, each statement sees what the writer before it committed).
 * @example await addArticleIn(postgresTx(client), article, mentions, 1)
 */
export function postgresTx(c: pg.ClientBase): MergeTx {
  const rows = async <T>(sql: string, params: unknown[]): Promise<T[]> => (await c.query(prepared(sql, params))).rows as T[];
  const run = async (sql: string, params: unknown[]): Promise<void> => void (await c.query(prepared(sql, params)));
  return {
    async insertArticle(a, outlet, now, held) {
      const inserted = await rows<{ id: number }>(`INSERT INTO articles (doc, url, source, outlet, title, date, language, text_hash, text, origin, ingested_at, date_flag, held_mentions)
        VALUES (${placeholders(13)}) ON CONFLICT DO NOTHING RETURNING id`,
      [a.doc, a.url ?? null, a.source ?? null, outlet, a.title ?? null, a.date ?? null, a.language, a.textHash, a.text, a.origin, now, held ? "implausible" : null, held]);
      if (inserted[0]) return inserted[0].id;
      const byUrl = a.url !== undefined && (await rows("SELECT 1 FROM articles WHERE url = $1", [a.url])).length > 0;
      return byUrl ? "url" : "text";
    },
    // One statement, the locks taken in the array's (sorted) order: two writers never wait for each other in a circle.
    lockBuckets: async (buckets) => {
      if (buckets.length) await run("SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k", [buckets]);
    },
    // An event's mentions dated in [lo, hi] belong to events that begin in [eventLo, hi]: (type, date_min) is indexed.
    typeMentions: (type, lo, hi, eventLo) => rows<TypeMentionRow>(`SELECT m.id, m.event_id, e.key AS event_key, e.date_min AS event_date_min, m.date,
      a.date AS article_date, a.text_hash, m.record_id, m.mode, m.cameo, m.goldstein, m.quad, m."symmetric", m.source, m.target, m.places, m.place, m.period
      FROM events e JOIN mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id
      WHERE e.type = $1 AND e.date_min BETWEEN $2 AND $3 AND m.date BETWEEN $4 AND $3`, [type, eventLo, hi, lo]),
    moveMention: (id, eventId) => run("UPDATE mentions SET event_id = $1 WHERE id = $2", [eventId, id]),
    setKey: (id, key) => run("UPDATE events SET key = $1 WHERE id = $2", [key, id]),
    deleteEvent: async (id) => {
      if ((await rows("SELECT 1 FROM mentions WHERE event_id = $1 LIMIT 1", [id])).length) return;
      await run("DELETE FROM event_actors WHERE event_id = $1", [id]);
      await run("DELETE FROM events WHERE id = $1", [id]);
    },
    async newEvent(e) {
      const [row] = await rows<{ id: number }>(`INSERT INTO events (key, type, mode, cameo, goldstein, quad, date, date_min, date_max, "symmetric", source,
        target, contexts, places, place_countries, record, num_mentions, num_articles, num_sources, first_seen, last_seen, added_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7, $8, $9, $10, '[]', $11, $12, '{}', 0, 0, 0, '', '', $13) RETURNING id`,
      [e.key, e.type, e.mode, e.cameo, e.goldstein, e.quad, e.date, e.symmetric, e.source, e.target, e.places, e.placeCountries, e.addedAt]);
      return row!.id;
    },
    insertMention: (values) => run(`INSERT INTO mentions (event_id, article_id, record_id, sentence, evidence, trigger_text, trigger_start, trigger_end,
      date, mode, cameo, goldstein, quad, rule, language, "symmetric", source, target, contexts, places, place, period) VALUES (${placeholders(22)})`, values),
    mentionsOf: (id) => rows<MentionRow>(`SELECT ${MENTION_COLUMNS} FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = $1 ORDER BY m.id`, [id]),
    summarise: (id, s) => run(`UPDATE events SET date = $1, mode = $2, cameo = $3, goldstein = $4, quad = $5, contexts = $6, record = $7,
      num_mentions = $8, num_articles = $9, num_sources = $10, first_seen = $11, last_seen = $12, place_country = $13, place_admin1 = $14,
      date_min = $15, date_max = $16, "symmetric" = $17, source = $18, target = $19, places = $20, place_countries = $21 WHERE id = $22`,
    [s.date, s.mode, s.cameo, s.goldstein, s.quad, s.contexts, s.record, s.numMentions, s.numArticles, s.numSources, s.firstSeen, s.lastSeen,
      s.placeCountry, s.placeAdmin1, s.dateMin, s.dateMax, s.symmetric, s.source, s.target, s.places, s.placeCountries, id]),
    links: (id) => rows("SELECT role, actor_id FROM event_actors WHERE event_id = $1", [id]),
    actorIds: (actors) => actorIds(c, actors),
    link: (id, links) => run(`INSERT INTO event_actors (event_id, role, actor_id) SELECT $1, r, a FROM unnest($2::text[], $3::bigint[]) AS x(r, a)
      ON CONFLICT DO NOTHING`, [id, links.map((l) => l.role), links.map((l) => l.actorId)]),
    unlink: (id, links) => run(`DELETE FROM event_actors e USING unnest($2::text[], $3::bigint[]) AS x(r, a)
      WHERE e.event_id = $1 AND e.role = x.r AND e.actor_id = x.a`, [id, links.map((l) => l.role), links.map((l) => l.actorId)]),
  };
}

// Known actors are read, not upserted (an upsert would lock a row that every writer shares, such as Mexico's
// government); new ones are inserted in one statement in key order, so two writers adding the same ones cannot deadlock.
async function actorIds(c: pg.ClientBase, actors: readonly Identity[]): Promise<Map<string, number>> {
  const byKey = new Map(actors.map((a) => [identityKey(a), a]));
  const read = async (keys: string[]): Promise<void> => {
    const { rows } = await c.query<{ id: number; key: string }>(prepared("SELECT id, key FROM actors WHERE key = ANY($1::text[])", [keys]));
    for (const r of rows) ids.set(r.key, r.id);
  };
  const ids = new Map<string, number>();
  await read([...byKey.keys()]);
  const missing = [...byKey].filter(([k]) => !ids.has(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (missing.length === 0) return ids;
  const col = (f: (a: Identity) => string | null): (string | null)[] => missing.map(([, a]) => f(a));
  await c.query(`INSERT INTO actors (key, name, name_fold, country, sector, org)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) ON CONFLICT (key) DO NOTHING`,
  [missing.map(([k]) => k), col((a) => a.name), col((a) => (a.name ? foldName(a.name) : null)), col((a) => a.country), col((a) => a.sector), col((a) => a.org)]);
  await read(missing.map(([k]) => k));
  return ids;
}
