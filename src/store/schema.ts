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
];

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
