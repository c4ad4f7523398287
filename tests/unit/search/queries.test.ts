/** Reading a query the way readers type it, and answering what the page itself knows. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { chineseOrdinal } from '../../../src/lib/plan/chineseOrdinal.ts';
import { buildSiteModel } from '../../../src/lib/model/siteModel.ts';
import { measureNumber } from '../../../src/lib/search/measureNumber.ts';
import { nameHits } from '../../../src/lib/search/nameHits.ts';
import { normalizeForSearch } from '../../../src/lib/search/normalizeForSearch.ts';
import { excerptWindow, fullWidthPunctuation, textStart } from '../../../src/lib/search/readingText.ts';
import { highlightExcerpt } from '../../../src/lib/search/highlightExcerpt.ts';
import { searchPageConfig } from '../../../src/lib/search/searchPage.ts';
import { planSearch } from '../../../src/lib/search/searchPlan.ts';
import { measureBodies } from '../../../src/lib/search/resultLabels.ts';
import { headingKey } from '../../../src/lib/search/pageFilters.ts';
import { parseAliasTable } from '../../../src/lib/seed/index.ts';
import { realPlan } from '../../support/realPlan.ts';
import { realRoles } from '../../support/realRoles.ts';

const decisions = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const model = buildSiteModel(realPlan(), decisions);
const edition = createEdition({ locale: 'zh-CN', base: '/', overrides: decisions.traditional });
const config = searchPageConfig(model, edition);
const plan0 = model.plans[0]!;
const count = model.measures.length;

describe('measureNumber', () => {
  it('reads a measure number however a reader writes it', () => {
    for (const id of [1, 12, count]) {
      for (const query of [String(id), `第${id}项`, `第${chineseOrdinal(id)}项`, `第${id}項措施`, ` ${id}项 `, String(id).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)))]) {
        expect(measureNumber(query, count), query).toBe(id);
      }
    }
  });

  it('is not a number for a number the plan does not have, or for a number with other words', () => {
    for (const query of ['0', String(count + 1), '12月', '2017年', '第12条', '十二五']) expect(measureNumber(query, count), query).toBeNull();
  });
});

describe('fullWidthPunctuation', () => {
  it('sets the PDF’s ASCII punctuation in Chinese text full-width, and leaves numbers and Latin alone', () => {
    expect(fullWidthPunctuation('加强金融监管,利用大数据平台;推进(试点)工作')).toBe('加强金融监管，利用大数据平台；推进（试点）工作');
    expect(fullWidthPunctuation('增长1.5倍, A,B 两类')).toBe('增长1.5倍，A,B 两类');
  });
});

describe('excerptWindow', () => {
  it('never starts or ends inside a number', () => {
    const text = `${'前'.repeat(30)}在2017年11月30日前完成${'后'.repeat(30)}`;
    for (let at = 20; at < 50; at++) {
      const [start, end] = excerptWindow(text, at, 20);
      expect(/\d/u.test(text[start - 1] ?? '') && /\d/u.test(text[start]!), `start ${start}`).toBe(false);
      expect(/\d/u.test(text[end - 1]!) && /\d/u.test(text[end] ?? ''), `end ${end}`).toBe(false);
    }
  });

  it('starts at the clause the hit is in when it is near', () => {
    const text = `${'甲'.repeat(40)}，深化证照分离改革${'乙'.repeat(40)}`;
    const [start] = excerptWindow(text, text.indexOf('证照'), 30);
    expect(text.slice(start).startsWith('深化')).toBe(true);
  });
});

describe('highlightExcerpt in a block', () => {
  it('quotes only the paragraph that has the query, not the labels beside it', () => {
    const content = '市工商局. 第14项完成时限：11月底（2017年11月30日） 深化“证照分离”改革，开展试点。 牵头部门：市工商局.';
    const text = highlightExcerpt(content, '证照分离', 60, { block: true })!.map((p) => p.text).join('');
    expect(text).toBe('深化“证照分离”改革，开展试点。');
  });
});

describe('textStart', () => {
  it('gives a short text whole and cuts a long one at a clause with an ellipsis', () => {
    expect(textStart('探索横琴商事登记注册官制度。')).toBe('探索横琴商事登记注册官制度。');
    const long = model.measures.map((m) => m.text).find((t) => t.length > 60)!;
    const start = textStart(long);
    expect(start.endsWith('…')).toBe(true);
    expect(start.length).toBeLessThanOrEqual(30);
    expect(long.startsWith(start.slice(0, 6))).toBe(true);
  });
});

describe('nameHits', () => {
  const keys = (d: (typeof config.departments)[number]) => d.keys;

  it('finds every department whose name contains a part of it, whole names first', () => {
    for (const department of model.departments) {
      const core = normalizeForSearch(department.name.slice(1));
      const expected = config.departments.filter((d) => d.keys.some((k) => k.includes(core))).map((d) => d.slug);
      const found = nameHits(core, config.departments, keys).map((h) => h.item.slug);
      expect(found.sort(), core).toEqual(expected.sort());
      expect(nameHits(department.name, config.departments, keys)[0]?.item.slug).toBe(department.slug);
    }
  });

  it('narrows with several words: every word must be in the name', () => {
    const department = model.departments.find((d) => d.name.startsWith('横琴') && d.name.length > 4)!;
    const [first, rest] = [department.name.slice(0, 2), department.name.slice(2)];
    const found = nameHits(`${rest} ${first}`, config.departments, keys).map((h) => h.item.slug);
    expect(found).toContain(department.slug);
    expect(found.every((slug) => model.department(slug).name.includes(first) || model.department(slug).aliases.some((a) => a.includes(first)))).toBe(true);
  });
});

describe('planSearch', () => {
  it('goes straight to a measure named by its number, and leaves that page out of the index’s answer', () => {
    const plan = planSearch({ q: '第十二项', filters: {} }, config);
    expect(plan.measure?.id).toBe(12);
    expect(plan.measure?.title.startsWith('第12项')).toBe(true);
    expect(plan.filters['not']).toEqual({ measure: '12' });
  });

  it('shows the departments a query names and asks the index for the rest without them', () => {
    const plan = planSearch({ q: '工商局', filters: {} }, config);
    const names = plan.departments.map((d) => model.department(d.department.slug).name);
    expect(names).toEqual(model.departments.filter((d) => d.name.includes('工商局')).map((d) => d.name));
    expect(plan.filters['not']).toEqual({ department: { any: plan.departments.map((d) => d.department.slug) } });
  });

  it('shows only departments on the chosen side, and none when the filters ask for measures', () => {
    expect(planSearch({ q: '工商局', filters: { side: 'district' } }, config).departments.every((d) => d.department.side === 'district')).toBe(true);
    const byRole = planSearch({ q: '工商局', filters: { side: 'district', role: 'lead' } }, config);
    expect(byRole.departments).toEqual([]);
    const hengqin = model.departments.find((d) => d.side === 'district' && d.name.includes('工商局'))!;
    expect(byRole.filters['lead']).toEqual({ any: [hengqin.slug] });
  });

  it('shows the tasks, areas and groups whose titles hold the query, and asks the index for the rest without them', () => {
    const area = plan0.areas.find((a) => a.title.length >= 6)!;
    const words = area.title.slice(2, 6);
    const plan = planSearch({ q: words, filters: {} }, config);
    const titled = [...plan0.tasks, ...plan0.areas].filter((h) => h.title.includes(words)).map((h) => h.title);
    expect(plan.headings.map((h) => h.key)).toEqual(expect.arrayContaining(titled.map(headingKey)));
    expect(plan.headings.every((h) => normalizeForSearch(h.title).includes(normalizeForSearch(words)))).toBe(true);
    expect(JSON.stringify(plan.filters['not'])).toContain(headingKey(area.title));
  });

  it('shows no heading once a filter is set: heading pages are filed under none', () => {
    const area = plan0.areas[0]!;
    expect(planSearch({ q: area.title, filters: { task: String(area.task.no) } }, config).headings).toEqual([]);
  });

  it('asks the index twice: for measures, and for every other page, each with the reader’s filters', () => {
    const plan = planSearch({ q: '工商局', filters: { month: '2017-08' } }, config);
    expect(plan.measureFilters).toEqual({ ...plan.filters, kind: 'measure' });
    expect(plan.otherFilters).toEqual({ ...plan.filters, all: [{ not: { kind: 'measure' } }] });
    expect(plan.filters['month']).toBe('2017-08');
  });
});

describe('measureBodies', () => {
  it('names every body on a measure under its side’s role words, first-listed first', () => {
    const measure = model.measures.find((m) => m.assignments.filter((a) => a.side === 'municipal').length > 1)!;
    const text = measureBodies(measure, edition);
    for (const a of measure.assignments) expect(text).toContain(a.department.name);
    expect(text.startsWith(`${realRoles(edition).municipal.lead}：${measure.leads.find((l) => l.side === 'municipal')!.department.name}`)).toBe(true);
    expect(text).toContain(`${realRoles(edition).municipal.support}：`);
    expect(text).not.toContain('牵头：市');
  });
});
