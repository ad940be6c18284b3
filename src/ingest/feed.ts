import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One item of an RSS or Atom feed: the link to fetch and what the feed says about it. */
export interface FeedItem {
  readonly link: string;
  readonly title?: string;
  readonly date?: string;
  /** The item's own identity when the feed gives one: RSS 2.0 `guid`, RSS 1.0 `rdf:about`, Atom `id`. */
  readonly guid?: string;
}

export type Feed = { readonly ok: true; readonly title?: string; readonly items: readonly FeedItem[] } | { readonly ok: false; readonly reason: string };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", processEntities: true });

/** True when a body looks like a feed rather than a web page. */
export function looksLikeFeed(body: string, contentType = ""): boolean {
  if (/(rss|atom)\+xml|\/xml|\+xml/i.test(contentType)) return true;
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(body);
}

/**
 * Parse RSS 2.0, RSS 1.0 (RDF) or Atom into items; malformed XML comes back as a reason.
 * @example parseFeed("<rss><channel><item><link>https://…</link></item></channel></rss>").items
 */
export function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, reason: `malformed XML: ${valid.err.msg} (line ${valid.err.line})` };
  const doc = parser.parse(xml) as Record<string, unknown>;
  const rss = get(doc, "rss", "channel") ?? get(doc, "rdf:RDF", "channel");
  if (rss) {
    const items = arr(get(doc, "rss", "channel", "item") ?? get(doc, "rdf:RDF", "item"));
    return { ok: true, title: text(get(rss, "title")), items: items.flatMap((i) => item(text(get(i, "link")), get(i, "title"), get(i, "pubDate") ?? get(i, "dc:date"), get(i, "guid") ?? get(i, "@rdf:about"))) };
  }
  const feed = get(doc, "feed");
  if (feed) {
    const entries = arr(get(feed, "entry"));
    return { ok: true, title: text(get(feed, "title")), items: entries.flatMap((e) => item(atomLink(get(e, "link")), get(e, "title"), get(e, "published") ?? get(e, "updated"), get(e, "id"))) };
  }
  return { ok: false, reason: "XML but not an RSS or Atom feed" };
}

function item(link: string | undefined, title: unknown, date: unknown, guid: unknown): FeedItem[] {
  if (!link || !/^https?:\/\//i.test(link.trim())) return [];
  const d = text(date);
  const parsed = d ? new Date(d) : null;
  const id = text(guid);
  return [{
    link: link.trim(), title: text(title), date: parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : undefined,
    ...(id ? { guid: id } : {}),
  }];
}

// Atom: <link href="…" rel="alternate"/>, possibly several; the alternate (or first) one is the article.
function atomLink(link: unknown): string | undefined {
  const links = arr(link);
  const alt = links.find((l) => get(l, "@rel") === undefined || get(l, "@rel") === "alternate") ?? links[0];
  return text(get(alt, "@href") ?? alt);
}

function get(x: unknown, ...path: string[]): unknown {
  let v = x;
  for (const k of path) v = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

const arr = (x: unknown): unknown[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function text(x: unknown): string | undefined {
  if (typeof x === "string") return x.trim() || undefined;
  if (typeof x === "number") return String(x);
  return typeof x === "object" && x !== null ? text((x as Record<string, unknown>)["#text"]) : undefined;
}
