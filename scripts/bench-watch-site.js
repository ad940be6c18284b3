#!/usr/bin/env node
// The news site `scripts/bench-watch.js` polls, in a process of its own so that its work is not counted as the
// watcher's: FEEDS RSS feeds of ITEMS items each, with ETags (304 to a matching If-None-Match) and short article pages.
// POST /_add?n=10 adds one new item to each of n feeds. Prints its base URL, then serves until its parent goes.
import { createHash } from "node:crypto";
import { createServer } from "node:http";

const FEEDS = Number(process.argv[2] ?? 200);
const ITEMS = Number(process.argv[3] ?? 2);
const COUNTRIES = ["México", "Colombia", "Perú", "Chile", "Argentina", "Brasil", "Ecuador", "Uruguay", "Paraguay", "Bolivia", "Guatemala", "Honduras"];
const TOPICS = ["comercio", "salud", "educación", "energía", "turismo", "transporte", "agricultura", "ciencia", "cultura", "pesca"];
// Article n: a visit between two countries on a topic; the combinations keep every text different.
const text = (n) => {
  const a = COUNTRIES[n % COUNTRIES.length];
  const b = COUNTRIES[(n * 7 + 3) % COUNTRIES.length] === a ? COUNTRIES[(n + 1) % COUNTRIES.length] : COUNTRIES[(n * 7 + 3) % COUNTRIES.length];
  return `Una delegación de ${a} visitó ${b} para hablar de ${TOPICS[n % TOPICS.length]} durante la semana número ${n}.`;
};
const items = Array.from({ length: FEEDS }, (_, f) => Array.from({ length: ITEMS }, (_, i) => f * 1000 + i));
const page = (n) => `<!doctype html><html lang="es"><head><title>Nota ${n}</title></head><body>\n<article>\n<h1>Nota ${n}</h1>\n<p>${text(n)}</p>\n` +
  "<p>Con información de agencias y corresponsales. La redacción actualizará esta nota con más información. Esta nota forma parte de la cobertura diaria de la sección internacional.</p>\n</article>\n</body></html>";
let base = "";
const feed = (f) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Diario ${f}</title>\n${items[f].map((n) =>
  `<item><title>Nota ${n}</title><link>${base}/a/${n}</link><guid>n${n}</guid><pubDate>${new Date(Date.UTC(2026, 4, 1 + (n % 28), 12)).toUTCString()}</pubDate></item>`).join("\n")}\n</channel></rss>`;

const server = createServer((req, res) => {
  const url = new URL(req.url, base);
  if (req.method === "POST" && url.pathname === "/_add") {
    const n = Number(url.searchParams.get("n") ?? 10);
    for (let f = 0; f < n; f++) items[f].push(f * 1000 + items[f].length);
    res.writeHead(204);
    return res.end();
  }
  const m = /^\/feeds\/(\d+)\.xml$/.exec(url.pathname);
  if (m && Number(m[1]) < FEEDS) {
    const body = feed(Number(m[1]));
    const etag = `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      return res.end();
    }
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag });
    return res.end(body);
  }
  const a = /^\/a\/(\d+)$/.exec(url.pathname);
  if (a) {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    return res.end(page(Number(a[1])));
  }
  res.writeHead(404);
  res.end();
});
server.listen(0, "127.0.0.1", () => {
  base = `http://127.0.0.1:${server.address().port}`;
  process.stdout.write(`${base}\n`);
});
process.on("disconnect", () => process.exit(0));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
