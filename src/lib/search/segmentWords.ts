/**
 * ICU's word segmenter, the one Pagefind runs on the reader's query in the browser
 * (Intl.Segmenter with the index language, `zh`). Keywords cut by the same rules are cut where
 * the query will be cut, so each piece of a query finds a keyword that starts with it.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words of a text, in order, without punctuation or spaces: "横琴工商局" → ["横", "琴", "工商", "局"]. */
export function segmentWords(text: string): string[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
