/**
 * Checks a filled sheet's cells (readWorkbook.ts) and turns its filled rows into reports: every
 * problem is named by its cell (`进展填报!H7`), all of them at once, so a department fixes its
 * sheet in one go. A row left blank is no report. The plan's own rules (reportRules.ts) are the
 * same as for a progress file; what is checked here is what only a sheet can get wrong: a
 * moved column, a row copied from elsewhere, a date typed as text.
 */
import { toTraditional, type TraditionalOverride } from '../../i18n/toTraditional.ts';
import type { ProgressFile } from '../parseProgress.ts';
import { reportProblems, type FieldPath, type PlanRules } from '../reportRules.ts';
import { REPORTED_STATUSES, type ReportedStatus, type WrittenReport } from '../schema.ts';
import { FILL_COLUMNS, readRowKey, SHEET_COLUMNS, type ColumnKey } from './layout.ts';
import type { CellValue, FilledRow, FilledSheet } from './readWorkbook.ts';
import { SheetError } from './SheetError.ts';

/** What the checks know of one plan. */
export interface SheetPlanContext {
  readonly rules: PlanRules;
  /** The plan's progress file as it stands, or null when it has none yet. */
  readonly progress: ProgressFile | null;
  /** Where that file is (or will be): messages name it. */
  readonly progressPath: string;
  /** The date the file will be current to once the reports are added: --as-of, or the file's own. Null when neither is known. */
  readonly asOf: string | null;
  /** Whether asOf was given (--as-of): a later date is then the giver's decision, not a slip. */
  readonly asOfGiven: boolean;
}

/** A department a sheet can be for, with its measures plan by plan. */
export interface SheetDepartment {
  readonly slug: string;
  readonly name: string;
  readonly duties: ReadonlyMap<string, ReadonlySet<number>>;
}

export interface SheetContext {
  readonly plans: ReadonlyMap<string, SheetPlanContext>;
  readonly departments: ReadonlyMap<string, SheetDepartment>;
  /** The column headings as the sheet writes them (ui.progress.sheet.columns). */
  readonly headings: Readonly<Record<Exclude<ColumnKey, 'key'>, string>>;
  /** The status a cell's text stands for, Simplified or Traditional; undefined for anything else. */
  readonly statusOf: (text: string) => ReportedStatus | undefined;
}

/** A report a sheet gives, and where it stands. */
export interface SheetReport {
  readonly plan: string;
  readonly report: WrittenReport;
  readonly file: string;
  readonly sheet: string;
  /** The row's status cell: where a repeat is reported. */
  readonly cell: string;
}

/** The four statuses as a sheet may come back with them: as the drop-down gives them, or typed in Traditional. */
export function statusReader(overrides: readonly TraditionalOverride[]): (text: string) => ReportedStatus | undefined {
  const spellings = new Map<string, ReportedStatus>();
  for (const status of REPORTED_STATUSES) for (const spelling of [status, toTraditional(status), toTraditional(status, overrides)]) spellings.set(spelling, status);
  return (text) => spellings.get(text.replace(/\s+/gu, ''));
}

/** A cell's value as a message quotes it. */
function shown(value: CellValue): string {
  switch (value.kind) {
    case 'empty':
      return 'nothing';
    case 'text':
      return `"${value.text}"`;
    case 'number':
      return String(value.value);
    case 'date':
      return value.day;
    case 'error':
      return value.error;
  }
}

const textOf = (value: CellValue): string | null => (value.kind === 'text' ? value.text : value.kind === 'number' ? String(value.value) : null);

/** Serial day numbers as spreadsheets count them: day 1 is 1900-01-01, and they count a 29 February 1900 that never was. */
function serialDay(serial: number): string | null {
  const whole = Math.floor(serial);
  if (whole < 367 || whole > 401768) return null; // 1901 to 2999
  return new Date(Date.UTC(1899, 11, 30) + whole * 86_400_000).toISOString().slice(0, 10);
}

