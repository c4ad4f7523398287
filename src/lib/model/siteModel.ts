/**
 * The site model: the parsed plan with every reference resolved, built once per build and
 * frozen. The parser has already made names canonical (aliases applied) and guaranteed that
 * each department's lead and support lists agree with the measures, so nothing here looks a
 * name up twice: a measure holds its assignments with the department object, a department
 * holds its measures by role, in document order. Pages and components receive these
 * objects; none of them resolves a name or re-sorts.
 *
 * Pure: built from a Plan (and the alias table's decisions), so unit tests, scripts and the
 * fixture sites build the same model as the site.
 */
import type { AliasTable } from '../seed/aliasTable.ts';
import type { SourceDocument } from '../seed/sourceDocument.ts';
import { sortDepartments } from '../plan/departmentOrder.ts';
import type { Deadline, Department, Measure, Origin, Plan, PlanMeta, Side, Source } from '../plan/schema.ts';
import { planProgress, type PlanProgress } from '../progress/measureProgress.ts';
import type { ProgressFile } from '../progress/parseProgress.ts';

export const SIDES = ['municipal', 'district'] as const satisfies readonly Side[];

/** What each column of a source table holds, in order (its cells follow this order). */
export { ROLES as SOURCE_COLUMNS } from '../seed/recogniseColumns.ts';

/**
 * A department's place on a measure. `lead` is the first listed on its side: the
 * 主要支持指导部门 on the municipal side, the 主要牵头落实部门 (牵头) on the Hengqin side;
 * `support` the others (支持配合部门 / 配合参加部门). The words are the UI's (ui.roles).
 */
export type Role = 'lead' | 'support';

export interface SiteAssignment {
  readonly measure: SiteMeasure;
  readonly department: SiteDepartment;
  readonly side: Side;
  readonly role: Role;
  /** 1-based place in the measure's list on that side; 1 is the lead. */
  readonly position: number;
}

export interface SiteTask {
  readonly no: number;
  readonly title: string;
  readonly areas: readonly SiteArea[];
  readonly measures: readonly SiteMeasure[];
}

export interface SiteArea {
  readonly no: number;
  readonly title: string;
  readonly task: SiteTask;
  readonly measures: readonly SiteMeasure[];
}

export interface SiteGroup {
  readonly slug: string;
  readonly name: string;
  readonly measures: readonly SiteMeasure[];
}

export interface SiteMeasure {
  readonly id: number;
  readonly text: string;
  readonly task: SiteTask;
  readonly area: SiteArea;
  readonly group: SiteGroup;
  readonly deadline: Deadline;
  readonly source: Source;
  /** Each side's assignments in the document's order; the first is the lead. */
  readonly municipal: readonly SiteAssignment[];
  readonly district: readonly SiteAssignment[];
  /** Both sides' assignments, municipal first. */
  readonly assignments: readonly SiteAssignment[];
  /** The first listed department on each side (absent when the side is empty). */
  readonly leads: readonly SiteAssignment[];
  readonly previous: SiteMeasure | undefined;
  readonly next: SiteMeasure | undefined;
  /** The parsed record, names and all: what the open-data files publish for it. */
  readonly record: Measure;
  /** Its row in the document as published (the source page), when the model has the documents. */
  readonly sourceRow: SiteSourceRow | undefined;
}

/**
 * The document as published, for the source page: each seed's preamble and tables with the
 * cells as written (SourceDocument), every table numbered through the whole document and
 * every row tied to the measure it holds.
 */
export interface SiteSourceDocument extends Omit<SourceDocument, 'tables'> {
  readonly tables: readonly SiteSourceTable[];
}

export interface SiteSourceTable {
  /** 1-based, through all seeds in reading order: the document's n-th table. */
  readonly no: number;
  readonly line: number;
  readonly header: SourceDocument['tables'][number]['header'];
  readonly rows: readonly SiteSourceRow[];
}

export interface SiteSourceRow {
  readonly table: SiteSourceTable;
  /** 1-based place in its table, header not counted. */
  readonly position: number;
  readonly line: number;
  /** One cell per column (task, area, measure, group, municipal, district, deadline), exactly as the seed has it. */
  readonly cells: readonly string[];
  readonly measure: SiteMeasure | undefined;
  /** Where the row stands in the original file, for a seed imported from one. */
  readonly origin: Origin | undefined;
}

/** A body a department shares measures with, on either side, with the measures they share. */
export interface CoWorker {
  readonly department: SiteDepartment;
  readonly measures: readonly SiteMeasure[];
}

