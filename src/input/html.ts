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
  const text = (article?.textContent ?? "").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
  if (!text) return null;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(rawDate)?.[0];
  return { title: article?.title ?? undefined, text, date, language: lang?.slice(0, 2) };
}
