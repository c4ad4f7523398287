import type { Graph } from './buildGraph.ts';

/**
 * The part of the graph a network page draws: the given measures, every assignment on them
 * and the departments named there. Unlike the ego network, departments keep only their lead
 * and support lists (and co-workers' shared measures) within the slice, so node sizes, titles,
 * the table and the focus panel count what the page draws; tasks and working groups are those
 * the measures belong to, so the filters offer no choice that would empty the drawing.
 */
export function sliceGraph(graph: Graph, measureIds: Iterable<number>): Graph {
  const keep = new Set(measureIds);
  const measures = graph.measures.filter((m) => keep.has(m.id));
  const edges = graph.edges.filter((e) => keep.has(e.measure));
  const involved = new Set(edges.map((e) => e.department));
  const tasks = new Set(measures.map((m) => m.task));
  const groups = new Set(measures.map((m) => m.group));
  const within = (ids: number[]) => ids.filter((id) => keep.has(id));
  return {
    departments: graph.departments
      .filter((d) => involved.has(d.slug))
      .map((d) => ({
        ...d,
        lead: within(d.lead),
        support: within(d.support),
        coWorkers: d.coWorkers.map((c) => ({ slug: c.slug, measures: within(c.measures) })).filter((c) => c.measures.length > 0),
      })),
    measures,
    edges,
    tasks: graph.tasks.filter((t) => tasks.has(t.no)),
    groups: graph.groups.filter((g) => groups.has(g.slug)),
  };
}