export interface SiteDepartment {
  readonly slug: string;
  readonly name: string;
  readonly side: Side;
  readonly aliases: readonly string[];
  /** The measures it is listed first on (its side's lead role), in document order. */
  readonly lead: readonly SiteMeasure[];
  /** The measures it is listed after the first on, in document order. */
  readonly support: readonly SiteMeasure[];
  /** Every assignment, in document order. */
  readonly assignments: readonly SiteAssignment[];
  /**
   * The bodies it shares measures with, most shared first; ties keep the order in which the
   * document first pairs them, so the list is stable from build to build.
   */
  readonly coWorkers: readonly CoWorker[];
  /** The parsed record (lead/support as ids): what the open-data files publish for it. */
  readonly record: Department;
}

export interface SiteModel {
  readonly meta: PlanMeta;
  /** In document order (by id). */
  readonly measures: readonly SiteMeasure[];
  /** Municipal first, each side in the order the document first names them. */
  readonly departments: readonly SiteDepartment[];
  readonly tasks: readonly SiteTask[];
  readonly areas: readonly SiteArea[];
  readonly groups: readonly SiteGroup[];
  /** All assignments, by measure, municipal first, in list order. */
  readonly assignments: readonly SiteAssignment[];
  /** The data decisions (seeds/aliases.yaml): aliases, readings, Traditional overrides. */
  readonly decisions: AliasTable;
  /**
   * The plan as parsed, for the open-data files (which publish names, not objects), in the
   * model's order: measures by id, departments as `departments`, tasks and areas by number.
   */
  readonly plan: Plan;
  /** The document as published, seed by seed (empty when the model was built without it). */
  readonly source: readonly SiteSourceDocument[];
  /**
   * What became of each measure: the plan's progress file (progress.yaml beside its seed) as
   * of its asOf; null when the plan has none, and then no page shows a trace of progress.
   * Belongs to the plan: with several plans each plan holds its own.
   */
  readonly progress: PlanProgress | null;
  measure(id: number): SiteMeasure;
  department(slug: string): SiteDepartment;
  task(no: number): SiteTask;
  area(no: number): SiteArea;
  group(slug: string): SiteGroup;
}

function lookup<K, V>(map: Map<K, V>, what: string): (key: K) => V {
  return (key) => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`the plan has no ${what} ${String(key)}`);
    return found;
  };
}

/** Freezes a graph of plain objects and arrays, cycles included. */
function deepFreeze<T>(root: T): T {
  const seen = new Set<unknown>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    for (const inner of Object.values(value)) stack.push(inner);
    Object.freeze(value);
  }
  return root;
}

