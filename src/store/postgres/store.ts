import pg from "pg";
import { DEFAULT_WINDOW_DAYS } from "../../merge/corpus.js";
import { addArticleIn, mergeMentionsIn } from "../merging.js";
import { resolverOver, shown, type ResolvedActor } from "../identity.js";
import { buildQuery, type QueryDialect } from "../query.js";
import { corpusEvent, type EventRow, type MentionRow } from "../rows.js";
import type { AddOptions, AddResult, ConfirmResult, CorpusEvent, EventFilter, HeldArticle, NewArticle, NewMention, Store, StoreStats } from "../store.js";
import { migratePostgres } from "./schema.js";
import { MENTION_COLUMNS, postgresTx } from "./tx.js";

export interface PostgresOptions {
  /** Days that may separate the dates of one event's reports (default 1). */
  readonly windowDays?: number;
  /** Connections in this process's pool (default 4). */
  readonly connections?: number;
}

// Rows as the SQLite store reads them: JSON columns as their text, bigint ids and counts as numbers.
const JSON_OIDS = new Set([114, 3802]);
const INT8_OID = 20;
/** Rows as the SQLite store reads them (see above). */
export const PG_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (JSON_OIDS.has(oid)) return (v: string) => v;
    if (oid === INT8_OID) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/** The event query in PostgreSQL: `$n` placeholders, `json` contexts, evidence searched in Spanish and in English. */
export const POSTGRES_DIALECT: QueryDialect = {
  placeholder: (n) => `$${n}`,
  contains: (h, n) => `strpos(${h}, ${n}) > 0`,
  hasContext: (p) => `EXISTS (SELECT 1 FROM json_array_elements_text(e.contexts) AS c (value) WHERE c.value = ${p})`,
  textMatch: (p) => `SELECT m.event_id FROM mentions m
    WHERE m.evidence_tsv @@ (websearch_to_tsquery('dyad_es', ${p}) || websearch_to_tsquery('dyad_en', ${p}))`,
  idsIn: (p) => `(SELECT value::bigint FROM json_array_elements_text(${p}::json) AS v (value))`,
  recordText: (...keys) => `(e.record::json #>> '{${keys.join(",")}}')`,
};

// Deadlocks and serialization failures: the transaction is rolled back whole and may simply run again.
const RETRY = new Set(["40P01", "40001"]);
const ATTEMPTS = 5;
const PAGE = 500;

/**
 * The shared store: one PostgreSQL database that any number of processes on any number of machines write to. Writers
 * that could merge into one event take turns on its merge bucket (type and ISO week); all others run side by side.
 * @example const store = await openPostgresStore("postgres://dyad@db:5432/dyad")
 */
export async function openPostgresStore(url: string, opts: PostgresOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, types: PG_TYPES, max: opts.connections ?? 4 });
  // An idle connection that the server drops is discarded by the pool; the next query reports the failure.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    try {
      await migratePostgres(client);
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end();
    throw e;
  }
  return new PostgresStore(pool, opts.windowDays ?? DEFAULT_WINDOW_DAYS);
}

class PostgresStore implements Store {
  readonly kind = "store";

  constructor(private readonly pool: pg.Pool, private readonly windowDays: number) {}

  async hasArticle(ref: { url?: string; textHash?: string }): Promise<boolean> {
    const { rows } = await this.pool.query<{ known: boolean }>(
      "SELECT EXISTS (SELECT 1 FROM articles WHERE url = $1) OR EXISTS (SELECT 1 FROM articles WHERE text_hash = $2) AS known",
      [ref.url ?? null, ref.textHash ?? null],
    );
    return rows[0]!.known;
  }

  async addArticle(article: NewArticle, mentions: readonly NewMention[], opts: AddOptions = {}): Promise<AddResult> {
    return this.inTransaction(async (client) => {
      const result = await addArticleIn(postgresTx(client), article, mentions, this.windowDays);
      await opts.inTransaction?.({ executeSql: (text, values) => client.query(text, values) });
      return result;
    });
  }

