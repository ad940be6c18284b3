import { codePool } from "../api/code-pool.js";
import { loadKnowledge, type Knowledge } from "../data/knowledge.js";
import type { Language } from "../lang/index.js";
import type { EventPlace } from "../places/resolve.js";
import type { Document } from "../model/document.js";
import type { EventRecord } from "../model/event.js";
import { codeDocument } from "../pipeline/index.js";
import type { NewMention } from "../store/store.js";

/** Turns a document into the mentions the store merges: the event coder plus the places each sentence names. */
export type Coder = (doc: Document & { language: Language }) => Promise<NewMention[]>;

/**
 * The default coder: `codeDocument` with the knowledge base loaded once; each event's place (the place stage) is
 * what merging compares, as a path from country to city ("MEX/MX.25/Culiacán/4012176"), so that a report that says
 * only "Sinaloa" can still be the same event as one that says "Culiacán". Rejects when the knowledge base is
 * broken, so a bad install stops an ingest before it reads anything.
 * @example const code = await knowledgeCoder(); await code({ id: "a", text: "…", language: "es" })
 */
export async function knowledgeCoder(knowledge?: Knowledge): Promise<Coder> {
  const k = knowledge ?? (await loadKnowledge());
  return async (doc) => mentionsOf(await codeDocument(doc, k));
}

/**
 * The default coder on `threads` worker threads (src/api/code-pool.ts), for an ingest that codes several articles
 * at once (`ingest`'s `concurrency`): each thread loads its own knowledge base, so memory grows with the threads.
 * A document whose coding runs past `budgetMs` fails alone ("could not be coded: coding took longer than…").
 * @example const code = poolCoder(2); await ingest(["articles/"], { store, code, concurrency: 4 }); await code.close()
 */
export function poolCoder(threads: number, budgetMs = 60_000): Coder & { close(): Promise<void> } {
  const pool = codePool({ threads, budgetMs });
  const code = async (doc: Document & { language: Language }) => mentionsOf(await pool.code(doc));
  return Object.assign(code, { close: () => pool.close() });
}

/** The mentions the store merges, from coded events: each with its place as a path. */
export function mentionsOf(records: readonly EventRecord[]): NewMention[] {
  return records.map((record) => {
    const path = record.place ? placePath(record.place) : null;
    return { record, places: path ? [path] : [], placeCountries: path && record.place ? { [path]: record.place.country } : {} };
  });
}

/** A place as a path from its country down: a prefix of another path is a place that contains it. */
export function placePath(p: EventPlace): string {
  return [p.country, p.admin1_code ?? "", p.admin2 ?? "", p.geonameid ?? ""].join("/").replace(/\/+$/, "");
}
