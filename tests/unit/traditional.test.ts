import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { localeOfPath, pathInLocale, inEveryLocale } from '../../src/lib/i18n/locales.ts';
import { createEdition } from '../../src/lib/i18n/edition.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { fill } from '../../src/lib/i18n/template.ts';
import { toTraditional } from '../../src/lib/i18n/toTraditional.ts';
import { taskHeading } from '../../src/lib/site/headings.ts';
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { parseAliasTable } from '../../src/lib/seed/index.ts';
import { simplifiedOnlyCharacters } from '../support/simplifiedOnly.ts';
import { realPlan } from '../support/realPlan.ts';

const aliases = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const departments: Department[] = realPlan().departments;
const measures: Measure[] = realPlan().measures;
const backToSimplified = Converter({ from: 'hk', to: 'cn' });
const hant = (text: string) => toTraditional(text, aliases.traditional);
const edition = (locale: Locale) => createEdition({ locale, base: '/', overrides: aliases.traditional });

describe('toTraditional', () => {
  it('converts Simplified to Hong Kong / Macau Traditional', () => {
    expect(toTraditional('横琴工商局')).toBe('橫琴工商局');
    expect(toTraditional('区商务局')).toBe('區商務局');
  });

  it('applies an override before the converter, wherever the word stands', () => {
    const overrides = [{ simplified: '税', traditional: '稅' }];
    expect(toTraditional('市地税局', overrides)).toBe('市地稅局');
    expect(toTraditional('纳税服务和税银合作', overrides)).toBe('納稅服務和稅銀合作');
  });

  it('keeps an override’s Traditional form that the text already writes, instead of converting it to the form the override rejects', () => {
    const overrides = [{ simplified: '税', traditional: '稅' }];
    expect(toTraditional('澳门财政局（稅務）', overrides)).toBe('澳門財政局（稅務）');
    expect(toTraditional('澳门财政局（稅務）')).not.toBe('澳門財政局（稅務）');
  });

  it('prefers the longer override where two start at the same place', () => {
    const overrides = [{ simplified: '人行', traditional: 'A' }, { simplified: '人行珠海', traditional: 'B' }];
    expect(toTraditional('人行珠海市', overrides)).toBe('B市');
  });

  it('sets quotation marks as Traditional Chinese does: 「」 outside, 『』 inside', () => {
    expect(toTraditional('深化“证照分离”改革')).toBe('深化「證照分離」改革');
    expect(toTraditional('市“两建”办')).toBe('市「兩建」辦');
    expect(toTraditional('要求“推进‘先行先试’”')).toBe('要求「推進『先行先試』」');
  });

  it('pairs quotation marks across an override', () => {
    expect(toTraditional('“市地税局”', [{ simplified: '税', traditional: '稅' }])).toBe('「市地稅局」');
  });

  it('leaves a quotation mark without its partner as it stands', () => {
    expect(toTraditional('见“附件')).toBe('見“附件');
  });

  it('leaves text without Chinese untouched', () => {
    expect(toTraditional('OA 2-3 APP')).toBe('OA 2-3 APP');
  });
});

describe('the Traditional edition of the real data', () => {
  const names = departments.map((d) => d.name);
  const titles = [...new Set(measures.flatMap((m) => [m.task.title, m.area.title, m.group]))];

  it('writes every department name and title so that converting it back gives the original', () => {
    const quotesBack = (text: string) => text.replace(/「/gu, '“').replace(/」/gu, '”').replace(/『/gu, '‘').replace(/』/gu, '’');
    const corrupted = [...names, ...titles].filter((text) => quotesBack(backToSimplified(hant(text))) !== text);
    expect(corrupted).toEqual([]);
  });

  it('leaves no Simplified-only character in any converted name or title', () => {
    const left = [...names, ...titles].map(hant).flatMap(simplifiedOnlyCharacters);
    expect(left).toEqual([]);
  });

  it('judges Simplified-only characters with the converter itself', () => {
    expect(simplifiedOnlyCharacters('区商务局')).toEqual(['区', '务']);
    expect(simplifiedOnlyCharacters('市地稅局 區商務局')).toEqual([]);
  });

  it('applies every override of the alias table somewhere in the names, titles or texts', () => {
    const everything = [...names, ...titles, ...measures.map((m) => m.text)].join('\n');
    for (const override of aliases.traditional) {
      expect(everything, `${override.simplified} is used`).toContain(override.simplified);
      expect(hant(everything)).not.toContain(toTraditional(override.simplified));
    }
  });
});

describe('edition paths', () => {
  it('puts the Traditional edition under /zh-hant/ and the original at the root', () => {
    expect(pathInLocale('/measures/1/', 'zh-Hant')).toBe('/zh-hant/measures/1/');
    expect(pathInLocale('/zh-hant/measures/1/', 'zh-CN')).toBe('/measures/1/');
    expect(pathInLocale('/zh-hant/', 'zh-CN')).toBe('/');
    expect(pathInLocale('/', 'zh-Hant')).toBe('/zh-hant/');
  });

  it('tells the edition from the first path segment only', () => {
    expect(localeOfPath('/zh-hant/departments/qu-shang-wu-ju/')).toBe('zh-Hant');
    expect(localeOfPath('/departments/zh-hant/')).toBe('zh-CN');
    expect(localeOfPath('/zh-hantx/')).toBe('zh-CN');
  });

  it('gives every page path once per edition with the same params', () => {
    const paths = inEveryLocale([{ params: { id: '1' }, props: { n: 1 } }]);
    expect(paths).toEqual([
      { params: { id: '1', lang: undefined }, props: { n: 1 } },
      { params: { id: '1', lang: 'zh-hant' }, props: { n: 1 } },
    ]);
  });
});

describe('the Traditional interface', () => {
  it('uses Hong Kong and Macau words for the interface, where conversion alone would keep mainland ones', async () => {
    const [cn, hantUi] = [edition('zh-CN').ui, edition('zh-Hant').ui];
    expect(cn.search.submit).toBe('搜索');
    expect(hantUi.search.submit).toBe('搜尋');
    expect(JSON.stringify(hantUi)).not.toMatch(/搜索|鼠標|鏈接|信息/u);
    expect(hantUi.pages.measure.facts).toBe('基本資料');
  });

  it('leaves the plan\'s own wording to the character converter and the alias table', async () => {
    expect(edition('zh-Hant').tx('建立信息共享和搜索平台')).toBe(hant('建立信息共享和搜索平台'));
  });

  it('keeps 搜索 in plan text filled into a UI template, while the interface word 搜索 alone becomes 搜尋', () => {
    const hantEdition = edition('zh-Hant');
    const task = { no: 3, title: '建设信息搜索平台' };
    const heading = taskHeading(hantEdition, task);
    expect(heading).toBe(`三、${hant(task.title)}`);
    expect(heading).toContain('搜索');
    expect(hantEdition.ui.search.submit).toBe('搜尋');
    const description = fill(hantEdition.ui.pages.task.description, { title: hantEdition.tx(task.title), count: 2 });
    expect(description).toContain('搜索平台');
  });
});
