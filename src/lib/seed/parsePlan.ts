import { sortDepartments } from '../plan/departmentOrder.ts';
import { planSchema, type Area, type Department, type Measure, type Plan, type Side, type Task } from '../plan/schema.ts';
import { canonicalNamer, EMPTY_ALIAS_TABLE, type AliasTable } from './aliasTable.ts';
import { normaliseHeading, removeWrapSpaces } from './cleanText.ts';
import { areaOrdinal, measureOrdinal, taskOrdinal } from './ordinal.ts';
import { parseDeadline } from './parseDeadline.ts';
import { checkOriginal, readProvenance, type FileFacts } from './provenance.ts';
import { readSeedDocument, type SeedDocument } from './readTables.ts';
import { recogniseColumns, ROLES } from './recogniseColumns.ts';
import { SeedError } from './SeedError.ts';
import { slugify } from './slugify.ts';
import { splitDepartments } from './splitDepartments.ts';

export interface SeedFile {
  /** Path shown in messages and stored as each measure's source. */
  file: string;
  text: string;
}

export interface ParseOptions {
  /**
   * The size and SHA-256 of a file beside a seed (null when there is none): the original an
   * imported seed names is checked against it. Without it, the check is left to the caller.
   */
  fileBeside?: (seed: string, name: string) => FileFacts | null;
}

/** A measure's row once its cells are read, before the plan-wide checks. */
interface MeasureRow {
  file: string;
  line: number;
  no: number;
  text: string;
  task: { no: number; title: string };
  area: { no: number; title: string };
  group: string;
  municipal: string[];
  district: string[];
  deadlineLabel: string;
  /** Whether this row states the task or area itself rather than leaving the cell empty. */
  statesTask: boolean;
  statesArea: boolean;
}

/** Each side's column as the document heads it: a message names the column a reader sees. */
const SIDE_COLUMN = { municipal: '市支持指导部门', district: '横琴新区牵头配合部门' } as const;

/**
 * Headings a seed may carry above its title: the PDF's annex label. They say nothing about the
 * plan, so the parser reads past them; any other text outside the tables is an error.
 */
const KNOWN_HEADINGS = new Set(['附件']);

/** The document's title holds the plan's year ("2017年…"); month-only deadlines fall in it. */
function readTitle(doc: SeedDocument): { title: string; year: number; line: number } | null {
  for (const { text, line } of doc.preamble) {
    const title = removeWrapSpaces(text);
    const year = /(\d{4})年/u.exec(title);
    if (year && !title.startsWith('说明')) return { title, year: Number(year[1]), line };
  }
  return null;
}

function readNote(doc: SeedDocument): { note: string; line: number } | null {
  const note = doc.preamble.find(({ text }) => /^说明[:：]/u.test(text.trim()));
  return note ? { note: removeWrapSpaces(note.text), line: note.line } : null;
}

/** A block's opening words for a message: enough to find it, short enough to read. */
function excerpt(text: string): string {
  const words = removeWrapSpaces(text);
  return words.length > 24 ? `${words.slice(0, 24)}…` : words;
}

/**
 * Nothing in a seed is dropped silently: rows that Markdown did not read as a table (its
 * separator line is missing) would vanish with all their measures, so they are an error
 * wherever they stand; checked before anything else, so the error points at them.
 */
function checkNoUnreadTable(seed: SeedFile, doc: SeedDocument): void {
  const rows = doc.loose.find((block) => block.source.startsWith('|'));
  if (rows) {
    throw new SeedError(seed.file, rows.line, 'these lines look like table rows but are not read as a table: the separator line under the header (|---|---|…) is missing');
  }
}

/**
 * Every other block outside the tables must be the title, the note (说明) or a known heading
 * before the first table; anything else would be dropped, so it is an error naming its line.
 */
