import type pg from "pg";

/**
 * Timelines and agendas summed ahead of time per pair of sides and day, kept by triggers in the transaction of every
 * write to `events`, `event_actors` and `actors`, so they cannot drift from the events (SQLite's migration 3 keeps the
 * same sums; see src/store/schema.ts). Weeks and months are summed from the days when read: a dyad's days are a few
 * thousand rows even over years, and writers that touch one day of a dyad do not queue on its whole month.
 *
 * - `series_sides`: the distinct pairs of code sets an event can have, each side's country and organisation codes as
 *   `,MEX,USA,` (sorted bytewise). An event between two codes is one whose pair holds one code on each side.
 * - `event_series`: what each event counts for now (its pair, date, quad, Goldstein score in tenths, contexts), so that
 *   a change takes exactly that back out. Only events with a code on both sides are there.
 * - `series_days` (events, Goldstein tenths and how many had a score, per pair, day and quad class) and
 *   `series_day_contexts` (events per pair, day and context, '' for none). Rows whose count falls to 0 go.
 *
 * Two writers adding to one row take turns on it (INSERT … ON CONFLICT) as they commit; should they meet in opposite
 * orders, PostgreSQL breaks the deadlock and the store runs the loser's transaction again. `dyad_series_rebuild()` sums everything afresh
 * in a few set-based statements, for a bulk load made with the triggers off.
 */
