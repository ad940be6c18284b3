import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LEMMA_LISTS, loadKnowledge } from "../src/data/knowledge.js";

// A grammar list the engine matches on a token's lemmas ("t.lemmas.some((l) => has(g, 'striking_verbs', l))") must be
// in LEMMA_LISTS: the Spanish lemmatizer only knows the lemmas it is asked for, so an unregistered list matches its
// verbs' infinitives only, never "atacaron" or "abordaron". Session 13 found eight such lists.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
const LEMMA_USE = /lemmas\.(?:some|every|find|includes|filter)\(\(?(\w+)\)? => (?:has|inGrammar)\([\w.]+, "(\w+)", \1\)/g;

test("every grammar list matched on lemmas is registered, so that Spanish inflected forms reach it", () => {
  const used = new Set<string>();
  for (const f of sources("src")) for (const m of readFileSync(join(ROOT, f), "utf8").matchAll(LEMMA_USE)) used.add(m[2]!);
  assert.ok(used.size >= 10, `the scan found only ${[...used]}`);
  const missing = [...used].filter((k) => !(LEMMA_LISTS as readonly string[]).includes(k));
  assert.deepEqual(missing, [], `matched on lemmas but not in LEMMA_LISTS (src/data/knowledge.ts): ${missing.join(", ")}`);
});

test("a Spanish verb of a lemma-matched list is known in its inflected forms", async () => {
  const k = await loadKnowledge();
  // discussion_verbs: "abordar", which no event pattern names.
  assert.ok(k.packs.es.lemmas("abordaron").includes("abordar"), JSON.stringify(k.packs.es.lemmas("abordaron")));
  assert.ok(k.packs.es.lemmas("debatieron").includes("debatir"));
});
