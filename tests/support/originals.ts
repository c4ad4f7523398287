/**
 * The plan written back out as the official files it could have come from, for the import
 * round trips and the import benchmark: a Word file (the `docx` package), an Excel workbook
 * (`exceljs`) and a PDF that Chromium prints from an HTML table (A4 landscape, so rows and
 * spanning cells break across pages). Each is made the way a publisher's tool makes it, not
 * the way the importer reads it: merged cells as the format merges them, one department a
 * line, the header repeated, the title and the 说明 above the table.
 */
import {
  AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/support/findChromium.ts';
import type { Measure, Plan } from '../../src/lib/plan/schema.ts';
import { chineseOrdinal } from '../../src/lib/plan/chineseOrdinal.ts';

/** The header a publisher prints: 主要任务 stands over the task and the area column. */
const HEADER = [
  { label: '主要任务', span: 2 },
  { label: '具体措施', span: 1 },
  { label: '市专项工作组', span: 1 },
  { label: '市支持指导部门（含中央、省驻珠单位）', span: 1 },
  { label: '横琴新区牵头配合部门', span: 1 },
  { label: '完成时限', span: 1 },
];

/** A run of measures that share one value in a column: one merged cell. */
interface Span {
  first: number;
  count: number;
  text: string;
}

/** Consecutive measures with the same key, as merged cells. */
function spans(measures: readonly Measure[], key: (measure: Measure) => string): Span[] {
  const result: Span[] = [];
  measures.forEach((measure, i) => {
    const last = result.at(-1);
    if (last && last.text === key(measure)) last.count += 1;
    else result.push({ first: i, count: 1, text: key(measure) });
  });
  return result;
}

const taskText = (m: Measure) => `${chineseOrdinal(m.task.no)}、${m.task.title}`;
const areaText = (m: Measure) => `（${chineseOrdinal(m.area.no)}）${m.area.title}`;
const measureText = (m: Measure) => `${m.id}. ${m.text}`;

/** The measures of each main task, in order: the Word file has one table per task. */
function byTask(plan: Plan): Measure[][] {
  const groups = new Map<number, Measure[]>();
  for (const measure of plan.measures) groups.set(measure.task.no, [...(groups.get(measure.task.no) ?? []), measure]);
  return [...groups.values()];
}

/** The preamble every file carries: the annex label, the title, the note. */
function preamble(plan: Plan): string[] {
  return ['附件', plan.meta.title, ...(plan.meta.note ? [plan.meta.note] : [])];
}

// --- Word -----------------------------------------------------------------------------

const docxCell = (paragraphs: Paragraph[], options: { rowSpan?: number; columnSpan?: number } = {}) =>
  new TableCell({ children: paragraphs, verticalAlign: VerticalAlign.CENTER, ...options });
const lines = (texts: readonly string[]) => texts.map((text) => new Paragraph({ children: [new TextRun(text)] }));

/** One task's table: header row repeated on every page, task and area cells merged down (vMerge), 主要任务 across two columns (gridSpan). */
function docxTable(measures: Measure[]): Table {
  const taskSpans = spans(measures, taskText);
  const areaSpans = spans(measures, areaText);
  const header = new TableRow({
    tableHeader: true,
    children: HEADER.map(({ label, span }) => docxCell(lines([label]), span > 1 ? { columnSpan: span } : {})),
  });
  const rows = measures.map((measure, i) => {
    const cells: TableCell[] = [];
    const task = taskSpans.find((span) => span.first === i);
    if (task) cells.push(docxCell(lines([task.text]), { rowSpan: task.count }));
    const area = areaSpans.find((span) => span.first === i);
    if (area) cells.push(docxCell(lines([area.text]), { rowSpan: area.count }));
    cells.push(
      docxCell(lines([measureText(measure)])),
      docxCell(lines([measure.group])),
      // One department a paragraph on the municipal side, a line break (w:br) between them on the other.
      docxCell(lines(measure.municipal)),
      docxCell([new Paragraph({ children: measure.district.map((name, k) => new TextRun({ text: name, break: k > 0 ? 1 : 0 })) })]),
      docxCell(lines([measure.deadline.label])),
    );
    return new TableRow({ children: cells });
  });
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}

/** The plan as a .docx: the preamble as paragraphs, then one table per main task. */
export async function planAsDocx(plan: Plan): Promise<Buffer> {
  const [annex, title, ...rest] = preamble(plan);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun(annex ?? '')] }),
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(title ?? '')] }),
    ...rest.map((text) => new Paragraph({ children: [new TextRun(text)] })),
  ];
  for (const measures of byTask(plan)) children.push(docxTable(measures), new Paragraph({ children: [] }));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

