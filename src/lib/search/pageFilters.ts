import type { Department, Measure, Side } from '../plan/schema.ts';
import type { SitePlan } from '../site/getPlan.ts';
import { deadlineBin } from '../timeline/deadlineBin.ts';

/**
 * The Pagefind filters a page carries, with stable ASCII values (a task's number, a group's
 * slug, `2017-08`), the same in both editions: the search page's controls show the labels and
 * put the values in the URL.
 */
export const FILTER_KEYS = ['kind', 'task', 'area', 'group', 'month', 'side', 'lead', 'support'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type PageFilters = Partial<Record<FilterKey, string[]>>;

/** What a page with search metadata is about. */
export type SearchSubject = { measure: Measure } | { department: Department };

const SIDES: readonly Side[] = ['municipal', 'district'];

/**
 * A measure is filed under its task, area, working group and deadline month, the sides that
 * have bodies on it, and the slugs of the bodies that lead it (first on a side) and support it
 * (the rest): "role" is answered by these two lists. A department is filed under its side.
 */
export function pageFilters(subject: SearchSubject, plan: Pick<SitePlan, 'department' | 'group'>): PageFilters {
  if ('department' in subject) return { kind: ['department'], side: [subject.department.side] };
  const { measure } = subject;
  const sides = SIDES.filter((side) => measure[side].length > 0);
  const slugs = (side: Side, names: string[]) => names.map((name) => plan.department(side, name).slug);
  return {
    kind: ['measure'],
    task: [String(measure.task.no)],
    area: [String(measure.area.no)],
    group: [plan.group(measure.group).slug],
    month: [deadlineBin(measure.deadline).key],
    side: sides,
    lead: sides.flatMap((side) => slugs(side, measure[side].slice(0, 1))),
    support: sides.flatMap((side) => slugs(side, measure[side].slice(1))),
  };
}
