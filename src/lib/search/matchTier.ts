import { META_FIELDS } from './metaFields.ts';
import { normalizeForSearch } from './normalizeForSearch.ts';

/** What the browser knows about a result once its Pagefind data is loaded. */
export interface MatchablePage {
  /** The page's indexed text. */
  content: string;
  /** Its Pagefind metadata (title and the fields of META_FIELDS). */
  meta: Record<string, string | undefined>;
}

export type MatchTier = 0 | 1 | 2 | 3 | 4;

/**
 * How well a page matches a query, best first:
 *   0  one of its names is the query (横琴工商局, 橫琴工商局, hqgsj);
 *   1  every part of the query is inside one of its names or its title (工商局, 仲裁, gongshang);
 *   2  every part is inside its own text: a measure's words and the bodies assigned to it,
 *      in either script (证照分离, 區商務局 on a measure that 区商务局 takes part in);
 *   3  every part is somewhere on the page as typed, e.g. in its list of related measures;
 *   4  Pagefind found it from the query's words apart (工商 here, 局 there).
 * Parts are what the reader separated with spaces. Results are shown tier by tier, each in
 * Pagefind's order: Pagefind ranks by words, and cuts 工商局 into 工商 and 局, so on its own
 * it can put a page with the words apart before one with the name.
 */
export function matchTier(query: string, page: MatchablePage): MatchTier {
  const parts = query.split(/\s+/u).map(normalizeForSearch).filter(Boolean);
  if (parts.length === 0) return 4;
  const inAll = (texts: string[]) => parts.every((part) => texts.some((text) => text.includes(part)));
  const names = (page.meta[META_FIELDS.name.key] ?? '').split(' ').filter(Boolean);
  if (names.includes(parts.join(''))) return 0;
  if (inAll([...names, normalizeForSearch(page.meta['title'] ?? '')])) return 1;
  if (inAll([normalizeForSearch(page.meta[META_FIELDS.terms.key] ?? '')])) return 2;
  if (inAll([normalizeForSearch(page.content)])) return 3;
  return 4;
}
