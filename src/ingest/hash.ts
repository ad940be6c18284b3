import { createHash } from "node:crypto";

/**
 * The identity of an article's text: SHA-256 of the text with Unicode and white space normalised, so the same
 * article re-fetched with different line breaks is still the same article.
 * @example textHash("La SRE  envió\nuna nota.") === textHash("La SRE envió una nota.") // true
 */
export function textHash(text: string): string {
  return createHash("sha256").update(text.normalize("NFC").replace(/\s+/g, " ").trim()).digest("hex");
}
