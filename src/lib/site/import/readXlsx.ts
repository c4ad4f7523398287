/**
 * An .xlsx as the importer's document, read with exceljs after the package has been unpacked
 * once within the limits (ooxml.ts). The sheet that holds the table is the one with the most
 * numbered measures ("12. …"); its merged ranges become one cell at every position they cover,
 * a cell's line breaks its lines, a cell typed as a date or a number keeps its value for the
 * importer to say in the document's words. The rows above the table that hold one text each
 * (the title and the 说明 in rows merged across the sheet) are its paragraphs.
 */
import ExcelJS from 'exceljs';
import type { Block, Grid, GridCell, ImportedDocument, TypedValue } from '../../import/document.ts';
import { damagedFile, ImportError, overLimit } from '../../import/ImportError.ts';
import type { ImportLimits } from '../../import/limits.ts';
import { measureOrdinal } from '../../seed/ordinal.ts';
import { checkNoDoctype, unpack } from './ooxml.ts';

/** A column's letters: 1 → A, 27 → AA. */
function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/** A cell's text and typed value, whatever exceljs holds it as (rich text, formula result, hyperlink, date). */
function cellContent(value: ExcelJS.CellValue, date1904: boolean): { text: string; value?: TypedValue } {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), value: { kind: 'date', iso: value.toISOString().slice(0, 10) } };
  if (typeof value === 'number') return { text: String(value), value: { kind: 'number', value, ...(date1904 ? { date1904: true } : {}) } };
  if (typeof value === 'string' || typeof value === 'boolean') return { text: String(value) };
  if (typeof value === 'object') {
    if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') };
    if ('result' in value) return cellContent((value.result ?? null) as ExcelJS.CellValue, date1904);
    if ('text' in value) return cellContent(value.text as ExcelJS.CellValue, date1904);
    if ('error' in value) return { text: '' };
  }
  return { text: String(value) };
}

/** One sheet as rows of cells, merged ranges resolved to one cell object. */
function sheetRows(sheet: ExcelJS.Worksheet, date1904: boolean, file: string, limits: ImportLimits): { rows: { number: number; cells: GridCell[] }[]; width: number } {
  const width = sheet.columnCount;
  const height = sheet.rowCount;
  if (width * height > limits.maxCells) throw overLimit(file, `sheet ${sheet.name}`, `the sheet spans ${width * height} cells, over the limit of ${limits.maxCells}`);
  const byMaster = new Map<string, GridCell>();
  const rows: { number: number; cells: GridCell[] }[] = [];
  for (let r = 1; r <= height; r++) {
    const cells: GridCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      const master = cell.isMerged ? cell.master : cell;
      let gridCell = byMaster.get(master.address);
      if (!gridCell) {
        const content = cellContent(master.value, date1904);
        gridCell = { lines: content.text.split(/\r?\n/u), at: `${sheet.name}!${master.address}`, ...(content.value ? { value: content.value } : {}) };
        byMaster.set(master.address, gridCell);
      }
      cells.push(gridCell);
    }
    rows.push({ number: r, cells });
  }
  return { rows, width };
}

const textOf = (cell: GridCell) => cell.lines.join('').trim();
const measures = (rows: { cells: GridCell[] }[]) => rows.reduce((sum, row) => sum + row.cells.filter((cell) => measureOrdinal(textOf(cell)) !== null).length, 0);

/** Reads the workbook's table sheet into paragraphs (the rows above the table) and one table. */
export async function readXlsx(file: string, bytes: Uint8Array, limits: ImportLimits): Promise<ImportedDocument> {
  const what = 'workbook';
  const parts = unpack(file, bytes, what, limits, (name) => name.endsWith('.xml') || name.endsWith('.rels'));
  if (!parts.has('xl/workbook.xml')) {
    if (parts.has('word/document.xml')) throw new ImportError(file, null, 'the file is named .xlsx but is a Word file: give it the extension .docx');
    throw new ImportError(file, null, 'the workbook has no workbook part (xl/workbook.xml): it is damaged or not a workbook');
  }
  for (const [name, part] of parts) checkNoDoctype(file, name, new TextDecoder('utf-8').decode(part));

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw damagedFile(file, what, error instanceof Error ? error.message : String(error));
  }

  const sheets = workbook.worksheets.map((sheet) => ({ sheet, ...sheetRows(sheet, Boolean(workbook.properties.date1904), file, limits) }));
  const ranked = [...sheets].sort((a, b) => measures(b.rows) - measures(a.rows));
  const chosen = ranked[0];
  const decisions: string[] = [];
  if (!chosen || measures(chosen.rows) === 0) {
    const blocks: Block[] = sheets.flatMap(({ sheet, rows }) => (rows.some((row) => row.cells.some((cell) => textOf(cell) !== '')) ? [{ kind: 'table' as const, grid: { label: `sheet ${sheet.name}`, rows: [] } }] : []));
    return { format: 'xlsx', blocks, decisions };
  }
  if (sheets.length > 1) decisions.push(`read sheet ${chosen.sheet.name}, the one holding the table; left out ${sheets.filter((s) => s !== chosen).map((s) => s.sheet.name).join(', ')}`);

  // Rows above the table with a single text (a title or note merged across the sheet) are paragraphs.
  const blocks: Block[] = [];
  const content = chosen.rows.filter((row) => row.cells.some((cell) => textOf(cell) !== ''));
  let start = 0;
  for (; start < content.length; start++) {
    const distinct = [...new Set(content[start]!.cells.filter((cell) => textOf(cell) !== ''))];
    if (distinct.length !== 1) break;
    for (const line of distinct[0]!.lines) if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim(), at: distinct[0]!.at ?? `sheet ${chosen.sheet.name}` });
  }
  const last = columnName(chosen.width);
  const grid: Grid = {
    label: `sheet ${chosen.sheet.name}`,
    rows: content.slice(start).map((row) => ({ origin: { sheet: chosen.sheet.name, cells: `A${row.number}:${last}${row.number}` }, cells: row.cells })),
  };
  blocks.push({ kind: 'table', grid });
  return { format: 'xlsx', blocks, decisions };
}