function checkEveryBlockRead(seed: SeedFile, doc: SeedDocument): void {
  const read = new Set([readTitle(doc)?.line, readNote(doc)?.line]);
  const stray = doc.loose.find((block) => !(block.beforeTables && (read.has(block.line) || KNOWN_HEADINGS.has(removeWrapSpaces(block.text)))));
  if (stray) {
    throw new SeedError(seed.file, stray.line, `"${excerpt(stray.text || stray.source)}" is not in a task table and is not the title, the note (说明) or a heading such as 附件: the parser would drop it`);
  }
}

/**
 * Reads every row of every task table into a MeasureRow. Task and area cells left empty
 * repeat the row above, also across tables and seed files, so `carried` lives across calls.
 */
function readMeasureRows(seed: SeedFile, doc: SeedDocument, carried: { task?: MeasureRow['task']; area?: MeasureRow['area'] }): MeasureRow[] {
  const rows: MeasureRow[] = [];
  for (const table of doc.tables) {
    const columns = recogniseColumns(table);
    if ('problem' in columns) throw new SeedError(seed.file, table.line, `cannot read this table: ${columns.problem}`);
    const lastColumn = Math.max(...ROLES.map((role) => columns[role]));

    for (const row of table.rows) {
      const fail = (problem: string): never => {
        throw new SeedError(seed.file, row.line, problem);
      };
      if (row.cells.length <= lastColumn) {
        fail(`the row has ${row.cells.length} cells where the table has ${lastColumn + 1}: a cell is missing`);
      }
      const cell = (role: (typeof ROLES)[number]) => row.cells[columns[role]] ?? '';

      const measure = measureOrdinal(removeWrapSpaces(cell('measure')));
      if (!measure) fail(`expected a numbered measure ("12. …") but found "${cell('measure')}"`);
      const label = `measure ${measure!.no}`;

      if (cell('task') !== '') {
        const task = taskOrdinal(removeWrapSpaces(cell('task')));
        if (!task) fail(`${label}: the task cell "${cell('task')}" does not start with an ordinal like "一、"`);
        carried.task = { no: task!.no, title: normaliseHeading(task!.rest) };
      }
      if (cell('area') !== '') {
        const area = areaOrdinal(removeWrapSpaces(cell('area')));
        if (!area) fail(`${label}: the area cell "${cell('area')}" does not start with an ordinal like "(一)"`);
        carried.area = { no: area!.no, title: normaliseHeading(area!.rest) };
      }
      if (!carried.task) fail(`${label}: no main task is given on this row or any row above it`);
      if (!carried.area) fail(`${label}: no area is given on this row or any row above it`);

      const text = removeWrapSpaces(measure!.rest);
      const group = removeWrapSpaces(cell('group'));
      const deadlineLabel = removeWrapSpaces(cell('deadline'));
      if (text === '') fail(`${label} has no text`);
      if (group === '') fail(`${label} has no working group (市专项工作组)`);
      if (deadlineLabel === '') fail(`${label} has no deadline (完成时限)`);

      // The first department listed on each side carries the main responsibility, so each
      // side must list one.
      const departments = (side: Side) => {
        const { names, dangling } = splitDepartments(cell(side));
        if (dangling !== null) {
          fail(`${label}: "${dangling}" in the ${side} departments does not end like the name of a body (局, 委, 办, 中心, 公司…)`);
        }
        if (names.length === 0) fail(`${label} has no ${SIDE_COLUMN[side]}: the column is empty, but its first department carries the main responsibility`);
        return names;
      };
      const municipal = departments('municipal');
      const district = departments('district');

      rows.push({
        file: seed.file, line: row.line, no: measure!.no, text, task: carried.task!, area: carried.area!,
        group, municipal, district, deadlineLabel, statesTask: cell('task') !== '', statesArea: cell('area') !== '',
      });
    }
  }
  return rows;
}

