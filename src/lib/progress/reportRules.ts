/**
 * The rules a report must keep against its plan, written once for both ways reports come in:
 * a progress file (a problem is reported at its line) and a filled reporting sheet (at its
 * cell). Each rule gives the field it is about and the problem in words; the caller says where
 * that field stands.
 */
import type { Plan } from '../plan/schema.ts';
import { departmentNamer, type NameMatch, type ReportingDepartment } from './departmentNames.ts';
import type { WrittenReport } from './schema.ts';

/** A field of a report: `['date']`, `['evidence', 0, 'url']`; empty for the report as a whole. */
export type FieldPath = readonly (string | number)[];

export interface FieldProblem {
  readonly field: FieldPath;
  readonly problem: string;
}

/** What the rules need to know of one plan. */
export interface PlanRules {
  /** The plan's slug: reports are keyed by it. */
  readonly plan: string;
  readonly year: number;
  readonly measureIds: ReadonlySet<number>;
  readonly firstMeasure: number;
  readonly lastMeasure: number;
  readonly nameOf: (name: string) => NameMatch;
}

export function planRules(slug: string, plan: Plan): PlanRules {
  const ids = plan.measures.map((m) => m.id);
  return {
    plan: slug,
    year: plan.meta.year,
    measureIds: new Set(ids),
    firstMeasure: Math.min(...ids),
    lastMeasure: Math.max(...ids),
    nameOf: departmentNamer(plan.departments),
  };
}

/** The first day of the plan's year: no report on it can be older. */
const yearStart = (year: number) => `${String(year).padStart(4, '0')}-01-01`;

/** The problem with a file's asOf, if it has one. */
export function asOfProblem(asOf: string, rules: PlanRules): string | null {
  return asOf < yearStart(rules.year) ? `asOf ${asOf} is before ${rules.year}, the year of the plan: no report can be as old as that` : null;
}

/** Whether a text is a web address a reader can open: http:// or https:// with a host. */
function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The department a report's `by` resolves to, or the problem with it. */
export function resolveBy(by: string, rules: PlanRules): { department: ReportingDepartment } | FieldProblem {
  const match = rules.nameOf(by);
  if ('department' in match) return { department: match.department };
  if ('ambiguous' in match) {
    return { field: ['by'], problem: `"${by}" is another name of ${match.ambiguous.map((d) => d.name).join(' and of ')}: write the full name of the one that reported` };
  }
  const hint = match.suggestions.length > 0 ? ` (did you mean ${match.suggestions.join(', ')}?)` : '';
  return { field: ['by'], problem: `"${by}" is not a department this plan names${hint}` };
}

/**
 * Everything wrong with one report against its plan and the file's asOf, field by field, in
 * the order a reader meets the fields. A repeat of another report is the caller's check
 * (`repeatKey`), since only it knows where the other one stands.
 */
export function reportProblems(report: WrittenReport, rules: PlanRules, asOf: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!rules.measureIds.has(report.measure)) {
    problems.push({ field: ['measure'], problem: `the plan has no measure ${report.measure}: its measures are numbered ${rules.firstMeasure}–${rules.lastMeasure}` });
  }
  if (report.date > asOf) {
    problems.push({ field: ['date'], problem: `the report's date ${report.date} is after asOf ${asOf}: a report cannot be newer than the date the file is current to` });
  }
  if (report.date < yearStart(rules.year)) {
    problems.push({ field: ['date'], problem: `the report's date ${report.date} is before ${rules.year}, the year of the plan` });
  }
  if (report.by !== undefined) {
    const by = resolveBy(report.by, rules);
    if ('problem' in by) problems.push(by);
  }
  (report.evidence ?? []).forEach((evidence, i) => {
    if (!isWebAddress(evidence.url)) {
      problems.push({ field: ['evidence', i, 'url'], problem: `"${evidence.url}" is not a web address a reader can open (http:// or https://)` });
    }
  });
  return problems;
}

/**
 * What makes two reports the same report: plan, measure, date, status and reporter (by the
 * name the site uses, so 国际仲裁院 and 珠海国际仲裁院 are one reporter). Notes and evidence
 * do not count: the same report with other words is still a repeat.
 */
export function repeatKey(plan: string, report: Pick<WrittenReport, 'measure' | 'date' | 'status'>, by: ReportingDepartment | null): string {
  return JSON.stringify([plan, report.measure, report.date, report.status, by?.slug ?? null]);
}

/** The problem of a report that repeats one already given at `where` ("line 12", "seeds/progress.yaml:12"). */
export function repeatProblem(where: string): FieldProblem {
  return { field: [], problem: `this report repeats the one at ${where}: the same measure, date, status and reporting department` };
}
