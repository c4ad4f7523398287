import { describe, expect, it } from 'vitest';
import { measuresWithSameLead } from '../../../src/lib/plan/measuresWithSameLead.ts';
import { measure } from './measureFactory.ts';

const measures = [
  measure(1, { municipal: ['市甲局'], district: ['区甲局'] }),
  measure(2, { municipal: ['市乙局', '市甲局'], district: ['区甲局'] }),
  measure(3, { municipal: ['市甲局'], district: ['区乙局', '区甲局'] }),
];

describe('measuresWithSameLead', () => {
  it('lists, for each side’s lead, the other measures that body leads, not those it only supports', () => {
    const same = measuresWithSameLead(measures[0]!, measures);
    expect(same.map((s) => [s.side, s.name, s.measures.map((m) => m.id)])).toEqual([
      ['municipal', '市甲局', [3]],
      ['district', '区甲局', [2]],
    ]);
  });

  it('gives an empty list for a lead that leads nothing else', () => {
    const same = measuresWithSameLead(measures[2]!, measures);
    expect(same.find((s) => s.side === 'district')).toEqual({ side: 'district', name: '区乙局', measures: [] });
  });

  it('skips a side that names nobody', () => {
    const lonely = measure(4, { district: [] });
    expect(measuresWithSameLead(lonely, [...measures, lonely]).map((s) => s.side)).toEqual(['municipal']);
  });
});
