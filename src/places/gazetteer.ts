import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fold } from "../model/token.js";

/** How precisely a place is known: a populated place, a second- or first-level division, or only the country. */
export type PlaceKind = "city" | "admin2" | "admin1" | "country";

/** The artefact's columns, in order (written by src/places/build.ts). */
export const COLUMNS = ["id", "kind", "name", "alt", "country", "admin1_code", "admin1", "admin2_code", "admin2", "lat", "lon", "population", "feature"] as const;

/** Where `npm run gazetteer` writes the artefact (same depth from src/ and dist/). */
export const GAZETTEER_PATH = fileURLToPath(new URL("../../build/gazetteer.tsv", import.meta.url));

/** One gazetteer entry. Divisions and countries carry no coordinates: dyad never pins a made-up centroid. */
export interface Place {
  /** GeoNames id for populated places; "A1:MX.25", "A2:MX.25.006", "C:MEX" for divisions and countries. */
  readonly id: string;
  readonly kind: PlaceKind;
  readonly name: string;
  /** ISO 3166-1 alpha-3, as actors' countries. */
  readonly country: string;
  readonly admin1Code: string | null;
  readonly admin1: string | null;
  readonly admin2Code: string | null;
  readonly admin2: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly population: number;
  /** GeoNames feature code: PPLC capital, PPLA seat of a first-level division, PPLA2 of a second…; ADM1, ADM2, PCLI. */
  readonly feature: string;
}

/**
 * How a name was found: as the place's own name, as a name of our names file (an exonym, a short form), as an
 * abbreviation ("Sin."), or as a short name we derived ("Taxco" for "Taxco de Alarcón", "Vichada" for "Vichada Department").
 */
export type NameMatch = "name" | "alias" | "abbreviation" | "short";

