/** Keyword generation for the search index: Traditional variants, pinyin, segmentation. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Department } from '../../../src/lib/plan/schema.ts';
import { keywordContext } from '../../../src/lib/search/keywordContext.ts';
import { nameKeywords } from '../../../src/lib/search/nameKeywords.ts';
import { nameVariants } from '../../../src/lib/search/nameVariants.ts';
import { pinyinKeywords } from '../../../src/lib/search/pinyinKeywords.ts';
import { segmentWords } from '../../../src/lib/search/segmentWords.ts';
import { textKeywords } from '../../../src/lib/search/textKeywords.ts';
import { traditionalVariants } from '../../../src/lib/search/traditionalVariants.ts';
import { parseAliasTable } from '../../../src/lib/seed/index.ts';
import { realPlan } from '../../support/realPlan.ts';

const aliasTable = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const context = keywordContext(aliasTable);
const departments: Department[] = realPlan().departments;
const RENHANG = [{ word: '人行', pinyin: 'ren hang' }];

describe('segmentWords', () => {
  it('cuts Chinese into words and drops punctuation, keeping every character in order', () => {
    const words = segmentWords('深化“证照分离”改革，推进工作。');
    expect(words.length).toBeGreaterThan(3);
    expect(words.join('')).toBe('深化证照分离改革推进工作');
    expect(words.every((w) => !/[“”，。]/u.test(w))).toBe(true);
  });

  it('keeps Latin words whole', () => {
    expect(segmentWords('APP 平台')).toContain('APP');
  });
});

describe('traditionalVariants', () => {
  it('gives the edition’s Hong Kong forms with the alias table’s overrides', () => {
    expect(traditionalVariants('横琴工商局', context.overrides)).toEqual(['橫琴工商局']);
    expect(traditionalVariants('市地税局', context.overrides)).toEqual(['市地稅局']);
  });

  it('adds the Taiwan form where it differs, so 群 and 羣 both count', () => {
    expect(traditionalVariants('区党群工作部', context.overrides).sort()).toEqual(['區黨羣工作部', '區黨群工作部'].sort());
  });
});

describe('pinyinKeywords', () => {
  it('gives full pinyin from every syllable on, so 工商 typed as gongshang matches', () => {
    const keywords = pinyinKeywords('横琴工商局');
    expect(keywords).toEqual(expect.arrayContaining(['hengqingongshangju', 'qingongshangju', 'gongshangju', 'shangju', 'ju']));
  });

  it('gives the initials from every syllable on', () => {
    expect(pinyinKeywords('横琴工商局')).toEqual(expect.arrayContaining(['hqgsj', 'qgsj', 'gsj', 'sj', 'j']));
  });

  it('reads 人行 as ren hang with the alias table’s reading, not ren xing', () => {
    expect(pinyinKeywords('人行珠海市中心支行', RENHANG)).toContain('renhangzhuhaishizhongxinzhihang');
    expect(pinyinKeywords('人行珠海市中心支行', RENHANG)).toContain('rhzhszxzh');
    expect(pinyinKeywords('人行珠海市中心支行', RENHANG)).not.toContain('renxingzhuhaishizhongxinzhihang');
  });
});

describe('nameVariants', () => {
  it('lists the whole name as printed, in Traditional, in full pinyin and in initials', () => {
    expect(nameVariants('横琴工商局', context)).toEqual(['横琴工商局', '橫琴工商局', 'hengqingongshangju', 'hqgsj']);
  });

  it('drops punctuation a reader would not type', () => {
    expect(nameVariants('市“两建”办', context)[0]).toBe('市两建办');
  });
});

describe('nameKeywords', () => {
  it('indexes a name from every character on, in both scripts', () => {
    const keywords = nameKeywords('横琴工商局', context);
    expect(keywords).toEqual(expect.arrayContaining(['横琴工商局', '琴工商局', '工商局', '商局', '局', '橫琴工商局']));
  });

  // The property the search relies on: Pagefind matches each piece of the query as the start
  // of an indexed word, so every piece of every part of every name must start some keyword.
  it('lets every part of every department name, in either script, find a keyword for each of its pieces', () => {
    const misses: string[] = [];
    for (const { name } of departments) {
      const keywords = nameKeywords(name, context);
      for (const form of [name, ...traditionalVariants(name, context.overrides)]) {
        const chars = [...form.replace(/[^\p{L}\p{N}]/gu, '')];
        for (let start = 0; start < chars.length; start++) {
          for (let end = start + 1; end <= chars.length; end++) {
            const part = chars.slice(start, end).join('');
            for (const piece of segmentWords(part)) {
              if (!keywords.some((k) => k.startsWith(piece.toLowerCase()))) misses.push(`${name}: ${part} → ${piece}`);
            }
          }
        }
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('textKeywords', () => {
  const keywords = textKeywords('建立跨境联合调解机制，推进“证照分离”改革', context);

  it('keeps the words in reading order, so joined back they contain each phrase of the text', () => {
    expect(keywords.join('')).toContain('建立跨境联合调解机制推进证照分离改革');
  });

  it('adds the Traditional text cut into words', () => {
    expect(keywords.join('')).toContain('證照分離');
  });

  it('adds the full pinyin of words of two or more characters', () => {
    expect(keywords).toContain('tiaojie');
    expect(keywords).not.toContain('');
  });

  it('adds the text written with the decisions file’s short forms, so 跨境电商 finds 跨境电子商务', () => {
    const joined = textKeywords('促进跨境电子商务自由化', context).join('');
    expect(joined).toContain('跨境电子商务');
    expect(joined).toContain('跨境电商');
    expect(joined).toContain('跨境電商');
    expect(textKeywords('建立调解机制', context).join('')).not.toContain('电商');
  });
});
