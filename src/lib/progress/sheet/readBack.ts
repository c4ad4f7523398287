/**
 * `npm run progress -- read`: filled sheets in, each plan's progress file text out, all or
 * nothing. Every sheet is checked (checkSheet.ts) against its plans and against what their
 * progress files already hold; any problem anywhere means no file changes. Otherwise each
 * plan's new reports are added to its file (addReports.ts: comments and order kept) and the
 * result is read back with the same reader the build uses, so what is written is what reads.
 */
import { UI } from '../../i18n/ui.ts';
import type { TraditionalOverride } from '../../i18n/toTraditional.ts';
import type { Plan } from '../../plan/schema.ts';
import { addReports, type ReportBatch } from '../addReports.ts';
import { parseProgress, type ProgressFile } from '../parseProgress.ts';
import { planRules, repeatKey, repeatProblem, resolveBy } from '../reportRules.ts';
import { checkSheet, statusReader, type SheetDepartment, type SheetPlanContext, type SheetReport } from './checkSheet.ts';
import type { FilledSheet } from './readWorkbook.ts';
import { SheetError } from './SheetError.ts';

/** A plan that sheets may report on, and its progress file as it stands. */
export interface ReadBackPlan {
  readonly slug: string;
  readonly plan: Plan;
  /** Where its progress file is, or will be. */
  readonly progressPath: string;
  /** The file's text; null when it does not exist yet. */
  readonly progressText: string | null;
}

export interface ReadBackOptions {
  /** --as-of: the date the files will be current to. Without it, each file keeps its own. */
  readonly asOf?: string;
  /** The decisions file's Traditional spellings, so a status typed in Traditional is read. */
  readonly overrides?: readonly TraditionalOverride[];
}

export interface ProgressWrite {
  readonly path: string;
  readonly text: string;
  readonly added: number;
  readonly asOf: string;
}

export type ReadBackResult =
  | { readonly errors: readonly SheetError[] }
  | { readonly writes: readonly ProgressWrite[]; readonly perSheet: readonly { readonly file: string; readonly reports: number }[] };

/** Every department of the plans, by slug, with its measures plan by plan: a department spans plans by its slug. */
function departmentsOf(plans: readonly ReadBackPlan[]): Map<string, SheetDepartment> {
  const departments = new Map<string, { slug: string; name: string; duties: Map<string, Set<number>> }>();
  for (const { slug, plan } of plans) {
    for (const department of plan.departments) {
      const entry = departments.get(department.slug) ?? { slug: department.slug, name: department.name, duties: new Map() };
      entry.duties.set(slug, new Set([...department.lead, ...department.support]));
      departments.set(department.slug, entry);
    }
  }
  return departments;
}

export function readBack(sheets: readonly FilledSheet[], plans: readonly ReadBackPlan[], options: ReadBackOptions = {}): ReadBackResult {
  const errors: SheetError[] = [];

  // 1. Each plan's file as it stands (a mistake in it stops everything: it is a ProgressError at its line), and its new asOf.
  const files = new Map<string, ProgressFile | null>();
  const contexts = new Map<string, SheetPlanContext>();
  for (const target of plans) {
    const progress = target.progressText === null ? null : parseProgress(target.progressText, target.progressPath, target);
    files.set(target.slug, progress);
    if (options.asOf !== undefined && progress && options.asOf < progress.asOf) {
      errors.push(new SheetError(target.progressPath, null, `--as-of ${options.asOf} is before ${progress.asOf}, the date the file is already current to: asOf only moves forward`));
    }
    contexts.set(target.slug, {
      rules: planRules(target.slug, target.plan),
      progress,
      progressPath: target.progressPath,
      asOf: options.asOf ?? progress?.asOf ?? null,
      asOfGiven: options.asOf !== undefined,
    });
  }
  if (errors.length > 0) return { errors };

  // 2. Every sheet, every cell.
  const context = { plans: contexts, departments: departmentsOf(plans), headings: UI.progress.sheet.columns, statusOf: statusReader(options.overrides ?? []) };
  const given: SheetReport[] = [];
  const perSheet = sheets.map((sheet) => {
    const checked = checkSheet(sheet, context);
    errors.push(...checked.errors);
    given.push(...checked.reports);
    return { file: sheet.file, reports: checked.reports.length };
  });

  // 3. No report twice: not one the files hold, not one another sheet (or row) gives.
  const seen = new Map<string, string>();
  for (const [slug, progress] of files) {
    for (const report of progress?.reports ?? []) seen.set(repeatKey(slug, report, report.by), `${report.source.file}:${report.source.line}`);
  }
  for (const { plan, report, file, sheet, cell } of given) {
    const rules = contexts.get(plan)!.rules;
    const by = report.by === undefined ? null : resolveBy(report.by, rules);
    const key = repeatKey(plan, report, by && 'department' in by ? by.department : null);
    const earlier = seen.get(key);
    if (earlier !== undefined) errors.push(new SheetError(file, { sheet, cell }, repeatProblem(earlier).problem));
    else seen.set(key, `${file}: ${sheet}!${cell}`);
  }

  // 4. A file that does not exist yet needs the date it will be current to.
  for (const target of plans) {
    if (contexts.get(target.slug)!.asOf === null && given.some((r) => r.plan === target.slug)) {
      errors.push(new SheetError(target.progressPath, null, 'does not exist yet: give --as-of YYYY-MM-DD, the date the reports are current to'));
    }
  }
  if (errors.length > 0) return { errors };

  // 5. Each plan's new text, read back as the build reads it.
  const writes = plans.flatMap((target): ProgressWrite[] => {
    const mine = given.filter((r) => r.plan === target.slug);
    const asOfMoves = target.progressText !== null && options.asOf !== undefined && options.asOf !== files.get(target.slug)?.asOf;
    if (mine.length === 0 && !asOfMoves) return [];
    const batches: ReportBatch[] = [...new Set(mine.map((r) => r.file))].map((from) => ({ from, reports: mine.filter((r) => r.file === from).map((r) => r.report) }));
    const asOf = contexts.get(target.slug)!.asOf!;
    const header = ` Progress reports on ${target.plan.meta.title}: the format and its rules are in README.md, "Reporting progress".`;
    const text = addReports(target.progressText, batches, asOf, header);
    parseProgress(text, target.progressPath, target);
    return [{ path: target.progressPath, text, added: mine.length, asOf }];
  });
  return { writes, perSheet };
}
