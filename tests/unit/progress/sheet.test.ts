/**
 * The reporting sheet: written as `npm run progress -- sheet` writes it, opened with exceljs as
 * a spreadsheet program would, filled in as a person would, and read back into progress.yaml.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { dayLabel } from '../../../src/lib/plan/dateLabels.ts';
import { planProgress } from '../../../src/lib/progress/measureProgress.ts';
import { parseProgress } from '../../../src/lib/progress/parseProgress.ts';
import { readDay } from '../../../src/lib/progress/sheet/checkSheet.ts';
import { columnLetter, FIRST_ROW, HEADER_ROW, META_SHEET, SHEET_COLUMNS } from '../../../src/lib/progress/sheet/layout.ts';
import { readBack, type ReadBackResult } from '../../../src/lib/progress/sheet/readBack.ts';
import { readFilledSheet } from '../../../src/lib/progress/sheet/readWorkbook.ts';
import { writeSheet } from '../../../src/lib/progress/sheet/writeSheet.ts';
import { realModel } from '../../support/realModel.ts';
import { changeSheet, departmentSheet, FIXTURE_PROGRESS, FIXTURE_SLUG, fixtureProgress, fixtureSheet, fixtureTarget, planIn, readProjectFile, type RowFill } from './fixture.ts';
import { realRoles } from '../../support/realRoles.ts';

const t = UI.progress.sheet;

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const column = (key: (typeof SHEET_COLUMNS)[number]['key']) => columnLetter(key);

describe('the sheet a department fills in', async () => {
  const { model } = planIn();
  const department = model.department('qu-jia-ju');
  const workbook = await open(await fixtureSheet());
  const sheet = workbook.getWorksheet(t.sheetName)!;
  const duties = [...department.lead, ...department.support].sort((a, b) => a.id - b.id);
  const rows = duties.map((_, i) => FIRST_ROW + i);

  it('names the department, its plan and the date the statuses are as of in its title rows', () => {
    const first = column('measure');
    expect(sheet.getCell(`${first}1`).value).toBe(`${department.name}落实进展填报表`);
    expect(String(sheet.getCell(`${first}2`).value)).toContain(`《${planIn().plan.meta.title}》`);
    expect(String(sheet.getCell(`${first}2`).value)).toContain(dayLabel(fixtureProgress().asOf));
  });

  it('keeps the plan column out of sight on a sheet of one plan, and shows it on a sheet of several', async () => {
    expect(sheet.getColumn(column('plan')).hidden).toBe(true);
    const one = departmentSheet(planIn(), 'qu-jia-ju', fixtureProgress());
    const two = { ...one, rows: [...one.rows, ...one.rows.map((row) => ({ ...row, plan: 'second', planTitle: '2018年合成测试的第二个文件' }))] };
    const both = (await open(await writeSheet(two))).getWorksheet(t.sheetName)!;
    expect(both.getColumn(column('plan')).hidden).toBe(false);
    expect(both.getCell(`${column('plan')}${FIRST_ROW + one.rows.length}`).value).toBe('2018年合成测试的第二个文件');
    expect(String(both.getCell('A2').value)).not.toContain('《');
  });

  it('lists every measure of the department by number, with its text, role in the plan\'s words and deadline', () => {
    expect(rows.map((row) => sheet.getCell(`${column('measure')}${row}`).value)).toEqual(duties.map((m) => m.id));
    for (const [i, measure] of duties.entries()) {
      const row = rows[i]!;
      expect(sheet.getCell(`${column('text')}${row}`).value).toBe(measure.text);
      expect(sheet.getCell(`${column('role')}${row}`).value).toBe(department.lead.includes(measure) ? realRoles().district.lead : realRoles().district.support);
      expect(sheet.getCell(`${column('deadline')}${row}`).value).toBe(measure.deadline.label);
      expect(sheet.getCell(`${column('plan')}${row}`).value).toBe(planIn().plan.meta.title);
    }
    expect(sheet.getCell(`${column('measure')}${rows.at(-1)! + 1}`).value).toBeNull();
  });

  it('shows each measure\'s current status with its report\'s date, and 逾期 where it applies', () => {
    const progress = fixtureProgress();
    for (const [i, measure] of duties.entries()) {
      const mp = progress.measure(measure.id);
      const text = String(sheet.getCell(`${column('current')}${rows[i]}`).value);
      expect(text.startsWith(UI.progress.status[mp.statusKey])).toBe(true);
      if (mp.current) expect(text).toContain(dayLabel(mp.current.date));
      expect(text.endsWith(`，${UI.progress.status.overdue}`)).toBe(mp.overdue);
    }
  });

  it('heads every column, and keeps the header on every printed page', () => {
    expect(SHEET_COLUMNS.filter((c) => c.key !== 'key').map((c) => sheet.getCell(`${column(c.key)}${HEADER_ROW}`).value)).toEqual(SHEET_COLUMNS.filter((c) => c.key !== 'key').map((c) => t.columns[c.key as keyof typeof t.columns]));
    expect(sheet.pageSetup.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`);
  });

  it('offers the four statuses as a drop-down and takes the date as a date cell', () => {
    const status = sheet.getCell(`${column('status')}${FIRST_ROW}`).dataValidation;
    expect(status.type).toBe('list');
    expect(status.formulae).toEqual(['"未启动,推进中,已完成,已调整"']);
    expect(status.showErrorMessage).toBe(true);
    const date = sheet.getCell(`${column('date')}${FIRST_ROW}`);
    expect(date.dataValidation.type).toBe('date');
    expect(date.numFmt).toBe('yyyy-mm-dd');
  });

  it('is protected, with only the columns to fill unlocked', () => {
    // exceljs reads the protection into a field its types do not declare.
    expect((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    for (const c of SHEET_COLUMNS) expect(sheet.getCell(`${column(c.key)}${FIRST_ROW}`).protection?.locked ?? true).toBe(!c.fill);
    expect(sheet.getCell(`A${HEADER_ROW}`).protection?.locked ?? true).toBe(true);
  });

  it('freezes the header and the first two columns, and prints A4 landscape, one page wide', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(SHEET_COLUMNS.filter((c) => !c.hidden).map((c) => sheet.getColumn(column(c.key)).width)).toEqual(SHEET_COLUMNS.filter((c) => !c.hidden).map((c) => c.width));
  });

  it('keeps what the reader needs out of sight: a very hidden meta sheet and a hidden key column', () => {
    expect(workbook.getWorksheet(META_SHEET)!.state).toBe('veryHidden');
    expect(sheet.getColumn(column('key')).hidden).toBe(true);
  });

  it('says there are no reports yet when the plan has no progress file', async () => {
    const empty = (await open(await fixtureSheet('qu-jia-ju', false))).getWorksheet(t.sheetName)!;
    expect(String(empty.getCell(`${column('measure')}2`).value)).toContain(t.noReports);
    expect(empty.getCell(`${column('current')}${FIRST_ROW}`).value).toBe(UI.progress.status.unreported);
  });
});

function writesOf(result: ReadBackResult) {
  if ('errors' in result) throw new Error(`expected the sheets to be read in, but: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.writes;
}

function errorsOf(result: ReadBackResult): string[] {
  if (!('errors' in result)) throw new Error('expected the sheets to be refused');
  return result.errors.map((e) => e.message);
}

/** Reads filled sheets back into the fixture plan's progress file, as `read` does. */
async function readIn(sheets: { file: string; bytes: Uint8Array }[], asOf?: string) {
  const filled = await Promise.all(sheets.map(({ file, bytes }) => readFilledSheet(file, bytes)));
  return readBack(filled, [fixtureTarget()], { ...(asOf ? { asOf } : {}), overrides: planIn().decisions.traditional });
}

