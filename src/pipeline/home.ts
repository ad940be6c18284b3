import type { LanguagePack } from "../data/knowledge.js";
import type { AnalyzedSentence } from "./analyze.js";
import { tokenize } from "../text/tokenize.js";
import { datelineOf } from "../text/dateline.js";
import type { GivenNames } from "../actors/gender.js";
import { gazetteer, type Gazetteer } from "../places/gazetteer.js";
import { placeMentions } from "../places/mentions.js";
import { rankPlace } from "../places/resolve.js";

/**
 * The country a document is about: its dateline ("MADRID, 8 sep.—", "PANAMA CITY —"), else the country
 * named most often by places, countries and identified actors.
 */
export function homeCountry(analyzed: readonly AnalyzedSentence[], text: string, pack: LanguagePack): string | null {
  return homeCountries(analyzed, text, pack)[0] ?? null;
}

/** Countries the document is about, most likely first: the dateline's, then by how often they are named. */
export function homeCountries(analyzed: readonly AnalyzedSentence[], text: string, pack: LanguagePack): string[] {
  const where = datelineCountry(text, pack);
  const counts = new Map<string, number>();
  for (const a of analyzed) {
    for (const p of a.phrases) for (const m of p.parts) if (m.country) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
    for (const m of pack.gazetteer.match(a.sentence.tokens)) {
      if (m.entry.kind === "place" && m.entry.country) counts.set(m.entry.country, (counts.get(m.entry.country) ?? 0) + 2);
    }
  }
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([c]) => c);
  return where ? [where, ...ranked.filter((c) => c !== where)] : ranked;
}

/** The country of the dateline's place ("PANAMA CITY —" → PAN), null without a dateline we know. */
export function datelineCountry(text: string, pack: LanguagePack): string | null {
  const dateline = datelineOf(text);
  if (!dateline) return null;
  const toks = tokenize(dateline.place, 0, dateline.place.length);
  return pack.gazetteer.match(toks).find((m) => m.entry.country)?.entry.country ?? null;
}

/**
 * Countries of the towns and divisions the document's event sentences name, most named first: local news names
 * only the place ("asesinaron a un hombre en Aguachica, Cesar", "en Culiacán, Sinaloa"), not the country. A
 * reading settled by its parent division ("Puerto Rico, Meta") counts more than a bare name's likeliest reading.
 */
export function placeCountries(analyzed: readonly AnalyzedSentence[], pack: LanguagePack, names: GivenNames, gz: Gazetteer = gazetteer()): string[] {
  const counts = new Map<string, number>();
  const ctx = { home: null, countries: new Set<string>(), seenAdmin1: new Set<string>(), seenCountries: new Set<string>() };
  for (const a of analyzed) {
    if (!a.found.length) continue;
    for (const m of placeMentions(a.sentence, a.phrases, pack.grammar, gz, names)) {
      // Only a name read as a place: governed by "en", named with its division ("Aguachica, Cesar") or its cue
      // word ("el municipio de Tibú"); not any capitalised word the gazetteer knows ("Union of Teachers").
      const settled = !!m.parent || m.isParent || !!m.cue;
      if (!settled && !m.locative) continue;
      const p = rankPlace(m, ctx);
      if (!p) continue;
      counts.set(p.country, (counts.get(p.country) ?? 0) + (settled ? 2 : 1));
    }
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([c]) => c);
}
