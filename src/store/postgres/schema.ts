import type pg from "pg";

/**
 * The PostgreSQL schema as an ordered list of migrations; `dyad_migrations` records which have run. Never edit a
 * migration that has shipped: append a new one. The tables are SQLite's (src/store/schema.ts) with PostgreSQL's types:
 * JSON columns are `json` (kept as written, so records read back byte for byte), dates ISO text as in SQLite.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `
  -- Full-text search over evidence: Spanish and English stemming, accents folded (unaccent is a trusted extension).
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE TEXT SEARCH CONFIGURATION dyad_es (COPY = pg_catalog.spanish);
  ALTER TEXT SEARCH CONFIGURATION dyad_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
  CREATE TEXT SEARCH CONFIGURATION dyad_en (COPY = pg_catalog.english);
  ALTER TEXT SEARCH CONFIGURATION dyad_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

  -- Duplicate articles (same URL, same text) are absorbed by these unique keys, whichever writer comes second.
  CREATE TABLE articles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc text NOT NULL,
    url text UNIQUE,
    source text,
    outlet text NOT NULL,
    title text,
    date text,
    language text NOT NULL,
    text_hash text NOT NULL UNIQUE,
    text text NOT NULL,
    origin text NOT NULL,
    ingested_at text NOT NULL
  );
  CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key text NOT NULL UNIQUE,
    type text NOT NULL,
    mode text,
    cameo text NOT NULL,
    goldstein double precision,
    quad integer NOT NULL,
    date text NOT NULL,
    date_min text NOT NULL,
    date_max text NOT NULL,
    "symmetric" smallint NOT NULL CHECK ("symmetric" IN (0, 1)),
    source json NOT NULL,
    target json NOT NULL,
    contexts json NOT NULL,
    places json NOT NULL,
    place_countries json NOT NULL DEFAULT '{}',
    record json NOT NULL,
    num_mentions integer NOT NULL,
    num_articles integer NOT NULL,
    num_sources integer NOT NULL,
    first_seen text NOT NULL,
    last_seen text NOT NULL,
    added_at text NOT NULL,
    place_country text,
    place_admin1 text
  );
  CREATE INDEX events_type_date ON events (type, date_min);
  CREATE INDEX events_date ON events (date, id);
  CREATE INDEX events_place_country ON events (place_country, date);
  CREATE INDEX events_place_admin1 ON events (place_admin1, date);
  CREATE TABLE actors (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key text NOT NULL UNIQUE,
    name text,
    name_fold text,
    country text,
    sector text,
    org text
  );
  CREATE INDEX actors_country ON actors (country);
  CREATE TABLE event_actors (
    event_id bigint NOT NULL REFERENCES events (id),
    role text NOT NULL CHECK (role IN ('source', 'target')),
    actor_id bigint NOT NULL REFERENCES actors (id),
    PRIMARY KEY (event_id, role, actor_id)
  );
  CREATE INDEX event_actors_actor ON event_actors (actor_id, role);
  CREATE TABLE mentions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id bigint NOT NULL REFERENCES events (id),
    article_id bigint NOT NULL REFERENCES articles (id),
    record_id text NOT NULL,
    sentence integer NOT NULL,
    evidence text NOT NULL,
    trigger_text text NOT NULL,
    trigger_start integer NOT NULL,
    trigger_end integer NOT NULL,
    date text NOT NULL,
    mode text,
    cameo text NOT NULL,
    goldstein double precision,
    quad integer NOT NULL,
    rule text NOT NULL,
    language text NOT NULL,
    "symmetric" smallint NOT NULL CHECK ("symmetric" IN (0, 1)),
    source json NOT NULL,
    target json NOT NULL,
    contexts json NOT NULL,
    places json NOT NULL,
    place json,
    evidence_tsv tsvector GENERATED ALWAYS AS
      (to_tsvector(CASE WHEN language = 'en' THEN 'dyad_en'::regconfig ELSE 'dyad_es'::regconfig END, evidence)) STORED,
    UNIQUE (article_id, record_id)
  );
  CREATE INDEX mentions_event ON mentions (event_id);
  CREATE INDEX mentions_evidence ON mentions USING gin (evidence_tsv);
  `,
  // 2: an article with an implausible date (before 1979, or after its fetch time plus a day) is stored with its
  // mentions held out of the events until a person confirms the date (as SQLite's schema 6).
  `ALTER TABLE articles ADD COLUMN date_flag text;
  ALTER TABLE articles ADD COLUMN held_mentions json;`,
];

/** The schema version this build writes. */
export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

// Any constant: the advisory lock that lets one process at a time migrate a database.
const MIGRATION_LOCK = 4_242_010;

/**
 * Bring a database up to PG_SCHEMA_VERSION in one transaction (PostgreSQL's DDL is transactional), under an advisory
 * lock so that two processes opening a new database at once do not both create the tables.
 * @example await migratePostgres(client)
 */
export async function migratePostgres(client: pg.ClientBase): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS dyad_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
    const { rows } = await client.query<{ v: number }>("SELECT coalesce(max(version), 0)::integer AS v FROM dyad_migrations");
    const version = rows[0]!.v;
    if (version > PG_SCHEMA_VERSION) {
      throw new Error(`database schema version ${version} is newer than this dyad understands (${PG_SCHEMA_VERSION}): upgrade dyad`);
    }
    for (let v = version; v < PG_SCHEMA_VERSION; v++) {
      await client.query(PG_MIGRATIONS[v]!);
      await client.query("INSERT INTO dyad_migrations (version) VALUES ($1)", [v + 1]);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  }
}
