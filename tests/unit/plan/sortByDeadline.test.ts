import { describe, expect, it } from 'vitest';
import { sortByDeadline } from '../../../src/lib/plan/sortByDeadline.ts';
import { deadline, measure } from './measureFactory.ts';

describe('sortByDeadline', () => {
  it('orders completed work first, then dated deadlines earliest first, then open-ended ones', () => {
    const measures = [
      measure(1, { deadline: deadline('ongoing') }),
      measure(2, { deadline: deadline('2017-11-30') }),
      measure(3, { deadline: deadline('completed') }),
      measure(4, { deadline: deadline('2017-05-31') }),
      measure(5, { deadline: deadline('2018-03-31') }),
    ];
    expect(sortByDeadline(measures).map((m) => m.id)).toEqual([3, 4, 2, 5, 1]);
  });

  it('keeps the document order among measures due the same day', () => {
    const measures = [9, 2, 5].map((id) => measure(id, { deadline: deadline('2017-08-31') }));
    expect(sortByDeadline(measures).map((m) => m.id)).toEqual([2, 5, 9]);
  });

  it('returns a new array and leaves its input as it was', () => {
    const measures = [measure(2, { deadline: deadline('2017-11-30') }), measure(1, { deadline: deadline('2017-05-31') })];
    const sorted = sortByDeadline(measures);
    expect(sorted).not.toBe(measures);
    expect(measures.map((m) => m.id)).toEqual([2, 1]);
  });
});
