/**
 * The site model: the parsed plans with every reference resolved, built once per build and
 * frozen. A site holds one plan or several; each plan (SitePlan) owns its measures, tasks,
 * areas, working groups, meta and role words, and a department is the site's: one body, one
 * slug, its duties plan by plan. The parser has already made names canonical (aliases applied) and guaranteed that
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
import { singlePlanSlug } from '../seed/planLayout.ts';
import type { PlanScope } from '../paths.ts';
import { commonRoles, planRoles, type RoleWords } from './planRoles.ts';

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
  readonly plan: SitePlan;
  readonly no: number;
  readonly title: string;
  readonly areas: readonly SiteArea[];
  readonly measures: readonly SiteMeasure[];
}

export interface SiteArea {
  readonly plan: SitePlan;
  readonly no: number;
  readonly title: string;
  readonly task: SiteTask;
  readonly measures: readonly SiteMeasure[];
}

export interface SiteGroup {
  readonly plan: SitePlan;
  readonly slug: string;
  readonly name: string;
  readonly measures: readonly SiteMeasure[];
}

export interface SiteMeasure {
  /** The plan it belongs to: its id is a number within that plan (measureKey names it site-wide). */
  readonly plan: SitePlan;
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

/** What a department has to do under one plan. */
export interface PlanDuties {
  readonly plan: SitePlan;
  /** The measures it is listed first on in this plan, in document order. */
  readonly lead: readonly SiteMeasure[];
  /** The measures it is listed after the first on in this plan, in document order. */
  readonly support: readonly SiteMeasure[];
  readonly assignments: readonly SiteAssignment[];
  /** The bodies it shares this plan's measures with, most shared first. */
  readonly coWorkers: readonly CoWorker[];
  /** The plan's parsed record of it (lead/support as that plan's ids). */
  readonly record: Department;
}

export interface SiteDepartment {
  readonly slug: string;
  readonly name: string;
  readonly side: Side;
  readonly aliases: readonly string[];
  /** The measures it is listed first on (its side's lead role), plan by plan, in document order. */
  readonly lead: readonly SiteMeasure[];
  /** The measures it is listed after the first on, plan by plan, in document order. */
  readonly support: readonly SiteMeasure[];
  /** Every assignment, plan by plan, in document order. */
  readonly assignments: readonly SiteAssignment[];
  /**
   * The bodies it shares measures with across plans, most shared first; ties keep the order in
   * which the documents first pair them, so the list is stable from build to build.
   */
  readonly coWorkers: readonly CoWorker[];
  /** Its duties in each plan that names it, in the site's plan order. */
  readonly duties: readonly PlanDuties[];
  /**
   * The parsed record (lead/support as ids): what the open-data files publish for it. With
   * several plans, its first plan's record (the ids are per plan: `duties` hold each plan's).
   */
  readonly record: Department;
}

/** One plan of the site, every reference in it resolved. */
export interface SitePlan extends PlanScope {
  /** Its slug: the folder name (seeds/<slug>/), or the first seed file's name for a one-plan site. */
  readonly slug: string;
  /** Its URL segment (/<slug>/…) with several plans; undefined for the one plan of a one-plan site. */
  readonly segment: string | undefined;
  readonly meta: PlanMeta;
  /** The words its 说明 uses for each side's first-listed body and the rest. */
  readonly roles: RoleWords;
  /** In document order (by id). */
  readonly measures: readonly SiteMeasure[];
  /** The bodies it names, municipal first, each side in the order the document first names them. */
  readonly departments: readonly SiteDepartment[];
  readonly tasks: readonly SiteTask[];
  readonly areas: readonly SiteArea[];
  readonly groups: readonly SiteGroup[];
  /** All its assignments, by measure, municipal first, in list order. */
  readonly assignments: readonly SiteAssignment[];
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
  task(no: number): SiteTask;
  area(no: number): SiteArea;
  group(slug: string): SiteGroup;
}

export interface SiteModel {
  /** The plans, in the seeds folder's name order. */
  readonly plans: readonly SitePlan[];
  /** True when the site holds more than one plan: plan pages then sit under /<slug>/. */
  readonly several: boolean;
  /**
   * The plan the one-plan layout's old URLs lead to once there are several: site.config.json's
   * `primaryPlan`, else the earliest year's (the first in name order among equals).
   */
  readonly primary: SitePlan;
  /**
   * The role words of a page about every plan (search, the departments index, /data/): the
   * plans' own when they all call the roles alike, else neutral words (planRoles.ts commonRoles).
   */
  readonly roles: RoleWords;
  /** Every plan's measures, plan by plan, each in document order. */
  readonly measures: readonly SiteMeasure[];
  /** The site's bodies: municipal first, each side in the order the plans first name them. */
  readonly departments: readonly SiteDepartment[];
  /** All assignments, plan by plan. */
  readonly assignments: readonly SiteAssignment[];
  /** The data decisions (seeds/aliases.yaml): aliases, readings, Traditional overrides, role words. */
  readonly decisions: AliasTable;
  plan(slug: string): SitePlan;
  department(slug: string): SiteDepartment;
}

