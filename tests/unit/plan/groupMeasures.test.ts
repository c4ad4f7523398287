import { describe, expect, it } from 'vitest';
import { groupMeasures } from '../../../src/lib/plan/groupMeasures.ts';
import { measure } from './measureFactory.ts';

const tasks = [
  { no: 2, title: '任务二' },
  { no: 1, title: '任务一' },
];
const areas = [
  { no: 3, title: '领域三', task: 2 },
  { no: 1, title: '领域一', task: 1 },
  { no: 2, title: '领域二', task: 1 },
];
const at = (id: number, task: number, area: number) =>
  measure(id, { task: { no: task, title: `任务${task}` }, area: { no: area, title: `领域${area}` } });

describe('groupMeasures', () => {
  it('puts measures under their task and area in document order, whatever order they arrive in', () => {
    const grouped = groupMeasures([at(4, 2, 3), at(2, 1, 2), at(1, 1, 1), at(3, 1, 2)], tasks, areas);
    expect(grouped.map((t) => [t.task.no, t.areas.map((a) => [a.area.no, a.measures.map((m) => m.id)])])).toEqual([
      [1, [[1, [1]], [2, [2, 3]]]],
      [2, [[3, [4]]]],
    ]);
  });

  it('leaves out tasks and areas that none of the given measures fall under', () => {
    const grouped = groupMeasures([at(3, 1, 2)], tasks, areas);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]!.areas.map((a) => a.area.no)).toEqual([2]);
  });

  it('returns nothing for no measures', () => {
    expect(groupMeasures([], tasks, areas)).toEqual([]);
  });
});
