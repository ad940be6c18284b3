import type { ContextEntry } from "../data/schemas.js";
import type { Token } from "../model/token.js";
import { fold } from "../model/token.js";

/**
 * Topic words → PLOVER contexts. A term ending in `*` is a prefix; multiword terms match consecutive tokens.
 * @example matcher.find(tokens) // Set {"migration", "economic"}
 */
export class ContextMatcher {
  private readonly exact = new Map<string, { words: string[]; prefix: boolean; caps: string | null; context: string }[]>();
  /** Prefix terms keyed by their first three letters, so a token looks at a handful, not all. */
  private readonly prefixes = new Map<string, { prefix: string; context: string }[]>();

  constructor(entries: readonly ContextEntry[]) {
    for (const e of entries) {
      for (const term of e.terms) {
        const words = fold(term).split(/\s+/).filter(Boolean);
        if (words.length === 1 && words[0]!.endsWith("*")) {
          const prefix = words[0]!.slice(0, -1);
          const key = prefix.slice(0, 3);
          this.prefixes.set(key, [...(this.prefixes.get(key) ?? []), { prefix, context: e.context }]);
          continue;
        }
        const head = words[0]!.replace(/\*$/, "");
        const list = this.exact.get(head) ?? [];
        // Acronyms match capitals only: "ICE" the agency, not "ice".
        const caps = /^[\p{Lu}\d-]{2,}$/u.test(term) ? term : null;
        list.push({ words: words.map((w) => w.replace(/\*$/, "")), prefix: term.endsWith("*"), caps, context: e.context });
        this.exact.set(head, list);
      }
    }
  }

  find(tokens: readonly Token[]): Set<string> {
    const out = new Set<string>();
    // (Plain loops: asked for every token of every sentence with an event, and most tokens start no term.)
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const byPrefix = this.prefixes.get(t.norm.slice(0, 3));
      if (byPrefix) for (const p of byPrefix) if (t.norm.startsWith(p.prefix)) out.add(p.context);
      const terms = this.exact.get(t.norm);
      if (!terms) continue;
      for (const { words, prefix, caps, context } of terms) {
        if (caps !== null && t.text !== caps) continue;
        const last = words.length - 1;
        if (words.every((w, k) => tokens[i + k]?.norm === w || (prefix && k === last && tokens[i + k]?.norm.startsWith(w)))) out.add(context);
      }
    }
    return out;
  }
}
