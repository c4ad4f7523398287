import { describe, expect, it } from 'vitest';
import { workingGroupCounts } from '../../../src/lib/plan/workingGroupCounts.ts';
import { measure } from './measureFactory.ts';
import { smallModel } from './smallModel.ts';

describe('workingGroupCounts', () => {
  it('counts measures per working group, most first, ties in the order the groups first appear', () => {
    const model = smallModel([
      measure(1, { group: '法制建设组' }),
      measure(2, { group: '金融财税组' }),
      measure(3, { group: '金融财税组' }),
      measure(4, { group: '区域监管组' }),
    ]);
    const counts = workingGroupCounts(model.measures);
    expect(counts.map((c) => [c.group.name, c.measures.map((m) => m.id)])).toEqual([
      ['金融财税组', [2, 3]],
      ['法制建设组', [1]],
      ['区域监管组', [4]],
    ]);
    expect(counts[0]!.group).toBe(model.group('金融财税组'));
  });
});
