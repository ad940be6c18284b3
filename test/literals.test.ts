import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The engine holds no Spanish or English word: language words live in the packs' data (data/lexicon/<lang>/).
// This test reads the TypeScript source of the engine files below, pulls out string literals, template-literal
// text and the letter runs of regex literals ("/(?:ía|ían)$/" → "ía", "ían"), and fails on any that is a word of
// some language pack. Extend FILES as more of the engine is cleaned.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const FILES = [
  "src/events/find.ts",
  "src/events/roles.ts",
  "src/events/rules.ts",
  "src/events/contexts.ts",
  "src/pipeline/analyze.ts",
  "src/text/segment.ts",
  "src/text/tokenize.ts",
  "src/text/language.ts",
  "src/text/lemmas-en.ts",
  "src/text/lemmas-es.ts",
  "src/merge/corpus.ts",
  "src/merge/merge.ts",
  "src/pipeline/index.ts",
  "src/pipeline/home.ts",
  "src/decide/candidate.ts",
  "src/decide/rules.ts",
  "src/decide/sides.ts",
  "src/actors/coref.ts",
  "src/actors/gender.ts",
  "src/time/dates.ts",
  "src/model/token.ts",
  "src/actors/words.ts",
  "src/actors/phrases.ts",
  "src/actors/mentions.ts",
  "src/actors/resolve.ts",
  "src/actors/reading.ts",
  "src/actors/gazetteer.ts",
  "src/actors/lookup.ts",
  "src/actors/offices.ts",
  "src/actors/document.ts",
  "src/actors/names.ts",
  "src/text/dateline.ts",
  "src/places/gazetteer.ts",
  "src/places/mentions.ts",
  "src/places/resolve.ts",
  "src/places/stage.ts",
  "src/places/build.ts",
];

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
const readJson = (rel: string): unknown => JSON.parse(readFileSync(join(ROOT, "data", rel), "utf8"));

interface Entry { id: string; words?: string[]; values?: Record<string, unknown>; pattern?: string }
interface Pack { words: Set<string>; keys: Set<string>; langs: Set<string> }

/** Every word of every language pack, folded, with the names of the lists (which the engine may name). */
function packWords(): Pack {
  const words = new Set<string>();
  const keys = new Set<string>();
  const langs = new Set<string>();
  for (const lang of readdirSync(join(ROOT, "data", "lexicon"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    langs.add(lang);
    const files = readdirSync(join(ROOT, "data", "lexicon", lang));
    for (const f of files.filter((x) => /^grammar.*\.json$|^dates\.json$/.test(x))) {
      for (const e of (readJson(`lexicon/${lang}/${f}`) as { entries: Entry[] }).entries) {
        keys.add(e.id.split(".").slice(2).join("."));
        // Table items ("fue>ser|ir", "ies>y") hold their words around ">" and "|".
        for (const w of e.words ?? []) for (const part of [w, ...w.split(/[>|]/)]) if (part) words.add(fold(part));
        for (const w of Object.keys(e.values ?? {})) words.add(fold(w));
      }
    }
    for (const f of files.filter((x) => /^events.*\.json$/.test(x))) {
      for (const e of (readJson(`lexicon/${lang}/${f}`) as { entries: Entry[] }).entries) {
        for (const alt of (e.pattern ?? "").trim().split(/\s+/)[0]!.split("|")) words.add(fold(alt.replace(/\?$/, "")));
      }
    }
  }
  // The ontology's names (modes, type classes, contexts) are the code's own labels, not words of a language.
  const plover = readJson("ontology/plover.json") as { modes: { mode: string }[]; types: { classes?: string[] }[]; contexts: { context: string }[] };
  for (const n of [...plover.modes.map((m) => m.mode), ...plover.types.flatMap((t) => t.classes ?? []), ...plover.contexts.map((c) => c.context)]) keys.add(n);
  return { words, keys, langs };
}

/** Names the code may spell that are not words of a language: ontology names, actor kinds, grammar keys. */
function identifiers(keys: Set<string>): Set<string> {
  const plover = readJson("ontology/plover.json") as Record<string, { type?: string; mode?: string; context?: string; id: string }[]>;
  const out = new Set<string>(keys);
  for (const list of Object.values(plover)) {
    if (!Array.isArray(list)) continue;
    for (const x of list) for (const v of [x.type, x.mode, x.context, x.id.split(".").at(-1)]) if (v) out.add(fold(v));
  }
  // Actor mention kinds, part-of-speech names and the rule fields the engine compares.
  for (const k of ["person", "role", "name", "place", "demonym", "country", "metonym", "org", "group", "institution", "verb", "noun", "word", "gap", "token", "sentence"]) out.add(k);
  // JavaScript's typeof names ("number" is also an English quantity noun: "a number of").
  for (const k of ["string", "number", "boolean", "object", "undefined", "function"]) out.add(k);
  // A place's precision in the output contract, and how the gazetteer matched its name.
  for (const k of ["city", "admin1", "admin2", "alias", "abbreviation", "short"]) out.add(k);
  return out;
}

interface Literal { line: number; text: string; regex: boolean }

// "\n" in a literal is a line break, not the letter n.
const unescape = (c: string | undefined): string => (c === "n" || c === "t" || c === "r" ? " " : c ?? "");

/** String, template and regex literals of a TypeScript source, with their line numbers. */
export function literals(src: string): Literal[] {
  const out: Literal[] = [];
  let line = 1;
  let prev = ""; // the last significant character outside literals and comments
  let i = 0;
  const readQuoted = (q: string): string => {
    let s = "";
    for (i++; i < src.length && src[i] !== q; i++) {
      if (src[i] === "\\") s += unescape(src[++i]);
      else s += src[i];
      if (src[i] === "\n") line++;
    }
    i++;
    return s;
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === "\n") { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (src.startsWith("//", i)) { while (i < src.length && src[i] !== "\n") i++; continue; }
    if (src.startsWith("/*", i)) {
      const end = src.indexOf("*/", i + 2);
      line += (src.slice(i, end).match(/\n/g) ?? []).length;
      i = end + 2;
      continue;
    }
    if (c === "\"" || c === "'") {
      const at = line;
      const after = prev;
      const text = readQuoted(c);
      // A property name in brackets ('RuleMatch["rule"]') is the code's own.
      if (!(after === "[" && src[i] === "]")) out.push({ line: at, text, regex: false });
      prev = "a";
      continue;
    }
    if (c === "`") {
      // Template text: the parts outside ${…} (an expression's own literals are not read).
      const at = line;
      let s = "";
      for (i++; i < src.length && src[i] !== "`"; i++) {
        if (src[i] === "\\") { s += unescape(src[++i]); continue; }
        if (src[i] === "$" && src[i + 1] === "{") {
          out.push({ line: at, text: s, regex: false });
          s = "";
          let depth = 0;
          for (i++; i < src.length; i++) {
            if (src[i] === "{") depth++;
            else if (src[i] === "}" && --depth === 0) break;
          }
          continue;
        }
        if (src[i] === "\n") line++;
        s += src[i];
      }
      i++;
      out.push({ line: at, text: s, regex: false });
      prev = "a";
      continue;
    }
    if (c === "/" && !/[\w$)\]]/.test(prev)) {
      let body = "";
      let inClass = false;
      for (i++; i < src.length; i++) {
        const d = src[i]!;
        if (d === "\\") { body += d + (src[++i] ?? ""); continue; }
        if (d === "[") inClass = true;
        else if (d === "]") inClass = false;
        else if (d === "/" && !inClass) break;
        body += d;
      }
      i++;
      while (/[a-z]/.test(src[i] ?? "")) i++;
      // Letter runs outside escapes ("\p{L}", "\d") and character classes ("[oa]").
      const bare = body.replace(/\\[pPu]\{[^}]*\}|\\./g, " ").replace(/\[[^\]]*\]/g, " ").replace(/\{\d*,?\d*\}/g, " ");
      for (const run of bare.match(/\p{L}+/gu) ?? []) out.push({ line, text: run, regex: true });
      prev = "a";
      continue;
    }
    if (/[\w$]/.test(c)) {
      while (i < src.length && /[\w$]/.test(src[i]!)) i++;
      prev = "a";
      continue;
    }
    prev = c;
    i++;
  }
  return out;
}

