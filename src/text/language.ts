import { eld } from "eld/small";
import { LANGUAGES, isLanguage, type Language } from "../lang/index.js";

eld.setLanguageSubset([...LANGUAGES]);

/**
 * The language of a text among dyad's packs, by eld's n-gram detector restricted to them (the first pack when eld
 * cannot tell).
 * @example detectLanguage("Detuvieron a dos presuntos integrantes del cártel") // "es"
 */
export function detectLanguage(text: string): Language {
  const lang = eld.detect(text.slice(0, 2000)).language;
  return isLanguage(lang) ? lang : LANGUAGES[0]!;
}
