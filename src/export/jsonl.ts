import type { CorpusEvent } from "../store/store.js";

/**
 * One event as `dyad code` prints it, plus who reported it: num_articles, num_sources, first_seen, last_seen, mentions.
 * @example jsonlLine(event) // '{"doc":"am-20260108-1","id":"…","type":"CONSULT",…,"num_articles":4,…}\n'
 */
export function jsonlLine({ added_at: _added, ...e }: CorpusEvent): string {
  return `${JSON.stringify(e)}\n`;
}
