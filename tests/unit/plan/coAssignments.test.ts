import { describe, expect, it } from 'vitest';
import { coAssignments } from '../../../src/lib/plan/coAssignments.ts';
import { measure } from './measureFactory.ts';

const measures = [
  measure(1, { municipal: ['市甲局', '市乙局'], district: ['区甲局'] }),
  measure(2, { municipal: ['市乙局', '市甲局'], district: ['区乙局', '区甲局'] }),
  measure(3, { municipal: ['市乙局'], district: ['区乙局'] }),
  measure(4, { municipal: ['市丙局', '市甲局'], district: ['区丙局'] }),
];

describe('coAssignments', () => {
  it('counts each body once per measure it shares with the department, on either side, most shared first', () => {
    const partners = coAssignments({ side: 'municipal', name: '市甲局' }, measures);
    expect(partners.map((p) => [p.name, p.measures])).toEqual([
      ['市乙局', [1, 2]],
      ['区甲局', [1, 2]],
      ['区乙局', [2]],
      ['市丙局', [4]],
      ['区丙局', [4]],
    ]);
  });

  it('never lists the department itself, and tells the sides apart', () => {
    const partners = coAssignments({ side: 'district', name: '区乙局' }, measures);
    expect(partners.find((p) => p.name === '区乙局')).toBeUndefined();
    expect(partners.map((p) => `${p.side}:${p.name}:${p.measures.length}`)).toEqual([
      'municipal:市乙局:2',
      'municipal:市甲局:1',
      'district:区甲局:1',
    ]);
  });

  it('finds no partners for a body on the wrong side of the same name', () => {
    expect(coAssignments({ side: 'district', name: '市甲局' }, measures)).toEqual([]);
  });
});
