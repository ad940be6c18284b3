import type { EventRecord } from "../model/event.js";
import type { ResolvedActor } from "./identity.js";

/** An article about to be stored, with the hash that identifies its text. */
export interface NewArticle {
  readonly doc: string;
  readonly url?: string;
  readonly source?: string;
  readonly title?: string;
  readonly date?: string;
  readonly language: string;
  readonly text: string;
  readonly textHash: string;
  /** Where it came from: a file path, `file:line`, a feed or a URL. */
  readonly origin: string;
}

/** One event the coder found in the article, with the places its sentence names. */
export interface NewMention {
  readonly record: EventRecord;
  readonly places: readonly string[];
  /** The country of each place that has one: places in two countries do not tell two events apart (a border bridge). */
  readonly placeCountries?: Readonly<Record<string, string>>;
}

/** What storing one article did. */
export type AddResult =
  | { readonly kind: "duplicate"; readonly reason: "url" | "text" }
  | {
    readonly kind: "added"; readonly article: number; readonly created: number; readonly merged: number;
    /** Why the article's date cannot be right: it is stored, its mentions held out of the events until `confirmDate`. */
    readonly held?: string;
  };

/** An article held out of the events for an implausible date. */
export interface HeldArticle {
  readonly id: number;
  readonly doc: string;
  readonly title: string | null;
  readonly date: string;
  readonly url: string | null;
  readonly language: string;
  /** The text, to code again for a corrected date. */
  readonly text: string;
  readonly mentions: number;
  readonly ingested_at: string;
}

/** What confirming an article's date did. */
export type ConfirmResult =
  | { readonly kind: "confirmed"; readonly article: number; readonly date: string; readonly created: number; readonly merged: number }
  | { readonly kind: "not-held"; readonly reason: "unknown" | "not held" };

/** Runs SQL in the store's transaction: the shape pg-boss calls a `Db`, so a job's completion commits with the article. */
export interface SqlExecutor {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/** Extra work for `addArticle`'s transaction. */
export interface AddOptions {
  /** Runs inside the article's transaction, before its commit, whether the article was added or a duplicate (PostgreSQL only). */
  readonly inTransaction?: (sql: SqlExecutor) => Promise<void>;
}

/** Which article told an event, and where. */
export interface MentionRef {
  readonly article: string;
  readonly url: string | null;
  readonly source: string | null;
  readonly date: string | null;
  readonly sentence: number;
  readonly evidence: string;
}

/** A corpus event: the record `dyad code` prints, for the whole corpus, with who reported it. */
export type CorpusEvent = EventRecord & {
  readonly num_mentions: number;
  readonly num_articles: number;
  readonly num_sources: number;
  readonly first_seen: string;
  readonly last_seen: string;
  readonly places: readonly string[];
  readonly added_at: string;
  readonly mentions: readonly MentionRef[];
};

/** Which events to read. Every field narrows; an empty filter reads all events, oldest first. */
export interface EventFilter {
  /**
   * Two actors in either direction: each a country or organisation code, a country's name, or the whole words of an
   * actor's name (src/store/identity.ts), never a part of a word.
   */
  readonly dyad?: readonly [string, string];
  /** With `dyad`: both directions (the default), or only the first's actors acting on the second's ("ab"), or back ("ba"). */
  readonly direction?: "both" | "ab" | "ba";
  /** One actor on either side. */
  readonly actor?: string;
  readonly from?: string;
  readonly to?: string;
  readonly types?: readonly string[];
  readonly quads?: readonly number[];
  readonly context?: string;
  /** An FTS5 query over the evidence sentences. */
  readonly text?: string;
  readonly minArticles?: number;
  /** Events placed in this country (ISO 3166-1 alpha-3). */
  readonly placeCountry?: string;
  /** Events placed in this first-level division (GeoNames admin1 code, "MX.25"). */
  readonly admin1?: string;
  /** Events placed at this place, at its precision: a key of GET /api/dyads/{a}/{b}/places (`city:4005539`, `admin1:MX.25`). */
  readonly place?: string;
  readonly limit?: number;
}

export interface StoreStats {
  readonly articles: number;
  readonly events: number;
  readonly mentions: number;
  readonly actors: number;
  readonly merged: number;
  readonly bytes: number;
}

/**
 * Where articles, events and mentions live. Every implementation passes the contract suite in test/store.test.ts.
 * @example const store = openSqliteStore("dyad.sqlite"); await store.addArticle(article, mentions)
 */
export interface Store {
  readonly kind: "store";
  /** True when an article with this URL or this text hash is stored. */
  hasArticle(ref: { readonly url?: string; readonly textHash?: string }): Promise<boolean>;
  /** Store an article and merge its mentions into events, all in one transaction; a known article adds nothing. */
  addArticle(article: NewArticle, mentions: readonly NewMention[], opts?: AddOptions): Promise<AddResult>;
  events(filter?: EventFilter): AsyncIterable<CorpusEvent>;
  /** What a side of `dyad` or `actor` stands for: a code, a country's name as its code, named actors, or nothing. */
  resolveActor(who: string): Promise<Omit<ResolvedActor, "ids">>;
  /** The articles held out of the events for an implausible date, oldest stored first. */
  heldArticles(): Promise<HeldArticle[]>;
  /**
   * A person confirms a held article's date (or gives the right one): its mentions join the events. `mentions`: the
   * article coded again for a corrected date; without them, the mentions held at ingest.
   */
  confirmDate(ref: string, opts?: { readonly date?: string; readonly mentions?: readonly NewMention[] }): Promise<ConfirmResult>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