const SERIES = `
  CREATE TABLE series_sides (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sources text NOT NULL,
    targets text NOT NULL,
    UNIQUE (sources, targets)
  );
  CREATE TABLE event_series (
    event_id bigint PRIMARY KEY,
    sides integer NOT NULL REFERENCES series_sides (id),
    date text NOT NULL,
    quad integer NOT NULL,
    g10 integer,
    contexts text NOT NULL
  );
  CREATE TABLE series_days (
    sides integer NOT NULL,
    day text NOT NULL,
    quad integer NOT NULL,
    n integer NOT NULL,
    g10 bigint NOT NULL,
    gn integer NOT NULL,
    PRIMARY KEY (sides, day, quad)
  );
  CREATE TABLE series_day_contexts (
    sides integer NOT NULL,
    day text NOT NULL,
    context text NOT NULL,
    n integer NOT NULL,
    PRIMARY KEY (sides, day, context)
  );

  -- The codes of one side of an event, as ',A,B,' sorted bytewise, or NULL when its actors have none.
  CREATE FUNCTION dyad_codes(event bigint, side text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT ',' || string_agg(code, ',' ORDER BY code COLLATE "C") || ',' FROM (
      SELECT ac.country AS code FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id = event AND ea.role = side
      UNION SELECT ac.org FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id WHERE ea.event_id = event AND ea.role = side) c
  $$;

  -- The id of a pair of code sets, added when new (a writer that meets another adding it waits, then reads it).
  CREATE FUNCTION dyad_sides(s text, t text) RETURNS integer LANGUAGE plpgsql AS $$
  DECLARE found_id integer;
  BEGIN
    SELECT id INTO found_id FROM series_sides WHERE sources = s AND targets = t;
    IF found_id IS NULL THEN
      INSERT INTO series_sides (sources, targets) VALUES (s, t) ON CONFLICT DO NOTHING RETURNING id INTO found_id;
      IF found_id IS NULL THEN
        SELECT id INTO found_id FROM series_sides WHERE sources = s AND targets = t;
      END IF;
    END IF;
    RETURN found_id;
  END $$;

  -- Add (k = 1) or take out (k = -1) one event's part of the sums.
  CREATE FUNCTION dyad_series_add(sd integer, d text, q integer, g integer, cx text, k integer) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO series_days AS x (sides, day, quad, n, g10, gn) VALUES (sd, d, q, k, coalesce(g, 0) * k, CASE WHEN g IS NULL THEN 0 ELSE k END)
      ON CONFLICT (sides, day, quad) DO UPDATE SET n = x.n + excluded.n, g10 = x.g10 + excluded.g10, gn = x.gn + excluded.gn;
    INSERT INTO series_day_contexts AS x (sides, day, context, n)
      SELECT sd, d, c.context, count(*) * k FROM (SELECT coalesce(v.value, '') AS context FROM (SELECT 1) AS one
        LEFT JOIN LATERAL json_array_elements_text(cx::json) AS v (value) ON true) AS c GROUP BY c.context
      ON CONFLICT (sides, day, context) DO UPDATE SET n = x.n + excluded.n;
    IF k < 0 THEN
      DELETE FROM series_days WHERE sides = sd AND day = d AND quad = q AND n = 0;
      DELETE FROM series_day_contexts WHERE sides = sd AND day = d AND n = 0;
    END IF;
  END $$;

  -- Make one event's part of the sums what the event is now: what changed is taken out and put back; what did not
  -- (most writes touch an event without moving it) is left alone.
  CREATE FUNCTION dyad_series_refresh(event bigint) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    e record;
    have boolean;
    s text;
    t text;
    old_row record;
    had boolean;
    old_sources text;
    old_targets text;
  BEGIN
    SELECT date, quad, round(goldstein * 10)::integer AS g10, contexts::text AS contexts INTO e FROM events WHERE id = event;
    have := FOUND;
    IF have THEN
      s := dyad_codes(event, 'source');
      t := dyad_codes(event, 'target');
      have := s IS NOT NULL AND t IS NOT NULL;
    END IF;
    SELECT es.sides, es.date, es.quad, es.g10, es.contexts, ss.sources, ss.targets INTO old_row
      FROM event_series es JOIN series_sides ss ON ss.id = es.sides WHERE es.event_id = event;
    had := FOUND;
    IF had THEN
      IF have AND old_row.sources = s AND old_row.targets = t AND old_row.date = e.date AND old_row.quad = e.quad
          AND old_row.g10 IS NOT DISTINCT FROM e.g10 AND old_row.contexts = e.contexts THEN
        RETURN;
      END IF;
      PERFORM dyad_series_add(old_row.sides, old_row.date, old_row.quad, old_row.g10, old_row.contexts, -1);
      DELETE FROM event_series WHERE event_id = event;
    END IF;
    IF have THEN
      INSERT INTO event_series (event_id, sides, date, quad, g10, contexts) VALUES (event, dyad_sides(s, t), e.date, e.quad, e.g10, e.contexts);
      PERFORM dyad_series_add(dyad_sides(s, t), e.date, e.quad, e.g10, e.contexts, 1);
    END IF;
  END $$;

  -- The deferred triggers all run at commit, after the transaction's last statement: the first refresh of an event
  -- sees it as it will stay, so the event's later ones (one per link and update) are skipped.
  CREATE FUNCTION dyad_series_once(event bigint) RETURNS void LANGUAGE plpgsql AS $$
  DECLARE done text := coalesce(current_setting('dyad.series_done', true), '');
  BEGIN
    IF strpos(done, ',' || event || ',') > 0 THEN RETURN; END IF;
    PERFORM set_config('dyad.series_done', CASE WHEN done = '' THEN ',' ELSE done END || event || ',', true);
    PERFORM dyad_series_refresh(event);
  END $$;
  CREATE FUNCTION dyad_series_event() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM dyad_series_once(old.id); ELSE PERFORM dyad_series_once(new.id); END IF;
    RETURN NULL;
  END $$;
  CREATE FUNCTION dyad_series_link() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN PERFORM dyad_series_once(old.event_id); ELSE PERFORM dyad_series_once(new.event_id); END IF;
    RETURN NULL;
  END $$;
  CREATE FUNCTION dyad_series_actor() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM dyad_series_once(ea.event_id) FROM (SELECT DISTINCT event_id FROM event_actors WHERE actor_id = new.id) AS ea;
    RETURN NULL;
  END $$;

  -- A new event has no actors yet (the store links them next); a link changes the sides, an update the rest. The sums
  -- are brought up to date when the transaction commits (deferred triggers), so that a writer holds a sum's row only
  -- while it commits, not while it codes and merges the rest of its article: writers of today's news share those rows.
  CREATE CONSTRAINT TRIGGER events_series_update AFTER UPDATE OF date, quad, goldstein, contexts ON events
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (old.date IS DISTINCT FROM new.date OR old.quad IS DISTINCT FROM new.quad OR old.goldstein IS DISTINCT FROM new.goldstein
      OR old.contexts::text IS DISTINCT FROM new.contexts::text)
    EXECUTE FUNCTION dyad_series_event();
  CREATE CONSTRAINT TRIGGER events_series_delete AFTER DELETE ON events DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dyad_series_event();
  CREATE CONSTRAINT TRIGGER event_actors_series AFTER INSERT OR DELETE ON event_actors DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION dyad_series_link();
  CREATE CONSTRAINT TRIGGER actors_series AFTER UPDATE OF country, org ON actors DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (old.country IS DISTINCT FROM new.country OR old.org IS DISTINCT FROM new.org)
    EXECUTE FUNCTION dyad_series_actor();
  -- The articles per day that the timeline divides by (those held for an implausible date left out), kept the same way.
  CREATE TABLE article_days (
    day text PRIMARY KEY,
    n integer NOT NULL
  );
  CREATE FUNCTION dyad_article_days() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP <> 'INSERT' AND old.date_flag IS DISTINCT FROM 'implausible' THEN
      UPDATE article_days SET n = n - 1 WHERE day = substr(coalesce(old.date, old.ingested_at), 1, 10);
      DELETE FROM article_days WHERE day = substr(coalesce(old.date, old.ingested_at), 1, 10) AND n = 0;
    END IF;
    IF TG_OP <> 'DELETE' AND new.date_flag IS DISTINCT FROM 'implausible' THEN
      INSERT INTO article_days AS x (day, n) VALUES (substr(coalesce(new.date, new.ingested_at), 1, 10), 1)
        ON CONFLICT (day) DO UPDATE SET n = x.n + 1;
    END IF;
    RETURN NULL;
  END $$;
  CREATE CONSTRAINT TRIGGER articles_days AFTER INSERT OR DELETE OR UPDATE OF date, ingested_at, date_flag ON articles
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dyad_article_days();

  -- Everything summed afresh, set-based: for databases made before this migration and bulk loads.
  CREATE FUNCTION dyad_series_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    LOCK TABLE series_sides, event_series, series_days, series_day_contexts IN EXCLUSIVE MODE;
    DELETE FROM series_day_contexts;
    DELETE FROM series_days;
    DELETE FROM event_series;
    CREATE TEMP TABLE dyad_rebuild ON COMMIT DROP AS
      WITH codes AS (
        SELECT d.event_id, d.role, ',' || string_agg(d.code, ',' ORDER BY d.code COLLATE "C") || ',' AS codes FROM (
          SELECT DISTINCT ea.event_id, ea.role, x.code FROM event_actors ea JOIN actors ac ON ac.id = ea.actor_id
            CROSS JOIN LATERAL (VALUES (ac.country), (ac.org)) AS x (code) WHERE x.code IS NOT NULL) AS d
        GROUP BY d.event_id, d.role)
      SELECT e.id, s.codes AS sources, t.codes AS targets, e.date, e.quad, round(e.goldstein * 10)::integer AS g10, e.contexts::text AS contexts
      FROM events e JOIN codes s ON s.event_id = e.id AND s.role = 'source' JOIN codes t ON t.event_id = e.id AND t.role = 'target';
    INSERT INTO series_sides (sources, targets) SELECT DISTINCT sources, targets FROM dyad_rebuild ON CONFLICT DO NOTHING;
    INSERT INTO event_series (event_id, sides, date, quad, g10, contexts)
      SELECT r.id, ss.id, r.date, r.quad, r.g10, r.contexts FROM dyad_rebuild r JOIN series_sides ss ON ss.sources = r.sources AND ss.targets = r.targets;
    INSERT INTO series_days (sides, day, quad, n, g10, gn)
      SELECT sides, date, quad, count(*), coalesce(sum(g10), 0), count(g10) FROM event_series GROUP BY sides, date, quad;
    INSERT INTO series_day_contexts (sides, day, context, n)
      SELECT es.sides, es.date, coalesce(v.value, ''), count(*) FROM event_series es
        LEFT JOIN LATERAL json_array_elements_text(es.contexts::json) AS v (value) ON true GROUP BY 1, 2, 3;
    LOCK TABLE article_days IN EXCLUSIVE MODE;
    DELETE FROM article_days;
    INSERT INTO article_days (day, n) SELECT substr(coalesce(date, ingested_at), 1, 10), count(*) FROM articles
      WHERE date_flag IS DISTINCT FROM 'implausible' GROUP BY 1;
  END $$;
  SELECT dyad_series_rebuild();
`;

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
  // 3: timelines and agendas summed ahead of time, as SQLite's migration 3 keeps them (see SERIES).
  SERIES,
  // 4: the past year or month a report dates its act by, when that is all it says (as SQLite's migration 7).
  "ALTER TABLE mentions ADD COLUMN period text;",
];

/** The schema version from which the database keeps the summed series. */
export const SERIES_VERSION = 3;

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
