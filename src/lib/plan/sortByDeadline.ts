import type { Deadline, Measure } from './schema.ts';

/** Completed work first (it was already done), then dated deadlines, then open-ended ones. */
function rank(deadline: Deadline): string {
  if (deadline.completed) return '0';
  if (deadline.date !== null) return `1${deadline.date}`;
  return '2';
}

/** A copy of the measures ordered by deadline, earliest first; the document's order breaks ties. */
export function sortByDeadline<M extends Pick<Measure, 'id' | 'deadline'>>(measures: readonly M[]): M[] {
  return [...measures].sort((a, b) => {
    const byDeadline = rank(a.deadline).localeCompare(rank(b.deadline));
    return byDeadline !== 0 ? byDeadline : a.id - b.id;
  });
}
