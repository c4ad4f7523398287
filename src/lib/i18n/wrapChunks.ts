/**
 * Where a short label (a table head) may wrap: between its words, as ICU's word segmenter
 * (Intl.Segmenter, `zh`) finds them, and only once a line would hold at least `atLeast`
 * characters, so "主要支持指导" may wrap as 主要支持 · 指导, never as 主要 · 支持 · 指导 a
 * character pair a line, and "支持配合" stays whole. Written out with <wbr> between the chunks
 * and `word-break: keep-all` on the element (WordBreaks.astro). Pure; the same in both editions.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Opening brackets and quotes: they go with the word after them. */
const OPENING = /[（(「『“‘《〈【〔［[]+$/u;

/** The text in chunks that join back to it: each at least `atLeast` characters long but the last; punctuation stays with the word it belongs to. */
export function wrapChunks(text: string, atLeast = 4): string[] {
  const chunks: string[] = [];
  let open = '';
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const opening = OPENING.exec(open)?.[0] ?? '';
    if (isWordLike && [...open].length - [...opening].length >= atLeast) {
      chunks.push(open.slice(0, open.length - opening.length));
      open = opening;
    }
    open += segment;
  }
  if (open) chunks.push(open);
  return chunks;
}
