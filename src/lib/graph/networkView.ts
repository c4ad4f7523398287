/**
 * What the interactive network shows: filters and the focused node, as they travel in the
 * URL (`?focus=<slug>&task=2&group=<slug>&side=district&role=lead`), and which nodes and
 * edges a view keeps. Pure, so the browser script stays thin and this logic is unit-tested.
 */
import type { Role } from './buildGraph.ts';
import { nodeKey } from './nodeKey.ts';

export interface NetworkView {
  /** Node key (`d:<slug>` or `m:<id>`) of the focused node, if any. */
  focus: string | null;
  task: number | null;
  /** Working group slug. */
  group: string | null;
  side: 'municipal' | 'district' | null;
  role: 'all' | 'lead';
}

export const EMPTY_VIEW: NetworkView = { focus: null, task: null, group: null, side: null, role: 'all' };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * The view a query string asks for. `focus` is a department slug, or a measure number
 * (slugs come from pinyin, so they always contain letters). Anything malformed is ignored.
 */
export function parseView(search: string): NetworkView {
  const params = new URLSearchParams(search);
  const focus = params.get('focus') ?? '';
  const task = Number(params.get('task'));
  const group = params.get('group') ?? '';
  const side = params.get('side');
  return {
    focus: /^\d+$/u.test(focus) ? nodeKey.measure(Number(focus)) : SLUG.test(focus) ? nodeKey.department(focus) : null,
    task: Number.isInteger(task) && task > 0 ? task : null,
    group: SLUG.test(group) ? group : null,
    side: side === 'municipal' || side === 'district' ? side : null,
    role: params.get('role') === 'lead' ? 'lead' : 'all',
  };
}

/** The query string for a view ('' for the plain view), in a fixed parameter order. */
export function formatView(view: NetworkView): string {
  const params = new URLSearchParams();
  if (view.focus) params.set('focus', view.focus.slice(2));
  if (view.task !== null) params.set('task', String(view.task));
  if (view.group) params.set('group', view.group);
  if (view.side) params.set('side', view.side);
  if (view.role === 'lead') params.set('role', 'lead');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The graph as the browser script reads it back from the drawing's data-* attributes. */
export interface ViewModel {
  measures: { key: string; task: number; group: string }[];
  departments: { key: string }[];
  edges: { from: string; to: string; side: 'municipal' | 'district'; role: Role }[];
}

export interface VisibleParts {
  /** Keys of nodes to show. */
  nodes: Set<string>;
  /** Indexes (into model.edges) of edges to show. */
  edges: Set<number>;
}

/**
 * The nodes and edges a view's filters keep: measures of the chosen task and working group;
 * their edges on the chosen side, in the chosen role; departments with at least one edge left.
 */
export function visibleParts(model: ViewModel, view: NetworkView): VisibleParts {
  const nodes = new Set<string>();
  for (const m of model.measures) {
    if ((view.task === null || m.task === view.task) && (view.group === null || m.group === view.group)) nodes.add(m.key);
  }
  const edges = new Set<number>();
  model.edges.forEach((edge, index) => {
    if (!nodes.has(edge.to)) return;
    if (view.side !== null && edge.side !== view.side) return;
    if (view.role === 'lead' && edge.role !== 'lead') return;
    edges.add(index);
  });
  for (const index of edges) nodes.add(model.edges[index]!.from);
  return { nodes, edges };
}

/**
 * What focusing on a node keeps lit, among the visible parts: for a department, its measures
 * and every department on them (its co-workers); for a measure, its departments. Edges: all
 * the visible edges of those measures.
 */
export function focusParts(model: ViewModel, visible: VisibleParts, key: string): VisibleParts {
  const nodes = new Set<string>();
  const edges = new Set<number>();
  if (!visible.nodes.has(key)) return { nodes, edges };
  nodes.add(key);
  const measures = new Set<string>();
  if (key.startsWith('m:')) measures.add(key);
  for (const index of visible.edges) {
    if (model.edges[index]!.from === key) measures.add(model.edges[index]!.to);
  }
  for (const index of visible.edges) {
    const edge = model.edges[index]!;
    if (!measures.has(edge.to)) continue;
    edges.add(index);
    nodes.add(edge.to);
    nodes.add(edge.from);
  }
  return { nodes, edges };
}
