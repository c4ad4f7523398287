import { keywordContext } from '../search/keywordContext.ts';
import { nameKeywords } from '../search/nameKeywords.ts';
import { nameVariants } from '../search/nameVariants.ts';
import { textKeywords } from '../search/textKeywords.ts';
import { memoize } from '../util/memoize.ts';
import { aliasTable } from './aliasTable.ts';

/** The alias table's readings and overrides, as keyword generation takes them. */
const context = keywordContext(aliasTable);

/**
 * The search keywords of this site's names and texts, each worked out once per build: both
 * editions' pages carry the same keywords (SearchMeta), and a department's name is on many.
 */
export const siteKeywords = {
  nameVariants: memoize((name) => nameVariants(name, context)),
  nameKeywords: memoize((name) => nameKeywords(name, context)),
  textKeywords: memoize((text) => textKeywords(text, context)),
};