/** One plan's input to the model: its slug, the plan as parsed and its seeds as published. */
export interface PlanInput {
  readonly slug: string;
  readonly plan: Plan;
  readonly documents?: readonly SourceDocument[];
  /** Its progress file (progress.yaml beside its seed), checked against it; absent or null: none. */
  readonly progress?: ProgressFile | null;
}

export interface ModelOptions {
  /** The slug of the plan old one-plan URLs lead to (site.config.json's primaryPlan). */
  readonly primaryPlan?: string | null | undefined;
}

/** A department's duties under one plan (it must be named in it). */
export { dutiesIn } from './dutiesIn.ts';

/** A measure's name across the site: its plan's slug and its number ("hengqin-2017/12"). */
export function measureKey(measure: { readonly plan: { readonly slug: string }; readonly id: number }): string {
  return `${measure.plan.slug}/${measure.id}`;
}

function lookup<K, V>(map: Map<K, V>, what: string): (key: K) => V {
  return (key) => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`no ${what} ${String(key)}`);
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

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/** The bodies a department shares measures with, most shared first (ties in first-pairing order). */
function coWorkersOf(department: SiteDepartment, assignments: readonly SiteAssignment[]): CoWorker[] {
  const partners = new Map<SiteDepartment, SiteMeasure[]>();
  for (const own of assignments) {
    for (const other of own.measure.assignments) {
      if (other.department === department) continue;
      const shared = partners.get(other.department) ?? [];
      if (shared.at(-1) !== own.measure) shared.push(own.measure);
      partners.set(other.department, shared);
    }
  }
  // Array.prototype.sort is stable: equal counts stay in first-pairing order.
  return [...partners].map(([partner, shared]) => ({ department: partner, measures: shared })).sort((a, b) => b.measures.length - a.measures.length);
}

