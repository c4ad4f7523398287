import type { SiteDepartment, SiteMeasure } from '../model/siteModel.ts';
import { deadlineBin } from '../timeline/deadlineBin.ts';

/**
 * The Pagefind filters a page carries, with stable ASCII values (a task's number, a group's
 * slug, `2017-08`), the same in both editions: the search page's controls show the labels and
 * put the values in the URL. `department` and `measure` name the page itself (slug, number),
 * so a search can leave out the pages the search page has already shown by name or number.
 */
export const FILTER_KEYS = ['kind', 'plan', 'task', 'area', 'group', 'month', 'side', 'lead', 'support', 'department', 'measure', 'heading'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type PageFilters = Partial<Record<FilterKey, string[]>>;

/**
 * The filter value that names a task, area or group page: its Simplified title, hashed (FNV-1a)
 * into a short ASCII key, so it reads the same in both editions and carries no characters of
 * either script ("h1k9x2f"). The search page's own list of headings holds the same key.
 */
export function headingKey(title: string): string {
  let hash = 0x811c9dc5;
  for (const unit of title) {
    hash ^= unit.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `h${hash.toString(36)}`;
}

/**
 * A filter value within a plan: the value itself for a one-plan site ("12"), the plan's slug
 * before it with several ("hengqin-2017/12"), where plans repeat numbers and group slugs.
 */
export function planFilterValue(plan: { readonly slug: string; readonly segment?: string | undefined }): (value: string | number) => string {
  return (value) => (plan.segment ? `${plan.slug}/${value}` : String(value));
}

/** What a page with search metadata is about. */
export type SearchSubject = { measure: SiteMeasure } | { department: SiteDepartment } | { heading: string };

/**
 * A measure is filed under its task, area, working group and deadline month, the sides that
 * have bodies on it, and the slugs of the bodies listed first on a side (`lead`: the
 * 主要支持指导部门 or the 牵头 body) and after the first (`support`). A department is filed
 * under its side and its slug; a task, area or group page under its title only, so the
 * search page's filters (all about measures) leave it out. Everything comes from the model's resolved assignments.
 */
export function pageFilters(subject: SearchSubject): PageFilters {
  // A task, area or group page is filed under its title alone (headingKey, as the search
  // page's own list names it), so a search that shows it by title leaves it out of the index's answer.
  if ('heading' in subject) return { heading: [headingKey(subject.heading)] };
  if ('department' in subject) return { kind: ['department'], side: [subject.department.side], department: [subject.department.slug] };
  const { measure } = subject;
  const slugs = (role: 'lead' | 'support') => measure.assignments.filter((a) => a.role === role).map((a) => a.department.slug);
  const inPlan = planFilterValue(measure.plan);
  return {
    kind: ['measure'],
    // With several plans a measure is filed under its plan, and its numbers and group within it.
    ...(measure.plan.segment ? { plan: [measure.plan.slug] } : {}),
    measure: [inPlan(measure.id)],
    task: [inPlan(measure.task.no)],
    area: [inPlan(measure.area.no)],
    group: [inPlan(measure.group.slug)],
    month: [deadlineBin(measure.deadline).key],
    side: [...new Set(measure.assignments.map((a) => a.side))],
    lead: slugs('lead'),
    support: slugs('support'),
  };
}
