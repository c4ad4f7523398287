import { describe, expect, it } from 'vitest';
import { deadlinePaths } from '../../../src/lib/routes/deadlinePaths.ts';
import { MAX_MARK_ROWS, timelineGrid } from '../../../src/lib/timeline/timelineGrid.ts';
import { timelineColumns } from '../../../src/lib/timeline/timelineColumns.ts';
import { timelineLanes, type TimelineLane } from '../../../src/lib/timeline/timelineLanes.ts';
import { DUE, measure, smallModel } from './measures.ts';

const task1 = { no: 1, title: '任务甲' };
const task2 = { no: 2, title: '任务乙' };

const measures = [
  measure(1, DUE.august, { task: task1, group: '甲组', municipal: ['市甲局'], district: ['区乙局'] }),
  measure(2, DUE.completed, { task: task2, group: '乙组', municipal: ['市甲局'], district: [] }),
  measure(3, DUE.august, { task: task2, group: '甲组', municipal: ['市甲局'], district: ['区乙局', '区丙局'] }),
  measure(4, DUE.march2018, { task: task1, group: '甲组', municipal: ['市甲局'], district: [] }),
];
const model = smallModel(measures, [task1, task2, { no: 3, title: '任务丙' }]);
const subjectOf = (lane: TimelineLane) =>
  lane.subject.kind === 'task' ? lane.subject.task.title : lane.subject.kind === 'group' ? lane.subject.group.name : lane.subject.department.name;

describe('timelineLanes', () => {
  it('makes one lane per task, in task order, holding the task itself, leaving out tasks with no measure', () => {
    const lanes = timelineLanes(model, 'task');
    expect(lanes.map((l) => [l.key, l.ids, subjectOf(l)])).toEqual([
      ['1', [1, 4], '任务甲'],
      ['2', [2, 3], '任务乙'],
    ]);
    expect(lanes[0]!.subject).toEqual({ kind: 'task', task: model.task(1) });
  });

  it('makes one lane per working group, keyed by slug', () => {
    expect(timelineLanes(model, 'group').map((l) => [l.key, l.ids, subjectOf(l)])).toEqual([
      [model.groups[0]!.slug, [1, 3, 4], '甲组'],
      [model.groups[1]!.slug, [2], '乙组'],
    ]);
  });

  it('puts a measure in the lane of the first-listed department on each side, and only departments listed first get a lane', () => {
    const lanes = timelineLanes(model, 'lead');
    expect(lanes.map((l) => [subjectOf(l), l.side, l.ids])).toEqual([
      ['市甲局', 'municipal', [1, 2, 3, 4]],
      ['区乙局', 'district', [1, 3]],
    ]);
    expect(lanes.map((l) => l.key)).toEqual(lanes.map((l) => (l.subject.kind === 'department' ? l.subject.department.slug : '')));
  });
});

describe('timelineGrid', () => {
  it('places each lane’s measures in the column of their deadline, including completed and cross-year ones', () => {
    const columns = timelineColumns(model.measures);
    const grid = timelineGrid(model.measures, columns, timelineLanes(model, 'task'));
    const keys = grid.columns.map((c) => c.bin.key);
    expect(keys).toEqual(['completed', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12', '2018-01', '2018-02', '2018-03']);
    const cellsOf = (lane: number) => Object.fromEntries(keys.map((key, i) => [key, grid.lanes[lane]!.cells[i]]).filter(([, ids]) => (ids as number[]).length > 0));
    expect(cellsOf(0)).toEqual({ '2017-08': [1], '2018-03': [4] });
    expect(cellsOf(1)).toEqual({ completed: [2], '2017-08': [3] });
  });

  it('widens a column just enough that its fullest cell stays within a few rows of marks', () => {
    const many = Array.from({ length: MAX_MARK_ROWS * 2 + 1 }, (_, i) => measure(i + 1, DUE.august));
    const all = [...many, measure(100, DUE.november)];
    const lane = { ...timelineLanes(model, 'task')[0]!, ids: all.map((m) => m.id) };
    const grid = timelineGrid(all, timelineColumns(all), [lane]);
    expect(grid.columns.map((c) => [c.bin.key, c.width])).toEqual([
      ['2017-08', 3],
      ['2017-09', 1],
      ['2017-10', 1],
      ['2017-11', 1],
    ]);
  });

  it('refuses a lane that names a measure the columns do not know', () => {
    const lane = { ...timelineLanes(model, 'task')[0]!, key: '某行', ids: [99] };
    expect(() => timelineGrid(model.measures, timelineColumns(model.measures), [lane])).toThrow(/99.*某行/u);
  });
});

describe('deadlinePaths', () => {
  it('makes a page for each deadline some measure has, completed and cross-year ones included, and none for empty months', () => {
    const paths = deadlinePaths(model);
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
    expect(august.byTask[0]!.measures[0]).toBe(model.measure(1));
    expect([august.previous?.key, august.next?.key]).toEqual(['completed', '2018-03']);
  });
});
