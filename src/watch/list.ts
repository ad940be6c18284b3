import { readFile } from "node:fs/promises";

/** A feeds file that cannot be used: the message names the file and line. */
export class FeedListError extends Error {}

/**
 * The feed URLs of a feeds file: one a line, blank lines and `# comments` (whole lines, or after a space) aside,
 * each URL once. A line that is not an http(s) URL is an error naming its line, so a typo is not silently skipped.
 * @example parseFeedList("# news\nhttps://example.org/rss.xml\n", "feeds.txt") // ["https://example.org/rss.xml"]
 */
export function parseFeedList(text: string, file: string): string[] {
  const urls: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) return;
    let url: URL | null = null;
    try {
      url = new URL(line);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) throw new FeedListError(`${file}:${i + 1}: not an http(s) feed URL: '${line.slice(0, 80)}'`);
    if (!urls.includes(line)) urls.push(line);
  });
  if (urls.length === 0) throw new FeedListError(`${file}: lists no feed URL (one a line; # starts a comment)`);
  return urls;
}

/** Read and parse a feeds file; a missing or unreadable file is a FeedListError too. */
export async function readFeedList(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new FeedListError(code === "ENOENT" ? `no feeds file at ${file}` : `${file}: cannot be read (${code ?? (e as Error).message})`);
  }
  return parseFeedList(text, file);
}
