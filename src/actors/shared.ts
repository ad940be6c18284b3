import { inGrammar, type Grammar } from "../data/knowledge.js";
import type { ActorPhrase, Mention } from "../model/actor.js";
import type { AnalyzedSentence } from "../pipeline/analyze.js";

/**
 * A body's name that many states give theirs ("Department of Justice", "Fiscalía General de la Nación"; grammar
 * shared_body_names), matched alone as one country's institution: nothing in the phrase says whose it is.
 */
export function isSharedName(a: AnalyzedSentence, p: ActorPhrase, m: Mention, g: Grammar): boolean {
  if (m.kind !== "institution" || !m.country || p.parts.some((x) => x.entryId !== m.entryId && x.country)) return false;
  return inGrammar(g, "shared_body_names", a.sentence.tokens.slice(m.first, m.last).map((t) => t.norm).join(" "));
}

/**
 * "MANILA, Philippines – The Department of Justice (DOJ) on Tuesday filed graft charges…": a shared name is the
 * story's home country's body when its dateline says that country, unless the story names the knowledge's country by anything else ("the US Justice
 * Department" said so itself; a Mexican story about an extradition names the United States).
 */
export function localiseSharedBodies(analyzed: readonly AnalyzedSentence[], home: string | null, g: Grammar, dateline: string | null): void {
  // (Only a story whose dateline says its country: "The Justice Department unsealed charges against four men accused of
  // smuggling weapons to Mexico" names Mexico as a destination, and is the US department's.)
  if (!home || home !== dateline) return;
  const shared: { p: ActorPhrase; i: number }[] = [];
  const named = new Set<string>();
  for (const a of analyzed) {
    for (const p of a.phrases) {
      p.parts.forEach((m, i) => {
        if (isSharedName(a, p, m, g)) shared.push({ p, i });
        else if (m.country) named.add(m.country);
      });
    }
  }
  for (const { p, i } of shared) {
    const m = p.parts[i]!;
    if (m.country === home || named.has(m.country!)) continue;
    if (p.actor.country === m.country) p.actor.country = home;
    p.parts[i] = { ...m, country: home };
  }
}
