import type Database from "better-sqlite3";

/**
 * The schema as an ordered list of migrations; `PRAGMA user_version` records how many have run.
 * Never edit a migration that has shipped: append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    doc TEXT NOT NULL,
    url TEXT UNIQUE,
    source TEXT,
    outlet TEXT NOT NULL,
    title TEXT,
    date TEXT,
    language TEXT NOT NULL,
    text_hash TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    origin TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT NOT NULL,
    goldstein REAL,
    quad INTEGER NOT NULL,
    date TEXT NOT NULL,
    date_min TEXT NOT NULL,
    date_max TEXT NOT NULL,
    symmetric INTEGER NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    contexts TEXT NOT NULL,
    places TEXT NOT NULL,
    record TEXT NOT NULL,
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    added_at TEXT NOT NULL
  );
  CREATE INDEX events_type_date ON events (type, date_min);
  CREATE INDEX events_date ON events (date);
  CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT,
    name_fold TEXT,
    country TEXT,
    sector TEXT,
    org TEXT
  );
  CREATE INDEX actors_country ON actors (country);
  CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events (id),
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    actor_id INTEGER NOT NULL REFERENCES actors (id),
    PRIMARY KEY (event_id, role, actor_id)
  ) WITHOUT ROWID;
  CREATE INDEX event_actors_actor ON event_actors (actor_id, role);
  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id),
    article_id INTEGER NOT NULL REFERENCES articles (id),
    record_id TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    trigger_text TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    date TEXT NOT NULL,
    mode TEXT,
    cameo TEXT NOT NULL,
    goldstein REAL,
    quad INTEGER NOT NULL,
    rule TEXT NOT NULL,
    language TEXT NOT NULL,
    symmetric INTEGER NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    contexts TEXT NOT NULL,
    places TEXT NOT NULL,
    UNIQUE (article_id, record_id)
  );
  CREATE INDEX mentions_event ON mentions (event_id);
  CREATE VIRTUAL TABLE evidence_fts USING fts5 (
    evidence, content = 'mentions', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO evidence_fts (rowid, evidence) VALUES (new.id, new.evidence);
  END;
  CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
  END;
  `,
  // 2: the country of each place an event names, so that places in two countries do not keep its reports apart.
  `ALTER TABLE events ADD COLUMN place_countries TEXT NOT NULL DEFAULT '{}';`,
  // 3: the dashboard's time series kept summed per dyad and interval (see seriesMigration).
  seriesMigration(),
  // 4: where each report placed its event (the place stage's record, JSON), and the event's place for filters.
  `ALTER TABLE mentions ADD COLUMN place TEXT;
  ALTER TABLE events ADD COLUMN place_country TEXT;
  ALTER TABLE events ADD COLUMN place_admin1 TEXT;
  CREATE INDEX events_place_country ON events (place_country, date);
  CREATE INDEX events_place_admin1 ON events (place_admin1, date);`,
  // 5: `dyad watch` (docs/alerts.md): the feeds it polls with their HTTP validators and failures, the items it has
  // seen, the alerts it raised with their webhook delivery, and whether each dyad is in a spike now.
  `
  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    cache_policy TEXT,
    polls INTEGER NOT NULL DEFAULT 0,
    last_poll TEXT,
    last_status TEXT,
    last_new TEXT,
    new_items INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    failures_total INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_error_at TEXT,
    next_poll TEXT,
    added_at TEXT NOT NULL
  );
  CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds (id),
    key TEXT NOT NULL,
    link TEXT NOT NULL,
    title TEXT,
    date TEXT,
    state TEXT NOT NULL CHECK (state IN ('stored', 'known', 'failed')),
    attempts INTEGER NOT NULL,
    reason TEXT,
    first_seen TEXT NOT NULL,
    last_tried TEXT NOT NULL,
    PRIMARY KEY (feed_id, key)
  ) WITHOUT ROWID;
  CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    window_from TEXT NOT NULL,
    window_to TEXT NOT NULL,
    score REAL NOT NULL,
    z REAL NOT NULL,
    articles INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    delivery TEXT NOT NULL CHECK (delivery IN ('none', 'pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt TEXT,
    last_error TEXT,
    delivered_at TEXT
  );
  CREATE INDEX alerts_created ON alerts (created_at);
  CREATE TABLE alert_state (
    a TEXT NOT NULL,
    b TEXT NOT NULL,
    above INTEGER NOT NULL,
    z REAL NOT NULL,
    checked_at TEXT NOT NULL,
    PRIMARY KEY (a, b)
  ) WITHOUT ROWID;
  `,
  // 6: an article whose date cannot be right (before 1979, or after its fetch time plus a day: src/time/plausible.ts) is
  // stored with its coded mentions held apart (JSON), out of every event and series, until a person confirms its date.
  // date_flag: 'implausible' while held, 'confirmed' once confirmed, null for the rest.
  `ALTER TABLE articles ADD COLUMN date_flag TEXT;
  ALTER TABLE articles ADD COLUMN held_mentions TEXT;
  CREATE INDEX articles_date_flag ON articles (date_flag) WHERE date_flag IS NOT NULL;`,
  // 7: the past year or month ('2019', '2026-02') a report dates its act by, when that is all the text says: history
  // the story recalls (src/time/periods.ts); null for the news of the day.
  "ALTER TABLE mentions ADD COLUMN period TEXT;",
];

/**
 * Migration 3: timelines and agendas summed ahead of time, kept by triggers in the same transaction as every write to
 * `events`, `event_actors` and `actors`, so they cannot drift from the events.
 *
 * - `series_sides`: the distinct pairs of code sets an event can have: the country and organisation codes of its source
 *   actors and of its target actors, each as `,MEX,USA,` (sorted). An event between two codes is one whose pair holds
 *   the one code on one side and the other on the other.
 * - `event_series`: what each event contributes (its two code sets, date, quad, Goldstein score in tenths, contexts),
 *   so that a change takes exactly that back out. Only events with a code on both sides are there.
 * - `series_quads` (events, Goldstein sum in tenths and count per pair, interval, period and quad class) and
 *   `series_contexts` (events per pair, interval, period and context, '' for none): rows whose count falls to 0 go.
 */
