import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fold } from "../model/token.js";

/** Forms whose lemma is not in the spelling dictionary's affix tables (suppletive and clitic forms). */
const IRREGULAR: Record<string, string[]> = {
  fue: ["ser", "ir"], fueron: ["ser", "ir"], fui: ["ser", "ir"], era: ["ser"], eran: ["ser"], es: ["ser"], son: ["ser"],
  sera: ["ser"], seran: ["ser"], sido: ["ser"], siendo: ["ser"], sea: ["ser"], sean: ["ser"],
  va: ["ir"], van: ["ir"], iba: ["ir"], iban: ["ir"], fuera: ["ser", "ir"], fueran: ["ser", "ir"],
  dio: ["dar"], dieron: ["dar"], da: ["dar"], dan: ["dar"], dado: ["dar"], dada: ["dar"], daba: ["dar"],
  hizo: ["hacer"], hicieron: ["hacer"], hace: ["hacer"], hacen: ["hacer"], hecho: ["hacer"], hara: ["hacer"],
  haran: ["hacer"], hubo: ["haber"], ha: ["haber"], han: ["haber"], habia: ["haber"], habian: ["haber"],
  estuvo: ["estar"], estuvieron: ["estar"], esta: ["estar", "este"], estan: ["estar"],
  dijo: ["decir"], dijeron: ["decir"], dice: ["decir"], dicen: ["decir"], dicho: ["decir"],
  puso: ["poner"], pusieron: ["poner"], vino: ["venir"], vinieron: ["venir"], tuvo: ["tener"], tuvieron: ["tener"],
  puesto: ["poner", "puesto"], puestos: ["poner", "puesto"], puesta: ["poner", "puesta"], puestas: ["poner"],
  impuesto: ["imponer", "impuesto"], impuestos: ["imponer", "impuesto"], impuesta: ["imponer"], impuestas: ["imponer"],
  roto: ["romper"], rota: ["romper"], rotas: ["romper"], rotos: ["romper"], abierto: ["abrir"], abierta: ["abrir"],
  disuelto: ["disolver"], disuelta: ["disolver"], devuelto: ["devolver"], devuelta: ["devolver"], devueltos: ["devolver"],
  suscrito: ["suscribir"], suscrita: ["suscribir"], muerto: ["morir", "muerto"], muertos: ["morir", "muerto"],
  electo: ["elegir"], electa: ["elegir"], preso: ["prender", "preso"], presos: ["prender", "preso"], visto: ["ver"],
  escrito: ["escribir"], cubierto: ["cubrir"], resuelto: ["resolver"], depuesto: ["deponer"], depuesta: ["deponer"],
  expuesto: ["exponer"], propuesto: ["proponer"], dispuesto: ["disponer", "dispuesto"], frito: ["freir"], hecha: ["hacer"],
};

/** A lazily built form → lemma table for the lemmas that dyad's rules mention. */
export class SpanishLemmatizer {
  private readonly table: Map<string, string[]>;
  private readonly wanted: Set<string>;

  private constructor(table: Map<string, string[]>, wanted: Set<string>) {
    this.table = table;
    this.wanted = wanted;
  }

  /** Build (or read from cache) the table for `wanted` lemmas; other words keep their own form. */
  static async create(wanted: Iterable<string>, cacheDir: string): Promise<SpanishLemmatizer> {
    const want = new Set([...wanted].map(fold));
    const key = createHash("sha1").update([...want].sort().join("\n")).update("dictionary-es@4|v3").digest("hex").slice(0, 16);
    const file = join(cacheDir, `es-lemmas-${key}.json`);
    if (existsSync(file)) {
      try {
        return new SpanishLemmatizer(new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>)), want);
      } catch {
        // a corrupt cache file is rebuilt below
      }
    }
    const table = await expandDictionary(want);
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(table)));
    renameSync(tmp, file);
    return new SpanishLemmatizer(table, want);
  }

  /** Folded lemma candidates of a folded form, the form itself included. */
  lemmas(norm: string): string[] {
    const found = this.table.get(norm) ?? IRREGULAR[norm];
    if (found) return found.includes(norm) ? found : [...found, norm];
    const bare = stripEnclitic(norm);
    if (bare !== norm) {
      const viaBare = this.table.get(bare);
      if (viaBare) return [...viaBare, norm];
    }
    // Plurals the dictionary stores apart ("reuniones" → reunion, "despliegues" → despliegue).
    for (const singular of singulars(norm)) if (this.wanted.has(singular)) return [singular, norm];
    return [norm];
  }
}

function singulars(norm: string): string[] {
  const out: string[] = [];
  if (norm.endsWith("iones")) out.push(`${norm.slice(0, -5)}ion`);
  if (norm.endsWith("es")) out.push(norm.slice(0, -2));
  if (norm.endsWith("s")) out.push(norm.slice(0, -1));
  return out;
}

// "reunirse" → "reunir", "acusandolo" → "acusando", "pedirles" → "pedir" (forms already folded).
function stripEnclitic(norm: string): string {
  const m = /^(.+(?:ar|er|ir|ando|iendo))(?:se|lo|la|le|los|las|les|me|nos|te)+$/.exec(norm);
  return m ? m[1]! : norm;
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
