/**
 * The one matcher for names typed into a box (the network's search, the timeline's
 * department box): a reader may type a part of the name, the whole name in either script,
 * full pinyin or initials, with or without spaces and capitals, as site search takes them.
 *
 * The keys are worked out at build time (pinyin needs the converter, which the browser does
 * not load) and shipped with the page; matching is pure and cheap, so it runs on every
 * keystroke in the browser.
 */
import type { KeywordContext } from './keywordContext.ts';
import { nameVariants } from './nameVariants.ts';
import { normalizeForSearch } from './normalizeForSearch.ts';

/** Every form of a body's names a reader may type: each name and alias, both scripts, pinyin, initials. */
export function nameSearchKeys(names: readonly string[], context: KeywordContext): string[] {
  return [...new Set(names.flatMap((name) => nameVariants(name, context)))];
}

/** How well a query matches keys: 3 a whole key, 2 the start of a key, 1 inside a key, 0 not at all. */
export function matchStrength(query: string, keys: readonly string[]): number {
  const q = normalizeForSearch(query);
  if (!q) return 0;
  let best = 0;
  for (const key of keys) {
    if (key === q) return 3;
    if (key.startsWith(q)) best = Math.max(best, 2);
    else if (best < 1 && key.includes(q)) best = 1;
  }
  return best;
}

/** The items whose keys match the query, best match first; equal matches keep their order. */
export function matchNames<T>(query: string, items: readonly T[], keysOf: (item: T) => readonly string[]): T[] {
  return items
    .map((item, i) => ({ item, i, strength: matchStrength(query, keysOf(item)) }))
    .filter((hit) => hit.strength > 0)
    .sort((a, b) => b.strength - a.strength || a.i - b.i)
    .map((hit) => hit.item);
}
