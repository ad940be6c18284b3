/**
 * dyad as a library: code documents into PLOVER events, score them, resolve actors, store and serve a corpus.
 * @example
 *   import { codeDocument } from "dyad";
 *   const events = await codeDocument({ id: "a1", text: "La Marina detuvo a dos presuntos sicarios.", date: "2026-03-10" });
 */
export { codeDocument } from "./pipeline/index.js";
export { loadKnowledge, type Knowledge } from "./data/knowledge.js";
export { EventSchema, ActorSchema, type EventRecord } from "./model/event.js";
export { DocumentSchema, type Document } from "./model/document.js";
export { score, type Score } from "./eval/score.js";
export { resolveActor, type ActorResolution } from "./actors/resolve.js";
export { openSqliteStore } from "./store/sqlite.js";
export { openStore, isPostgresUrl } from "./store/open.js";
export type { Store } from "./store/store.js";
export { createApp } from "./api/app.js";
