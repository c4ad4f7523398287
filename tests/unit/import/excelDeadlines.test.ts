/**
 * Excel deadlines typed as dates or numbers, round trip: the first measures of the plan written
 * as an .xlsx (tests/support/originals.ts), their deadline cells then retyped with exceljs the
 * ways a spreadsheet user types a month's end (a date cell, a serial number in a General cell,
 * a number shown through a date format, a formula giving a date), imported, and parsed. Each
 * must come back as the document's words for it, which the parser reads to the same day.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportResult } from '../../../src/lib/site/import/importFile.ts';
import { parseAliasTable } from '../../../src/lib/seed/aliasTable.ts';
import type { Plan } from '../../../src/lib/plan/schema.ts';
import { planAsXlsx } from '../../support/originals.ts';
import { realPlan } from '../../support/realPlan.ts';

const aliases = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const work = mkdtempSync(path.join(tmpdir(), 'import-excel-deadlines-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Gives the cell a number format of its own: cells loaded from a file share style objects, so `cell.numFmt = …` would restyle them all. */
const format = (cell: ExcelJS.Cell, numFmt: string) => {
  cell.style = { ...cell.style, numFmt };
};

type DateSystem = 1900 | 1904;
/** Excel's serial day number of a date, in the workbook's date system (1904: older Mac Excel). */
const serial = (iso: string, system: DateSystem) => Math.round((utc(iso).getTime() - (system === 1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / 86_400_000);

/** How each of the first measures' deadline cell is typed, and what the seed must say. */
const TYPED: { how: string; set: (cell: ExcelJS.Cell, system: DateSystem) => void; label: string; date: string }[] = [
  { how: 'a date cell shown as yyyy-mm-dd', set: (cell) => { cell.value = utc('2017-08-31'); format(cell, 'yyyy-mm-dd'); }, label: '8月底', date: '2017-08-31' },
  { how: 'a serial number in a General cell', set: (cell, system) => { cell.value = serial('2018-03-31', system); format(cell, 'General'); }, label: '2018年3月底', date: '2018-03-31' },
  { how: 'a serial number shown through a Chinese date format', set: (cell, system) => { cell.value = serial('2017-12-31', system); format(cell, 'yyyy"年"m"月"d"日"'); }, label: '12月底', date: '2017-12-31' },
  { how: 'a formula whose result is a date', set: (cell) => { cell.value = { formula: 'DATE(2017,9,30)', result: utc('2017-09-30') }; format(cell, 'yyyy/m/d'); }, label: '9月底', date: '2017-09-30' },
  { how: 'a date cell in February of a leap year', set: (cell) => { cell.value = utc('2020-02-29'); format(cell, 'yyyy-mm-dd'); }, label: '2020年2月底', date: '2020-02-29' },
];

/** The plan's first measures as an .xlsx whose deadline cells are retyped as TYPED says. */
async function workbookWithTypedDeadlines(plan: Plan, system: DateSystem): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await planAsXlsx(plan)) as unknown as ExcelJS.Buffer);
  workbook.properties.date1904 = system === 1904;
  const sheet = workbook.getWorksheet('任务分工表')!;
  const rowOf = new Map<number, number>();
  sheet.eachRow((row, number) => {
    const id = /^(\d+)\./u.exec(String(row.getCell(3).value ?? ''))?.[1];
    if (id) rowOf.set(Number(id), number);
  });
  TYPED.forEach((typed, i) => typed.set(sheet.getCell(rowOf.get(plan.measures[i]!.id)!, 7), system));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each([1900, 1904] as const)('an Excel deadline typed as a date or a number, in the %s date system', (system) => {
  const full = realPlan();
  const plan: Plan = { ...full, measures: full.measures.slice(0, TYPED.length) };
  let result: ImportResult;

  beforeAll(async () => {
    const file = path.join(work, `typed-deadlines-${system}.xlsx`);
    writeFileSync(file, await workbookWithTypedDeadlines(plan, system));
    result = await importFile(file, { outDir: path.join(work, `out-${system}`), aliases });
  }, 60_000);

  it.each(TYPED.map((typed, i) => [typed.how, i] as const))('comes out as the document\'s words when it is %s', (_how, i) => {
    const { label, date } = TYPED[i]!;
    expect(result.plan.measures[i]!.deadline).toEqual({ label, date, completed: false, ongoing: false });
  });

  it('writes those words into the seed\'s deadline column', () => {
    const deadlineCells = result.markdown.split('\n').filter((line) => /\|\s*\d+\.\s/u.test(line)).map((line) => line.split('|').at(-2)!.trim());
    expect(deadlineCells).toEqual(TYPED.map((typed) => typed.label));
  });
});
