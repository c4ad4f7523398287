import { matchStrength } from './matchNames.ts';
import { normalizeForSearch } from './normalizeForSearch.ts';

export interface NameHit<T> {
  item: T;
  /** 3 a whole name, 2 the start of one, 1 inside one (matchStrength's scale). */
  strength: number;
}

/**
 * The items whose names a query names, best first (equal ones in their given order), with
 * the shared name matcher. A query of several words (空格分开) matches when every word is in
 * one of the item's names, or when the words run together are: 工商局 横琴 finds 横琴工商局.
 */
export function nameHits<T>(query: string, items: readonly T[], keysOf: (item: T) => readonly string[]): NameHit<T>[] {
  const parts = query.split(/\s+/u).map(normalizeForSearch).filter(Boolean);
  if (parts.length === 0) return [];
  return items
    .map((item, i) => {
      const keys = keysOf(item);
      const together = matchStrength(parts.join(''), keys);
      const apart = parts.length > 1 && parts.every((part) => keys.some((key) => key.includes(part))) ? 1 : 0;
      return { item, i, strength: Math.max(together, apart) };
    })
    .filter((hit) => hit.strength > 0)
    .sort((a, b) => b.strength - a.strength || a.i - b.i)
    .map(({ item, strength }) => ({ item, strength }));
}
