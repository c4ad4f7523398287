/**
 * A place in an original file, and the file's size, in the UI's words: "原件第3页第2行",
 * "原件工作表“Sheet1”A5:G5". Pure: the templates come in with the edition's UI.
 */
import { fill } from '../i18n/template.ts';
import type { Origin } from './schema.ts';

export interface OriginTemplates {
  page: string;
  table: string;
  sheet: string;
}

/** Where a row stands in the original; `text` converts data (the sheet's name) for the edition. */
export function originText(origin: Origin, t: OriginTemplates, text: (data: string) => string = (data) => data): string {
  if ('page' in origin) return fill(t.page, { page: origin.page, row: origin.row });
  if ('table' in origin) return fill(t.table, { table: origin.table, row: origin.row });
  return fill(t.sheet, { sheet: text(origin.sheet), cells: origin.cells });
}

/** A size as kilobytes (rounded up, so a small file is never "0 KB") and bytes. */
export function sizeText(bytes: number, template: string): string {
  return fill(template, { kb: Math.max(1, Math.ceil(bytes / 1024)).toLocaleString('en-US'), bytes: bytes.toLocaleString('en-US') });
}