function seriesMigration(): string {
  // The intervals summed, with the SQL giving the first day of the interval a date falls in (as src/api/periods.ts).
  const intervals: readonly (readonly [string, (date: string) => string])[] = [
    ["day", (d) => d],
    ["week", (d) => `date(${d}, '-6 days', 'weekday 1')`],
    ["month", (d) => `substr(${d}, 1, 7) || '-01'`],
  ];
  const codes = (id: string, role: string): string => `(SELECT ',' || group_concat(code, ',' ORDER BY code) || ',' FROM (
      SELECT ac.country AS code FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id = ${id} AND ea.role = '${role}'
      UNION SELECT ac.org FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id = ${id} AND ea.role = '${role}'))`;
  const g10 = (e: string): string => `CAST(round(${e}.goldstein * 10) AS INTEGER)`;
  // Recompute the contribution of the events `ids` selects (a subquery, or one id in parentheses): what changed is taken
  // out and put back; what did not (most writes touch an event without moving it) is left alone.
  const refresh = (ids: string): string => `
    DELETE FROM event_series WHERE event_id IN ${ids} AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = event_series.event_id
      AND e.date IS event_series.date AND e.quad IS event_series.quad AND ${g10("e")} IS event_series.g10 AND e.contexts IS event_series.contexts
      AND ${codes("e.id", "source")} IS event_series.sources AND ${codes("e.id", "target")} IS event_series.targets);
    INSERT OR IGNORE INTO event_series (event_id, sources, targets, date, quad, g10, contexts)
      SELECT id, s, t, date, quad, g10, contexts FROM (SELECT e.id, ${codes("e.id", "source")} AS s, ${codes("e.id", "target")} AS t, e.date, e.quad,
        ${g10("e")} AS g10, e.contexts FROM events e WHERE e.id IN ${ids}) WHERE s IS NOT NULL AND t IS NOT NULL;`;
  // Whether adding or removing a link can change the event's code sets (else the refresh is skipped, as most are): its
  // actor has a code, no other actor on that side has the same codes, and the other side has some actor.
  const linkMatters = (row: string): string => `EXISTS (SELECT 1 FROM actors a WHERE a.id = ${row}.actor_id AND (a.country IS NOT NULL OR a.org IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM event_actors ea JOIN actors b ON b.id = ea.actor_id WHERE ea.event_id = ${row}.event_id AND ea.role = ${row}.role
        AND ea.actor_id <> ${row}.actor_id AND b.country IS a.country AND b.org IS a.org))
    AND EXISTS (SELECT 1 FROM event_actors WHERE event_id = ${row}.event_id AND role <> ${row}.role)`;
  const sides = (row: string): string => `(SELECT id FROM series_sides WHERE sources = ${row}.sources AND targets = ${row}.targets)`;
  const add = `
    INSERT OR IGNORE INTO series_sides (sources, targets) VALUES (new.sources, new.targets);` + intervals.map(([interval, bucket]) => `
    INSERT INTO series_quads (sides, interval, period, quad, n, g10, gn)
      VALUES (${sides("new")}, '${interval}', ${bucket("new.date")}, new.quad, 1, coalesce(new.g10, 0), new.g10 IS NOT NULL)
      ON CONFLICT DO UPDATE SET n = n + 1, g10 = g10 + excluded.g10, gn = gn + excluded.gn;
    INSERT INTO series_contexts (sides, interval, period, context, n)
      SELECT ${sides("new")}, '${interval}', ${bucket("new.date")}, coalesce(c.value, ''), 1 FROM (SELECT 1) LEFT JOIN json_each(new.contexts) c WHERE true
      ON CONFLICT DO UPDATE SET n = n + 1;`).join("");
  const remove = intervals.map(([interval, bucket]) => `
    UPDATE series_quads SET n = n - 1, g10 = g10 - coalesce(old.g10, 0), gn = gn - (old.g10 IS NOT NULL)
      WHERE sides = ${sides("old")} AND interval = '${interval}' AND period = ${bucket("old.date")} AND quad = old.quad;
    DELETE FROM series_quads WHERE sides = ${sides("old")} AND interval = '${interval}' AND period = ${bucket("old.date")} AND quad = old.quad AND n = 0;
    UPDATE series_contexts SET n = n - (SELECT count(*) FROM (SELECT 1) LEFT JOIN json_each(old.contexts) c WHERE coalesce(c.value, '') = series_contexts.context)
      WHERE sides = ${sides("old")} AND interval = '${interval}' AND period = ${bucket("old.date")}
      AND context IN (SELECT coalesce(c.value, '') FROM (SELECT 1) LEFT JOIN json_each(old.contexts) c);
    DELETE FROM series_contexts WHERE sides = ${sides("old")} AND interval = '${interval}' AND period = ${bucket("old.date")} AND n = 0;`).join("");
  return `
  CREATE TABLE series_sides (
    id INTEGER PRIMARY KEY,
    sources TEXT NOT NULL,
    targets TEXT NOT NULL,
    UNIQUE (sources, targets)
  );
  CREATE TABLE event_series (
    event_id INTEGER PRIMARY KEY,
    sources TEXT NOT NULL,
    targets TEXT NOT NULL,
    date TEXT NOT NULL,
    quad INTEGER NOT NULL,
    g10 INTEGER,
    contexts TEXT NOT NULL
  );
  CREATE TABLE series_quads (
    sides INTEGER NOT NULL,
    interval TEXT NOT NULL,
    period TEXT NOT NULL,
    quad INTEGER NOT NULL,
    n INTEGER NOT NULL,
    g10 INTEGER NOT NULL,
    gn INTEGER NOT NULL,
    PRIMARY KEY (sides, interval, period, quad)
  ) WITHOUT ROWID;
  CREATE TABLE series_contexts (
    sides INTEGER NOT NULL,
    interval TEXT NOT NULL,
    period TEXT NOT NULL,
    context TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (sides, interval, period, context)
  ) WITHOUT ROWID;
  CREATE TRIGGER event_series_insert AFTER INSERT ON event_series BEGIN ${add}
  END;
  CREATE TRIGGER event_series_delete AFTER DELETE ON event_series BEGIN ${remove}
  END;
  CREATE TRIGGER events_series_insert AFTER INSERT ON events WHEN EXISTS (SELECT 1 FROM event_actors WHERE event_id = new.id)
  BEGIN ${refresh("(new.id)")}
  END;
  CREATE TRIGGER events_series_update AFTER UPDATE OF date, quad, goldstein, contexts ON events
    WHEN (old.date IS NOT new.date OR old.quad IS NOT new.quad OR old.goldstein IS NOT new.goldstein OR old.contexts IS NOT new.contexts)
      AND EXISTS (SELECT 1 FROM event_series WHERE event_id = new.id UNION ALL SELECT 1 FROM event_actors WHERE event_id = new.id)
  BEGIN ${refresh("(new.id)")}
  END;
  CREATE TRIGGER events_series_delete AFTER DELETE ON events BEGIN
    DELETE FROM event_series WHERE event_id = old.id;
  END;
  CREATE TRIGGER event_actors_series_insert AFTER INSERT ON event_actors WHEN ${linkMatters("new")}
  BEGIN ${refresh("(new.event_id)")}
  END;
  CREATE TRIGGER event_actors_series_delete AFTER DELETE ON event_actors WHEN ${linkMatters("old")}
  BEGIN ${refresh("(old.event_id)")}
  END;
  CREATE TRIGGER actors_series_update AFTER UPDATE OF country, org ON actors
    WHEN old.country IS NOT new.country OR old.org IS NOT new.org
  BEGIN ${refresh("(SELECT event_id FROM event_actors WHERE actor_id = new.id)")}
  END;
  -- Existing events: every one contributes once.
  ${refresh("(SELECT id FROM events)")}
  `;
}

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Bring a database up to SCHEMA_VERSION. Runs under BEGIN IMMEDIATE so two processes opening a new file
 * at once do not both create the tables.
 * @example migrate(new Database("dyad.sqlite"))
 */
export function migrate(db: Database.Database): void {
  const version = (): number => db.pragma("user_version", { simple: true }) as number;
  if (version() > SCHEMA_VERSION) {
    throw new Error(`database schema version ${version()} is newer than this dyad understands (${SCHEMA_VERSION}): upgrade dyad`);
  }
  if (version() === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (let v = version(); v < SCHEMA_VERSION; v++) {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }
  }).immediate();
}