/** The lookup key of a name: folded, punctuation as spaces ("Washington, D.C." → "washington d c"). */
export function placeKey(text: string): string {
  const folded = fold(text);
  // Most names fold to plain words and single spaces, already a key (the gazetteer's load asks 400,000 times).
  return SIMPLE_KEY.test(folded) ? folded : folded.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
const SIMPLE_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

const isAbbreviation = (name: string): boolean => /\.$/.test(name) && name.length <= 8;

const HOW: readonly NameMatch[] = ["name", "alias", "abbreviation", "short"];
const TAB = 9;
const CAPITAL = Buffer.from("\tPPLC");
const C = CAPITAL[CAPITAL.length - 1];
const NL = 10;

/**
 * The gazetteer, loaded from the artefact: the file stays one buffer with its line offsets, names index the rows,
 * and a row is decoded the first time it is asked for, so start-up costs one pass over the names.
 */
export class Gazetteer {
  private readonly buf: Buffer;
  private readonly lineStart: Uint32Array;
  /** key → row * 4 + how (one number), or several of them. */
  private readonly names = new Map<string, number | number[]>();
  private readonly parsed = new Map<number, Place>();
  private readonly prefixes = new Set<string>();
  /** Rows of capitals (feature PPLC), noted while loading: capitalOf needs no second pass over the file. */
  private readonly capitalRows: number[] = [];
  /** The most words any name has, for the mention scanner's window. */
  readonly maxWords: number;

  constructor(buf: Buffer) {
    this.buf = buf;
    const header = buf.toString("utf8", 0, buf.indexOf(NL));
    if (header !== COLUMNS.join("\t")) throw new Error("the gazetteer artefact has unknown columns: run npm run gazetteer");
    const starts: number[] = [];
    let maxWords = 1;
    for (let at = buf.indexOf(NL) + 1; at > 0 && at < buf.length; ) {
      const end = buf.indexOf(NL, at);
      const stop = end < 0 ? buf.length : end;
      const row = starts.length;
      starts.push(at);
      const t1 = buf.indexOf(TAB, at);
      const t2 = buf.indexOf(TAB, t1 + 1);
      const t3 = buf.indexOf(TAB, t2 + 1);
      const t4 = buf.indexOf(TAB, t3 + 1);
      if (t4 < 0 || t4 > stop) throw new Error(`the gazetteer artefact is damaged at line ${row + 2}: run npm run gazetteer`);
      maxWords = Math.max(maxWords, this.add(buf.toString("utf8", t2 + 1, t3), row, 0));
      if (t4 > t3 + 1) {
        for (const a of buf.toString("utf8", t3 + 1, t4).split("|")) {
          // "~Taxco": a short name we derived; "Sin.": an abbreviation; else a name of our names file.
          maxWords = Math.max(maxWords, a.startsWith("~") ? this.add(a.slice(1), row, 3) : this.add(a, row, isAbbreviation(a) ? 2 : 1));
        }
      }
      const rowEnd = end < 0 || end + 1 >= buf.length ? buf.length : stop;
      // (Its last byte first: most rows do not end in "C".)
      if (buf[rowEnd - 1] === C && this.endsWith(CAPITAL, rowEnd)) this.capitalRows.push(row);
      at = stop + 1;
    }
    this.lineStart = Uint32Array.from(starts);
    this.maxWords = Math.min(maxWords, 8);
  }

  // Index one name of a row; returns its number of words.
  private add(name: string, row: number, how: number): number {
    const bare = placeKey(name);
    if (!bare) return 0;
    // Every leading run of words of a longer name, so the scanner stops extending a span that can name nothing.
    // (A key's words are single-spaced: one more word than spaces.)
    let words = 1;
    for (let at = bare.indexOf(" "); at > 0; at = bare.indexOf(" ", at + 1), words++) this.prefixes.add(bare.slice(0, at));
    const key = how === 2 ? `.${bare}` : bare;
    const code = row * 4 + how;
    const had = this.names.get(key);
    if (had === undefined) this.names.set(key, code);
    else if (typeof had === "number") {
      if (had >> 2 !== row) this.names.set(key, [had, code]);
    } else if (!had.some((c) => c >> 2 === row)) had.push(code);
    return words;
  }

  /** Places a name may denote (abbreviations only with `abbreviation`), each with how the name matched. */
  lookup(text: string, abbreviation = false): { place: Place; how: NameMatch }[] {
    const bare = placeKey(text);
    const hit = this.names.get(abbreviation ? `.${bare}` : bare);
    if (hit === undefined) return [];
    return (typeof hit === "number" ? [hit] : hit).map((c) => ({ place: this.row(c >> 2), how: HOW[c & 3]! }));
  }

  /** Is the key (see placeKey) a name of some place? (The scanner's quick refusal.) */
  hasKey(key: string, abbreviation = false): boolean {
    return this.names.has(abbreviation ? `.${key}` : key);
  }

  /** A country's capital (GeoNames feature PPLC; the most populous when several), or null. */
  capitalOf(country: string): Place | null {
    if (!this.capitals) {
      this.capitals = new Map();
      for (const i of this.capitalRows) {
        const p = this.row(i);
        const had = this.capitals.get(p.country);
        if (!had || had.population < p.population) this.capitals.set(p.country, p);
      }
    }
    return this.capitals.get(country) ?? null;
  }
  private capitals: Map<string, Place> | undefined;

  // Does the text of the file before `end` end with `tag`?
  private endsWith(tag: Buffer, end: number): boolean {
    return end - tag.length >= 0 && this.buf.compare(tag, 0, tag.length, end - tag.length, end) === 0;
  }

  /** Is the key the first words of some longer name ("ciudad de" of "ciudad de mexico")? */
  isPrefix(key: string): boolean {
    return this.prefixes.has(key);
  }

  /** A place by id ("A1:MX.25", "C:MEX", a GeoNames id). */
  byId(id: string): Place | null {
    const prefix = Buffer.from(`${id}\t`);
    for (let i = 0; i < this.lineStart.length; i++) {
      if (this.buf.compare(prefix, 0, prefix.length, this.lineStart[i]!, this.lineStart[i]! + prefix.length) === 0) return this.row(i);
    }
    return null;
  }

  get size(): number {
    return this.lineStart.length;
  }

  private row(i: number): Place {
    let p = this.parsed.get(i);
    if (p) return p;
    const end = i + 1 < this.lineStart.length ? this.lineStart[i + 1]! - 1 : this.buf.length;
    const c = this.buf.toString("utf8", this.lineStart[i], end).replace(/\n$/, "").split("\t");
    const num = (s: string | undefined) => (s ? Number(s) : null);
    p = {
      id: c[0]!, kind: c[1] as PlaceKind, name: c[2]!, country: c[4]!, admin1Code: c[5] || null, admin1: c[6] || null, admin2Code: c[7] || null,
      admin2: c[8] || null, lat: num(c[9]), lon: num(c[10]), population: Number(c[11] ?? 0), feature: c[12] ?? "",
    };
    this.parsed.set(i, p);
    return p;
  }
}

let shared: Gazetteer | null = null;

/**
 * The gazetteer, loaded once per process. `npm ci` builds the artefact (`prepare`); a checkout without it gets a
 * clear message rather than events without places.
 */
export function gazetteer(path = GAZETTEER_PATH): Gazetteer {
  if (shared) return shared;
  if (!existsSync(path)) throw new Error(`the gazetteer is not built (${path}): run npm run gazetteer`);
  shared = new Gazetteer(readFileSync(path));
  return shared;
}