/** The resolved, frozen model of a parsed plan. */
export function buildSiteModel(plan: Plan, decisions: AliasTable, documents: readonly SourceDocument[] = [], progress: ProgressFile | null = null): SiteModel {
  // Mutable while wiring, frozen at the end: the types above are the read-only view.
  type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

  const tasks = [...plan.tasks].sort((a, b) => a.no - b.no).map((t): Mutable<SiteTask> => ({ no: t.no, title: t.title, areas: [], measures: [] }));
  const taskByNo = new Map(tasks.map((t) => [t.no, t]));
  const areas = [...plan.areas]
    .sort((a, b) => a.no - b.no)
    .map((a): Mutable<SiteArea> => ({ no: a.no, title: a.title, task: lookup(taskByNo, 'task')(a.task) as SiteTask, measures: [] }));
  const areaByNo = new Map(areas.map((a) => [a.no, a]));
  for (const area of areas) (area.task as Mutable<SiteTask>).areas.push(area as SiteArea);
  const groups = plan.groups.map((g): Mutable<SiteGroup> => ({ slug: g.slug, name: g.name, measures: [] }));
  const groupByName = new Map(groups.map((g) => [g.name, g]));

  // Departments in order of first mention need the measures in document order, whatever order
  // the collections hand them over in.
  const orderedMeasures = [...plan.measures].sort((a, b) => a.id - b.id);
  const orderedRecords = sortDepartments([...plan.departments], orderedMeasures);
  const departments = orderedRecords.map(
    (d): Mutable<SiteDepartment> => ({ slug: d.slug, name: d.name, side: d.side, aliases: [...d.aliases], lead: [], support: [], assignments: [], coWorkers: [], record: d }),
  );
  const departmentBySideName = new Map(departments.map((d) => [`${d.side}:${d.name}`, d]));
  const departmentBySlug = new Map(departments.map((d) => [d.slug, d]));

  const measures: Mutable<SiteMeasure>[] = [];
  const assignments: SiteAssignment[] = [];
  for (const record of orderedMeasures) {
    const measure: Mutable<SiteMeasure> = {
      id: record.id,
      text: record.text,
      task: lookup(taskByNo, 'task')(record.task.no) as SiteTask,
      area: lookup(areaByNo, 'area')(record.area.no) as SiteArea,
      group: lookup(groupByName, 'working group')(record.group) as SiteGroup,
      deadline: record.deadline,
      source: record.source,
      municipal: [],
      district: [],
      assignments: [],
      leads: [],
      previous: measures.at(-1) as SiteMeasure | undefined,
      next: undefined,
      record,
      sourceRow: undefined,
    };
    const previous = measures.at(-1);
    if (previous) previous.next = measure as SiteMeasure;
    for (const side of SIDES) {
      record[side].forEach((name, i) => {
        const department = lookup(departmentBySideName, 'department')(`${side}:${name}`);
        const role: Role = i === 0 ? 'lead' : 'support';
        const assignment: SiteAssignment = { measure: measure as SiteMeasure, department: department as SiteDepartment, side, role, position: i + 1 };
        measure[side].push(assignment);
        measure.assignments.push(assignment);
        if (role === 'lead') measure.leads.push(assignment);
        department.assignments.push(assignment);
        department[role].push(measure as SiteMeasure);
        assignments.push(assignment);
      });
    }
    (measure.task as Mutable<SiteTask>).measures.push(measure as SiteMeasure);
    (measure.area as Mutable<SiteArea>).measures.push(measure as SiteMeasure);
    (measure.group as Mutable<SiteGroup>).measures.push(measure as SiteMeasure);
    measures.push(measure);
  }

  for (const department of departments) {
    const partners = new Map<SiteDepartment, SiteMeasure[]>();
    for (const own of department.assignments) {
      for (const other of own.measure.assignments) {
        if (other.department === (department as SiteDepartment)) continue;
        const shared = partners.get(other.department) ?? [];
        if (shared.at(-1) !== own.measure) shared.push(own.measure);
        partners.set(other.department, shared);
      }
    }
    // Array.prototype.sort is stable: equal counts stay in first-pairing order.
    department.coWorkers = [...partners].map(([partner, shared]) => ({ department: partner, measures: shared })).sort((a, b) => b.measures.length - a.measures.length);
  }

  const measureByLine = new Map(measures.map((m) => [`${m.source.file}:${m.source.line}`, m]));
  let tableNo = 0;
  const source = documents.map((document): SiteSourceDocument => ({
    ...document,
    tables: document.tables.map((table) => {
      const siteTable: Mutable<SiteSourceTable> = { no: ++tableNo, line: table.line, header: table.header, rows: [] };
      siteTable.rows = table.rows.map((row, i) => {
        const measure = measureByLine.get(`${document.file}:${row.line}`);
        const siteRow: SiteSourceRow = { table: siteTable as SiteSourceTable, position: i + 1, line: row.line, cells: row.cells, measure: measure as SiteMeasure | undefined, origin: row.origin };
        if (measure) measure.sourceRow = siteRow;
        return siteRow;
      });
      return siteTable as SiteSourceTable;
    }),
  }));

  const measureById = new Map(measures.map((m) => [m.id, m as SiteMeasure]));
  const groupBySlug = new Map(groups.map((g) => [g.slug, g as SiteGroup]));
  const model: SiteModel = {
    meta: plan.meta,
    measures: measures as SiteMeasure[],
    departments: departments as SiteDepartment[],
    tasks: tasks as SiteTask[],
    areas: areas as SiteArea[],
    groups: groups as SiteGroup[],
    assignments,
    decisions,
    plan: {
      ...plan,
      measures: orderedMeasures,
      departments: orderedRecords,
      tasks: [...plan.tasks].sort((a, b) => a.no - b.no),
      areas: [...plan.areas].sort((a, b) => a.no - b.no),
    },
    source,
    progress: progress ? planProgress(orderedMeasures, progress) : null,
    measure: lookup(measureById, 'measure'),
    department: lookup(departmentBySlug as Map<string, SiteDepartment>, 'department'),
    task: lookup(taskByNo as Map<number, SiteTask>, 'task'),
    area: lookup(areaByNo as Map<number, SiteArea>, 'area'),
    group: lookup(groupBySlug, 'working group'),
  };
  return deepFreeze(model);
}
