import { z } from "zod";
import * as P from "./params.js";

type Schema = Record<string, unknown>;
const json = (s: z.ZodType): Schema => {
  const out = z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Schema;
  delete out.$schema;
  return out;
};

function queryParams(shape: Record<string, z.ZodType>): Schema[] {
  return Object.entries(shape).map(([name, s]) => {
    const schema = json(s);
    const description = (schema.description as string | undefined) ?? s.description;
    delete schema.description;
    return { name, in: "query", required: !s.safeParse(undefined).success, schema, ...(description ? { description } : {}) };
  });
}

const pathParam = (name: string, description: string, schema: Schema = { type: "string" }): Schema => ({ name, in: "path", required: true, schema, description });
const dyadParams = [pathParam("a", "first actor: a country or organisation code (MEX, UN), a country name (México), or the whole words of an actor name (Sheinbaum)"), pathParam("b", "second actor")];
const error = (description: string): Schema => ({ description, content: { "application/json": { schema: { type: "object", properties: { error: { type: "string" } }, required: ["error"] } } } });
const ok = (description: string, schema: Schema = { type: "object" }): Schema => ({ "200": { description, content: { "application/json": { schema } } }, "400": error("a parameter is invalid; the message names it") });

const event = {
  type: "object",
  description: "The record `dyad code` prints (see README, Output contract) with num_mentions, num_articles, num_sources, first_seen, last_seen and places.",
  properties: {
    id: { type: "string" }, type: { type: "string" }, mode: { type: ["string", "null"] }, cameo: { type: "string" }, goldstein: { type: ["number", "null"] },
    quad: { type: "integer" }, date: { type: "string" }, source: { type: "array" }, target: { type: "array" }, contexts: { type: "array", items: { type: "string" } },
    evidence: { type: "string" }, trigger: { type: "object" }, num_articles: { type: "integer" }, num_sources: { type: "integer" },
  },
};

const nullable = (type: string): Schema => ({ type: [type, "null"] });
const places = {
  type: "object",
  properties: {
    a: { type: "string" }, b: { type: "string" }, from: nullable("string"), to: nullable("string"),
    total: { type: "integer", description: "events between a and b in the dates" }, unplaced: { type: "integer", description: "of them, events without a place" },
    places: {
      type: "array",
      items: {
        type: "object",
        properties: {
          key: { type: "string", description: "what GET /api/events?place= takes: city:GEONAMEID, admin2:ADMIN1:NAME, admin1:ADMIN1 or country:ISO3" },
          precision: { enum: ["city", "admin2", "admin1", "country"] }, name: { type: "string" }, admin2: nullable("string"), admin1: nullable("string"),
          admin1_code: nullable("string"), country: { type: "string", description: "ISO 3166-1 alpha-3" }, country_numeric: { ...nullable("string"), description: "ISO 3166-1 numeric, as world-atlas names its shapes" },
          lat: { ...nullable("number"), description: "cities only" }, lon: { ...nullable("number"), description: "cities only" }, geonameid: nullable("integer"),
          events: { type: "integer" }, quads: { type: "array", items: { type: "integer" }, minItems: 4, maxItems: 4, description: "events per quad class 1-4" },
          quad: { type: "integer", description: "the quad class with the most events (a tie goes to the more conflictual)" },
        },
      },
    },
  },
};

/**
 * The OpenAPI 3.1 description of the API, built from the same zod schemas that validate requests.
 * @example (await app.request("/api/openapi.json")).json()
 */
