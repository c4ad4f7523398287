/**
 * Text reduced to what a search compares: lower case, letters and digits only. Spaces,
 * punctuation and the zero-width spaces Pagefind puts between Chinese words all go, so
 * "市“两建”办", "市两建办" and "Heng Qin" compare as typed without them.
 */
export function normalizeForSearch(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
