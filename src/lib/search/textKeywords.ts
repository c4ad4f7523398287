import { pinyinSyllables } from '../seed/slugify.ts';
import type { KeywordContext } from './keywordContext.ts';
import { textForms } from './nameForms.ts';
import { segmentWords } from './segmentWords.ts';
import { traditionalVariants } from './traditionalVariants.ts';

/**
 * Keywords for a passage of text (a measure and the bodies named in it): its words as ICU cuts
 * them, in Simplified and in each Traditional form, in reading order, then the same for the
 * text written with each short or full form of the decisions file (跨境电子商务 → 跨境电商,
 * 工商局 → 工商行政管理局) when it has any, then the
 * full pinyin of each word of two or more characters (调解 → tiaojie).
 *
 * The words are cut as the browser will cut the query, so a phrase typed in either script
 * finds keywords starting with each of its pieces; kept in order, the keywords joined back
 * together still contain the phrase, which is how results are checked for an exact match.
 */
export function textKeywords(text: string, context: KeywordContext): string[] {
  const simplified = segmentWords(text);
  const traditional = traditionalVariants(text, context.overrides).flatMap(segmentWords);
  const short = textForms(text, context.forms ?? []).flatMap((written) => [written, ...traditionalVariants(written, context.overrides)].flatMap(segmentWords));
  const pinyin = new Set(
    simplified.filter((word) => /\p{Script=Han}{2,}/u.test(word)).map((word) => pinyinSyllables(word, context.readings).join('')),
  );
  return [...simplified, ...traditional, ...short, ...[...pinyin].filter(Boolean)];
}
