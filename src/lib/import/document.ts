/**
 * What a reader library gave the importer, as plain data shared by every format: the file's
 * paragraphs and tables in reading order, each table a grid of cells with the merges the file
 * made. A Word table's gridSpan/vMerge, a sheet's merged ranges and a PDF cell found between
 * ruling lines all become the same thing: one GridCell object standing at every position it
 * covers. Everything after this point (src/lib/import/toSeed.ts) is the same for all formats.
 */

import type { Origin } from '../plan/schema.ts';

/** Where a table row stands in the original: the plan schema's origin (page and row, table and row, sheet and cells). */
export type { Origin };

/** A value a spreadsheet typed as something other than text. */
export type TypedValue =
  | { kind: 'date'; iso: string }
  /** A number; `date1904` when its workbook counts days from 1904 (older Mac Excel), so a serial date in it means another day. */
  | { kind: 'number'; value: number; date1904?: true };

export interface GridCell {
  /** The cell's text, one entry per line as the file breaks it (paragraphs, line breaks, wrapped lines of a PDF). */
  lines: string[];
  /** Set when the file typed the cell as a date or a number rather than text. */
  value?: TypedValue;
  /** The cell's own address where the format has one (`Sheet1!G5`), for messages. */
  at?: string;
}

export interface GridRow {
  origin: Origin;
  /** One entry per column; a merged cell is the same object at every position it covers. */
  cells: GridCell[];
}

export interface Grid {
  /** How a message names the table: "table 2", "page 3", "sheet 任务分工表". */
  label: string;
  rows: GridRow[];
}

export type Block =
  | { kind: 'paragraph'; text: string; /** Where it stands, for the report: "page 1", "paragraph 3", "A2". */ at: string }
  | { kind: 'table'; grid: Grid };

export interface ImportedDocument {
  /** The format the blocks were read from. */
  format: 'docx' | 'xlsx' | 'pdf';
  blocks: Block[];
  /** What the reader decided on its way (a sheet chosen, a header repeated on a page dropped, cells joined across a page break). */
  decisions: string[];
}

/** An origin as the report and messages print it. */
export function describeOrigin(origin: Origin): string {
  if ('page' in origin) return `page ${origin.page}, row ${origin.row}`;
  if ('table' in origin) return `table ${origin.table}, row ${origin.row}`;
  return `${origin.sheet}!${origin.cells}`;
}
