import { describe, expect, it } from 'vitest';
import { workingGroupCounts } from '../../../src/lib/plan/workingGroupCounts.ts';
import { measure } from './measureFactory.ts';

describe('workingGroupCounts', () => {
  it('counts measures per working group, most first, ties in the order the groups first appear', () => {
    const counts = workingGroupCounts([
      measure(3, { group: '金融财税组' }),
      measure(1, { group: '法制建设组' }),
      measure(2, { group: '金融财税组' }),
      measure(4, { group: '区域监管组' }),
    ]);
    expect(counts).toEqual([
      { group: '金融财税组', measures: [2, 3] },
      { group: '法制建设组', measures: [1] },
      { group: '区域监管组', measures: [4] },
    ]);
  });
});
