import { describe, expect, it } from 'vitest';
import { planFigures } from '../../../src/lib/plan/planFigures.ts';
import { deadline, measure } from './measureFactory.ts';

const department = (slug: string, side: 'municipal' | 'district') => ({ slug, name: slug, side, aliases: [], lead: [], support: [] });

describe('planFigures', () => {
  const figures = planFigures({
    measures: [
      measure(1, { deadline: deadline('2017-08-31') }),
      measure(2, { deadline: deadline('2017-05-31'), task: { no: 3, title: '任务三' } }),
      measure(3, { deadline: deadline('2017-08-31') }),
      measure(4, { deadline: deadline('completed') }),
      measure(5, { deadline: deadline('2018-03-31'), task: { no: 3, title: '任务三' } }),
      measure(6, { deadline: deadline('ongoing') }),
    ],
    departments: [department('a', 'municipal'), department('b', 'district'), department('c', 'district')],
    groups: [{ slug: 'g', name: '组' }],
    tasks: [1, 2, 3].map((no) => ({ no, title: `任务${no}` })),
  });

  it('counts measures, bodies on each side and working groups', () => {
    expect(figures.measures).toBe(6);
    expect(figures.departments).toEqual({ municipal: 1, district: 2 });
    expect(figures.groups).toBe(1);
  });

  it('counts measures per task in task order, showing a task with none as 0', () => {
    expect(figures.perTask).toEqual([
      { task: 1, measures: 4 },
      { task: 2, measures: 0 },
      { task: 3, measures: 2 },
    ]);
  });

  it('bins dated deadlines by calendar month across years and counts completed and open-ended apart', () => {
    expect(figures.perMonth).toEqual([
      { month: '2017-05', measures: 1 },
      { month: '2017-08', measures: 2 },
      { month: '2018-03', measures: 1 },
    ]);
    expect(figures.completed).toBe(1);
    expect(figures.ongoing).toBe(1);
  });
});
