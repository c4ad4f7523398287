import { excerptWindow, fullWidthPunctuation } from './readingText.ts';

/** A run of excerpt text, marked when it is one of the query's parts. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/**
 * A short excerpt of `content` around the first place a query part occurs, with every
 * occurrence of a part in it marked; null when no part occurs as typed (then Pagefind's own
 * excerpt, which marks words, may be the better one). An empty query gives the opening words.
 * Returned as pieces, not HTML, so the page builds it with text nodes and nothing in the
 * content can become markup. The text is shown with full-width punctuation and cut at clause
 * edges, never through a number (readingText.ts). With `block`, only the paragraph the query
 * is in: a list page's excerpt is the measure text that has the query, not the labels around it.
 */
export function highlightExcerpt(content: string, query: string, length = 60, { block = false } = {}): ExcerptPiece[] | null {
  let text = fullWidthPunctuation(content.replace(/\u200B/gu, '').replace(/\s+/gu, ' ').trim());
  const parts = [...new Set(query.toLowerCase().split(/\s+/u).filter(Boolean))].sort((a, b) => b.length - a.length);
  const find = () => (parts.length === 0 ? [0] : parts.map((part) => text.toLowerCase().indexOf(part)).filter((at) => at >= 0));
  let hits = find();
  if (hits.length === 0) return null;
  if (block) {
    // Only the block the first hit is in: Chinese text has no spaces, so a space (or Pagefind's
    // ". " between elements) is the edge of a paragraph, a label or a heading.
    const first = Math.min(...hits);
    const before = text.slice(0, first).search(/(?:\. | )[^ ]*$/u);
    const after = text.slice(first).search(/\.? /u);
    text = text.slice(before < 0 ? 0 : before + (text.startsWith('. ', before) ? 2 : 1), after < 0 ? text.length : first + after);
    hits = find();
  }
  const lower = text.toLowerCase();

  // Start at the clause of the first hit, or a little before it, so the reader sees what leads up to it.
  const [start, end] = excerptWindow(text, Math.min(...hits), length);
  const pieces: ExcerptPiece[] = [];
  const push = (piece: string, mark: boolean) => {
    if (piece === '') return;
    const last = pieces.at(-1);
    if (last && last.mark === mark) last.text += piece;
    else pieces.push({ text: piece, mark });
  };
  if (start > 0) push('…', false);
  let at = start;
  while (at < end) {
    const part = parts.find((p) => lower.startsWith(p, at));
    if (part) {
      push(text.slice(at, at + part.length), true);
      at += part.length;
    } else {
      push(text[at]!, false);
      at += 1;
    }
  }
  if (end < text.length) push('…', false);
  return pieces;
}
