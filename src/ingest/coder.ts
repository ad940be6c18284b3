import { Gazetteer } from "../actors/gazetteer.js";
import { loadKnowledge, type Knowledge } from "../data/knowledge.js";
import type { Language } from "../lang/index.js";
import type { Document } from "../model/document.js";
import { codeDocument } from "../pipeline/index.js";
import type { NewMention } from "../store/store.js";
import { datelineOf } from "../text/dateline.js";
import { splitSentences } from "../text/segment.js";
import { tokenize } from "../text/tokenize.js";

/** Turns a document into the mentions the store merges: the event coder plus the places each sentence names. */
export type Coder = (doc: Document & { language: Language }) => Promise<NewMention[]>;

/** A place a text names: its name as the knowledge base spells it, and its country. */
export interface Place { readonly name: string; readonly country: string | null }

/**
 * The default coder: `codeDocument` with the knowledge base loaded once. Rejects when the knowledge base is broken,
 * so a bad install stops an ingest before it reads anything.
 * @example const code = await knowledgeCoder(); await code({ id: "a", text: "…", language: "es" })
 */
export async function knowledgeCoder(knowledge?: Knowledge): Promise<Coder> {
  const k = knowledge ?? (await loadKnowledge());
  const places = placeFinder(k);
  return async (doc) => {
    // A sentence that names no place happens where the article's dateline, else its title and first sentence, say
    // ("CULIACÁN, Sin.— …"); places further down the lead are often somewhere else ("Comerciantes del Táchira…").
    // Read only when some event's sentence names no place of its own.
    let lead: Place[] | undefined;
    const leadPlaces = (): Place[] => {
      const first = splitSentences(doc.text.slice(0, 2000), doc.language)[0];
      const dateline = datelineOf(doc.text);
      return places(`${dateline?.place ?? ""}\n${doc.title ?? ""}\n${first ? doc.text.slice(first.start, first.end) : ""}`, doc.language);
    };
    // Several events often come from one sentence: its places are looked up once.
    const bySentence = new Map<string, Place[]>();
    return (await codeDocument(doc, k)).map((record) => {
      let own = bySentence.get(record.evidence);
      if (!own) bySentence.set(record.evidence, (own = places(record.evidence, doc.language)));
      const where = own.length ? own : (lead ??= leadPlaces());
      return { record, places: where.map((p) => p.name), placeCountries: Object.fromEntries(where.filter((p) => p.country).map((p) => [p.name, p.country!])) };
    });
  };
}

/**
 * Place names (states, cities) in a sentence, by the knowledge base's `place` entries: "Culiacán, Sinaloa" → both. A
 * place inside a longer name of something else is not a place the text is at: "Cártel de Sinaloa", "Jalisco New
 * Generation Cartel", "Universidad de Sonora".
 */
export function placeFinder(k: Knowledge): (text: string, lang: Language) => Place[] {
  const entries = k.actors.filter((a) => a.kind === "place");
  const others = k.actors.filter((a) => a.kind !== "place");
  const byLang = { es: new Gazetteer(entries, "es"), en: new Gazetteer(entries, "en") };
  const namesByLang = { es: new Gazetteer(others, "es"), en: new Gazetteer(others, "en") };
  return (text, lang) => {
    const tokens = tokenize(text, 0, text.length);
    const found = byLang[lang].match(tokens);
    // Most sentences name no place: then the other names need not be looked up.
    if (found.length === 0) return [];
    const names = namesByLang[lang].match(tokens);
    const hits = found.filter((h) => !names.some((n) => n.first <= h.first && n.last >= h.last && n.last - n.first > h.last - h.first));
    const seen = new Map<string, Place>();
    for (const h of hits) {
      const name = h.entry.name ?? h.entry.id;
      if (!seen.has(name)) seen.set(name, { name, country: h.entry.country ?? null });
    }
    return [...seen.values()];
  };
}