// --- Excel ----------------------------------------------------------------------------

/** Deadlines that name a month's end are typed as real dates, as a spreadsheet user would. */
function excelDeadline(measure: Measure): Date | string {
  const { date, label } = measure.deadline;
  return date && /^(?:\d{4}年)?\d{1,2}月底$/u.test(label) ? new Date(`${date}T00:00:00Z`) : label;
}

/** The plan as an .xlsx: the preamble in merged rows above the header, task and area merged down, departments one a line. */
export async function planAsXlsx(plan: Plan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // A first sheet without the table: the importer finds the sheet that holds it.
  workbook.addWorksheet('封面').getCell('A1').value = plan.meta.title;
  const sheet = workbook.addWorksheet('任务分工表');
  const width = HEADER.reduce((sum, { span }) => sum + span, 0);
  let row = 1;
  for (const text of preamble(plan)) {
    sheet.getCell(row, 1).value = text;
    sheet.mergeCells(row, 1, row, width);
    sheet.getCell(row, 1).alignment = { wrapText: true };
    row += 1;
  }
  let column = 1;
  for (const { label, span } of HEADER) {
    sheet.getCell(row, column).value = label;
    if (span > 1) sheet.mergeCells(row, column, row, column + span - 1);
    column += span;
  }
  const first = row + 1;
  plan.measures.forEach((measure, i) => {
    const r = first + i;
    const values: (string | Date)[] = [taskText(measure), areaText(measure), measureText(measure), measure.group, measure.municipal.join('\n'), measure.district.join('\n'), excelDeadline(measure)];
    values.forEach((value, c) => {
      const cell = sheet.getCell(r, c + 1);
      cell.value = value;
      cell.alignment = { wrapText: true, vertical: 'middle' };
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  });
  for (const [c, key] of [[1, taskText], [2, areaText]] as const) {
    for (const span of spans(plan.measures, key)) {
      if (span.count > 1) sheet.mergeCells(first + span.first, c, first + span.first + span.count - 1, c);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// --- PDF ------------------------------------------------------------------------------

const escapeHtml = (text: string) => text.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The plan as an HTML page: one table, rowspans for task and area, the header in a <thead> that Chromium repeats on every page. */
export function planAsHtml(plan: Plan): string {
  const taskSpans = spans(plan.measures, taskText);
  const areaSpans = spans(plan.measures, areaText);
  const td = (text: string, rowspan = 1) => `<td${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}>${text}</td>`;
  const body = plan.measures.map((measure, i) => {
    const task = taskSpans.find((span) => span.first === i);
    const area = areaSpans.find((span) => span.first === i);
    return `<tr>${task ? td(escapeHtml(task.text), task.count) : ''}${area ? td(escapeHtml(area.text), area.count) : ''}${td(escapeHtml(measureText(measure)))}${td(escapeHtml(measure.group))}${td(measure.municipal.map(escapeHtml).join('<br>'))}${td(measure.district.map(escapeHtml).join('<br>'))}${td(escapeHtml(measure.deadline.label))}</tr>`;
  });
  const [annex, title, ...rest] = preamble(plan).map(escapeHtml);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    @page { size: A4 landscape; margin: 12mm; }
    body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 9.25pt; }
    h1 { font-size: 16pt; text-align: center; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 0.75pt solid #000; padding: 3pt; vertical-align: middle; }
    col.text { width: 34%; }
  </style></head><body>
    <p>${annex}</p><h1>${title}</h1>${rest.map((text) => `<p>${text}</p>`).join('')}
    <table><colgroup><col><col><col class="text"><col><col><col><col></colgroup>
    <thead><tr>${HEADER.map(({ label, span }) => `<th${span > 1 ? ` colspan="${span}"` : ''}>${escapeHtml(label)}</th>`).join('')}</tr></thead>
    <tbody>${body.join('\n')}</tbody></table></body></html>`;
}

/** The HTML table printed to PDF by Chromium, A4 landscape. */
export async function planAsPdf(plan: Plan): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.setContent(planAsHtml(plan), { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
