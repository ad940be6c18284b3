import { timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { answerCache } from "./cache.js";
import { CodeTimeout } from "./code-pool.js";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { z } from "zod";
import { loadKnowledge } from "../data/knowledge.js";
import { mentionsOf } from "../ingest/coder.js";
import { textHash } from "../ingest/hash.js";
import type { Document } from "../model/document.js";
import type { EventRecord } from "../model/event.js";
import { codeDocument } from "../pipeline/index.js";
import type { EventFilter, Store } from "../store/store.js";
import { csvHeader, csvLine } from "../export/csv.js";
import { detectLanguage } from "../text/language.js";
import { rateLimiter, type RateLimit } from "./limits.js";
import { openApiDocument } from "./openapi.js";
import * as P from "./params.js";
import { MAX_PERIODS } from "./periods.js";
import type { ReadModel } from "./read-model.js";
import { webFile } from "./static.js";

export interface AppOptions {
  /** Read-only queries on the store (`openQueries(file)` on SQLite, `openPostgresQueries(url)` on PostgreSQL). */
  readonly queries: ReadModel;
  /** Codes a posted text; default: the event coder with the knowledge base loaded once. */
  readonly code?: (doc: Document) => Promise<EventRecord[]>;
  /** When set, `POST /api/articles` is on and requires `Authorization: Bearer TOKEN`; without it nothing writes. */
  readonly token?: string;
  /** Requests to `POST /api/code` per client (default: a burst of 10, then one every 3 s). */
  readonly codeRate?: RateLimit;
  /** Largest body `POST /api/code` accepts, in bytes (default 200 KB). */
  readonly maxBody?: number;
  /**
   * Whether a request's Host header names this server (`hostGuard`, against DNS rebinding); a request to another name
   * gets 403. Default: every name (the app alone, as tests use it); `startServer` always sets it.
   */
  readonly hostAllowed?: (header: string | undefined) => boolean;
  /** Which client a request comes from (default: the socket's address). */
  readonly clientOf?: (c: Context<Env>) => string;
}

/** What @hono/node-server passes each request: the Node request, whose socket has the client's address. */
export type Env = { Bindings: { incoming?: { socket?: { remoteAddress?: string } } } };

const bad = (message: string): HTTPException => new HTTPException(400, { message });
const notFound = (message: string): HTTPException => new HTTPException(404, { message });

/** Parse request input with a schema; a failure is a 400 naming the parameter. */
function parse<S extends z.ZodType>(schema: S, input: unknown, where?: string): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw bad(P.describeIssue(r.error, where));
  return r.data;
}

async function jsonBody(c: Context): Promise<unknown> {
  if (!(c.req.header("content-type") ?? "").includes("application/json")) throw new HTTPException(415, { message: "body: send JSON (Content-Type: application/json)" });
  try {
    return await c.req.json();
  } catch {
    throw bad("body: not valid JSON");
  }
}

/** The store's filter from the parameters of /api/events and /api/export. */
const filterOf = (p: Omit<z.output<typeof P.ExportQuery>, "format">): EventFilter => ({
  dyad: p.dyad ? (p.dyad.split(":").map((s) => s.trim()) as [string, string]) : undefined, direction: p.direction, actor: p.actor, from: p.from, to: p.to,
  types: P.typesOf(p.type), quads: P.quadsOf(p.quad), context: p.context, text: p.text, minArticles: p.min_articles,
  placeCountry: p.country_of_place, admin1: p.admin1, place: p.place,
});

/** At most this many events in one export from the page; `dyad export` writes any number. */
const MAX_EXPORT = 100_000;

const tooLong = (interval: string, from?: string, to?: string): boolean => {
  if (!from || !to) return false;
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return days / ({ day: 1, week: 7, month: 30 } as Record<string, number>)[interval]! > MAX_PERIODS;
};

/**
 * The HTTP API and the dashboard. Builds the app and never listens: `dyad serve` does.
 * @example const app = createApp(store, { queries: openQueries("dyad.sqlite") }); await app.request("/api/events?dyad=MEX:USA")
 */
