import { pinyinSyllables, type Reading } from '../seed/slugify.ts';

/**
 * Pinyin keywords for a name, as a phone keyboard types them, for Pagefind's prefix matching:
 * the full pinyin from every syllable on ("hengqingongshangju", "qingongshangju", …,
 * "ju"), so "gongshang" finds 横琴工商局, and the initials from every syllable on ("hqgsj",
 * "qgsj", …), so "hqgsj" and "gsj" do. Readings fix the syllables the converter gets wrong
 * (人行 = ren hang).
 */
export function pinyinKeywords(name: string, readings: readonly Reading[] = []): string[] {
  const syllables = pinyinSyllables(name, readings);
  const initials = syllables.map((s) => s[0]!).join('');
  const keywords = new Set<string>();
  for (let i = 0; i < syllables.length; i++) keywords.add(syllables.slice(i).join(''));
  for (let i = 0; i < initials.length; i++) keywords.add(initials.slice(i));
  return [...keywords];
}
