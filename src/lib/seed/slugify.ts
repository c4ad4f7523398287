import { pinyin } from 'pinyin-pro';

export interface Reading {
  /** A word the converter misreads, e.g. 人行. */
  word: string;
  /** Its syllables, toneless and space-separated: "ren hang". */
  pinyin: string;
}

/**
 * The toneless pinyin syllables of a name, with the alias table's readings applied where the
 * converter guesses wrong (人行 is "ren hang", the People's Bank, not "ren xing"). Characters
 * that are not Chinese are dropped; Latin letters and digits are kept as they are.
 */
export function pinyinSyllables(name: string, readings: readonly Reading[] = []): string[] {
  const syllables: string[] = [];
  let rest = name;
  while (rest.length > 0) {
    const reading = readings.find(({ word }) => rest.startsWith(word));
    if (reading) {
      syllables.push(...reading.pinyin.split(' '));
      rest = rest.slice(reading.word.length);
      continue;
    }
    // Read up to the next word that has a fixed reading, so context still guides polyphones.
    const next = Math.min(...readings.map(({ word }) => rest.indexOf(word, 1)).filter((i) => i > 0), rest.length);
    const chunk = rest.slice(0, next);
    syllables.push(...pinyin(chunk, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }));
    rest = rest.slice(next);
  }
  return syllables
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]+/gu, ''))
    .filter(Boolean);
}

/** A stable, readable ASCII slug: "横琴工商局" → "heng-qin-gong-shang-ju". */
export function slugify(name: string, readings: readonly Reading[] = []): string {
  const slug = pinyinSyllables(name, readings).join('-');
  if (slug === '') throw new Error(`cannot make a slug from "${name}"`);
  return slug;
}
