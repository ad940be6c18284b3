import type { ActorEntry } from "../data/schemas.js";
import type { Language } from "../lang/index.js";
import type { Token } from "../model/token.js";
import { tokenize } from "../text/tokenize.js";
import { alternation, anyPack, packWritten } from "./words.js";

interface Node { next: Map<string, Node>; hits: Hit[] }
/** `caps`: which of the term's words must be capitalised in the text (null: none). */
interface Hit { entry: ActorEntry; exact: string[] | null; caps: boolean[] | null }

/** A span of tokens that names a knowledge-base entry. */
export interface GazetteerMatch { first: number; last: number; entry: ActorEntry }

// Terms in capitals ("SRE", "US", "EU") only match capitals: "us" and "eu" are common words.
// "Nato", "Farc", "Opec", "Asean": news in the British style writes an acronym read as a word with only its first
// letter capitalised (the pack's word_acronyms).
const sameAcronym = (term: string, text: string, asWords: ReadonlySet<string>): boolean =>
  text === term || (asWords.has(term.toLowerCase()) && text === term[0] + term.slice(1).toLowerCase());
// A short mixed-case acronym ("LeT", "DoD") is one too: "let" and "dod" are no names.
const isAcronym = (term: string): boolean =>
  (/^[\p{Lu}\d.&-]{2,}$/u.test(term.replace(/\s/g, "")) && /\p{Lu}.*\p{Lu}/u.test(term)) || /^(?=(?:\p{Ll}*\p{Lu}){2})\p{L}{2,4}$/u.test(term);

