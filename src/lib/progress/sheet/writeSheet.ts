/**
 * Writes a department's reporting sheet (进展情况填报表) as an .xlsx, with exceljs: the plan's
 * columns locked and shaded, the columns to fill white and unlocked, the status a drop-down of
 * the four words, the date a date cell, the header repeated on every printed page, A4
 * landscape fitted to the page's width, the first columns and the header frozen. A hidden
 * meta sheet and a hidden key column let `npm run progress -- read` read it back whatever a
 * person does to the visible cells. In memory: bytes out, no file written here.
 */
import ExcelJS from 'exceljs';
import { dayLabel } from '../../plan/dateLabels.ts';
import { fill } from '../../i18n/template.ts';
import { UI, type Ui } from '../../i18n/ui.ts';
import { REPORTED_STATUSES } from '../schema.ts';
import {
  columnLetter, FIRST_ROW, HEADER_ROW, LAST_VISIBLE, META_SHEET, NOTE_ROW, rowKey, SHEET_COLUMNS, SHEET_FORMAT, SHEET_VERSION, TITLE_ROW,
  type SheetMeta,
} from './layout.ts';
import type { SheetInput, SheetRow } from './sheetInput.ts';

type SheetUi = Ui['progress'];

const FONT = { name: 'SimSun', size: 10 } as const;
const LOCKED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const THIN = { style: 'thin', color: { argb: 'FF808080' } } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Points per line of 10-point Chinese text: CJK fonts set lines looser than Latin ones. */
const LINE_HEIGHT = 15;

/** How wide a text is in the default font's characters: a Chinese character takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\uffff]/u.test(char) ? 2 : 1;
  return width;
}

/**
 * Lines a wrapped text takes in a column: spreadsheet programs do not size rows to wrapped
 * text they did not lay out themselves, so the writer does, from the text's width.
 */
function linesIn(text: string, width: number): number {
  // A little less than the column holds: fonts differ from program to program, and a row cut short hides text.
  const perLine = Math.max(1, (width - 1) * 0.9);
  return text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(displayWidth(line) / perLine)), 0);
}

/** The current-status cell: the status with its report's date, 逾期 where it applies, 未报告 when nothing was reported. */
function currentText(row: SheetRow, ui: SheetUi): string {
  const progress = row.progress;
  if (!progress) return ui.status.unreported;
  const state = progress.current ? fill(ui.sheet.reported, { status: ui.status[progress.statusKey], date: dayLabel(progress.current.date) }) : ui.status[progress.statusKey];
  return progress.overdue ? fill(ui.sheet.overdue, { state }) : state;
}

/** The deadline as the document prints it (`8月底`, `已完成`, `持续推进`). */
const deadlineText = (row: SheetRow) => row.deadline.label;

