import { dutiesIn } from '../model/dutiesIn.ts';
import type { Role, SitePlan } from '../model/siteModel.ts';
import type { Side } from '../plan/schema.ts';

export type { Role };

/** A body a department shares measures with, by slug, and the ids of the measures they share. */
export interface CoWorkerRef {
  slug: string;
  measures: number[];
}

/** A department (either side) as a node. */
export interface DepartmentNode {
  kind: 'department';
  /** The department's slug: unique across both sides. */
  slug: string;
  name: string;
  side: Side;
  /** Ids of the measures it is listed first on (its side's lead role), in document order. */
  lead: number[];
  /** Ids of the measures it is listed after the first on, in document order. */
  support: number[];
  /** The site model's co-workers (most shared first), as slugs and measure ids. */
  coWorkers: CoWorkerRef[];
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
  /** Measures in document order. */
  measures: MeasureNode[];
  /** One edge per assignment, ordered by measure, then side (municipal first), then list position. */
  edges: GraphEdge[];
  tasks: { no: number; title: string }[];
  groups: { slug: string; name: string }[];
}

/** The parts of the site model the network is drawn from. */
export type GraphSource = Pick<SitePlan, 'slug' | 'measures' | 'departments' | 'tasks' | 'groups' | 'assignments'>;

/**
 * A plan's bipartite responsibility graph: departments and measures are nodes, every assignment
 * of a department to a measure is an edge. A flat, serialisable copy of the site model (slugs
 * and ids instead of object references), in the model's order, for layout, slicing and the
 * browser: the model has already resolved every name and checked every list.
 */
export function buildGraph(model: GraphSource): Graph {
  return {
    // A plan's network: each body's duties and co-workers within this plan.
    departments: model.departments.map((department) => {
      const d = dutiesIn(department, model);
      return {
        kind: 'department',
        slug: department.slug,
        name: department.name,
        side: department.side,
        lead: d.lead.map((m) => m.id),
        support: d.support.map((m) => m.id),
        coWorkers: d.coWorkers.map((c) => ({ slug: c.department.slug, measures: c.measures.map((m) => m.id) })),
      };
    }),
    measures: model.measures.map((m) => ({ kind: 'measure', id: m.id, text: m.text, task: m.task.no, area: m.area.no, group: m.group.slug })),
    edges: model.assignments.map((a) => ({ department: a.department.slug, measure: a.measure.id, side: a.side, role: a.role })),
    tasks: model.tasks.map((t) => ({ no: t.no, title: t.title })),
    groups: model.groups.map((g) => ({ slug: g.slug, name: g.name })),
  };
}
