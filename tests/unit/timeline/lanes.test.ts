import { describe, expect, it } from 'vitest';
import type { Department } from '../../../src/lib/plan/schema.ts';
import { deadlinePaths } from '../../../src/lib/routes/deadlinePaths.ts';
import { MAX_MARK_ROWS, timelineGrid } from '../../../src/lib/timeline/timelineGrid.ts';
import { timelineColumns } from '../../../src/lib/timeline/timelineColumns.ts';
import { timelineLanes } from '../../../src/lib/timeline/timelineLanes.ts';
import { DUE, measure } from './measures.ts';

const task1 = { no: 1, title: '任务甲' };
const task2 = { no: 2, title: '任务乙' };
const department = (slug: string, name: string, side: Department['side'], lead: number[]): Department => ({ slug, name, side, aliases: [], lead, support: [] });

const measures = [
  measure(1, DUE.august, { task: task1, group: '甲组' }),
  measure(2, DUE.completed, { task: task2, group: '乙组' }),
  measure(3, DUE.august, { task: task2, group: '甲组' }),
  measure(4, DUE.march2018, { task: task1, group: '甲组' }),
];
const plan = {
  measures,
  tasks: [task1, task2, { no: 3, title: '任务丙' }],
  groups: [
    { slug: 'jia-zu', name: '甲组' },
    { slug: 'yi-zu', name: '乙组' },
  ],
  departments: [department('shi-jia-ju', '市甲局', 'municipal', [1, 2, 3, 4]), department('qu-yi-ju', '区乙局', 'district', [3, 1]), department('qu-bing-ju', '区丙局', 'district', [])],
};

describe('timelineLanes', () => {
  it('makes one lane per task, in task order, leaving out tasks with no measure', () => {
    expect(timelineLanes(plan, 'task').map((l) => [l.key, l.ids, l.path])).toEqual([
      ['1', [1, 4], '/tasks/1/'],
      ['2', [2, 3], '/tasks/2/'],
    ]);
  });

  it('makes one lane per working group, keyed by slug', () => {
    expect(timelineLanes(plan, 'group').map((l) => [l.key, l.ids])).toEqual([
      ['jia-zu', [1, 3, 4]],
      ['yi-zu', [2]],
    ]);
  });

  it('puts a measure in the lane of each of its lead departments, and only departments that lead get a lane', () => {
    const lanes = timelineLanes(plan, 'lead');
    expect(lanes.map((l) => [l.key, l.side, l.ids])).toEqual([
      ['shi-jia-ju', 'municipal', [1, 2, 3, 4]],
      ['qu-yi-ju', 'district', [1, 3]],
    ]);
    expect(lanes[1]!.path).toBe('/departments/qu-yi-ju/');
  });
});

describe('timelineGrid', () => {
  it('places each lane’s measures in the column of their deadline, including completed and cross-year ones', () => {
    const columns = timelineColumns(measures);
    const grid = timelineGrid(measures, columns, timelineLanes(plan, 'task'));
    const keys = grid.columns.map((c) => c.bin.key);
    expect(keys).toEqual(['completed', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12', '2018-01', '2018-02', '2018-03']);
    const cellsOf = (lane: number) => Object.fromEntries(keys.map((key, i) => [key, grid.lanes[lane]!.cells[i]]).filter(([, ids]) => (ids as number[]).length > 0));
    expect(cellsOf(0)).toEqual({ '2017-08': [1], '2018-03': [4] });
    expect(cellsOf(1)).toEqual({ completed: [2], '2017-08': [3] });
  });

  it('widens a column just enough that its fullest cell stays within a few rows of marks', () => {
    const many = Array.from({ length: MAX_MARK_ROWS * 2 + 1 }, (_, i) => measure(i + 1, DUE.august));
    const few = [measure(100, DUE.november)];
    const all = [...many, ...few];
    const lanes = [{ key: 'x', name: 'x', path: '/x/', ids: all.map((m) => m.id) }];
    const grid = timelineGrid(all, timelineColumns(all), lanes);
    expect(grid.columns.map((c) => [c.bin.key, c.width])).toEqual([
      ['2017-08', 3],
      ['2017-09', 1],
      ['2017-10', 1],
      ['2017-11', 1],
    ]);
  });

  it('refuses a lane that names a measure the columns do not know', () => {
    const columns = timelineColumns(measures);
    expect(() => timelineGrid(measures, columns, [{ key: 'x', name: '某行', path: '/x/', ids: [99] }])).toThrow(/99.*某行/u);
  });
});

describe('deadlinePaths', () => {
  it('makes a page for each deadline some measure has, completed and cross-year ones included, and none for empty months', () => {
    const paths = deadlinePaths(plan);
    expect(paths.map((p) => [p.params.bin, p.props.count])).toEqual([
      ['completed', 1],
      ['2017-08', 2],
      ['2018-03', 1],
    ]);
    const august = paths[1]!.props;
    expect(august.byTask.map((g) => [g.task.no, g.measures.map((m) => m.id)])).toEqual([
      [1, [1]],
      [2, [3]],
    ]);
    expect([august.previous?.key, august.next?.key]).toEqual(['completed', '2018-03']);
  });
});
