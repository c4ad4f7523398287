import { pinyinSyllables } from '../seed/slugify.ts';
import type { KeywordContext } from './keywordContext.ts';
import { normalizeForSearch } from './normalizeForSearch.ts';
import { traditionalVariants } from './traditionalVariants.ts';

/**
 * Every whole form in which a reader may type a name: as printed, in Traditional characters,
 * in full pinyin and in pinyin initials, each reduced to letters and digits:
 * 横琴工商局 → 横琴工商局, 橫琴工商局, hengqingongshangju, hqgsj.
 */
export function nameVariants(name: string, context: KeywordContext): string[] {
  const syllables = pinyinSyllables(name, context.readings);
  const forms = [name, ...traditionalVariants(name, context.overrides), syllables.join(''), syllables.map((s) => s[0]).join('')];
  return [...new Set(forms.map(normalizeForSearch).filter(Boolean))];
}