const OPENERS = /^[“"«(¿¡—–-]$/u;

/**
 * A pack's verb-after-marker test: "a"/"al" (its object markers) then an infinitive, with an enclitic or not ("a
 * votar", "a reírse"), from its grammar lists; null when the pack has no infinitive endings.
 */
interface VerbAfter { markers: Set<string>; infinitive: RegExp }
function verbAfterOf(lang: Language): VerbAfter | null {
  const endings = alternation(packWritten(lang, "infinitive_endings"));
  const markers = new Set(packWritten(lang, "object_markers"));
  if (!endings || markers.size === 0) return null;
  const clitics = alternation(packWritten(lang, "enclitics"));
  return { markers, infinitive: new RegExp(`^\\p{Ll}\\p{L}+${endings}${clitics ? `${clitics}?` : ""}$`, "u") };
}

/**
 * The words a hit wants capitalised are. A capital that only opens the sentence does not tell a word from a name
 * ("Irán a votar": they will go and vote): there a capitalised-only entry is refused before "a"/"al" + infinitive.
 */
function capitalised(h: Hit, tokens: readonly Token[], i: number, verbAfter: VerbAfter | null): boolean {
  if (!h.caps) return true;
  if (!h.caps.every((c, k) => !c || /^\p{Lu}/u.test(tokens[i + k]!.text))) return false;
  if (!verbAfter) return true;
  const opens = i === 0 || OPENERS.test(tokens[i - 1]!.text);
  const next = tokens[i + h.caps.length];
  return !(h.entry.case === "capitalized" && opens && verbAfter.markers.has(next?.norm ?? "") && verbAfter.infinitive.test(tokens[i + h.caps.length + 1]?.text ?? ""));
}

const ARTICLES = anyPack("articles");
// "Pakistan's military operations head": a possessive clitic opens a term as an article does ("'s military").
const POSSESSIVE = anyPack("possessive_clitics");
const NOMINAL_TAGS = new Set(["NOUN", "ADJ", "PROPN"]);

// "aprobado por Alemán y Ortega": in a language that writes a kind of word in lower case (Spanish demonyms), such a
// word capitalised inside a sentence, not within a longer name ("la Armada Argentina"), is a surname; not a plural
// ("Centenares de Palestinos", capitalised by an older style), which no surname is.
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
function surnameAt(tokens: readonly Token[], i: number, plural: (norm: string) => boolean): boolean {
  const prev = tokens[i - 1];
  if (!prev || !LOWER.test(prev.text)) return false;
  return UPPER.test(tokens[i]!.text) && !plural(tokens[i]!.norm);
}

/**
 * A token trie over actor terms, matched longest-first, case- and accent-insensitively except for acronyms.
 * @example new Gazetteer(entries, "es").match(tokens) // [{first: 3, last: 5, entry: SRE}]
 */
export class Gazetteer {
  private readonly root: Node = { next: new Map(), hits: [] };
  private readonly verbAfter: VerbAfter | null;
  private readonly wordAcronyms: ReadonlySet<string>;
  private readonly lowercaseKinds: ReadonlySet<string>;
  private readonly plurals: [string, string][];
  private readonly forms = new Map<ActorEntry, Set<string>>();

  constructor(entries: readonly ActorEntry[], lang: Language) {
    this.verbAfter = verbAfterOf(lang);
    this.wordAcronyms = new Set(packWritten(lang, "word_acronyms"));
    this.lowercaseKinds = new Set(packWritten(lang, "lowercase_kinds"));
    this.plurals = packWritten(lang, "plural_endings").map((e) => e.split(">") as [string, string]);
    for (const entry of entries) {
      for (const term of [...(entry.terms[lang] ?? []), ...(entry.terms.any ?? [])]) this.add(term, entry);
    }
  }

  private add(term: string, entry: ActorEntry): void {
    const toks = tokenize(term, 0, term.length);
    if (toks.length === 0) return;
    let node = this.root;
    for (const t of toks) {
      let n = node.next.get(t.norm);
      if (!n) node.next.set(t.norm, (n = { next: new Map(), hits: [] }));
      node = n;
    }
    // "UNESCO" and "Unesco" listed for one entry fold to one key: the spelling that is no acronym lifts the capitals-only
    // match ("la Unesco", "la Celac", "Unicef" as Spanish style writes them).
    const had = node.hits.find((h) => h.entry.id === entry.id);
    if (had?.exact && !isAcronym(term)) had.exact = null;
    if (!had) {
      // A surname alone ("Rubio", "Maduro") is also a word ("rubio", "maduro"): it names a person only capitalised.
      // An entry marked `case: "capitalized"` ("Irán", "Chile", "Turkey") also: "irán" is a verb, "chile" a pepper.
      const caps = entry.case === "capitalized" ? toks.map((t) => /^\p{Lu}/u.test(t.text)) : entry.kind === "person" && toks.length === 1 ? [true] : null;
      node.hits.push({ entry, exact: isAcronym(term) ? toks.map((t) => t.text) : null, caps });
    }
  }

  // A sentence's tokens are matched by the mentions stage and again by the home stage: once is enough.
  private readonly matched = new WeakMap<readonly Token[], readonly GazetteerMatch[]>();

  /** Longest non-overlapping matches, left to right (the same array for the same tokens: do not change it). */
  match(tokens: readonly Token[]): readonly GazetteerMatch[] {
    let out = this.matched.get(tokens);
    if (!out) this.matched.set(tokens, (out = this.matchAll(tokens)));
    return out;
  }

  private matchAll(tokens: readonly Token[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = this.longestAt(tokens, i);
      // "El fiscal general": a match that starts inside this one and reaches further is the better reading.
      const further = best ? this.reachesFurther(tokens, best) : null;
      if (further !== null) i = further;
      else if (best) {
        out.push(best);
        i = best.last;
      } else i++;
    }
    return out;
  }

  // Only a term that opens with an article ("el fiscal") or a possessive clitic gives way, to the term right after it.
  private reachesFurther(tokens: readonly Token[], m: GazetteerMatch): number | null {
    const k = m.first + 1;
    const opener = tokens[m.first]!.norm;
    return (ARTICLES.has(opener) || POSSESSIVE.has(opener)) && k < m.last && (this.longestAt(tokens, k)?.last ?? 0) > m.last ? k : null;
  }

  // A word is a plural of an entry when taking a plural ending off gives another of the entry's terms ("palestinos" →
  // "palestino"; "francés" is no plural of "franc").
  private pluralOf(entry: ActorEntry, norm: string): boolean {
    let forms = this.forms.get(entry);
    if (!forms) this.forms.set(entry, (forms = new Set(Object.values(entry.terms).flat().map((t) => tokenize(t, 0, t.length).map((x) => x.norm).join(" ")))));
    return this.plurals.some(([end, sub]) => norm.endsWith(end) && forms!.has(norm.slice(0, norm.length - end.length) + (sub ?? "")));
  }

  private longestAt(tokens: readonly Token[], i: number): GazetteerMatch | null {
    let node: Node | undefined = this.root;
    let best: GazetteerMatch | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j]!.norm);
      if (!node) break;
      const hit = node.hits.find((h) => (!h.exact || h.exact.every((x, k) => sameAcronym(x, tokens[i + k]!.text, this.wordAcronyms))) && capitalised(h, tokens, i, this.verbAfter) &&
        !(this.lowercaseKinds.has(h.entry.kind) && surnameAt(tokens, i, (w) => this.pluralOf(h.entry, w))));
      // "Israel's military said…" but not "Israel's military offensive": a term a possessive clitic opens ends its noun
      // phrase, so a noun (or a word the tagger reads as one of its modifiers) right after it makes its last word an
      // adjective of that noun.
      if (hit && POSSESSIVE.has(tokens[i]!.norm) && NOMINAL_TAGS.has(tokens[j + 1]?.pos ?? "")) continue;
      if (hit) best = { first: i, last: j + 1, entry: hit.entry };
    }
    return best;
  }
}
