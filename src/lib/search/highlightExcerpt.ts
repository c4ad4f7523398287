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
 * content can become markup.
 */
export function highlightExcerpt(content: string, query: string, length = 60): ExcerptPiece[] | null {
  const text = content.replace(/\u200B/gu, '').replace(/\s+/gu, ' ').trim();
  const lower = text.toLowerCase();
  const parts = [...new Set(query.toLowerCase().split(/\s+/u).filter(Boolean))].sort((a, b) => b.length - a.length);
  const hits = parts.length === 0 ? [0] : parts.map((part) => lower.indexOf(part)).filter((at) => at >= 0);
  if (hits.length === 0) return null;

  // Start a little before the first hit so the reader sees what leads up to it.
  const first = Math.min(...hits);
  const start = Math.max(0, Math.min(first - Math.floor(length / 4), text.length - length));
  const end = Math.min(text.length, start + length);
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
