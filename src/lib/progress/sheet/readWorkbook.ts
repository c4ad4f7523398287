/**
 * Reads a filled reporting sheet's bytes into plain cells, with exceljs, after the bytes have
 * been checked (zipCheck.ts). What crosses into the checks (checkSheet.ts) is data: each cell's
 * address and value as text, number, date or error, so the rules are tested without files.
 * Problems with the file as a whole (not a workbook, not one `sheet` wrote, its sheet gone)
 * throw a SheetError; everything about the cells is the checks' business.
 */
import ExcelJS from 'exceljs';
import { columnLetter, FIRST_ROW, HEADER_ROW, META_SHEET, SHEET_COLUMNS, SHEET_FORMAT, SHEET_VERSION, type ColumnKey, type SheetMeta } from './layout.ts';
import { SheetError } from './SheetError.ts';
import { checkWorkbookBytes, SHEET_LIMITS, type SheetLimits } from './zipCheck.ts';

export type CellValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string; /** A hyperlink's target, when the cell is one. */ readonly link?: string }
  | { readonly kind: 'number'; readonly value: number }
  /** A date cell's day, `YYYY-MM-DD`. */
  | { readonly kind: 'date'; readonly day: string }
  | { readonly kind: 'error'; readonly error: string };

export interface SheetCell {
  /** `G7`. */
  readonly address: string;
  readonly value: CellValue;
}

export interface FilledRow {
  readonly row: number;
  readonly cells: Readonly<Record<ColumnKey, SheetCell>>;
}

export interface FilledSheet {
  readonly file: string;
  /** The name of the sheet that was filled in. */
  readonly sheet: string;
  readonly meta: SheetMeta;
  /** The header row's cells, one per column. */
  readonly headers: Readonly<Record<ColumnKey, SheetCell>>;
  /** The table's rows, as the meta sheet says it ends. */
  readonly rows: readonly FilledRow[];
  /** Cells with something in them below the table or right of it: nothing may be dropped unseen. */
  readonly stray: readonly SheetCell[];
}

const EMPTY: CellValue = { kind: 'empty' };

/** A day as exceljs gives it: a Date at midnight UTC. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** exceljs's many cell value shapes as one of five plain kinds. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value.trim() === '' ? EMPTY : { kind: 'text', text: value.trim() };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'error', error: '#VALUE!' } : { kind: 'date', day: dayOf(value) };
  if ('error' in value) return { kind: 'error', error: String(value.error) };
  if ('richText' in value) return plainValue(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) {
    const text = plainValue(typeof value.text === 'string' ? value.text : '');
    const link = String(value.hyperlink).replace(/^mailto:/u, '').trim();
    return text.kind === 'text' ? { ...text, link } : link === '' ? EMPTY : { kind: 'text', text: link, link };
  }
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  return EMPTY;
}

const textOf = (value: ExcelJS.CellValue): string => {
  const plain = plainValue(value);
  return plain.kind === 'text' ? plain.text : plain.kind === 'number' ? String(plain.value) : '';
};

function readMeta(file: string, workbook: ExcelJS.Workbook): SheetMeta {
  const sheet = workbook.getWorksheet(META_SHEET);
  const entries = new Map<string, string>();
  sheet?.eachRow((row) => entries.set(textOf(row.getCell(1).value), textOf(row.getCell(2).value)));
  if (entries.get('format') !== SHEET_FORMAT) {
    throw new SheetError(file, null, 'was not made by "npm run progress -- sheet": only a sheet that command wrote can be read back (write one for the department, and copy the answers into it)');
  }
  const version = Number(entries.get('version'));
  if (version !== SHEET_VERSION) {
    throw new SheetError(file, null, `was written by another version of "npm run progress -- sheet" (format ${entries.get('version') ?? '?'}; this one reads format ${SHEET_VERSION}): write the department a new sheet`);
  }
  const lastRow = Number(entries.get('lastRow'));
  return { format: SHEET_FORMAT, version, department: entries.get('department') ?? '', sheet: entries.get('sheet') ?? '', lastRow: Number.isInteger(lastRow) ? lastRow : FIRST_ROW - 1 };
}

function cellsOf(sheet: ExcelJS.Worksheet, row: number): Record<ColumnKey, SheetCell> {
  return Object.fromEntries(
    SHEET_COLUMNS.map((column) => {
      const address = `${columnLetter(column.key)}${row}`;
      return [column.key, { address, value: plainValue(sheet.getCell(address).value) }];
    }),
  ) as Record<ColumnKey, SheetCell>;
}

/** A filled sheet's cells; throws a SheetError when the file is not a sheet `npm run progress -- sheet` wrote. */
export async function readFilledSheet(file: string, bytes: Uint8Array, limits: SheetLimits = SHEET_LIMITS): Promise<FilledSheet> {
  checkWorkbookBytes(file, bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SheetError(file, null, `could not be read as an .xlsx workbook (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}): open it in Excel or WPS Spreadsheets and save it again as "Excel Workbook (*.xlsx)"`);
  }
  const meta = readMeta(file, workbook);
  const sheet = workbook.getWorksheet(meta.sheet);
  if (!sheet) {
    throw new SheetError(file, null, `has no sheet "${meta.sheet}", the one to fill in: was it renamed or deleted? Give it back its name, or copy the answers into a new sheet`);
  }

  const rows: FilledRow[] = [];
  for (let row = FIRST_ROW; row <= meta.lastRow; row++) rows.push({ row, cells: cellsOf(sheet, row) });
  const stray: SheetCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const outside = number > Math.max(meta.lastRow, HEADER_ROW) || (number >= HEADER_ROW && column > SHEET_COLUMNS.length);
      if (outside && plainValue(cell.value).kind !== 'empty') stray.push({ address: cell.address, value: plainValue(cell.value) });
    });
  });
  return { file, sheet: sheet.name, meta, headers: cellsOf(sheet, HEADER_ROW), rows, stray };
}