/** A report's day from a date cell, a serial number, or text such as 2018-06-30, 2018/6/30 or 2018年6月30日. */
export function readDay(value: CellValue): string | null {
  if (value.kind === 'date') return value.day;
  if (value.kind === 'number') return serialDay(value.value);
  if (value.kind !== 'text') return null;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(value.text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Lines of a cell's text, blank lines left out: several evidence titles or links, one a line. */
const linesOf = (value: CellValue): string[] => (textOf(value) ?? '').split(/\r?\n/u).map((line) => line.trim()).filter((line) => line !== '');

/** The column a rule's field stands in. */
function columnOfField(field: FieldPath): ColumnKey {
  if (field[0] === 'measure') return 'measure';
  if (field[0] === 'date') return 'date';
  if (field[0] === 'evidence') return 'evidenceUrl';
  return 'status';
}

/** Every problem of a filled sheet, and the reports of its filled rows (meaningful only when there is no problem). */
export function checkSheet(filled: FilledSheet, context: SheetContext): { reports: SheetReport[]; errors: SheetError[] } {
  const { file, sheet } = filled;
  const errors: SheetError[] = [];
  const reports: SheetReport[] = [];
  const fail = (cell: string, problem: string) => {
    errors.push(new SheetError(file, { sheet, cell }, problem));
  };

  const department = context.departments.get(filled.meta.department);
  if (!department) {
    return { reports, errors: [new SheetError(file, null, `is the sheet of a department ("${filled.meta.department}") that the site's plans no longer name: write a new sheet for the department that reports`)] };
  }

  // 1. The columns must be where the sheet put them, or no cell can be trusted.
  for (const column of SHEET_COLUMNS) {
    if (column.key === 'key') continue;
    const cell = filled.headers[column.key];
    const expected = context.headings[column.key];
    if (textOf(cell.value) !== expected) {
      fail(cell.address, `the heading reads ${shown(cell.value)} where the sheet wrote "${expected}": columns were moved, inserted or renamed; copy the answers into a new sheet`);
      return { reports, errors };
    }
  }

  // 2. Row by row.
  for (const row of filled.rows) {
    const report = checkRow(row, department, context, fail);
    if (report) reports.push({ ...report, file, sheet, cell: row.cells.status.address });
  }

  // 3. Nothing outside the table, where it would be dropped unseen.
  const stray = filled.stray[0];
  if (stray) fail(stray.address, `${shown(stray.value)} is outside the table the sheet wrote, so it would be lost: move it into the row of its measure, or delete it`);
  return { reports, errors };
}

function checkRow(row: FilledRow, department: SheetDepartment, context: SheetContext, fail: (cell: string, problem: string) => void): { plan: string; report: WrittenReport } | null {
  const { cells } = row;
  const before = { count: 0 };
  const failHere = (cell: string, problem: string) => {
    before.count += 1;
    fail(cell, problem);
  };

  for (const key of FILL_COLUMNS) {
    const value = cells[key].value;
    if (value.kind === 'error') failHere(cells[key].address, `the cell holds the error ${value.error}, not a value: write the value itself`);
  }
  const filledIn = FILL_COLUMNS.filter((key) => cells[key].value.kind !== 'empty');
  if (filledIn.length === 0 || before.count > 0) return null;

  // Which measure: the hidden key, checked against the visible number.
  const keyText = textOf(cells.key.value) ?? '';
  const key = readRowKey(keyText);
  const plan = key ? context.plans.get(key.plan) : undefined;
  if (!key || !plan || !department.duties.get(key.plan)?.has(key.measure)) {
    failHere(cells.measure.address, `this row is not one of ${department.name}'s measures (its hidden key reads "${keyText}"): rows were copied from another sheet, or the hidden column was changed; copy the answers into a new sheet`);
    return null;
  }
  if (cells.measure.value.kind !== 'number' || cells.measure.value.value !== key.measure) {
    failHere(cells.measure.address, `the measure number reads ${shown(cells.measure.value)}, but the row was written for measure ${key.measure}: rows were moved or overwritten; copy the answers into a new sheet`);
  }

  // What it says.
  const statusList = REPORTED_STATUSES.join('、');
  const statusText = textOf(cells.status.value);
  const status = statusText === null ? undefined : context.statusOf(statusText);
  if (cells.status.value.kind === 'empty') {
    const others = filledIn.map((k) => context.headings[k as Exclude<ColumnKey, 'key'>]).join('、');
    failHere(cells.status.address, `no status is chosen, but the row has ${others} filled in: choose one of ${statusList}`);
  } else if (status === undefined) {
    failHere(cells.status.address, `${shown(cells.status.value)} is not a status: choose one of ${statusList}`);
  }

  const day = readDay(cells.date.value);
  if (cells.date.value.kind === 'empty') {
    failHere(cells.date.address, 'no date is given: write the day the report speaks for, as YYYY-MM-DD');
  } else if (day === null) {
    failHere(cells.date.address, `${shown(cells.date.value)} is not a date: write it as YYYY-MM-DD`);
  } else if (plan.asOf !== null && !plan.asOfGiven && day > plan.asOf) {
    failHere(cells.date.address, `the date ${day} is after ${plan.asOf}, the date ${plan.progressPath} is current to: give --as-of YYYY-MM-DD to move it forward`);
  }

  const titles = linesOf(cells.evidenceTitle.value);
  const urlCell = cells.evidenceUrl.value;
  const urls = urlCell.kind === 'text' && urlCell.link !== undefined && !urlCell.text.includes('\n') ? [urlCell.link] : linesOf(urlCell);
  if (titles.length !== urls.length) {
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    failHere(cells.evidenceTitle.address, `the evidence has ${count(titles.length, 'title', 'titles')} but ${count(urls.length, 'link', 'links')}: give each title its link, one a line, in the same order`);
  }
  if (before.count > 0 || status === undefined || day === null) return null;

  const note = textOf(cells.note.value);
  const report: WrittenReport = {
    measure: key.measure,
    date: day,
    status,
    by: department.name,
    ...(note !== null ? { note } : {}),
    ...(titles.length > 0 ? { evidence: titles.map((title, i) => ({ title, url: urls[i]! })) } : {}),
  };
  // The plan's rules, as for a progress file; asOf unknown yet (a new file) is reported once, by the caller.
  for (const problem of reportProblems(report, plan.rules, plan.asOf ?? day)) failHere(cells[columnOfField(problem.field)].address, problem.problem);
  return before.count > 0 ? null : { plan: key.plan, report };
}
