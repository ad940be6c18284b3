import { z } from "zod";
import { readJson } from "../data/files.js";
import { PLACE_KEY } from "./places.js";

interface Plover {
  types: { type: string; quad: number }[];
  contexts: { context: string }[];
}
const plover = readJson("ontology/plover.json") as Plover;

/** PLOVER event types and contexts: what `type` and `context` accept. */
export const TYPES: readonly string[] = plover.types.map((t) => t.type);
export const CONTEXTS: readonly string[] = plover.contexts.map((c) => c.context);

const realDate = (s: string): boolean => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const date = (what: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD").refine(realDate, "is not a calendar date").describe(what);
const list = (xs: string) => xs.split(",").map((x) => x.trim()).filter(Boolean);
const actor = (what: string) => z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters").describe(what);

/**
 * A whole number from a query string, in digits only: "1e2", "0x10", "1.0", "+5" and " 5" are refused, and a number out
 * of range says which range.
 */
const whole = (min: number, max: number) =>
  z.string().regex(/^\d{1,15}$/, "must be a whole number written in digits (0-9)").transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max.toLocaleString("en-US")}`));

const range = {
  from: date("first event date, inclusive").optional(),
  to: date("last event date, inclusive").optional(),
};
const direction = z.enum(["both", "ab", "ba"], { message: "must be both, ab (a acting on b) or ba" }).default("both")
  .describe("both directions, or the first actor's acts on the second (ab), or the second's on the first (ba)");
const ordered = (p: { from?: string; to?: string }) => !p.from || !p.to || p.from <= p.to;
const orderedMessage = { message: "must not be before from", path: ["to"] };

/** The filters of `dyad query`, as `GET /api/events` and `GET /api/export` take them. */
const filters = {
    direction: direction.describe("with dyad: both directions, or A's acts on B (ab), or B's on A (ba)"),
    dyad: z.string().regex(/^[^:]+:[^:]+$/, "must be A:B, e.g. MEX:USA").max(200).optional().describe("two actors, either direction: each a country or organisation code (MEX:USA), a country name (México), or the whole words of an actor name (Sheinbaum)"),
    actor: actor("one actor on either side: a country or organisation code, a country name, or the whole words of an actor name").optional(),
    ...range,
    type: z.string().optional().refine((v) => !v || list(v).every((t) => TYPES.includes(t.toUpperCase())), `must be PLOVER types: ${TYPES.join(", ")}`).describe("PLOVER event types, comma-separated"),
    quad: z.string().regex(/^[1-4](,[1-4])*$/, "must be quad classes 1-4, comma-separated").optional().describe("quad classes, comma-separated (1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict)"),
    context: z.enum(CONTEXTS as [string, ...string[]], { message: "must be a PLOVER context" }).optional().describe("PLOVER context"),
    text: z.string().min(1).max(200, "must be at most 200 characters").optional().describe("FTS5 search over the evidence sentences"),
    min_articles: whole(1, 100_000).optional().describe("events reported by at least this many articles"),
    country_of_place: z.string().regex(/^[A-Za-z]{3}$/, "must be an ISO 3166-1 alpha-3 country code, e.g. MEX").optional().describe("events placed in this country (ISO 3166-1 alpha-3)"),
    admin1: z.string().regex(/^[A-Za-z]{2}\.[A-Za-z0-9]{1,8}$/, "must be a GeoNames first-level division code, e.g. MX.25").optional().describe("events placed in this first-level division (GeoNames admin1 code, e.g. MX.25 for Sinaloa)"),
    place: z.string().max(260).regex(PLACE_KEY, "must be a place key from /api/dyads/{a}/{b}/places: city:GEONAMEID, admin2:ADMIN1:NAME, admin1:MX.25 or country:MEX").optional().describe("events placed at this place, at its precision: a `key` of GET /api/dyads/{a}/{b}/places (city:4005539, admin1:MX.25, country:MEX)"),
};

/** `GET /api/events`: the filters of `dyad query`, plus paging. */
export const EventsQuery = z
  .object({
    ...filters,
    limit: whole(1, 500).default(50).describe("page size (at most 500)"),
    offset: whole(0, 10_000_000).default(0).describe("events to skip"),
  })
  .strict()
  .refine(ordered, orderedMessage);

/** `GET /api/export`: every event the filters select, as `dyad export` writes them. */
export const ExportQuery = z
  .object({
    ...filters,
    format: z.enum(["csv", "json"], { message: "must be csv or json" }).default("csv").describe("csv: the columns of `dyad export --format csv`; json: the query and the events as `dyad export --format jsonl` writes them"),
  })
  .strict()
  .refine(ordered, orderedMessage);

/** `GET /api/dyads/:a/:b/timeline` and `/agenda`. */
export const SeriesQuery = z
  .object({
    interval: z.enum(["day", "week", "month"], { message: "must be day, week or month" }).default("week").describe("bucket size; weeks start on Monday"),
    direction,
    ...range,
  })
  .strict()
  .refine(ordered, orderedMessage);

/** `GET /api/partners/:a`: the countries an actor deals with, ranked. */
export const PartnersQuery = z
  .object({
    by: z.enum(["events", "conflict"], { message: "must be events or conflict" }).default("events").describe("rank by all events, or by conflict events (quad classes 3–4)"),
    ...range,
    limit: whole(1, 100).default(10),
  })
  .strict()
  .refine(ordered, orderedMessage);

/** `GET /api/dyads/:a/:b/places`. */
export const PlacesQuery = z.object({ ...range, direction }).strict().refine(ordered, orderedMessage);

export const DyadPath = z.object({ a: actor("first actor: a code (MEX), a country name (México) or the whole words of an actor name (Sheinbaum)"), b: actor("second actor") });

export const ActorsQuery = z
  .object({
    q: z.string().trim().max(100, "must be at most 100 characters").default("").describe("a code, or the start of a word of a name; empty lists the most frequent"),
    limit: whole(1, 100).default(20),
  })
  .strict();

export const DyadsQuery = z
  .object({ limit: whole(1, 100).default(10) })
  .strict();

/** `GET /api/alerts`: the alerts `dyad watch` raised, newest first; `since` gives those raised after a time (the last visit). */
export const AlertsQuery = z
  .object({
    since: z.string().refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v)), "must be a date or an ISO 8601 time (2026-05-20T12:00:00Z)")
      .optional().describe("only alerts raised after this time"),
    limit: whole(1, 200).default(50),
  })
  .strict();

export const EventId = z.string().regex(/^[0-9a-f]{16}$/, "must be an event id (16 hex digits)");
export const ArticleId = z.string().min(1).max(300, "must be at most 300 characters");

/** `POST /api/code`: a text to code on the fly. */
export const CodeBody = z
  .object({
    text: z.string().min(1, "must not be empty").describe("the article text"),
    date: date("publication date, for relative dates (default: today)").optional(),
    language: z.enum(["es", "en"], { message: "must be es or en" }).optional().describe("detected when absent"),
    title: z.string().max(1000).optional(),
  })
  .strict();

/** `POST /api/articles` (only with a token): ingest one article. */
export const ArticleBody = CodeBody.extend({
  id: z.string().min(1, "must not be empty").max(300),
  url: z.string().max(2000).regex(/^https?:\/\/\S+$/i, "must be an http or https URL").optional(),
  source: z.string().max(300).optional(),
}).strict();

/** `POST /api/articles/:id/confirm-date` (only with a token): the held article's date is right, or this one is. */
export const ConfirmDateBody = z
  .object({ date: date("the right publication date; absent: the article's date is right as it is").optional() })
  .strict();

/** The first problem of a failed parse, as `name: what is wrong`. */
export function describeIssue(error: z.ZodError, where = ""): string {
  const issue = error.issues[0]!;
  const name = issue.path.length ? issue.path.join(".") : where || "parameters";
  if (issue.code === "unrecognized_keys") return `${issue.keys.join(", ")}: unknown parameter${issue.keys.length > 1 ? "s" : ""}`;
  return `${name}: ${issue.message}`;
}

export const typesOf = (v: string | undefined): string[] | undefined => (v ? list(v).map((t) => t.toUpperCase()) : undefined);
export const quadsOf = (v: string | undefined): number[] | undefined => (v ? list(v).map(Number) : undefined);
