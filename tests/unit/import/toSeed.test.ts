/**
 * The format-independent rules of the importer (src/lib/import/toSeed.ts), on documents made
 * by hand as a reader library would hand them over: cells with lines, merged cells as one
 * object at several positions.
 */
import { describe, expect, it } from 'vitest';
import type { GridCell, GridRow, ImportedDocument } from '../../../src/lib/import/document.ts';
import { ImportError } from '../../../src/lib/import/ImportError.ts';
import { toSeed } from '../../../src/lib/import/toSeed.ts';
import { parsePlan } from '../../../src/lib/seed/parsePlan.ts';
import { readSourceDocument } from '../../../src/lib/seed/sourceDocument.ts';

const ORIGINAL = { name: 'plan.xlsx', format: 'xlsx' as const, bytes: 10, sha256: 'a'.repeat(64) };
const cell = (...lines: string[]): GridCell => ({ lines });
const row = (n: number, cells: GridCell[]): GridRow => ({ origin: { sheet: 'Sheet1', cells: `A${n}:G${n}` }, cells });
const HEADER = ['主要任务', '具体措施', '', '市专项工作组', '市支持指导部门', '横琴新区牵头配合部门', '完成时限'].map((label) => cell(label));

function documentOf(rows: GridRow[], paragraphs = ['附件', '2017年测试任务分工表', '说明：第一位的是主要部门。']): ImportedDocument {
  return { format: 'xlsx', blocks: [...paragraphs.map((text, i) => ({ kind: 'paragraph' as const, text, at: `A${i + 1}` })), { kind: 'table', grid: { label: 'sheet Sheet1', rows } }], decisions: [] };
}
const parse = (markdown: string) => parsePlan([{ file: 'seeds/plan.md', text: markdown }]);

describe('toSeed', () => {
  const task = cell('一、加快构建', '营商环境');
  const area = cell('（一）全面优化法制环境');
  const rows = [
    row(4, HEADER),
    row(5, [task, area, cell('1. 邀请澳门法律专业人士', '担任调解员。'), cell('法制建设组'), cell('市中级人民法院', '市司法局'), cell('横琴法院'), { lines: ['2017-08-31'], value: { kind: 'date', iso: '2017-08-31' }, at: 'Sheet1!G5' }]),
    row(6, HEADER),
    row(7, [task, area, cell('2. 打造横琴民商事调解平台。'), cell('法制建设组'), cell('珠海仲裁委'), cell('区发改局'), { lines: ['2018-03-31'], value: { kind: 'date', iso: '2018-03-31' } }]),
  ];
  const draft = toSeed('plan.xlsx', documentOf(rows), ORIGINAL);
  const plan = parse(draft.markdown);

  it('writes a seed the parser reads, merged cells stated once and carried down, wrapped lines joined', () => {
    expect(plan.measures.map((m) => [m.id, m.task.title, m.area.title, m.text])).toEqual([
      [1, '加快构建营商环境', '全面优化法制环境', '邀请澳门法律专业人士担任调解员。'],
      [2, '加快构建营商环境', '全面优化法制环境', '打造横琴民商事调解平台。'],
    ]);
    expect(draft.markdown.split('\n').filter((line) => line.includes('加快构建'))).toHaveLength(1);
  });

  it('joins a department cell\'s lines with spaces, one name a line', () => {
    expect(plan.measures[0]!.municipal).toEqual(['市中级人民法院', '市司法局']);
  });

  it('says a date typed in a deadline cell in the document\'s words, the year only when it is not the plan\'s', () => {
    expect(plan.measures.map((m) => m.deadline.label)).toEqual(['8月底', '2018年3月底']);
  });

  it('reads the header repeated in the table once, and says so', () => {
    expect(plan.measures).toHaveLength(2);
    expect(draft.decisions).toContain('Sheet1!A6:G6: read the repeated header once');
  });

  it('records the original and each measure\'s row in the front matter, which the source page reads', () => {
    expect(plan.meta.originals).toEqual([{ seed: 'seeds/plan.md', file: 'plan.xlsx', format: 'xlsx', bytes: 10, sha256: 'a'.repeat(64) }]);
    const source = readSourceDocument({ file: 'seeds/plan.md', text: draft.markdown }, 1);
    expect(source.tables.flatMap((table) => table.rows.map((r) => r.origin))).toEqual([{ sheet: 'Sheet1', cells: 'A5:G5' }, { sheet: 'Sheet1', cells: 'A7:G7' }]);
  });

  it('keeps the annex label, the title and the 说明, and leaves out other text above the table with a note', () => {
    const withExtra = toSeed('plan.xlsx', documentOf(rows, ['附件1', '2017年测试任务分工表', '（2017年6月印发）', '说明：第一位的是主要部门。']), ORIGINAL);
    expect(parse(withExtra.markdown).meta.note).toBe('说明：第一位的是主要部门。');
    expect(withExtra.decisions.some((d) => d.includes('（2017年6月印发）'))).toBe(true);
  });

  it('reads a column of bare numbers beside measures without numbers as their numbers', () => {
    const numbered = [
      row(1, [cell('序号'), ...HEADER]),
      row(2, [cell('1'), task, area, cell('邀请澳门法律专业人士担任调解员。'), cell('法制建设组'), cell('市中级人民法院'), cell('横琴法院'), cell('8月底')]),
      row(3, [cell('2'), task, area, cell('打造横琴民商事调解平台。'), cell('法制建设组'), cell('珠海仲裁委'), cell('区发改局'), cell('9月底')]),
    ];
    expect(parse(toSeed('plan.xlsx', documentOf(numbered), ORIGINAL).markdown).measures.map((m) => [m.id, m.text])).toEqual([
      [1, '邀请澳门法律专业人士担任调解员。'],
      [2, '打造横琴民商事调解平台。'],
    ]);
  });

  it('joins a row without a measure number to the measure above it', () => {
    const continued = [
      ...rows.slice(0, 2),
      row(6, [task, area, cell('促进涉澳民商事纠纷及时有效化解。'), cell(''), cell('市公安局'), cell(''), cell('')]),
    ];
    const measure = parse(toSeed('plan.xlsx', documentOf(continued), ORIGINAL).markdown).measures[0]!;
    expect([measure.text, measure.municipal]).toEqual(['邀请澳门法律专业人士担任调解员。促进涉澳民商事纠纷及时有效化解。', ['市中级人民法院', '市司法局', '市公安局']]);
  });

  it('stops at a typed date that is not a month\'s end, naming the cell', () => {
    const badDate = [rows[0]!, row(5, [...rows[1]!.cells.slice(0, 6), { lines: ['2017-08-15'], value: { kind: 'date', iso: '2017-08-15' }, at: 'Sheet1!G5' }])];
    expect(() => toSeed('plan.xlsx', documentOf(badDate), ORIGINAL)).toThrow(ImportError);
    expect(() => toSeed('plan.xlsx', documentOf(badDate), ORIGINAL)).toThrow(/^plan\.xlsx: Sheet1!G5: the deadline is the date 2017-08-15/u);
  });
});