describe('a filled sheet read back', async () => {
  const fills: RowFill[] = [
    { measure: 2, status: '推进中', date: '2018-08-01', note: '已形成初稿。', evidenceTitle: '初稿\n征求意见函', evidenceUrl: 'https://example.gov.cn/draft/2\nhttps://example.gov.cn/letter/2' },
    { measure: 6, status: '未啟動', dateText: '2018/7/5' },
    { measure: 9, status: '已完成', dateText: '2018年9月30日', evidenceTitle: '验收报告', evidenceUrl: 'https://example.gov.cn/report/9' },
  ];
  const bytes = await changeSheet(await fixtureSheet(), { fill: fills });
  const result = await readIn([{ file: 'a.xlsx', bytes }], '2018-12-31');

  it('adds one report per filled row, by the sheet\'s department, and moves asOf', () => {
    const [write] = writesOf(result);
    expect(write).toMatchObject({ path: FIXTURE_PROGRESS, added: fills.length, asOf: '2018-12-31' });
    const after = parseProgress(write!.text, FIXTURE_PROGRESS, { slug: FIXTURE_SLUG, plan: planIn().plan });
    const added = after.reports.slice(-fills.length);
    expect(added.map((r) => [r.measure, r.date, r.status, r.by?.slug])).toEqual([
      [2, '2018-08-01', '推进中', 'qu-jia-ju'],
      [6, '2018-07-05', '未启动', 'qu-jia-ju'],
      [9, '2018-09-30', '已完成', 'qu-jia-ju'],
    ]);
    expect(added[0]!.evidence).toEqual([
      { title: '初稿', url: 'https://example.gov.cn/draft/2' },
      { title: '征求意见函', url: 'https://example.gov.cn/letter/2' },
    ]);
    expect(added[0]!.note).toBe('已形成初稿。');
  });

  it('keeps the file as it was above the new reports', () => {
    const original = readProjectFile(FIXTURE_PROGRESS);
    const text = writesOf(result)[0]!.text;
    expect(text.slice(text.indexOf('reports:'), original.length)).toBe(original.slice(original.indexOf('reports:')));
  });

  it('writes nothing when any one of several sheets has a mistake, and names every mistake', async () => {
    const bad = await changeSheet(await fixtureSheet('qu-yi-ju'), { fill: [{ measure: 7, status: '完成', date: '2018-05-01' }, { measure: 8, status: '推进中' }] });
    const both = await readIn([{ file: 'a.xlsx', bytes }, { file: 'b.xlsx', bytes: bad }], '2018-12-31');
    const messages = errorsOf(both);
    expect(messages.every((m) => m.startsWith(`b.xlsx: ${t.sheetName}!`))).toBe(true);
    expect(messages).toHaveLength(2);
  });

  it('refuses the same sheet read twice in one go: the second repeats the first', async () => {
    const twice = await readIn([{ file: 'a.xlsx', bytes }, { file: 'a-copy.xlsx', bytes }], '2018-12-31');
    const messages = errorsOf(twice);
    expect(messages).toHaveLength(fills.length);
    expect(messages.every((m) => m.startsWith('a-copy.xlsx:') && m.includes('repeats the one at a.xlsx:'))).toBe(true);
  });

  it('adds nothing for a sheet that came back blank', async () => {
    const blank = await readIn([{ file: 'blank.xlsx', bytes: await fixtureSheet() }]);
    expect(blank).toEqual({ writes: [], perSheet: [{ file: 'blank.xlsx', reports: 0 }] });
  });
});

