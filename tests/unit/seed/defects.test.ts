/**
 * One fixture per defect of the PDF-derived seed: saved input (tests/fixtures/seeds/*.md) and
 * the output the parser must make of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/lib/plan/schema.ts';
import { readSeedDocument } from '../../../src/lib/seed/readTables.ts';
import { recogniseColumns } from '../../../src/lib/seed/recogniseColumns.ts';
import { fixture, fixtureAliases, parseFixture, readProjectFile, FIXTURES } from './helpers.ts';

const expected = (name: string) => JSON.parse(readProjectFile(`${FIXTURES}/${name}`));

describe('columns are recognised by their content, not their header', () => {
  it('a header whose labels are shifted and that has an empty column at its end only is read as the seven columns of the data', () => {
    const plan = parseFixture('header-shifted.md');
    const { measures, tasks, areas } = expected('header-shifted.json');
    expect(plan.measures).toEqual(measures);
    expect(plan.tasks).toEqual(tasks);
    expect(plan.areas).toEqual(areas);
  });

  it('an empty column second in both header and data (8 columns) is dropped', () => {
    const plan = parseFixture('empty-second-column.md');
    const { measures, tasks, areas } = expected('empty-second-column.json');
    expect(plan.measures).toEqual(measures);
    expect(plan.tasks).toEqual(tasks);
    expect(plan.areas).toEqual(areas);
  });

  it('recogniseColumns drops the empty second column: area is column 2, deadline column 7 (0-based)', () => {
    const [table] = readSeedDocument(fixture('empty-second-column.md').text).tables;
    expect(recogniseColumns(table!)).toEqual({ task: 0, area: 2, measure: 3, group: 4, municipal: 5, district: 6, deadline: 7 });
  });

  it('recogniseColumns gives the same answer whatever the header says', () => {
    const [table] = readSeedDocument(fixture('empty-second-column.md').text).tables;
    const scrambled = { ...table!, header: ['完成时限', '具体措施', '', '主要任务', 'x', 'y', 'z', '市专项工作组'] };
    expect(recogniseColumns(scrambled)).toEqual(recogniseColumns(table!));
  });

  it('recogniseColumns drops an empty column at the end of the data as well as one second', () => {
    const [table] = readSeedDocument(fixture('header-shifted.md').text).tables;
    const withTrailingEmpty = { ...table!, rows: table!.rows.map((row) => ({ ...row, cells: [...row.cells, ''] })) };
    expect(recogniseColumns(withTrailingEmpty)).toEqual({ task: 0, area: 1, measure: 2, group: 3, municipal: 4, district: 5, deadline: 6 });
  });

  it('recogniseColumns refuses a table where two empty columns could each be the one to drop', () => {
    const [table] = readSeedDocument(fixture('header-shifted.md').text).tables;
    // An empty area column next to an extra empty column: either could be the area.
    const twoEmpty = { ...table!, rows: table!.rows.map((row) => ({ ...row, cells: [row.cells[0]!, '', '', ...row.cells.slice(2)] })) };
    expect(recogniseColumns(twoEmpty)).toEqual({ problem: expect.stringContaining('more than one way') });
  });
});

describe('empty task and area cells', () => {
  let plan: Plan;
  beforeAll(() => {
    plan = parseFixture('carry-over.md');
  });
  const byId = (id: number) => plan.measures.find((measure) => measure.id === id)!;

  it('repeat the task and area of the row above, also across the start of a new table', () => {
    expect(byId(2).task).toEqual({ no: 1, title: '加快构建国际化、法治化、市场化、便利化营商环境' });
    expect(byId(2).area).toEqual({ no: 1, title: '全面优化法制环境' });
  });

  it('an empty task cell beside a new area keeps the task above and takes the new area', () => {
    expect(byId(3).task.no).toBe(1);
    expect(byId(3).area).toEqual({ no: 2, title: '健全廉洁从政保障机制' });
    expect(plan.areas).toEqual([
      { no: 1, title: '全面优化法制环境', task: 1 },
      { no: 2, title: '健全廉洁从政保障机制', task: 1 },
    ]);
  });

  it('each row still keeps its own line in its own table', () => {
    expect(plan.measures.map((measure) => measure.source.line)).toEqual([5, 9, 10]);
  });
});

describe('PDF wrap spaces', () => {
  let plan: Plan;
  beforeAll(() => {
    plan = parseFixture('wrap-spaces.md');
  });
  const measure = () => plan.measures[0]!;

  it('"二、着力 推进粤 港澳服 务贸易 自由化" becomes the task title "着力推进粤港澳服务贸易自由化", without its ordinal', () => {
    expect(measure().task).toEqual({ no: 2, title: '着力推进粤港澳服务贸易自由化' });
    expect(plan.tasks).toEqual([{ no: 2, title: '着力推进粤港澳服务贸易自由化' }]);
    expect(measure().area).toEqual({ no: 7, title: '促进服务要素便捷流动' });
  });

  it('spaces touching Chinese go from the measure text; a space between two Latin words stays', () => {
    expect(measure().text).toBe('建成管理OA平台，推行ISO 9001认证，开放Open Data接口。');
  });

  it('the working group and the deadline lose their wrap spaces: "8 月底" is 8月底', () => {
    expect(measure().group).toBe('区域监管组');
    expect(measure().deadline).toEqual({ label: '8月底', date: '2017-08-31', completed: false, ongoing: false });
  });

  it('a department name split by a wrap ("横琴国际知识产权 交易中心") joins into one name', () => {
    expect(measure().district).toEqual(['横琴国际知识产权交易中心', '区商务局']);
    expect(measure().municipal).toEqual(['市口岸局', '拱北海关']);
    const names = plan.departments.map((department) => department.name);
    expect(names).toContain('横琴国际知识产权交易中心');
    expect(names).not.toContain('横琴国际知识产权');
    expect(names).not.toContain('交易中心');
  });
});

describe('variant wordings of one heading', () => {
  let plan: Plan;
  beforeAll(() => {
    plan = parseFixture('variant-headings.md');
  });

  it('the task takes its most-stated wording (trailing 。 dropped before counting) for every measure', () => {
    const title = '加快构建国际化、法治化、市场化和便利化营商环境';
    expect(plan.tasks).toEqual([{ no: 1, title }]);
    expect(plan.measures.map((measure) => measure.task)).toEqual([{ no: 1, title }, { no: 1, title }, { no: 1, title }]);
  });

  it('a tie between wordings goes to the one stated first', () => {
    expect(plan.measures[1]!.area).toEqual({ no: 1, title: '全面优化法制环境' });
    expect(plan.areas[0]).toEqual({ no: 1, title: '全面优化法制环境', task: 1 });
  });

  it('full-width （十六） gives area 16; a half-width comma between Chinese becomes "，" and the closing 。 goes', () => {
    expect(plan.areas[1]).toEqual({ no: 16, title: '完善金融服务体系，提高金融风险防范水平', task: 1 });
    expect(plan.measures[2]!.area).toEqual({ no: 16, title: '完善金融服务体系，提高金融风险防范水平' });
  });

  it('the choice does not change from one run to the next', () => {
    expect(parseFixture('variant-headings.md')).toEqual(plan);
  });
});

describe('the alias table', () => {
  let plan: Plan;
  beforeAll(() => {
    plan = parseFixture('aliases.md', fixtureAliases('aliases.yaml'));
  });
  const named = (name: string) => plan.departments.filter((department) => department.name === name);

  it('merges the short name into the full one, which lists the short one among its aliases', () => {
    expect(plan.measures[0]!.district).toEqual(['横琴公安分局', '区商务局']);
    expect(plan.measures[1]!.district).toEqual(['区商务局', '横琴公安分局']);
    expect(named('横琴公安局')).toEqual([]);
    expect(named('横琴公安分局')).toEqual([
      { slug: 'heng-qin-gong-an-fen-ju', name: '横琴公安分局', side: 'district', aliases: ['横琴公安局'], lead: [1], support: [2] },
    ]);
  });

  it('without the alias table the two names stay two departments', () => {
    const unaliased = parseFixture('aliases.md');
    const names = unaliased.departments.map((department) => department.name);
    expect(names).toContain('横琴公安局');
    expect(names).toContain('横琴公安分局');
  });

  it('applies its readings to slugs: 人行珠海市中心支行 is ren-hang-zhu-hai-shi-zhong-xin-zhi-hang', () => {
    expect(named('人行珠海市中心支行').map((department) => department.slug)).toEqual(['ren-hang-zhu-hai-shi-zhong-xin-zhi-hang']);
  });
});
