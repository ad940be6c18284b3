import type { EventPlace } from "../places/resolve.js";
import type { Actor } from "../model/actor.js";

/** The fields merging looks at. */
export interface Mergeable { type: string; date: string; source: Actor[]; target: Actor[]; symmetric: boolean; contexts: string[]; sentence?: number; trace?: string[]; place?: EventPlace | null }

/** An actor's identity for merging: country or organisation, and sector. */
export const identity = (a: Actor): string => `${a.country ?? a.org ?? "?"}/${a.sector ?? "?"}`;
const side = (xs: Actor[]): string => [...new Set(xs.map(identity))].sort().join("+");

/** Merge key: type, date and the two sides' identities (order-free for two-sided events). */
export function mergeKey(e: Mergeable): string {
  const a = side(e.source);
  const b = side(e.target);
  const pair = e.symmetric ? [a, b].sort().join("|") : `${a}>${b}`;
  return `${e.type}|${e.date}|${pair}`;
}

/**
 * One record per event per document: later mentions of the same event add their contexts to the first.
 * @example mergeMentions([call, sameCallAgain]) // [call]
 */
export function mergeMentions<T extends Mergeable>(events: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const e of events) {
    const key = mergeKey(e);
    // (The mirrored key only for a two-sided event: a copy of the event and a second key for every other is waste.)
    const first = byKey.get(key) ?? (e.symmetric ? byKey.get(mergeKey({ ...e, source: e.target, target: e.source })) : undefined);
    if (!first) {
      byKey.set(key, e);
      continue;
    }
    for (const c of e.contexts) if (!first.contexts.includes(c)) first.contexts.push(c);
    if (!first.place && e.place) first.place = e.place;
    first.trace?.push(`merge.mention: told again${e.sentence !== undefined ? ` in sentence ${e.sentence}` : ""} with the same type, sides and date`);
  }
  // "Un policía resultó herido tras ser atacado por sujetos armados", "was wounded after being shot by gunmen": an act
  // told with no doer, beside the same act on the same side told with its doer in one sentence, is that act.
  const kept = [...byKey.values()];
  return kept.filter((e) => {
    if (e.source.length || !e.target.length || e.sentence === undefined) return true;
    const told = kept.find((o) => o !== e && o.source.length && o.type === e.type && o.date === e.date && o.sentence === e.sentence && side(o.target) === side(e.target));
    if (!told) return true;
    for (const c of e.contexts) if (!told.contexts.includes(c)) told.contexts.push(c);
    told.trace?.push(`merge.mention: told again in sentence ${e.sentence} without its doer`);
    return false;
  });
}
