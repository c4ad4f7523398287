// Simplified → Traditional as written in Hong Kong and Macau (opencc's `hk` forms).
import { toHongKongForms as convert } from './traditionalConverters.ts';

export interface TraditionalOverride {
  /** Simplified text the converter gets wrong, e.g. a proper noun. */
  simplified: string;
  /** How it must read in Traditional. */
  traditional: string;
}

/**
 * Converts Simplified text to Traditional, quotation marks included. Overrides are applied
 * first, on whole words, so a proper noun the converter would corrupt comes out as the
 * override says; the text between overrides is converted in pieces, which is why overrides
 * should be whole words or glyphs whose reading does not depend on their neighbours.
 */
export function toTraditional(text: string, overrides: readonly TraditionalOverride[] = []): string {
  return traditionalQuotes(convertWithOverrides(text, overrides));
}

/**
 * Quotation marks as Traditional Chinese sets them in Hong Kong, Macau and Taiwan: 「」 outside,
 * 『』 inside, where Simplified uses “” and ‘’. Only matched pairs change, so a stray mark (or
 * an apostrophe) is left as it stands.
 */
export function traditionalQuotes(text: string): string {
  return text.replace(/“([^“”]*)”/gu, '「$1」').replace(/‘([^‘’]*)’/gu, '『$1』');
}

function convertWithOverrides(text: string, overrides: readonly TraditionalOverride[]): string {
  if (overrides.length === 0) return convert(text);
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    // An override's Traditional form already in the text is kept too: the converter would
    // otherwise turn it into the very form the override rejects (稅 into Hong Kong's 税).
    const hits = overrides
      .flatMap((o) => [o.simplified, o.traditional].map((found) => ({ o, found, at: rest.indexOf(found) })))
      .filter((h) => h.at >= 0);
    if (hits.length === 0) {
      pieces.push(convert(rest));
      break;
    }
    // Earliest match first; at the same place the longer word wins.
    hits.sort((a, b) => a.at - b.at || b.found.length - a.found.length);
    const { o, found, at } = hits[0]!;
    pieces.push(convert(rest.slice(0, at)), o.traditional);
    rest = rest.slice(at + found.length);
  }
  return pieces.join('');
}