export function createApp(store: Store, options: AppOptions): Hono<Env> {
  const { queries } = options;
  const code = options.code ?? (async (doc: Document) => codeDocument(doc, await loadKnowledge()));
  const rate = rateLimiter(options.codeRate ?? { burst: 10, refillMs: 3000 });
  const clientOf = options.clientOf ?? ((c: Context<Env>) => c.env?.incoming?.socket?.remoteAddress ?? "local");
  const maxBody = options.maxBody ?? 200 * 1024;
  const app = new Hono<Env>();
  // The version the page cache is keyed on, read before each use (PostgreSQL's read model answers it with a query).
  let version = -1;
  const pages = answerCache(Math.min(64, queries.cacheSize), () => version);
  const resolvedPair = async (a: string, b: string) => ({ a: await queries.resolve(a), b: await queries.resolve(b) });

  if (options.hostAllowed) {
    const allowed = options.hostAllowed;
    app.use("*", async (c, next) => {
      const host = c.req.header("host");
      if (!allowed(host)) return c.json({ error: `host: ${host ?? ""} is not a name of this server (dyad serve --allow-host NAME allows one)` }, 403);
      await next();
    });
  }
  app.use("*", secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'"], connectSrc: ["'self'"],
      objectSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"],
    },
    crossOriginResourcePolicy: "same-origin",
    strictTransportSecurity: false,
  }));
  app.onError((err, c) => {
    if (err instanceof HTTPException) return c.json({ error: err.message }, err.status);
    process.stderr.write(`dyad serve: ${c.req.method} ${c.req.path}: ${err.message}\n`);
    return c.json({ error: "internal error" }, 500);
  });
  app.notFound((c) => {
    // A path that answers other methods: 405 with the methods it takes.
    const allow = methodsOf(c.req.path);
    if (allow.length && !allow.includes(c.req.method)) {
      c.header("Allow", allow.join(", "));
      return c.json({ error: `method ${c.req.method} not allowed on ${c.req.path}: use ${allow.join(" or ")}` }, 405);
    }
    if (c.req.path.startsWith("/api/")) return c.json({ error: `no such endpoint: ${c.req.method} ${c.req.path}` }, 404);
    return c.text("not found", 404);
  });
  // The methods the routes registered below take on a path (GET also answers HEAD); the dashboard's files take GET.
  const methodsOf = (path: string): string[] => {
    const out = new Set<string>();
    for (const r of app.routes) {
      if (r.method === "ALL") continue;
      const matches = r.path === "*" ? !path.startsWith("/api/") && webFile(path) !== null
        : new RegExp(`^${r.path.replace(/[.]/g, "\\.").replace(/:[^/]+/g, "[^/]+")}$`).test(path);
      if (matches) out.add(r.method);
    }
    if (out.has("GET")) out.add("HEAD");
    return [...out];
  };

  app.get("/api/openapi.json", (c) => c.json(openApiDocument()));

  app.get("/api/stats", async (c) => c.json({ ...(await store.stats()), ...(await queries.range()), held: await queries.held() }));

  app.get("/api/events", async (c) => {
    const p = parse(P.EventsQuery, c.req.query());
    const filter = filterOf(p);
    const dyad = filter.dyad;
    try {
      // How each side was read (a code, a country's name, named actors, nothing), so a name that found nothing says so.
      const resolved = dyad ? await resolvedPair(dyad[0], dyad[1]) : p.actor ? { actor: await queries.resolve(p.actor) } : undefined;
      // A page is kept as its JSON text until the database changes: a page of events is large to build and to write.
      version = await queries.version();
      const body = await pages(JSON.stringify(p), async () => JSON.stringify({ ...(await queries.events(filter, p.limit, p.offset)), limit: p.limit, offset: p.offset, ...(resolved && { resolved }) }));
      return c.body(body, 200, { "Content-Type": "application/json; charset=UTF-8" });
    } catch (e) {
      // FTS5 reports a malformed search ("unterminated string", "syntax error near …") as a plain SQLITE_ERROR.
      if (p.text && (e as { code?: string }).code === "SQLITE_ERROR") throw bad(`text: not a valid search (${(e as Error).message})`);
      throw e;
    }
  });

  // What the page lists, every event of it, as `dyad export` writes them; each export carries its query: the JSON in its
  // `query`, the CSV in its file name and the X-Dyad-Query header.
  app.get("/api/export", async (c) => {
    const p = parse(P.ExportQuery, c.req.query());
    const { format, ...asked } = p;
    const query = new URLSearchParams(Object.entries(asked).filter(([k, v]) => v !== undefined && !(k === "direction" && v === "both")).map(([k, v]): [string, string] => [k, String(v)])).toString();
    const named = [...new URLSearchParams(query)].map(([k, v]) => `${k}-${v}`).join("_").normalize("NFD").replace(/\p{M}/gu, "").replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 120);
    const name = `dyad-events${named ? `_${named}` : ""}.${format}`;
    const events = [];
    try {
      for await (const e of store.events(filterOf(p))) {
        if (events.length === MAX_EXPORT) throw bad(`more than ${MAX_EXPORT.toLocaleString("en-US")} events: narrow the query, or use dyad export`);
        events.push(e);
      }
    } catch (e) {
      if (p.text && (e as { code?: string }).code === "SQLITE_ERROR") throw bad(`text: not a valid search (${(e as Error).message})`);
      throw e;
    }
    c.header("Content-Disposition", `attachment; filename="${name}"`);
    c.header("X-Dyad-Query", query);
    if (format === "json") {
      return c.json({ query: Object.fromEntries(new URLSearchParams(query)), url: `/api/export?${query}${query ? "&" : ""}format=json`, exported_at: new Date().toISOString(),
        count: events.length, events: events.map(({ added_at: _a, ...e }) => e) });
    }
    return c.body(csvHeader() + events.map(csvLine).join(""), 200, { "Content-Type": "text/csv; charset=utf-8" });
  });

  app.get("/api/events/:id", async (c) => {
    const id = parse(P.EventId, c.req.param("id"), "id");
    const event = await queries.event(id);
    if (!event) throw notFound(`no event with id ${id}`);
    return c.json(event);
  });

  app.get("/api/dyads", async (c) => c.json({ dyads: await queries.dyads(parse(P.DyadsQuery, c.req.query()).limit) }));

  for (const kind of ["timeline", "agenda"] as const) {
    app.get(`/api/dyads/:a/:b/${kind}`, async (c) => {
      const { a, b } = parse(P.DyadPath, c.req.param());
      const p = parse(P.SeriesQuery, c.req.query());
      if (tooLong(p.interval, p.from, p.to)) throw bad(`interval: more than ${MAX_PERIODS} periods between from and to; use a longer interval`);
      // The timeline also gives the dyad's extent over all dates, so the page can say what lies outside the range shown.
      const body = kind === "timeline" ? { extent: await queries.extent(a, b, p.direction), periods: await queries.timeline(a, b, p) } : await queries.agenda(a, b, p);
      return c.json({ a, b, resolved: await resolvedPair(a, b), interval: p.interval, direction: p.direction, from: p.from ?? null, to: p.to ?? null, ...body });
    });
  }

  app.get("/api/dyads/:a/:b/places", async (c) => {
    const { a, b } = parse(P.DyadPath, c.req.param());
    const p = parse(P.PlacesQuery, c.req.query());
    return c.json({ a, b, resolved: await resolvedPair(a, b), direction: p.direction, from: p.from ?? null, to: p.to ?? null, ...(await queries.places(a, b, p)) });
  });

  app.get("/api/partners/:a", async (c) => {
    const { a } = parse(P.DyadPath.pick({ a: true }), c.req.param());
    const p = parse(P.PartnersQuery, c.req.query());
    return c.json({ a, resolved: await queries.resolve(a), by: p.by, from: p.from ?? null, to: p.to ?? null, partners: await queries.partners(a, p) });
  });

  app.get("/api/alerts", async (c) => {
    const p = parse(P.AlertsQuery, c.req.query());
    return c.json({ alerts: await queries.alerts(p.since, p.limit) });
  });

  app.get("/api/actors", async (c) => {
    const p = parse(P.ActorsQuery, c.req.query());
    return c.json({ actors: await queries.actors(p.q, p.limit) });
  });

  app.get("/api/articles/:id", async (c) => {
    const id = parse(P.ArticleId, c.req.param("id"), "id");
    const article = await queries.article(id);
    if (!article) throw notFound(`no article with id ${id}`);
    return c.json(article);
  });

  const limitBody = bodyLimit({ maxSize: maxBody, onError: (c) => c.json({ error: `body: larger than ${Math.round(maxBody / 1024)} KB` }, 413) });

  app.post("/api/code", limitBody, async (c) => {
    const r = rate.take(clientOf(c));
    if (!r.ok) {
      c.header("Retry-After", String(r.retryAfter));
      return c.json({ error: `too many requests: try again in ${r.retryAfter} s` }, 429);
    }
    const body = parse(P.CodeBody, await jsonBody(c), "body");
    const language = body.language ?? detectLanguage(body.text);
    const date = body.date ?? new Date().toISOString().slice(0, 10);
    let events: EventRecord[];
    try {
      events = await code({ id: "posted", text: body.text, date, language, title: body.title });
    } catch (e) {
      if (e instanceof CodeTimeout) return c.json({ error: e.message }, 503);
      throw e;
    }
    return c.json({ language, date, events });
  });

  /** Writing needs the server's token: 403 when it has none, 401 when the request does not carry it. */
  const authorize = (c: Context<Env>): void => {
    if (!options.token) throw new HTTPException(403, { message: "writing is off: start the server with a token to ingest through the API" });
    const given = Buffer.from(c.req.header("authorization") ?? "");
    const wanted = Buffer.from(`Bearer ${options.token}`);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw new HTTPException(401, { message: "authorization: a valid Bearer token is required" });
  };

  app.post("/api/articles", limitBody, async (c) => {
    authorize(c);
    const body = parse(P.ArticleBody, await jsonBody(c), "body");
    const language = body.language ?? detectLanguage(body.text);
    let mentions;
    try {
      // Through the same coder as POST /api/code: the server's pool of threads, off the event loop.
      mentions = mentionsOf(await code({ id: body.id, text: body.text, date: body.date, language, title: body.title }));
    } catch (e) {
      if (e instanceof CodeTimeout) return c.json({ error: e.message }, 503);
      throw e;
    }
    const result = await store.addArticle({ doc: body.id, url: body.url, source: body.source, title: body.title, date: body.date, language, text: body.text, textHash: textHash(body.text), origin: "api" }, mentions);
    return c.json(result, result.kind === "added" ? 201 : 200);
  });

  // A person confirms the date of an article held for an implausible one (or gives the right date: it is coded again).
  app.post("/api/articles/:id/confirm-date", limitBody, async (c) => {
    authorize(c);
    const id = parse(P.ArticleId, c.req.param("id"), "id");
    const body = parse(P.ConfirmDateBody, await jsonBody(c), "body");
    const article = await queries.article(id);
    if (!article) throw notFound(`no article with id ${id}`);
    let mentions;
    if (body.date && body.date !== article.date) {
      try {
        mentions = mentionsOf(await code({ id: article.doc, text: article.text, date: body.date, language: article.language as Document["language"], title: article.title ?? undefined }));
      } catch (e) {
        if (e instanceof CodeTimeout) return c.json({ error: e.message }, 503);
        throw e;
      }
    }
    const result = await store.confirmDate(String(article.id), { date: body.date, mentions });
    if (result.kind === "not-held") throw new HTTPException(409, { message: `id: article ${id} is not held for its date` });
    return c.json(result);
  });

  app.get("*", (c) => {
    const file = webFile(c.req.path);
    if (!file) return c.notFound();
    return c.body(new Uint8Array(file.body), 200, { "Content-Type": file.type, "Cache-Control": "no-cache" });
  });

  return app;
}
