import { describe, expect, it } from 'vitest';
import { departmentInvolvement } from '../../../src/lib/plan/departmentInvolvement.ts';
import { measure } from './measureFactory.ts';
import { smallModel } from './smallModel.ts';

const ids = (measures: readonly { id: number }[]) => measures.map((m) => m.id);

describe('departmentInvolvement', () => {
  it('splits each body’s measures into those it is listed first on and those after the first', () => {
    const model = smallModel([
      measure(1, { municipal: ['市甲局', '市乙局'], district: ['区甲局'] }),
      measure(2, { municipal: ['市乙局'], district: ['区乙局', '区甲局'] }),
    ]);
    const involvement = departmentInvolvement(model.measures);
    const byName = Object.fromEntries(involvement.map((b) => [b.department.name, { lead: ids(b.lead), support: ids(b.support) }]));
    expect(byName).toEqual({
      市甲局: { lead: [1], support: [] },
      市乙局: { lead: [2], support: [1] },
      区甲局: { lead: [1], support: [2] },
      区乙局: { lead: [2], support: [] },
    });
  });

  it('puts the most involved first, then the one leading more, then document order', () => {
    const model = smallModel([
      measure(1, { municipal: ['市甲局', '市乙局'], district: ['区甲局'] }),
      measure(2, { municipal: ['市丙局', '市乙局'], district: ['区甲局'] }),
      measure(3, { municipal: ['市丙局'], district: ['区乙局'] }),
    ]);
    expect(departmentInvolvement(model.measures).map((b) => b.department.name)).toEqual(['区甲局', '市丙局', '市乙局', '市甲局', '区乙局']);
  });

  it('counts each assignment of the given measures exactly once', () => {
    const model = smallModel([measure(1), measure(2, { municipal: ['市乙局', '市甲局'] })]);
    const total = departmentInvolvement(model.measures).reduce((n, b) => n + b.lead.length + b.support.length, 0);
    expect(total).toBe(model.assignments.length);
  });
});