describe('readDay', () => {
  it('reads a date cell, a serial day number, and dates typed as 2018-06-30, 2018/6/30 or 2018年6月30日', () => {
    expect(readDay({ kind: 'date', day: '2018-06-30' })).toBe('2018-06-30');
    expect(readDay({ kind: 'number', value: 43281 })).toBe('2018-06-30');
    for (const text of ['2018-06-30', '2018/6/30', '2018.6.30', '2018年6月30日', '2018 年 6 月 30 日']) expect(readDay({ kind: 'text', text })).toBe('2018-06-30');
  });

  it('reads no day out of a day the calendar does not have, or out of words', () => {
    for (const text of ['2018-02-30', '2018/13/1', '六月底', '2018-06']) expect(readDay({ kind: 'text', text })).toBeNull();
    expect(readDay({ kind: 'number', value: 12 })).toBeNull();
  });
});

describe('the sheet on the real plan', async () => {
  // The department with the most measures, and a made-up progress file covering every measure:
  // held-out progress files are built with the real seed, so the sheet must take any department.
  const model = realModel();
  const plan = model.plans[0]!.plan;
  const busiest = [...model.departments].sort((a, b) => b.lead.length + b.support.length - (a.lead.length + a.support.length))[0]!;
  const asOf = `${plan.meta.year + 1}-06-30`;
  const text = `asOf: ${asOf}\nreports:\n${plan.measures.map((m, i) => `  - measure: ${m.id}\n    date: ${plan.meta.year}-${String((i % 12) + 1).padStart(2, '0')}-01\n    status: ${['未启动', '推进中', '已完成', '已调整'][i % 4]}\n`).join('')}`;
  const file = parseProgress(text, 'progress.yaml', { slug: 'real', plan });
  const progress = planProgress(plan.measures, file);
  const bytes = await writeSheet(departmentSheet({ plan, decisions: model.decisions, model }, busiest.slug, progress, 'real'));

  it('holds one row per measure of the department, and reads every filled row back', async () => {
    const duties = [...busiest.lead, ...busiest.support].sort((a, b) => a.id - b.id);
    const filled = await changeSheet(bytes, { fill: duties.map((m) => ({ measure: m.id, status: '推进中', date: asOf, note: `第${m.id}项的进展。` })) });
    const sheet = await readFilledSheet('real.xlsx', filled);
    expect(sheet.rows.map((r) => r.cells.measure.value)).toEqual(duties.map((m) => ({ kind: 'number', value: m.id })));
    const result = readBack([sheet], [{ slug: 'real', plan, progressPath: 'progress.yaml', progressText: text }]);
    expect(writesOf(result)[0]!.added).toBe(duties.length);
  });
});
