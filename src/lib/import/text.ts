/**
 * Text as the readers hand it over, made into the seed's text: characters a PDF's text layer
 * gave as CJK radicals read as the ideographs they stand for, and a cell's or paragraph's
 * lines joined the way Chinese is written (no space where a line wrapped between two Chinese
 * characters, one space where it wrapped between two Latin words).
 */
import { IDEOGRAPHS, RADICALS } from './radicals.ts';

const RADICAL_MAP = new Map([...RADICALS].map((radical, i) => [radical, [...IDEOGRAPHS][i]!]));
const RADICAL_CHARS = /[\u2e80-\u2fdf]/gu;

/** "⼴东⾃贸" → "广东自贸"; returns the text and how many characters it repaired. */
export function repairRadicals(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const fixed = text.replace(RADICAL_CHARS, (radical) => {
    const ideograph = RADICAL_MAP.get(radical);
    if (ideograph) repaired += 1;
    return ideograph ?? radical;
  });
  return { text: fixed, repaired };
}

/** Chinese characters and full-width marks, next to which a line break is no space. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2014\u2026]/u;

/** Lines of one cell or paragraph as one text: a wrap between Chinese characters joins them, any other wrap is a space. */
export function joinWrappedLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/gu, ' ').trim();
    if (line === '') continue;
    if (text === '') text = line;
    else text += CJK.test(text.at(-1)!) || CJK.test(line[0]!) ? line : ` ${line}`;
  }
  return text;
}

/** Lines of a department cell: one name a line, as the seed writes them, with spaces between. */
export function joinListLines(lines: readonly string[]): string {
  return lines.map((line) => line.replace(/\s+/gu, ' ').trim()).filter(Boolean).join(' ');
}