export function openApiDocument(): Schema {
  return {
    openapi: "3.1.0",
    info: { title: "dyad", version: "0.1.0", description: "Political events from Spanish and English news, merged across articles (PLOVER with CAMEO and Goldstein)." },
    paths: {
      "/api/events": { get: { summary: "Events, filtered as `dyad query`, oldest first, one page at a time", parameters: queryParams(P.EventsQuery.shape), responses: ok("a page of events", { type: "object", properties: { total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, events: { type: "array", items: event } } }) } },
      "/api/events/{id}": { get: { summary: "One event with all its mentions: article, evidence sentence, trigger and actors", parameters: [pathParam("id", "event id", json(P.EventId))], responses: { ...ok("the event"), "404": error("no such event") } } },
      "/api/dyads": { get: { summary: "The country pairs with the most events", parameters: queryParams(P.DyadsQuery.shape), responses: ok("pairs of countries and their event counts") } },
      "/api/dyads/{a}/{b}/timeline": { get: { summary: "Events per interval between a and b, both directions: counts per quad class and mean Goldstein score", parameters: [...dyadParams, ...queryParams(P.SeriesQuery.shape)], responses: ok("one entry per interval, empty intervals included") } },
      "/api/dyads/{a}/{b}/agenda": { get: { summary: "Events per PLOVER context and interval between a and b, both directions", parameters: [...dyadParams, ...queryParams(P.SeriesQuery.shape)], responses: ok("contexts by total, and counts per interval") } },
      "/api/dyads/{a}/{b}/places": { get: { summary: "Events between a and b, both directions, grouped by where they happened: cities (by GeoNames id, with coordinates), second- and first-level divisions and countries (without coordinates: never a made-up centroid), with counts per quad class", parameters: [...dyadParams, ...queryParams(P.PlacesQuery.shape)], responses: ok("places, most events first, and how many events have none", places) } },
      "/api/actors": { get: { summary: "Countries, organisations and named actors matching q, most events first", parameters: queryParams(P.ActorsQuery.shape), responses: ok("actors; `value` is what the dyad and actor filters take") } },
      "/api/articles/{id}": { get: { summary: "An article's text with the spans of its events' triggers and actors (character offsets)", parameters: [pathParam("id", "the article's number, or its document id")], responses: { ...ok("the article"), "404": error("no such article") } } },
      "/api/alerts": { get: { summary: "Alerts raised by `dyad watch`, newest first: each the webhook body (docs/alerts.md) with its delivery state", parameters: queryParams(P.AlertsQuery.shape), responses: ok("alerts") } },
      "/api/stats": { get: { summary: "Counts of articles, events, mentions and actors; first and last event date", responses: { "200": { description: "counts" } } } },
      "/api/partners/{a}": { get: { summary: "The countries an actor deals with, ranked by events (either direction) or by conflict events, with cooperation and conflict counts", parameters: [pathParam("a", "the actor: a code, a country name or the whole words of a name"), ...queryParams(P.PartnersQuery.shape)], responses: ok("the partners, most first") } },
      "/api/export": { get: { summary: "Every event the filters of /api/events select, as `dyad export` writes them: CSV (its query in the file name and X-Dyad-Query) or JSON ({query, url, exported_at, count, events})", parameters: queryParams(P.ExportQuery.shape), responses: ok("the events") } },
      "/api/code": {
        post: {
          summary: "Code a posted text on the fly; nothing is stored. Limited in body size and rate per client.",
          requestBody: { required: true, content: { "application/json": { schema: json(P.CodeBody) } } },
          responses: { ...ok("the events, as `dyad code --format json` prints them"), "413": error("body too large"), "415": error("not JSON"), "429": error("too many requests; see Retry-After") },
        },
      },
      "/api/articles": {
        post: {
          summary: "Ingest one article (only when the server was started with a token; send it as a Bearer token)",
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { "application/json": { schema: json(P.ArticleBody) } } },
          responses: { "201": { description: "stored (with `held` when its date is implausible: its events wait for confirm-date)" }, "200": { description: "already stored" }, "401": error("missing or wrong token"), "403": error("writing is off") },
        },
      },
      "/api/articles/{id}/confirm-date": {
        post: {
          summary: "Confirm the date of an article held for an implausible one, or give the right date (the article is coded again); its events join the rest",
          security: [{ bearer: [] }],
          parameters: [pathParam("id", "the article's number, or its document id")],
          requestBody: { required: true, content: { "application/json": { schema: json(P.ConfirmDateBody) } } },
          responses: { ...ok("confirmed: the events created and merged"), "401": error("missing or wrong token"), "403": error("writing is off"), "404": error("no such article"), "409": error("the article is not held for its date") },
        },
      },
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}