/** Numbers must run 1..N: no number twice, none skipped. */
function checkNumbering(rows: MeasureRow[]): void {
  const firstLine = new Map<number, MeasureRow>();
  for (const row of rows) {
    const earlier = firstLine.get(row.no);
    if (earlier) throw new SeedError(row.file, row.line, `measure ${row.no} appears twice (first at ${earlier.file}:${earlier.line})`);
    firstLine.set(row.no, row);
  }
  const sorted = [...rows].sort((a, b) => a.no - b.no);
  sorted.forEach((row, i) => {
    if (row.no !== i + 1) {
      const missing = i + 1 === row.no - 1 ? `${i + 1} is` : `${i + 1}–${row.no - 1} are`;
      throw new SeedError(row.file, row.line, `measure numbers jump to ${row.no}: ${missing} missing (numbers run 1..N)`);
    }
  });
}

/**
 * One title per ordinal. Variant wordings of the same heading ("市场化、便利化" / "市场化和便利化")
 * are resolved by taking the wording stated most often; a tie goes to the one stated first.
 */
function canonicalHeadings(stated: { no: number; title: string }[]): Map<number, string> {
  const counts = new Map<number, Map<string, number>>();
  for (const { no, title } of stated) {
    const wordings = counts.get(no) ?? new Map<string, number>();
    wordings.set(title, (wordings.get(title) ?? 0) + 1);
    counts.set(no, wordings);
  }
  const titles = new Map<number, string>();
  for (const [no, wordings] of counts) {
    // Map iteration follows insertion order, so the first-stated wording wins ties.
    let best = '';
    let bestCount = 0;
    for (const [title, count] of wordings) {
      if (count > bestCount) [best, bestCount] = [title, count];
    }
    titles.set(no, best);
  }
  return titles;
}

function buildDepartments(measures: Measure[], aliases: AliasTable): Department[] {
  const bySideAndName = new Map<string, Department>();
  for (const measure of measures) {
    for (const side of ['municipal', 'district'] as const) {
      measure[side].forEach((name, position) => {
        const key = `${side}:${name}`;
        let department = bySideAndName.get(key);
        if (!department) {
          department = { slug: '', name, side, aliases: [], lead: [], support: [] };
          bySideAndName.set(key, department);
        }
        (position === 0 ? department.lead : department.support).push(measure.id);
      });
    }
  }
  for (const alias of aliases.aliases) {
    const department = bySideAndName.get(`${alias.side}:${alias.name}`);
    if (department) department.aliases = [...alias.also];
  }
  return sortDepartments([...bySideAndName.values()], measures);
}

/** Gives each department a slug from its name's pinyin; two bodies may not share one. */
function assignSlugs(departments: Department[], aliases: AliasTable, firstSeen: Map<string, MeasureRow>): void {
  const owners = new Map<string, Department>();
  for (const department of departments) {
    department.slug = slugify(department.name, aliases.readings);
    const other = owners.get(department.slug);
    if (other) {
      const row = firstSeen.get(`${department.side}:${department.name}`);
      throw new SeedError(row?.file ?? '?', row?.line ?? 1, `"${department.name}" and "${other.name}" would share the URL slug "${department.slug}"; add a reading to the alias table to tell them apart`);
    }
    owners.set(department.slug, department);
  }
}

/**
 * Turns seed Markdown into a validated plan: seed text -> tables -> rows -> records -> plan.
 * Seeds are read in the order given, as one document. Throws SeedError at the first problem.
 */
