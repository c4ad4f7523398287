import { describe, expect, it } from 'vitest';
import { departmentInvolvement } from '../../../src/lib/plan/departmentInvolvement.ts';
import { measure } from './measureFactory.ts';

describe('departmentInvolvement', () => {
  it('splits each body’s measures into those it leads (first on its side) and those it supports', () => {
    const involvement = departmentInvolvement([
      measure(1, { municipal: ['市甲局', '市乙局'], district: ['区甲局'] }),
      measure(2, { municipal: ['市乙局'], district: ['区乙局', '区甲局'] }),
    ]);
    const byName = Object.fromEntries(involvement.map((b) => [b.name, { lead: b.lead, support: b.support }]));
    expect(byName).toEqual({
      市甲局: { lead: [1], support: [] },
      市乙局: { lead: [2], support: [1] },
      区甲局: { lead: [1], support: [2] },
      区乙局: { lead: [2], support: [] },
    });
  });

  it('puts the most involved first, then the one leading more, then document order', () => {
    const involvement = departmentInvolvement([
      measure(1, { municipal: ['市甲局', '市乙局'], district: ['区甲局'] }),
      measure(2, { municipal: ['市丙局', '市乙局'], district: ['区甲局'] }),
      measure(3, { municipal: ['市丙局'], district: ['区乙局'] }),
    ]);
    expect(involvement.map((b) => b.name)).toEqual(['区甲局', '市丙局', '市乙局', '市甲局', '区乙局']);
  });
});
