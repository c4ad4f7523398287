/**
 * The progress layer's test fixture (tests/fixtures/progress/, made-up data), read as the CLI
 * reads a seeds folder, and the helpers that write a department's sheet and fill it in the way
 * a person would, with exceljs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { buildSiteModel, type SiteModel, type SitePlan } from '../../../src/lib/model/siteModel.ts';
import type { Plan } from '../../../src/lib/plan/schema.ts';
import { planProgress, type PlanProgress } from '../../../src/lib/progress/measureProgress.ts';
import { parseProgress, type ProgressFile } from '../../../src/lib/progress/parseProgress.ts';
import type { ReadBackPlan } from '../../../src/lib/progress/sheet/readBack.ts';
import { sheetInput, type SheetInput } from '../../../src/lib/progress/sheet/sheetInput.ts';
import { writeSheet } from '../../../src/lib/progress/sheet/writeSheet.ts';
import type { AliasTable } from '../../../src/lib/seed/aliasTable.ts';
import { readSource, seedSource } from '../../../src/lib/site/readPlan.ts';
import { realRoles } from '../../support/realRoles.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURE = 'tests/fixtures/progress';
export const FIXTURE_SEEDS = `${FIXTURE}/seeds`;
export const FIXTURE_PROGRESS = `${FIXTURE_SEEDS}/progress.yaml`;
/** The fixture plan's slug, as locatePlans names a one-plan seeds folder after its seed file. */
export const FIXTURE_SLUG = 'plan';

export const readProjectFile = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

export interface ParsedPlan {
  plan: Plan;
  decisions: AliasTable;
  model: SiteModel;
}

const plans = new Map<string, ParsedPlan>();

/** A seeds folder's plan (the fixture's by default), parsed once per test file. */
export function planIn(dir: string = FIXTURE_SEEDS): ParsedPlan {
  let parsed = plans.get(dir);
  if (!parsed) {
    const { plan, decisions } = readSource(seedSource(dir));
    parsed = { plan, decisions, model: buildSiteModel(plan, decisions) };
    plans.set(dir, parsed);
  }
  return parsed;
}

export function fixtureFile(): ProgressFile {
  return parseProgress(readProjectFile(FIXTURE_PROGRESS), FIXTURE_PROGRESS, { slug: FIXTURE_SLUG, plan: planIn().plan });
}

/** The fixture plan in the site model with its progress file, as the site builds it (a one-plan site). */
export function fixturePlanWithProgress(): SitePlan {
  const { plan, decisions } = planIn();
  return buildSiteModel([{ slug: FIXTURE_SLUG, plan, progress: fixtureFile() }], decisions).plans[0]!;
}

export function fixtureProgress(): PlanProgress {
  return planProgress(planIn().plan.measures, fixtureFile());
}

/** What a department's sheet holds, from a model and its plan's progress (null: no progress file). */
export function departmentSheet(parsed: ParsedPlan, slug: string, progress: PlanProgress | null, planSlug = FIXTURE_SLUG): SheetInput {
  const department = parsed.model.department(slug);
  return sheetInput({ slug, name: department.name, side: department.side }, [
    { slug: planSlug, title: parsed.plan.meta.title, year: parsed.plan.meta.year, lead: department.lead, support: department.support, roles: realRoles()[department.side], progress },
  ]);
}

/** The fixture plan as `read` sees it: its progress file as it stands (or none). */
export function fixtureTarget(progressText: string | null = readProjectFile(FIXTURE_PROGRESS)): ReadBackPlan {
  return { slug: FIXTURE_SLUG, plan: planIn().plan, progressPath: FIXTURE_PROGRESS, progressText };
}

/** What a person writes into one measure's row; a date is written as a date cell, `dateText` as typed text. */
export interface RowFill {
  measure: number;
  status?: string;
  date?: string;
  dateText?: string;
  note?: string;
  evidenceTitle?: string;
  evidenceUrl?: string;
}

/** A cell changed by hand: a value, an error value, or a date. */
export interface CellEdit {
  sheet?: string;
  cell: string;
  value?: string | number;
  error?: string;
  date?: string;
}

export interface SheetChanges {
  fill?: RowFill[];
  cells?: CellEdit[];
  removeSheet?: string;
  renameSheet?: { from: string; to: string };
}

const FILL_COLUMN: Record<string, string> = { status: 'G', note: 'I', evidenceTitle: 'J', evidenceUrl: 'K' };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The row a measure stands on: found by its number in column B, as a person finds it. */
function rowOf(sheet: ExcelJS.Worksheet, measure: number): number {
  for (let row = 1; row <= sheet.rowCount; row++) if (sheet.getCell(`B${row}`).value === measure) return row;
  throw new Error(`the sheet has no row for measure ${measure}`);
}

/** A sheet's bytes after a person's changes, as the spreadsheet program would save them. */
export async function changeSheet(bytes: Uint8Array, changes: SheetChanges): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(UI.progress.sheet.sheetName)!;
  for (const fill of changes.fill ?? []) {
    const row = rowOf(sheet, fill.measure);
    for (const [key, column] of Object.entries(FILL_COLUMN)) {
      const value = fill[key as keyof RowFill];
      if (value !== undefined) sheet.getCell(`${column}${row}`).value = value;
    }
    if (fill.date !== undefined) sheet.getCell(`H${row}`).value = day(fill.date);
    if (fill.dateText !== undefined) sheet.getCell(`H${row}`).value = fill.dateText;
  }
  for (const edit of changes.cells ?? []) {
    const cell = workbook.getWorksheet(edit.sheet ?? UI.progress.sheet.sheetName)!.getCell(edit.cell);
    cell.value = edit.error !== undefined ? { error: edit.error as ExcelJS.CellErrorValue['error'] } : edit.date !== undefined ? day(edit.date) : (edit.value ?? null);
  }
  if (changes.renameSheet) workbook.getWorksheet(changes.renameSheet.from)!.name = changes.renameSheet.to;
  if (changes.removeSheet) workbook.removeWorksheet(workbook.getWorksheet(changes.removeSheet)!.id);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const sheets = new Map<string, Promise<Uint8Array>>();

/** A fixture department's sheet, as `npm run progress -- sheet` writes it (with the fixture's progress, or none); written once per test file. */
export function fixtureSheet(slug = 'qu-jia-ju', withProgress = true): Promise<Uint8Array> {
  const key = `${slug}|${withProgress}`;
  let written = sheets.get(key);
  if (!written) {
    written = writeSheet(departmentSheet(planIn(), slug, withProgress ? fixtureProgress() : null));
    sheets.set(key, written);
  }
  return written;
}
