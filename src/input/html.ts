import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** The article inside an HTML page: title, body text and published date when the page declares one. */
export interface Extracted { title?: string; text: string; date?: string; language?: string }

/**
 * Extract an article's body with Readability over linkedom; null when the page has no readable body.
 * @example extractArticle("<html><body><article><p>La SRE …</p></article></body></html>")?.text
 */
export function extractArticle(html: string): Extracted | null {
  const { document } = parseHTML(html);
  const published = document.querySelector('meta[property="article:published_time"], meta[name="date"], time[datetime]');
  const rawDate = published?.getAttribute("content") ?? published?.getAttribute("datetime") ?? "";
  const lang = document.documentElement?.getAttribute("lang") ?? undefined;
  const article = new Readability(document as never).parse();
  const text = article?.content ? blockText(article.content) : "";
  if (!text) return null;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(rawDate)?.[0];
  return { title: article?.title ?? undefined, text, date, language: lang?.slice(0, 2) };
}

// Block elements end a paragraph: "<p>…México.</p><p>Con…" must not read "México.Con".
const BLOCKS = "p, div, h1, h2, h3, h4, h5, h6, li, blockquote, section, article, header, footer, figcaption, pre, tr, ul, ol, dd, dt, table";

/** The text of Readability's article HTML, one paragraph a line, blank lines between blocks. */
function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const br of [...document.querySelectorAll("br")]) br.replaceWith("\n");
  for (const el of [...document.querySelectorAll(BLOCKS)]) {
    el.before("\n\n");
    el.after("\n\n");
  }
  return (document.body?.textContent ?? "")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