export function parsePlan(seeds: SeedFile[], aliases: AliasTable = EMPTY_ALIAS_TABLE, options: ParseOptions = {}): Plan {
  if (seeds.length === 0) throw new Error('no seed files to parse');
  const canonicalName = canonicalNamer(aliases);
  let titled: { title: string; year: number } | null = null;
  let note: string | null = null;
  const carried = {};
  const rows: MeasureRow[] = [];
  const originals: Plan['meta']['originals'] = [];

  for (const seed of seeds) {
    const doc = readSeedDocument(seed.text);
    const provenance = readProvenance(seed.file, doc.frontMatter);
    checkNoUnreadTable(seed, doc);
    if (doc.tables.length === 0) throw new SeedError(seed.file, 1, 'no task table found: expected a Markdown table of measures');
    titled ??= readTitle(doc);
    note ??= readNote(doc)?.note ?? null;
    if (!titled) throw new SeedError(seed.file, 1, 'no title with the plan\'s year (a line like "2017年…任务分工表") before the first table');
    checkEveryBlockRead(seed, doc);
    const seedRows = readMeasureRows(seed, doc, carried);
    rows.push(...seedRows);
    if (provenance && doc.frontMatter) {
      const numbers = new Set(seedRows.map((row) => row.no));
      for (const [no, line] of provenance.rowLines) {
        if (!numbers.has(no)) throw new SeedError(seed.file, line, `the front matter says where measure ${no} stands in the original, but this seed has no measure ${no}`);
      }
      if (options.fileBeside) checkOriginal(seed.file, doc.frontMatter, provenance, options.fileBeside(seed.file, provenance.original.file));
      originals.push({ seed: seed.file, ...provenance.original });
    }
  }
  checkNumbering(rows);
  const year = titled!.year;

  const taskTitles = canonicalHeadings(rows.filter((row) => row.statesTask).map((row) => row.task));
  const areaTitles = canonicalHeadings(rows.filter((row) => row.statesArea).map((row) => row.area));
  const areaTask = new Map<number, MeasureRow>();
  for (const row of rows) {
    const first = areaTask.get(row.area.no);
    if (first && first.task.no !== row.task.no) {
      throw new SeedError(row.file, row.line, `area ${row.area.no} appears under task ${row.task.no} here but under task ${first.task.no} at line ${first.line}`);
    }
    if (!first) areaTask.set(row.area.no, row);
  }

  const firstSeen = new Map<string, MeasureRow>();
  const measures: Measure[] = rows
    .sort((a, b) => a.no - b.no)
    .map((row) => {
      const deadline = parseDeadline(row.deadlineLabel, year);
      if (!deadline) {
        throw new SeedError(row.file, row.line, `measure ${row.no}: cannot read the deadline "${row.deadlineLabel}" (expected "8月底", "2018年3月底", "年底", "已完成", "持续推进", "长期坚持" or "长期")`);
      }
      const names = (side: Side, raw: string[]) => {
        const canonical = raw.map((name) => canonicalName(side, name));
        canonical.forEach((name) => firstSeen.has(`${side}:${name}`) || firstSeen.set(`${side}:${name}`, row));
        const twice = canonical.find((name, i) => canonical.indexOf(name) !== i);
        if (twice) throw new SeedError(row.file, row.line, `measure ${row.no} lists "${twice}" twice among the ${side} departments`);
        return canonical;
      };
      return {
        id: row.no,
        task: { no: row.task.no, title: taskTitles.get(row.task.no)! },
        area: { no: row.area.no, title: areaTitles.get(row.area.no)! },
        text: row.text,
        group: row.group,
        municipal: names('municipal', row.municipal),
        district: names('district', row.district),
        deadline,
        source: { file: row.file, line: row.line },
      };
    });

  const departments = buildDepartments(measures, aliases);
  assignSlugs(departments, aliases, firstSeen);

  const tasks: Task[] = [...taskTitles].map(([no, title]) => ({ no, title })).sort((a, b) => a.no - b.no);
  const areas: Area[] = [...areaTitles]
    .map(([no, title]) => ({ no, title, task: areaTask.get(no)!.task.no }))
    .sort((a, b) => a.no - b.no);
  const groups = [...new Set(measures.map((measure) => measure.group))].map((name) => ({ slug: slugify(name, aliases.readings), name }));

  return planSchema.parse({
    meta: { title: titled!.title, year, note, sources: seeds.map((seed) => seed.file), originals },
    tasks,
    areas,
    groups,
    measures,
    departments,
  });
}
