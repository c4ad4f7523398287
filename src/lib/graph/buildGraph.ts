import type { Department, Group, Measure, Side, Task } from '../plan/schema.ts';

/** The plan data the responsibility network is drawn from. */
export interface GraphInput {
  measures: readonly Measure[];
  departments: readonly Department[];
  groups: readonly Group[];
  tasks: readonly Task[];
}

export type Role = 'lead' | 'support';

/** A department (either side) as a node. */
export interface DepartmentNode {
  kind: 'department';
  /** The department's slug: unique across both sides. */
  slug: string;
  name: string;
  side: Side;
  /** Ids of the measures it leads on its side, ascending. */
  lead: number[];
  /** Ids of the measures it supports on its side, ascending. */
  support: number[];
}

/** A measure as a node. */
export interface MeasureNode {
  kind: 'measure';
  id: number;
  text: string;
  /** Ordinal of its main task. */
  task: number;
  /** Document-wide ordinal of its area. */
  area: number;
  /** Slug of its municipal working group. */
  group: string;
}

/** One assignment: a department named on a measure, on its side, in one role. */
export interface GraphEdge {
  department: string;
  measure: number;
  side: Side;
  role: Role;
}

export interface Graph {
  /** Departments in the site's listing order (municipal first). */
  departments: DepartmentNode[];
  /** Measures by id. */
  measures: MeasureNode[];
  /** One edge per assignment, ordered by measure, then side (municipal first), then list position. */
  edges: GraphEdge[];
  tasks: Task[];
  groups: Group[];
}

/**
 * The bipartite responsibility graph: departments and measures are nodes, every assignment
 * of a department to a measure is an edge. Edges are read from the measures' own lists (the
 * first name on each side leads), so the graph says exactly what the document says; each is
 * checked against the department records, so the two views of the data cannot drift apart.
 */
export function buildGraph(input: GraphInput): Graph {
  const groupSlug = new Map(input.groups.map((g) => [g.name, g.slug]));
  const bySideName = new Map<string, Department>();
  for (const d of input.departments) {
    bySideName.set(`${d.side}:${d.name}`, d);
    for (const alias of d.aliases) bySideName.set(`${d.side}:${alias}`, d);
  }

  const measures = [...input.measures].sort((a, b) => a.id - b.id);
  const edges: GraphEdge[] = [];
  for (const m of measures) {
    for (const side of ['municipal', 'district'] as const) {
      m[side].forEach((name, position) => {
        const department = bySideName.get(`${side}:${name}`);
        if (!department) throw new Error(`measure ${m.id} names "${name}" (${side}), which is no department`);
        const role: Role = position === 0 ? 'lead' : 'support';
        if (!department[role].includes(m.id)) {
          throw new Error(`measure ${m.id} has ${department.name} in the ${role} role, but its record does not say so`);
        }
        edges.push({ department: department.slug, measure: m.id, side, role });
      });
    }
  }

  return {
    departments: input.departments.map((d) => ({
      kind: 'department',
      slug: d.slug,
      name: d.name,
      side: d.side,
      lead: [...d.lead].sort((a, b) => a - b),
      support: [...d.support].sort((a, b) => a - b),
    })),
    measures: measures.map((m) => {
      const group = groupSlug.get(m.group);
      if (!group) throw new Error(`measure ${m.id} names working group "${m.group}", which is not in the list of groups`);
      return { kind: 'measure', id: m.id, text: m.text, task: m.task.no, area: m.area.no, group };
    }),
    edges,
    tasks: [...input.tasks].sort((a, b) => a.no - b.no),
    groups: [...input.groups],
  };
}
