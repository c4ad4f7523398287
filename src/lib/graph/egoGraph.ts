import type { Graph } from './buildGraph.ts';

/**
 * The part of the graph around one department: its measures, every department named on
 * them (on either side) and all their assignments on those measures. Nodes keep their
 * whole-plan lead and support lists, so sizes and titles match the full network.
 */
export function egoGraph(graph: Graph, slug: string): Graph {
  const own = new Set(graph.edges.filter((e) => e.department === slug).map((e) => e.measure));
  const edges = graph.edges.filter((e) => own.has(e.measure));
  const involved = new Set(edges.map((e) => e.department));
  const measures = graph.measures.filter((m) => own.has(m.id));
  const tasks = new Set(measures.map((m) => m.task));
  return {
    departments: graph.departments.filter((d) => involved.has(d.slug)),
    measures,
    edges,
    tasks: graph.tasks.filter((t) => tasks.has(t.no)),
    groups: graph.groups,
  };
}
