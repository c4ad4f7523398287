import type { Side } from '../plan/schema.ts';
import type { Graph } from './buildGraph.ts';

export interface RoleCounts {
  slug: string;
  name: string;
  side: Side;
  /** Lead and support counts per task ordinal, for every task of the plan (zeros included). */
  byTask: Map<number, { lead: number; support: number }>;
  lead: number;
  support: number;
}

/**
 * The network as a table: for each department, how many measures of each task it leads and
 * supports. Departments that lead most come first on each side (then by support), so the
 * bodies that carry the plan head the table; ties keep the site's listing order.
 */
export function roleCountsByTask(graph: Graph): RoleCounts[] {
  const taskOf = new Map(graph.measures.map((m) => [m.id, m.task]));
  const rows = graph.departments.map((d): RoleCounts => {
    const byTask = new Map(graph.tasks.map((t) => [t.no, { lead: 0, support: 0 }]));
    for (const role of ['lead', 'support'] as const) {
      for (const id of d[role]) byTask.get(taskOf.get(id)!)![role] += 1;
    }
    return { slug: d.slug, name: d.name, side: d.side, byTask, lead: d.lead.length, support: d.support.length };
  });
  const sideRank = (side: Side) => (side === 'municipal' ? 0 : 1);
  // Array.prototype.sort is stable: equal counts keep the listing order.
  return rows.sort((a, b) => sideRank(a.side) - sideRank(b.side) || b.lead - a.lead || b.support - a.support);
}