/** Literals of the engine files that are words of some language pack, as "file:line word". */
export function languageLiterals(files = FILES): string[] {
  const { words, keys, langs } = packWords();
  const names = identifiers(keys);
  const found: string[] = [];
  for (const file of files) {
    const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
    const all = literals(lines.join("\n"));
    // The members of a string-literal union ("type Side = \"match\" | \"clash\"") are the code's own labels.
    const labels = new Set(all.filter((l) => /^\s*(?:export\s+)?type\s+\w+\s*=/.test(lines[l.line - 1] ?? "")).map((l) => fold(l.text)));
    for (const lit of all) {
      // Not trimmed: a template's "rule " before "${…}" is a message fragment, not a word.
      const text = lit.text;
      if (!/\p{L}/u.test(text) || (!lit.regex && text !== text.toLowerCase())) continue; // codes: "ASSAULT", "NOUN"
      const w = fold(text);
      if (!words.has(w) || names.has(w) || labels.has(w)) continue;
      // A language code where the code speaks of languages ("lang === …"), not the word ("en", "es").
      if (langs.has(w) && /\blang(?:uage)?s?\b|Language|LANGUAGES/i.test(lines[lit.line - 1] ?? "")) continue;
      // Regular-expression flags ("gu") handed to a RegExp.
      if (/^[dgimsuyv]{1,4}$/.test(text) && /RegExp\(|never\(|anywhere\(/.test(lines[lit.line - 1] ?? "")) continue;
      found.push(`${file}:${lit.line} ${JSON.stringify(text)}`);
    }
  }
  return found;
}

test("the literal reader sees strings, templates and regex alternatives", () => {
  const src = "const a = new Set([\"si\", 'if']);\n// \"no\" in a comment\nconst r = /(?:ía|ían)$/u; const x = 4 / 2;\nconst t = `${stem}y`;";
  const got = literals(src).map((l) => `${l.line}:${l.text}`);
  assert.deepEqual(got, ["1:si", "1:if", "3:ía", "3:ían", "4:", "4:y"]);
});

test("engine files hold no word of a language pack", () => {
  const found = languageLiterals();
  assert.deepEqual(found, [], `${found.length} language words in engine source:\n${found.join("\n")}`);
});
