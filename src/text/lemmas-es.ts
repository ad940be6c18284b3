import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pairsOf } from "../data/grammar.js";
import type { Grammar } from "../data/knowledge.js";
import { fold } from "../model/token.js";

/**
 * A lazily built form → lemma table for the lemmas that dyad's rules mention, with the pack's morphology: its
 * irregular forms, plural endings, enclitics and the verb endings that host them.
 */
export class SpanishLemmatizer {
  private readonly table: Map<string, string[]>;
  private readonly wanted: Set<string>;
  private readonly irregular: Map<string, string[]>;
  private readonly plurals: [string, string][];
  private readonly enclitic: RegExp | null;

  private constructor(table: Map<string, string[]>, wanted: Set<string>, g: Grammar) {
    this.table = table;
    this.wanted = wanted;
    this.irregular = new Map(pairsOf(g, "irregular_lemmas").map(([form, lemmas]) => [form, lemmas.split("|")]));
    this.plurals = pairsOf(g, "plural_endings");
    // "reunirse" → "reunir", "acusandolo" → "acusando", "pedirles" → "pedir" (forms already folded).
    const hosts = [...(g.get("suffix_infinitive") ?? []), ...(g.get("suffix_gerund") ?? [])];
    const clitics = [...(g.get("enclitics") ?? [])];
    this.enclitic = hosts.length && clitics.length ? new RegExp(`^(.+(?:${hosts.join("|")}))(?:${clitics.join("|")})+$`, "u") : null;
  }

  /** Build (or read from cache) the table for `wanted` lemmas; other words keep their own form. */
  static async create(wanted: Iterable<string>, cacheDir: string, g: Grammar): Promise<SpanishLemmatizer> {
    const want = new Set([...wanted].map(fold));
    const key = createHash("sha1").update([...want].sort().join("\n")).update("dictionary-es@4|v3").digest("hex").slice(0, 16);
    const file = join(cacheDir, `es-lemmas-${key}.json`);
    if (existsSync(file)) {
      try {
        return new SpanishLemmatizer(new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>)), want, g);
      } catch {
        // a corrupt cache file is rebuilt below
      }
    }
    const table = await expandDictionary(want);
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(table)));
    renameSync(tmp, file);
    return new SpanishLemmatizer(table, want, g);
  }

  // Words recur: each form is read once (the arrays are shared between tokens, and never changed).
  private readonly memo = new Map<string, string[]>();

  /** Folded lemma candidates of a folded form, the form itself included. */
  lemmas(norm: string): string[] {
    let out = this.memo.get(norm);
    if (!out) {
      out = this.read(norm);
      // (Bounded, so that a stream of new words cannot grow it without end.)
      if (this.memo.size >= 200_000) this.memo.clear();
      this.memo.set(norm, out);
    }
    return out;
  }

  private read(norm: string): string[] {
    // A form may be a lemma of its own and an irregular form of another ("abierto": the adjective and abrir's participle).
    const listed = this.table.get(norm);
    const irregular = this.irregular.get(norm);
    const found = listed && irregular ? [...new Set([...listed, ...irregular])] : (listed ?? irregular);
    if (found) return found.includes(norm) ? found : [...found, norm];
    const bare = this.enclitic?.exec(norm)?.[1] ?? norm;
    if (bare !== norm) {
      const viaBare = this.table.get(bare);
      if (viaBare) return [...viaBare, norm];
    }
    // Plurals the dictionary stores apart ("reuniones" → reunion, "despliegues" → despliegue).
    for (const [ending, replace] of this.plurals) {
      const singular = norm.endsWith(ending) ? norm.slice(0, -ending.length) + replace : null;
      if (singular !== null && this.wanted.has(singular)) return [singular, norm];
    }
    return [norm];
  }
}

async function expandDictionary(want: Set<string>): Promise<Map<string, string[]>> {
  const { HunspellReader } = await import("hunspell-reader");
  const dir = createRequire(import.meta.url).resolve("dictionary-es").replace(/index\.js$/, "");
  const reader = await HunspellReader.createFromFiles(join(dir, "index.aff"), join(dir, "index.dic"));
  reader.maxDepth = 3;
  const table = new Map<string, string[]>();
  for (const group of reader.seqTransformDictionaryEntries()) {
    for (const aw of group) {
      const lemma = fold(aw.dic.split("/")[0] ?? "");
      if (!want.has(lemma)) continue;
      const form = fold(aw.word);
      const list = table.get(form);
      if (!list) table.set(form, [lemma]);
      else if (!list.includes(lemma)) list.push(lemma);
    }
  }
  return table;
}
