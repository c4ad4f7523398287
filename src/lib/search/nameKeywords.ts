import type { KeywordContext } from './keywordContext.ts';
import { normalizeForSearch } from './normalizeForSearch.ts';
import { pinyinKeywords } from './pinyinKeywords.ts';
import { traditionalVariants } from './traditionalVariants.ts';

/**
 * Keywords that let any part of a name find it, however the query is cut into words.
 *
 * Pagefind matches each word of the query as the start of an indexed word, and cuts Chinese
 * queries with ICU while the indexer cuts page text with jieba, so 工商局 may be one word on
 * one side and two on the other. A name indexed from every character on (横琴工商局,
 * 琴工商局, 工商局, 商局, 局), in Simplified and Traditional, has a keyword starting with
 * each piece of any part of it, whatever the cuts. Pinyin keywords are added the same way.
 */
export function nameKeywords(name: string, context: KeywordContext): string[] {
  const keywords = new Set<string>();
  for (const form of [name, ...traditionalVariants(name, context.overrides)]) {
    const chars = [...normalizeForSearch(form)];
    for (let i = 0; i < chars.length; i++) keywords.add(chars.slice(i).join(''));
  }
  for (const keyword of pinyinKeywords(name, context.readings)) keywords.add(keyword);
  return [...keywords];
}
