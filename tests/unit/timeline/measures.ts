import type { Deadline, Measure } from '../../../src/lib/plan/schema.ts';
import { measureSchema } from '../../../src/lib/plan/schema.ts';
import { measure as baseMeasure } from '../plan/measureFactory.ts';

/** Deadlines as the parser reads them, for a plan of 2017. */
export const DUE = {
  may: { label: '5月底', date: '2017-05-31', completed: false, ongoing: false },
  august: { label: '8月底', date: '2017-08-31', completed: false, ongoing: false },
  november: { label: '11月底', date: '2017-11-30', completed: false, ongoing: false },
  yearEnd: { label: '年底', date: '2017-12-31', completed: false, ongoing: false },
  march2018: { label: '2018年3月底', date: '2018-03-31', completed: false, ongoing: false },
  completed: { label: '已完成', date: null, completed: true, ongoing: false },
  ongoing: { label: '持续推进', date: null, completed: false, ongoing: true },
} satisfies Record<string, Deadline>;

/** A small synthetic measure, validated by the real schema so the tests cannot drift from it. */
export function measure(id: number, deadline: Deadline, more: Partial<Pick<Measure, 'task' | 'group' | 'municipal' | 'district'>> = {}): Measure {
  return measureSchema.parse(baseMeasure(id, { deadline, ...more }));
}
