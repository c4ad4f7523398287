import type { Deadline } from './schema.ts';

/** The first and last dated deadline of a set of measures (YYYY-MM-DD), or null when none is dated. */
export function dueRange(measures: readonly { deadline: Deadline }[]): { from: string; to: string } | null {
  const dates = measures.flatMap((m) => (m.deadline.date ? [m.deadline.date] : [])).sort();
  return dates.length === 0 ? null : { from: dates[0]!, to: dates.at(-1)! };
}
