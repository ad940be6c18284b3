import { Gazetteer } from "../actors/gazetteer.js";
import { loadKnowledge, type Knowledge } from "../data/knowledge.js";
import type { Language } from "../lang/index.js";
import type { Document } from "../model/document.js";
import { codeDocument } from "../pipeline/index.js";
import type { NewMention } from "../store/store.js";
import { tokenize } from "../text/tokenize.js";

/** Turns a document into the mentions the store merges: the event coder plus the places each sentence names. */
export type Coder = (doc: Document & { language: Language }) => Promise<NewMention[]>;

/**
 * The default coder: `codeDocument` with the knowledge base loaded once. Rejects when the knowledge base is broken,
 * so a bad install stops an ingest before it reads anything.
 * @example const code = await knowledgeCoder(); await code({ id: "a", text: "…", language: "es" })
 */
export async function knowledgeCoder(knowledge?: Knowledge): Promise<Coder> {
  const k = knowledge ?? (await loadKnowledge());
  const places = placeFinder(k);
  return async (doc) => {
    // A sentence that names no place happens where the article's lead says ("CULIACÁN, Sin.— …").
    const lead = places(`${doc.title ?? ""}\n${doc.text.slice(0, 400)}`, doc.language);
    return (await codeDocument(doc, k)).map((record) => {
      const own = places(record.evidence, doc.language);
      return { record, places: own.length ? own : lead };
    });
  };
}

/** Place names (states, cities) in a sentence, by the knowledge base's `place` entries: "Culiacán, Sinaloa" → both. */
export function placeFinder(k: Knowledge): (text: string, lang: Language) => string[] {
  const entries = k.actors.filter((a) => a.kind === "place");
  const byLang = { es: new Gazetteer(entries, "es"), en: new Gazetteer(entries, "en") };
  return (text, lang) => {
    const hits = byLang[lang].match(tokenize(text, 0, text.length));
    return [...new Set(hits.map((h) => h.entry.name ?? h.entry.id))];
  };
}
