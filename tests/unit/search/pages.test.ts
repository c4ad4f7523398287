/** What each built page contributes to search: its index, its filters, and the A–Z index. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSiteModel } from '../../../src/lib/model/siteModel.ts';
import type { Department } from '../../../src/lib/plan/schema.ts';
import { parseAliasTable } from '../../../src/lib/seed/index.ts';
import { departmentIndex } from '../../../src/lib/search/departmentIndex.ts';
import { pageFilters } from '../../../src/lib/search/pageFilters.ts';
import { searchIndexFor, searchIndexGlob } from '../../../src/lib/search/searchIndexFor.ts';
import { realPlan } from '../../support/realPlan.ts';

const departments: Department[] = realPlan().departments;
const aliasTable = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const model = buildSiteModel(realPlan(), aliasTable);

describe('searchIndexFor', () => {
  it('indexes each measure, department, task, area and group page in its own edition', () => {
    expect(searchIndexFor('/measures/3/')).toBe('zh-CN');
    expect(searchIndexFor('/zh-hant/departments/heng-qin-gong-shang-ju/')).toBe('zh-Hant');
    expect(searchIndexFor('/tasks/1/')).toBe('zh-CN');
    expect(searchIndexFor('/zh-hant/areas/16/')).toBe('zh-Hant');
    expect(searchIndexFor('/groups/fa-zhi-jian-she-zu/')).toBe('zh-CN');
  });

  it('leaves out lists that repeat every measure, and the search page itself', () => {
    for (const path of ['/', '/measures/', '/departments/', '/zh-hant/', '/search/', '/network/', '/timeline/', '/data/']) {
      expect(searchIndexFor(path)).toBeNull();
    }
  });

  it('is spelled as a glob for Pagefind that names the same sections in each edition', () => {
    expect(searchIndexGlob('zh-CN')).toBe('{measures,departments,tasks,areas,groups}/*/index.html');
    expect(searchIndexGlob('zh-Hant')).toBe('zh-hant/{measures,departments,tasks,areas,groups}/*/index.html');
  });
});

describe('pageFilters', () => {
  it('files a measure under its number, task, area, group, month, sides, leads and supporters', () => {
    const measure = model.measures.find((m) => m.municipal.length > 1 && m.district.length > 1 && m.deadline.date !== null)!;
    const filters = pageFilters({ measure });
    expect(filters.kind).toEqual(['measure']);
    expect(filters.measure).toEqual([String(measure.id)]);
    expect(filters.task).toEqual([String(measure.task.no)]);
    expect(filters.area).toEqual([String(measure.area.no)]);
    expect(filters.group).toEqual([measure.group.slug]);
    expect(filters.month).toEqual([measure.deadline.date!.slice(0, 7)]);
    expect(filters.side).toEqual(['municipal', 'district']);
    expect(filters.lead).toEqual([measure.municipal[0]!.department.slug, measure.district[0]!.department.slug]);
    expect(filters.support).toHaveLength(measure.municipal.length + measure.district.length - 2);
  });

  it('agrees with each department’s own lead and support lists in the parsed plan', () => {
    for (const department of departments) {
      const led = model.measures.filter((m) => pageFilters({ measure: m }).lead!.includes(department.slug)).map((m) => m.id);
      const supported = model.measures.filter((m) => pageFilters({ measure: m }).support!.includes(department.slug)).map((m) => m.id);
      expect(led).toEqual([...department.lead].sort((a, b) => a - b));
      expect(supported).toEqual([...department.support].sort((a, b) => a - b));
    }
  });

  it('files a department under its side and its own slug', () => {
    const department = model.departments[0]!;
    expect(pageFilters({ department })).toEqual({ kind: ['department'], side: [department.side], department: [department.slug] });
  });
});

describe('departmentIndex', () => {
  const named = (name: string, side: 'municipal' | 'district' = 'municipal') => ({ slug: 'x', name, side, aliases: [], lead: [], support: [] });

  it('orders by pinyin syllable by syllable and groups by initial letter', () => {
    const index = departmentIndex([named('区党群工作部'), named('大横琴科技公司'), named('保税区'), named('横琴海关')]);
    expect(index.map((l) => l.letter)).toEqual(['B', 'D', 'H', 'Q']);
    expect(index.find((l) => l.letter === 'D')!.departments.map((d) => d.name)).toEqual(['大横琴科技公司']);
  });

  it('puts da heng before dang, as a dictionary does', () => {
    const index = departmentIndex([named('党校'), named('大横琴')]);
    expect(index[0]!.departments.map((d) => d.name)).toEqual(['大横琴', '党校']);
  });

  it('lists every department of the plan exactly once', () => {
    const listed = departmentIndex(departments).flatMap((l) => l.departments);
    expect(listed).toHaveLength(departments.length);
    expect(new Set(listed)).toEqual(new Set(departments));
  });

  it('uses the alias table’s readings: 人行 under R', () => {
    const index = departmentIndex([named('人行珠海市中心支行')], [{ word: '人行', pinyin: 'ren hang' }]);
    expect(index[0]!.letter).toBe('R');
  });
});
