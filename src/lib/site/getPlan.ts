/** TRANSITION ONLY: the plan as records for components not yet on the site model (getSiteModel, src/lib/site/model.ts). Delete once nothing imports it. */
import { getCollection, getEntry } from 'astro:content';
import { sortDepartments } from '../plan/departmentOrder.ts';
import type { Area, Department, Group, Measure, PlanMeta, Side, Task } from '../plan/schema.ts';

export interface SitePlan {
  meta: PlanMeta;
  measures: Measure[];
  departments: Department[];
  tasks: Task[];
  areas: Area[];
  groups: Group[];
  /** The department record for a name as it stands in a measure's list. */
  department: (side: Side, name: string) => Department;
  /** The measure with this number. */
  measure: (id: number) => Measure;
  /** The working group record for a measure's group name. */
  group: (name: string) => Group;
}

let cached: Promise<SitePlan> | undefined;

async function load(): Promise<SitePlan> {
  const metaEntry = await getEntry('plan', 'plan');
  if (!metaEntry) throw new Error('the plan collection has no entry: run `npm run parse`');
  const data = <T extends { data: unknown }>(entries: T[]) => entries.map((entry) => entry.data as T['data']);
  const [measures, departments, tasks, areas, groups]: [Measure[], Department[], Task[], Area[], Group[]] = await Promise.all([
    getCollection('measures').then(data),
    getCollection('departments').then(data),
    getCollection('tasks').then(data),
    getCollection('areas').then(data),
    getCollection('groups').then(data),
  ]);
  measures.sort((a, b) => a.id - b.id);
  sortDepartments(departments, measures);
  tasks.sort((a, b) => a.no - b.no);
  areas.sort((a, b) => a.no - b.no);

  const bySideName = new Map(departments.map((d) => [`${d.side}:${d.name}`, d]));
  const byGroupName = new Map(groups.map((g) => [g.name, g]));
  const byId = new Map(measures.map((m) => [m.id, m]));
  return {
    meta: metaEntry.data,
    measures,
    departments,
    tasks,
    areas,
    groups,
    department: (side, name) => {
      const found = bySideName.get(`${side}:${name}`);
      if (!found) throw new Error(`no department "${name}" on the ${side} side`);
      return found;
    },
    measure: (id) => {
      const found = byId.get(id);
      if (!found) throw new Error(`no measure ${id}`);
      return found;
    },
    group: (name) => {
      const found = byGroupName.get(name);
      if (!found) throw new Error(`no working group "${name}"`);
      return found;
    },
  };
}

/** The whole plan from the content collections, loaded once per build. */
export function getPlan(): Promise<SitePlan> {
  cached ??= load();
  return cached;
}
