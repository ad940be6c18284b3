import { parseArgs } from "node:util";
import { knowledgeCoder } from "../../ingest/coder.js";
import type { Language } from "../../lang/index.js";
import { guarded, openStore, UsageError } from "./common.js";

/**
 * `dyad confirm-date [ARTICLE] [--date YYYY-MM-DD] [--db dyad.sqlite]`: without an article, list the articles held out
 * of the events for an implausible date; with one (its number or document id), a person confirms its date (or, with
 * --date, gives the right one, and the article is coded again for it) and its events join the rest.
 */
export async function confirmDateCommand(args: string[]): Promise<number> {
  return guarded(async () => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: "string", default: "dyad.sqlite" }, date: { type: "string" } } });
    if (positionals.length > 1) throw new UsageError("confirm-date takes one article at a time");
    if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) throw new UsageError(`--date must be YYYY-MM-DD, not '${values.date}'`);
    const store = await openStore(values.db, { mustExist: true });
    try {
      const held = await store.heldArticles();
      const ref = positionals[0];
      if (!ref) {
        if (!held.length) process.stdout.write("no article is held for its date\n");
        for (const a of held) process.stdout.write(`${a.id}\t${a.date}\t${a.doc}\t${a.mentions} event mention${a.mentions === 1 ? "" : "s"} held\t${a.title ?? ""}\n`);
        return 0;
      }
      const article = held.find((a) => String(a.id) === ref || a.doc === ref);
      let mentions;
      if (article && values.date && values.date !== article.date) {
        const code = await knowledgeCoder();
        mentions = await code({ id: article.doc, text: article.text, date: values.date, language: article.language as Language, title: article.title ?? undefined, url: article.url ?? undefined });
      }
      const r = await store.confirmDate(ref, { date: values.date, mentions });
      if (r.kind === "not-held") throw new UsageError(r.reason === "unknown" ? `no article ${ref}` : `article ${ref} is not held for its date`);
      process.stdout.write(`confirmed ${r.date} for article ${r.article}: ${r.created} new event${r.created === 1 ? "" : "s"}, ${r.merged} merged into known events\n`);
      return 0;
    } finally {
      await store.close();
    }
  });
}
