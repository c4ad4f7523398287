import { describe, expect, it } from 'vitest';
import { groupMeasures } from '../../../src/lib/plan/groupMeasures.ts';
import { measure } from './measureFactory.ts';
import { smallModel } from './smallModel.ts';

const at = (id: number, task: number, area: number) => measure(id, { task: { no: task, title: `任务${task}` }, area: { no: area, title: `领域${area}` } });
const model = smallModel([at(1, 1, 1), at(2, 1, 2), at(3, 1, 2), at(4, 2, 3)]);

describe('groupMeasures', () => {
  it('puts the model’s measures under their task and area, in document order', () => {
    const grouped = groupMeasures(model.measures);
    expect(grouped.map((t) => [t.task.no, t.areas.map((a) => [a.area.no, a.measures.map((m) => m.id)])])).toEqual([
      [1, [[1, [1]], [2, [2, 3]]]],
      [2, [[3, [4]]]],
    ]);
  });

  it('hands on the model’s task and area objects, not copies', () => {
    const [first] = groupMeasures(model.measures);
    expect(first!.task).toBe(model.task(1));
    expect(first!.areas[0]!.area).toBe(model.area(1));
  });

  it('leaves out tasks and areas that none of the given measures fall under', () => {
    const grouped = groupMeasures([model.measure(3)]);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]!.areas.map((a) => a.area.no)).toEqual([2]);
  });

  it('returns nothing for no measures', () => {
    expect(groupMeasures([])).toEqual([]);
  });
});
