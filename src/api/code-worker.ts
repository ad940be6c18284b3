import { loadKnowledge, type Knowledge } from "../data/knowledge.js";
import type { Document } from "../model/document.js";
import type { EventRecord } from "../model/event.js";
import { codeDocument } from "../pipeline/index.js";

// A coding thread of the server's pool (src/api/code-pool.ts): the knowledge base is loaded once per thread.
let knowledge: Promise<Knowledge> | undefined;

/** Code one posted document; runs in a worker thread, never on the server's event loop. */
export default async function codeInWorker(doc: Document): Promise<EventRecord[]> {
  knowledge ??= loadKnowledge();
  return codeDocument(doc, await knowledge);
}
