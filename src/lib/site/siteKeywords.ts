import { keywordContext } from '../search/keywordContext.ts';
import { nameKeywords } from '../search/nameKeywords.ts';
import { nameVariants } from '../search/nameVariants.ts';
import { textKeywords } from '../search/textKeywords.ts';
import type { AliasTable } from '../seed/aliasTable.ts';
import { memoize } from '../util/memoize.ts';

export interface SiteKeywords {
  nameVariants: (name: string) => string[];
  nameKeywords: (name: string) => string[];
  textKeywords: (text: string) => string[];
}

const byTable = new WeakMap<AliasTable, SiteKeywords>();

/**
 * The search keywords of this site's names and texts under one table of data decisions
 * (model.decisions: its readings and overrides), each worked out once per build: both
 * editions' pages carry the same keywords (SearchMeta), and a department's name is on many.
 * Memoized per table, so every caller with the model's decisions shares one cache.
 */
export function siteKeywords(decisions: AliasTable): SiteKeywords {
  let found = byTable.get(decisions);
  if (!found) {
    const context = keywordContext(decisions);
    found = {
      nameVariants: memoize((name) => nameVariants(name, context)),
      nameKeywords: memoize((name) => nameKeywords(name, context)),
      textKeywords: memoize((text) => textKeywords(text, context)),
    };
    byTable.set(decisions, found);
  }
  return found;
}
