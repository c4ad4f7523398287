/**
 * The browser half of the name matcher (nameMatcher.ts): matching typed text against keys
 * worked out at build time. Kept apart from nameSearchKeys, which needs the pinyin and
 * Traditional converters: a client element that imports from here ships a few hundred bytes,
 * one that imports nameMatcher.ts ships the converters' dictionaries (about 1 MB).
 */
import { normalizeForSearch } from './normalizeForSearch.ts';

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

/**
 * Characters a query is read with, as code point pairs [typed, matched]: the Traditional page
 * ships its keys in one Traditional spelling (税 only as 稅), so a reader who types the
 * Simplified character is matched against the Traditional one. Code points, not text: the
 * page writes no Simplified spelling anywhere.
 */
export type QueryFold = readonly (readonly [number, number])[];

export function foldQuery(query: string, fold: QueryFold): string {
  if (fold.length === 0) return query;
  const map = new Map(fold);
  return [...query].map((ch) => String.fromCodePoint(map.get(ch.codePointAt(0)!) ?? ch.codePointAt(0)!)).join('');
}
