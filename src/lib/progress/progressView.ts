/**
 * What /progress/ shows, as data: the counts by task, by working group and by department (the
 * measures each one is listed first on, each side on its own), the overdue list, and the rows of
 * the full table with what its filters read; and the filters' state in the URL
 * (`?status=overdue&task=1&group=<slug>&department=<slug>`). Pure: the page renders the view, the
 * <progress-filter> element applies the state to the rows it finds in the page.
 */
import type { SiteDepartment, SiteGroup, SiteMeasure, SiteTask } from '../model/siteModel.ts';
import type { Side } from '../plan/schema.ts';
import { sortByDeadline } from '../plan/sortByDeadline.ts';
import type { MeasureProgress, PlanProgress } from './measureProgress.ts';
import { COUNT_ORDER, countProgress, type CountKey, type ProgressCounts } from './progressCounts.ts';

export interface CountRow<K> {
  readonly key: K;
  readonly counts: ProgressCounts;
}

/** One row of the full table: the measure, its progress, and what the filters compare. */
export interface ProgressTableRow {
  readonly measure: SiteMeasure;
  readonly progress: MeasureProgress;
  readonly facts: RowFacts;
}

/** What a filter compares on one row: written into the row's data-* attributes, read back by the element. */
export interface RowFacts {
  readonly status: CountKey;
  readonly overdue: boolean;
  readonly task: number;
  readonly group: string;
  /** The slugs of every department on the measure, both sides. */
  readonly departments: readonly string[];
}

export interface ProgressView {
  readonly asOf: string;
  /** How many reports the file holds, and on how many measures. */
  readonly reports: number;
  readonly reported: number;
  readonly total: ProgressCounts;
  readonly byTask: readonly CountRow<SiteTask>[];
  readonly byGroup: readonly CountRow<SiteGroup>[];
  /** Per side, each department with the measures it is listed first on, in the model's order; departments listed first on none are left out. */
  readonly byDepartment: Readonly<Record<Side, readonly CountRow<SiteDepartment>[]>>;
  /** The overdue measures, earliest deadline first. */
  readonly overdue: readonly SiteMeasure[];
  readonly rows: readonly ProgressTableRow[];
}

/** The model parts the view reads. */
export interface ProgressViewModel {
  readonly measures: readonly SiteMeasure[];
  readonly tasks: readonly SiteTask[];
  readonly groups: readonly SiteGroup[];
  readonly departments: readonly SiteDepartment[];
}

export function progressView(model: ProgressViewModel, progress: PlanProgress): ProgressView {
  const of = (measure: SiteMeasure) => progress.measure(measure.id);
  const counts = (measures: readonly SiteMeasure[]) => countProgress(measures.map(of));
  // A department's lead within these measures only: with several plans it may lead in others too.
  const own = new Set(model.measures);
  const leadHere = (department: SiteDepartment) => department.lead.filter((measure) => own.has(measure));
  const bySide = (side: Side) =>
    model.departments
      .filter((d) => d.side === side && leadHere(d).length > 0)
      .map((department) => ({ key: department, counts: counts(leadHere(department)) }));
  return {
    asOf: progress.asOf,
    reports: progress.reports.length,
    reported: progress.measures.filter((m) => m.history.length > 0).length,
    total: counts(model.measures),
    byTask: model.tasks.map((task) => ({ key: task, counts: counts(task.measures) })),
    byGroup: model.groups.map((group) => ({ key: group, counts: counts(group.measures) })),
    byDepartment: { municipal: bySide('municipal'), district: bySide('district') },
    overdue: sortByDeadline(model.measures.filter((m) => of(m).overdue)),
    rows: model.measures.map((measure) => {
      const p = of(measure);
      return {
        measure,
        progress: p,
        facts: { status: p.statusKey, overdue: p.overdue, task: measure.task.no, group: measure.group.slug, departments: measure.assignments.map((a) => a.department.slug) },
      };
    }),
  };
}

/** The columns of a count table: the parts of the sentence, in its order, then the total. */
export const COUNT_COLUMNS: readonly CountKey[] = COUNT_ORDER;

/** A count table cell: a status's count, where an overdue measure counts under 逾期 only (the parts add up to the total). */
export function partCount(counts: ProgressCounts, key: CountKey): number {
  return counts.parts.find((part) => part.key === key)?.count ?? 0;
}

/** The filters' state; empty strings are "all". */
export interface ProgressFilter {
  readonly status: CountKey | '';
  readonly task: string;
  readonly group: string;
  readonly department: string;
}

export const NO_FILTER: ProgressFilter = { status: '', task: '', group: '', department: '' };
export const FILTER_KEYS = ['status', 'task', 'group', 'department'] as const satisfies readonly (keyof ProgressFilter)[];

const isCountKey = (value: string): value is CountKey => (COUNT_ORDER as readonly string[]).includes(value);

/** The state a query string asks for; an unknown status is ignored, as a value no row has would hide every row. */
export function parseFilter(search: string): ProgressFilter {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  return {
    status: isCountKey(status) ? status : '',
    task: params.get('task') ?? '',
    group: params.get('group') ?? '',
    department: params.get('department') ?? '',
  };
}

/** The query string of a state, keys in a fixed order, "all" left out: `?status=overdue&task=1`, or '' for no filter. */
export function formatFilter(filter: ProgressFilter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key] !== '') params.set(key, filter[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The part of the counts a row is counted under: 逾期 for an overdue measure, its status otherwise. */
export function partOf(facts: Pick<RowFacts, 'status' | 'overdue'>): CountKey {
  return facts.overdue ? 'overdue' : facts.status;
}

/**
 * Whether a row shows under a filter. A status picks the rows counted under it in the count
 * tables, so a filter shows as many rows as the table above says: 逾期 every overdue measure,
 * 推进中 those in progress and not overdue.
 */
export function rowMatches(facts: RowFacts, filter: ProgressFilter): boolean {
  if (filter.status !== '' && partOf(facts) !== filter.status) return false;
  if (filter.task !== '' && String(facts.task) !== filter.task) return false;
  if (filter.group !== '' && facts.group !== filter.group) return false;
  if (filter.department !== '' && !facts.departments.includes(filter.department)) return false;
  return true;
}

/** A row's facts as data-* attributes (the element reads them back with factsOf). */
export function factsAttributes(facts: RowFacts): Record<string, string> {
  return {
    'data-status': facts.status,
    'data-overdue': String(facts.overdue),
    'data-task': String(facts.task),
    'data-group': facts.group,
    'data-departments': facts.departments.join(' '),
  };
}

/** A row's facts from its dataset, as factsAttributes wrote them. */
export function factsOf(dataset: Readonly<Record<string, string | undefined>>): RowFacts {
  const status = dataset['status'] ?? '';
  return {
    status: isCountKey(status) ? status : 'unreported',
    overdue: dataset['overdue'] === 'true',
    task: Number(dataset['task']),
    group: dataset['group'] ?? '',
    departments: (dataset['departments'] ?? '').split(' ').filter(Boolean),
  };
}
