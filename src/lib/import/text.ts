/**
 * Text as the readers hand it over, made into the seed's text: characters a PDF's text layer
 * gave as CJK radicals read as the ideographs they stand for, and a cell's or paragraph's
 * lines joined the way Chinese is written (no space where a line wrapped between two Chinese
 * characters, one space where it wrapped between two Latin words).
 */
import { IDEOGRAPHS, RADICALS } from './radicals.ts';

/**
 * Where a Simplified Chinese font draws a radical with the glyph of another ideograph than
 * Unicode's equivalent, a printer that maps glyphs back to text gives the radical for that
 * ideograph: Noto Sans CJK SC draws 户 with the glyph of ⼾ (whose equivalent is 戶) and 彐
 * with that of ⺕. The documents this site publishes are Simplified, so these read as the
 * Simplified characters.
 */
const SIMPLIFIED_GLYPHS: Record<string, string> = { '⼾': '户', '⺕': '彐' };

const RADICAL_MAP = new Map([...RADICALS].map((radical, i) => [radical, SIMPLIFIED_GLYPHS[radical] ?? [...IDEOGRAPHS][i]!]));
const RADICAL_CHARS = /[\u2e80-\u2fdf]/gu;
/**
 * U+2015 HORIZONTAL BAR is how the GBK-era mapping of GB 2312's dash (A1AA) reads, and how
 * CJK fonts that share one glyph for both give the dash back: in Chinese text it is the dash
 * "—" (U+2014), as GB 18030 maps it.
 */
const HORIZONTAL_BAR = /\u2015/gu;

/** "⼴东⾃贸" → "广东自贸", "2017―2018" → "2017—2018"; returns the text and how many characters it repaired. */
export function repairRadicals(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const fixed = text
    .replace(RADICAL_CHARS, (radical) => {
      const ideograph = RADICAL_MAP.get(radical);
      if (ideograph) repaired += 1;
      return ideograph ?? radical;
    })
    .replace(HORIZONTAL_BAR, () => {
      repaired += 1;
      return '—';
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