/** One plan's objects, wired to the site's departments (created on first mention). */
function buildPlan(input: PlanInput, segment: string | undefined, decisions: AliasTable, register: Map<string, Mutable<SiteDepartment>>): SitePlan {
  const { plan, slug } = input;
  const documents = input.documents ?? [];
  const sitePlan = { slug, segment, meta: plan.meta, roles: planRoles(plan.meta.note, decisions) } as Mutable<SitePlan>;
  const tasks = [...plan.tasks].sort((a, b) => a.no - b.no).map((t): Mutable<SiteTask> => ({ plan: sitePlan as SitePlan, no: t.no, title: t.title, areas: [], measures: [] }));
  const taskByNo = new Map(tasks.map((t) => [t.no, t]));
  const areas = [...plan.areas]
    .sort((a, b) => a.no - b.no)
    .map((a): Mutable<SiteArea> => ({ plan: sitePlan as SitePlan, no: a.no, title: a.title, task: lookup(taskByNo, 'task')(a.task) as SiteTask, measures: [] }));
  const areaByNo = new Map(areas.map((a) => [a.no, a]));
  for (const area of areas) (area.task as Mutable<SiteTask>).areas.push(area as SiteArea);
  const groups = plan.groups.map((g): Mutable<SiteGroup> => ({ plan: sitePlan as SitePlan, slug: g.slug, name: g.name, measures: [] }));
  const groupByName = new Map(groups.map((g) => [g.name, g]));

  // Departments in order of first mention need the measures in document order, whatever order
  // the collections hand them over in.
  const orderedMeasures = [...plan.measures].sort((a, b) => a.id - b.id);
  const orderedRecords = sortDepartments([...plan.departments], orderedMeasures);
  const duties = new Map<string, Mutable<PlanDuties>>();
  const departments = orderedRecords.map((d) => {
    const key = `${d.side}:${d.name}`;
    let department = register.get(key);
    if (!department) {
      department = { slug: d.slug, name: d.name, side: d.side, aliases: [...d.aliases], lead: [], support: [], assignments: [], coWorkers: [], duties: [], record: d };
      register.set(key, department);
    }
    for (const alias of d.aliases) if (!department.aliases.includes(alias)) department.aliases.push(alias);
    const duty: Mutable<PlanDuties> = { plan: sitePlan as SitePlan, lead: [], support: [], assignments: [], coWorkers: [], record: d };
    department.duties.push(duty as PlanDuties);
    duties.set(key, duty);
    return department;
  });
  const departmentBySideName = new Map(departments.map((d) => [`${d.side}:${d.name}`, d]));

  const measures: Mutable<SiteMeasure>[] = [];
  const assignments: SiteAssignment[] = [];
  for (const record of orderedMeasures) {
    const measure: Mutable<SiteMeasure> = {
      plan: sitePlan as SitePlan,
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
        const duty = duties.get(`${side}:${name}`)!;
        const role: Role = i === 0 ? 'lead' : 'support';
        const assignment: SiteAssignment = { measure: measure as SiteMeasure, department: department as SiteDepartment, side, role, position: i + 1 };
        measure[side].push(assignment);
        measure.assignments.push(assignment);
        if (role === 'lead') measure.leads.push(assignment);
        department.assignments.push(assignment);
        department[role].push(measure as SiteMeasure);
        duty.assignments.push(assignment);
        duty[role].push(measure as SiteMeasure);
        assignments.push(assignment);
      });
    }
    (measure.task as Mutable<SiteTask>).measures.push(measure as SiteMeasure);
    (measure.area as Mutable<SiteArea>).measures.push(measure as SiteMeasure);
    (measure.group as Mutable<SiteGroup>).measures.push(measure as SiteMeasure);
    measures.push(measure);
  }
  for (const [key, duty] of duties) duty.coWorkers = coWorkersOf(register.get(key) as SiteDepartment, duty.assignments);

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
  const inPlan = (what: string) => `${what} in plan ${slug}`;
  return Object.assign(sitePlan, {
    measures: measures as SiteMeasure[],
    departments: departments as SiteDepartment[],
    tasks: tasks as SiteTask[],
    areas: areas as SiteArea[],
    groups: groups as SiteGroup[],
    assignments,
    plan: {
      ...plan,
      measures: orderedMeasures,
      departments: orderedRecords,
      tasks: [...plan.tasks].sort((a, b) => a.no - b.no),
      areas: [...plan.areas].sort((a, b) => a.no - b.no),
    },
    source,
    progress: input.progress ? planProgress(orderedMeasures, input.progress) : null,
    measure: lookup(measureById, inPlan('measure')),
    task: lookup(taskByNo as Map<number, SiteTask>, inPlan('task')),
    area: lookup(areaByNo as Map<number, SiteArea>, inPlan('area')),
    group: lookup(groupBySlug, inPlan('working group')),
  }) as SitePlan;
}

/**
 * The resolved, frozen model of the site's plans: a list of plans (each with its slug and
 * documents), or one parsed plan (a one-plan site; its slug from its first seed file's name).
 */
export function buildSiteModel(input: Plan | readonly PlanInput[], decisions: AliasTable, documents: readonly SourceDocument[] = [], options: ModelOptions = {}): SiteModel {
  const inputs: readonly PlanInput[] = Array.isArray(input) ? input : [{ slug: singlePlanSlug((input as Plan).meta.sources[0] ?? 'plan'), plan: input as Plan, documents }];
  if (inputs.length === 0) throw new Error('a site needs at least one plan');
  const several = inputs.length > 1;
  const register = new Map<string, Mutable<SiteDepartment>>();
  const plans = inputs.map((plan) => buildPlan(plan, several ? plan.slug : undefined, decisions, register));

  // Municipal first, then as the plans first name them (Array.prototype.sort is stable).
  const departments = [...register.values()].sort((a, b) => (a.side === b.side ? 0 : a.side === 'municipal' ? -1 : 1));
  for (const department of departments) department.coWorkers = coWorkersOf(department as SiteDepartment, department.assignments);

  const planBySlug = new Map(plans.map((p) => [p.slug, p]));
  const wanted = options.primaryPlan;
  if (wanted && !planBySlug.has(wanted)) throw new Error(`site.config.json: primaryPlan: no plan "${wanted}" (the plans are ${plans.map((p) => p.slug).join(', ')})`);
  const earliest = plans.reduce((best, p) => (p.meta.year < best.meta.year ? p : best));
  const model: SiteModel = {
    plans,
    several,
    primary: wanted ? planBySlug.get(wanted)! : earliest,
    roles: commonRoles(plans),
    measures: plans.flatMap((p) => p.measures),
    departments: departments as SiteDepartment[],
    assignments: plans.flatMap((p) => p.assignments),
    decisions,
    plan: lookup(planBySlug, 'plan'),
    department: lookup(new Map(departments.map((d) => [d.slug, d as SiteDepartment])), 'department'),
  };
  return deepFreeze(model);
}