  /** Run `work` in one transaction on one connection, retried whole on a deadlock or serialization failure. */
  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      // A connection cut between two statements is reported here, not to a query: the next statement fails with it.
      const lost = (e: Error): void => void (broken = e);
      client.on("error", lost);
      try {
        await client.query("BEGIN");
        const result = await work(client);
        await client.query("COMMIT");
        return result;
      } catch (e) {
        await client.query("ROLLBACK").catch((err: Error) => (broken = err));
        if (attempt < ATTEMPTS && RETRY.has((e as { code?: string }).code ?? "")) continue;
        throw e;
      } finally {
        client.off("error", lost);
        client.release(broken);
      }
    }
  }

  /** Who a side stands for, read as on SQLite (src/store/identity.ts) over this database's actors. */
  async resolveActor(who: string): Promise<Omit<ResolvedActor, "ids">> {
    return shown((await this.resolver())(who));
  }

  // The actors as a small in-memory table the shared resolver reads (the actor list is thousands of rows, not millions).
  private async resolver(): Promise<(who: string) => ResolvedActor> {
    const { rows } = await this.pool.query<{ id: number; name: string | null; name_fold: string | null; country: string | null; org: string | null }>(
      "SELECT id, name, name_fold, country, org FROM actors ORDER BY id");
    return resolverOver(rows);
  }

  async heldArticles(): Promise<HeldArticle[]> {
    const { rows } = await this.pool.query<HeldArticle>(`SELECT id, doc, title, date, url, language, text, json_array_length(held_mentions) AS mentions, ingested_at
      FROM articles WHERE date_flag = 'implausible' ORDER BY id`);
    return rows;
  }

  async confirmDate(ref: string, opts: { date?: string; mentions?: readonly NewMention[] } = {}): Promise<ConfirmResult> {
    return this.inTransaction(async (client) => {
      const { rows } = await client.query<{ id: number; doc: string; date: string; date_flag: string | null; held_mentions: string | null; text_hash: string }>(
        `SELECT id, doc, date, date_flag, held_mentions, text_hash FROM articles WHERE id = $1 OR doc = $2
          ORDER BY date_flag = 'implausible' DESC, id LIMIT 1 FOR UPDATE`, [/^\d+$/.test(ref) ? Number(ref) : -1, ref]);
      const row = rows[0];
      if (!row) return { kind: "not-held", reason: "unknown" } as const;
      if (row.date_flag !== "implausible") return { kind: "not-held", reason: "not held" } as const;
      const date = opts.date ?? row.date;
      if (date !== row.date && !opts.mentions) throw new Error(`confirmDate: a new date for ${row.doc} needs its mentions coded again for that date`);
      await client.query("UPDATE articles SET date = $1, date_flag = 'confirmed', held_mentions = NULL WHERE id = $2", [date, row.id]);
      // JSON columns come back as their text (see the type parsers above).
      const mentions = opts.mentions ?? (JSON.parse(row.held_mentions ?? "[]") as NewMention[]);
      return { kind: "confirmed", article: Number(row.id), date, ...(await mergeMentionsIn(postgresTx(client), { id: Number(row.id), textHash: row.text_hash, date }, mentions, this.windowDays, new Date().toISOString())) };
    });
  }

  // Pages of events in (date, id) order, each page's mentions in one query: an export of millions holds one page.
  async *events(filter: EventFilter = {}): AsyncIterable<CorpusEvent> {
    const { sql, params } = buildQuery(filter, POSTGRES_DIALECT, filter.dyad || filter.actor ? await this.resolver() : undefined);
    const n = params.length;
    let after: [string, number] = ["", 0];
    for (;;) {
      const page = await this.pool.query<EventRow>(`SELECT * FROM (${sql}) q WHERE (q.date, q.id) > ($${n + 1}, $${n + 2}) ORDER BY q.date, q.id LIMIT ${PAGE}`,
        [...params, ...after]);
      if (page.rows.length === 0) return;
      const { rows } = await this.pool.query<MentionRow & { event_id: number }>(
        `SELECT ${MENTION_COLUMNS} FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ANY($1::bigint[]) ORDER BY m.id`,
        [page.rows.map((r) => r.id)],
      );
      const byEvent = new Map<number, MentionRow[]>();
      for (const m of rows) byEvent.set(m.event_id, [...(byEvent.get(m.event_id) ?? []), m]);
      for (const r of page.rows) yield corpusEvent(r, byEvent.get(r.id) ?? []);
      if (page.rows.length < PAGE) return;
      const last = page.rows.at(-1)!;
      after = [last.date, last.id];
    }
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query<Omit<StoreStats, "bytes"> & { bytes: number | null }>(`SELECT
      (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM mentions) AS mentions,
      (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM events WHERE num_articles > 1) AS merged,
      (SELECT sum(pg_total_relation_size(t))::bigint FROM unnest(ARRAY['articles', 'events', 'mentions', 'actors', 'event_actors']::regclass[]) AS t) AS bytes`);
    const r = rows[0]!;
    return { articles: r.articles, events: r.events, mentions: r.mentions, actors: r.actors, merged: r.merged, bytes: r.bytes ?? 0 };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