/** A date at midnight UTC, as exceljs writes a day without a time. */
const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The workbook's bytes (.xlsx). */
export async function writeSheet(input: SheetInput, ui: SheetUi = UI.progress): Promise<Uint8Array> {
  const t = ui.sheet;
  const workbook = new ExcelJS.Workbook();
  // Nothing reads the clock: the workbook's dates are the data's own.
  const stamp = utcDay(input.asOf.at(-1) ?? `${input.year}-01-01`);
  workbook.creator = 'npm run progress -- sheet';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = fill(t.title, { department: input.department.name });

  const sheet = workbook.addWorksheet(t.sheetName, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW, topLeftCell: `C${FIRST_ROW}`, activeCell: `${columnLetter('status')}${FIRST_ROW}` }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.25, footer: 0.25 },
    },
    headerFooter: { oddFooter: `&C${t.footer}` },
  });
  // A sheet on one plan names it once, above the table, rather than on every row.
  const plans = [...new Set(input.rows.map((row) => row.planTitle))];
  const hidden = (column: (typeof SHEET_COLUMNS)[number]) => (column.hidden ?? false) || (column.key === 'plan' && plans.length === 1);
  sheet.columns = SHEET_COLUMNS.map((column) => ({ key: column.key, width: column.width, hidden: hidden(column) }));
  const first = columnLetter(SHEET_COLUMNS.find((column) => !hidden(column))!.key);

  // 1. Title and note rows, across the visible columns.
  const title = sheet.getCell(`${first}${TITLE_ROW}`);
  title.value = workbook.title;
  title.font = { ...FONT, size: 14, bold: true };
  title.alignment = { vertical: 'middle' };
  sheet.mergeCells(`${first}${TITLE_ROW}:${LAST_VISIBLE}${TITLE_ROW}`);
  sheet.getRow(TITLE_ROW).height = 24;
  const asOfText = input.asOf.length > 0 ? fill(t.asOf, { asOf: input.asOf.map(dayLabel).join('、') }) : t.noReports;
  const note = sheet.getCell(`${first}${NOTE_ROW}`);
  note.value = `${plans.length === 1 ? fill(t.plan, { title: plans[0]! }) : ''}${asOfText}${t.howTo}`;
  note.font = FONT;
  note.alignment = { wrapText: true, vertical: 'top' };
  sheet.mergeCells(`${first}${NOTE_ROW}:${LAST_VISIBLE}${NOTE_ROW}`);
  const noteWidth = SHEET_COLUMNS.filter((c) => !hidden(c)).reduce((sum, c) => sum + c.width, 0);
  sheet.getRow(NOTE_ROW).height = (linesIn(String(note.value), noteWidth) + 0.5) * LINE_HEIGHT;

  // 2. The header.
  const header = sheet.getRow(HEADER_ROW);
  SHEET_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.key === 'key' ? 'key' : t.columns[column.key];
    cell.font = { ...FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  header.height = LINE_HEIGHT * 2 + 4;

  // 3. One row per measure: the plan's cells locked and shaded, the department's white and open.
  const statuses = REPORTED_STATUSES.join(',');
  const statusList = REPORTED_STATUSES.join('、');
  input.rows.forEach((row, i) => {
    const sheetRow = sheet.getRow(FIRST_ROW + i);
    const values: Partial<Record<(typeof SHEET_COLUMNS)[number]['key'], string | number>> = {
      plan: row.planTitle,
      measure: row.id,
      text: row.text,
      role: row.role,
      deadline: deadlineText(row),
      current: currentText(row, ui),
      key: rowKey(row.plan, row.id),
    };
    let lines = 1;
    SHEET_COLUMNS.forEach((column, c) => {
      const cell = sheetRow.getCell(c + 1);
      const value = values[column.key];
      if (value !== undefined) cell.value = value;
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { wrapText: column.wrap, vertical: 'top', horizontal: column.key === 'measure' ? 'center' : 'left' };
      if (column.fill) cell.protection = { locked: false };
      else cell.fill = LOCKED_FILL;
      if (column.wrap && !hidden(column) && typeof value === 'string') lines = Math.max(lines, linesIn(value, column.width));
    });
    sheetRow.height = lines * LINE_HEIGHT + 4;

    const status = sheetRow.getCell(columnLetter('status'));
    status.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${statuses}"`],
      showInputMessage: true,
      prompt: fill(t.statusPrompt, { statuses: statusList }),
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: t.errorTitle,
      error: fill(t.statusError, { statuses: statusList }),
    };
    const date = sheetRow.getCell(columnLetter('date'));
    date.numFmt = 'yyyy-mm-dd';
    date.dataValidation = {
      type: 'date',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [utcDay(`${input.year}-01-01`)],
      showInputMessage: true,
      prompt: t.datePrompt,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: t.errorTitle,
      error: fill(t.dateError, { year: input.year }),
    };
  });

  // 4. Locked against slips, not against people: no password; the reader checks everything anyway.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  // 5. What the reader needs, out of sight.
  const metaSheet = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const meta: SheetMeta = { format: SHEET_FORMAT, version: SHEET_VERSION, department: input.department.slug, sheet: t.sheetName, lastRow: FIRST_ROW + input.rows.length - 1 };
  for (const [key, value] of Object.entries(meta)) metaSheet.addRow([key, value]);
  await metaSheet.protect('', {});

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
