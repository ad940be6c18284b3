import { eld } from "eld/small";
import type { Language } from "../lang/index.js";

eld.setLanguageSubset(["es", "en"]);

/**
 * Spanish or English, by eld's n-gram detector restricted to the two.
 * @example detectLanguage("Detuvieron a dos presuntos integrantes del cártel") // "es"
 */
export function detectLanguage(text: string): Language {
  const lang = eld.detect(text.slice(0, 2000)).language;
  return lang === "en" ? "en" : "es";
}
