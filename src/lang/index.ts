/** The languages dyad codes natively. */
export type Language = "es" | "en";
export const LANGUAGES: readonly Language[] = ["es", "en"];
export const isLanguage = (s: unknown): s is Language => s === "es" || s === "en";
