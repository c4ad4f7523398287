/**
 * Text as a search result shows it: the PDF's ASCII punctuation inside Chinese text set
 * full-width (加强金融监管,利用 → 加强金融监管，利用), and excerpts cut at the edges of
 * clauses, never through a number or a Latin word (not "…017年11月30日").
 */

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HAN = '\\p{Script=Han}';

/** ASCII punctuation next to a Chinese character, written full-width; Latin and numbers keep theirs (1.5, A,B). */
export function fullWidthPunctuation(text: string): string {
  return text
    .replace(new RegExp(`(?<=${HAN}|[”）])\\s*([,;:?!])\\s*`, 'gu'), (_, mark: string) => FULL_WIDTH[mark]!)
    .replace(new RegExp(`([,;:?!])\\s*(?=${HAN}|[“（])`, 'gu'), (_, mark: string) => FULL_WIDTH[mark]!)
    .replace(new RegExp(`\\(\\s*(?=${HAN})`, 'gu'), '（')
    .replace(new RegExp(`(?<=${HAN})\\s*\\)`, 'gu'), '）');
}

/** Where a clause may start: after Chinese punctuation that ends or separates clauses. */
const CLAUSE_END = /[。；！？，、：]/u;
/** Characters a cut must not fall between: digits, Latin letters, and the marks inside numbers. */
const WORDLIKE = /[0-9A-Za-z.．%]/u;

/**
 * The [start, end) of a window of about `length` characters of `text` around `at`: starting
 * at the clause that holds `at` when that is near, else a little before it, and never inside
 * a run of digits or letters at either edge.
 */
export function excerptWindow(text: string, at: number, length: number): [number, number] {
  if (text.length <= length) return [0, text.length];
  let start = Math.max(0, Math.min(at - Math.floor(length / 4), text.length - length));
  // Back to the start of the clause when it is within a third of the window.
  for (let i = at; i > 0 && at - i <= length / 3; i--) {
    if (CLAUSE_END.test(text[i - 1]!)) {
      start = i;
      break;
    }
    if (i - 1 === 0) start = 0;
  }
  while (start > 0 && WORDLIKE.test(text[start]!) && WORDLIKE.test(text[start - 1]!)) start--;
  let end = Math.min(text.length, start + length);
  // End at a clause end if one is near the end of the window.
  for (let i = end; i > start + (length * 2) / 3; i--) {
    if (CLAUSE_END.test(text[i - 1]!)) {
      end = i;
      break;
    }
  }
  while (end < text.length && WORDLIKE.test(text[end]!) && WORDLIKE.test(text[end - 1]!)) end++;
  return [start, end];
}

/**
 * The start of a text as a result's title: whole when short, else up to the last clause end
 * within `length` characters, else its first `length` characters cut where excerpts are cut;
 * with an ellipsis when cut.
 */
export function textStart(text: string, length = 28): string {
  const shown = fullWidthPunctuation(text.replace(/\s+/gu, ' ').trim());
  if (shown.length <= length) return shown;
  const head = shown.slice(0, length + 1);
  const clause = Math.max(...[...head.matchAll(/[。；！？，：]/gu)].map((m) => m.index));
  if (clause >= 8) return `${shown.slice(0, clause)}…`;
  const [, end] = excerptWindow(shown, 0, length);
  return `${shown.slice(0, end).replace(/[，、；：。]$/u, '')}…`;
}
