import type { Deadline, Measure } from '../../../src/lib/plan/schema.ts';

/** A deadline as the parser writes it, from a date or one of the two dateless states. */
export function deadline(value: string | 'completed' | 'ongoing'): Deadline {
  if (value === 'completed') return { label: '已完成', date: null, completed: true, ongoing: false };
  if (value === 'ongoing') return { label: '持续推进', date: null, completed: false, ongoing: true };
  return { label: `${Number(value.slice(5, 7))}月底`, date: value, completed: false, ongoing: false };
}

/** A small measure for tests: only what a test names differs from the defaults. */
export function measure(id: number, fields: Partial<Omit<Measure, 'id'>> = {}): Measure {
  return {
    id,
    task: { no: 1, title: '任务一' },
    area: { no: 1, title: '领域一' },
    text: `措施${id}`,
    group: '统筹协调组',
    municipal: ['市甲局'],
    district: ['区甲局'],
    deadline: deadline('2017-08-31'),
    source: { file: 'seeds/test.md', line: id + 10 },
    ...fields,
  };
}
