/**
 * What the interactive network shows: filters and the focused node, as they travel in the
 * URL (`?focus=<slug>&task=2&group=<slug>&side=district&role=lead`), which nodes and edges a
 * view keeps, what the focus panel lists and what the search box finds. Pure, so the browser
 * element stays thin and this logic is unit-tested; the model it works on is built at build
 * time from the graph (viewModelOf) and shipped in the page (encodeViewModel).
 */
import type { Side } from '../plan/schema.ts';
import { matchNames } from '../search/matchNames.ts';
import { normalizeForSearch } from '../search/normalizeForSearch.ts';
import type { Graph, Role } from './buildGraph.ts';
import { nodeKey, parseNodeKey } from './nodeKey.ts';

export interface NetworkView {
  /** Node key (`d:<slug>` or `m:<id>`) of the focused node, if any. */
  focus: string | null;
  task: number | null;
  /** Working group slug. */
  group: string | null;
  side: Side | null;
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
  const focus = view.focus ? parseNodeKey(view.focus) : null;
  if (focus) params.set('focus', focus.kind === 'measure' ? String(focus.id) : focus.slug);
  if (view.task !== null) params.set('task', String(view.task));
  if (view.group) params.set('group', view.group);
  if (view.side) params.set('side', view.side);
  if (view.role === 'lead') params.set('role', 'lead');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const sameView = (a: NetworkView, b: NetworkView): boolean => formatView(a) === formatView(b);

/** The view the filter controls ask for (their values as strings), keeping the focus. */
export function viewFromControls(values: { task?: string; group?: string; side?: string; role?: string }, focus: string | null): NetworkView {
  const task = Number(values.task);
  return {
    focus,
    task: Number.isInteger(task) && task > 0 ? task : null,
    group: values.group || null,
    side: values.side === 'municipal' || values.side === 'district' ? values.side : null,
    role: values.role === 'lead' ? 'lead' : 'all',
  };
}

/** The graph as the element needs it: node keys, filter fields, search keys and co-workers. */
export interface ViewModel {
  /** In document order. */
  measures: { key: string; id: number; task: number; area: number; group: string }[];
  /** In the drawing's listing order (municipal first). */
  departments: {
    key: string;
    side: Side;
    /** Every form of its names a reader may type (nameSearchKeys). */
    names: string[];
    /** The site model's co-workers, most shared first, with the measures shared. */
    coWorkers: { key: string; measures: number[] }[];
  }[];
  /** In the drawing's order (the order of its path.edge elements). */
  edges: { from: string; to: string; side: Side; role: Role }[];
}

/** The view model of a graph; `names` gives each department's search keys by slug. */
export function viewModelOf(graph: Graph, names: (slug: string) => readonly string[]): ViewModel {
  return {
    measures: graph.measures.map((m) => ({ key: nodeKey.measure(m.id), id: m.id, task: m.task, area: m.area, group: m.group })),
    departments: graph.departments.map((d) => ({
      key: nodeKey.department(d.slug),
      side: d.side,
      names: [...names(d.slug)],
      coWorkers: d.coWorkers.map((c) => ({ key: nodeKey.department(c.slug), measures: c.measures })),
    })),
    edges: graph.edges.map((e) => ({ from: nodeKey.department(e.department), to: nodeKey.measure(e.measure), side: e.side, role: e.role })),
  };
}

/**
 * The view model as it travels in data-config: indexes instead of repeated keys, so the
 * page carries a few kilobytes, not tens.
 */
export interface EncodedViewModel {
  groups: string[];
  /** [id, task, area, group index]. */
  measures: [number, number, number, number][];
  /** [slug, 0 municipal | 1 district, names, co-workers as [department index, ...measure ids]]. */
  departments: [string, 0 | 1, string[], number[][]][];
  /** [department index, measure index, 1 lead | 0 support]. */
  edges: [number, number, 0 | 1][];
}

export function encodeViewModel(model: ViewModel): EncodedViewModel {
  const groups = [...new Set(model.measures.map((m) => m.group))];
  const departmentIndex = new Map(model.departments.map((d, i) => [d.key, i]));
  const measureIndex = new Map(model.measures.map((m, i) => [m.key, i]));
  return {
    groups,
    measures: model.measures.map((m) => [m.id, m.task, m.area, groups.indexOf(m.group)]),
    departments: model.departments.map((d) => [
      d.key.slice(nodeKey.department('').length),
      d.side === 'municipal' ? 0 : 1,
      d.names,
      d.coWorkers.map((c) => [departmentIndex.get(c.key)!, ...c.measures]),
    ]),
    edges: model.edges.map((e) => [departmentIndex.get(e.from)!, measureIndex.get(e.to)!, e.role === 'lead' ? 1 : 0]),
  };
}

export function decodeViewModel(encoded: EncodedViewModel): ViewModel {
  const departmentKeys = encoded.departments.map(([slug]) => nodeKey.department(slug));
  const sides = encoded.departments.map(([, side]): Side => (side === 0 ? 'municipal' : 'district'));
  const measures = encoded.measures.map(([id, task, area, group]) => ({ key: nodeKey.measure(id), id, task, area, group: encoded.groups[group]! }));
  return {
    measures,
    departments: encoded.departments.map(([, , names, coWorkers], i) => ({
      key: departmentKeys[i]!,
      side: sides[i]!,
      names,
      coWorkers: coWorkers.map(([index, ...ids]) => ({ key: departmentKeys[index!]!, measures: ids })),
    })),
    edges: encoded.edges.map(([d, m, lead]) => ({ from: departmentKeys[d]!, to: measures[m]!.key, side: sides[d]!, role: lead ? 'lead' : 'support' })),
  };
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
 * What focusing on a node keeps, among the visible parts: for a department, its measures
 * and every department on them (its co-workers); for a measure, its departments. Edges: all
 * the visible edges of those measures.
 */
export function focusParts(model: ViewModel, visible: VisibleParts, key: string): VisibleParts {
  const nodes = new Set<string>();
  const edges = new Set<number>();
  if (!visible.nodes.has(key)) return { nodes, edges };
  nodes.add(key);
  const measures = new Set<string>();
  if (parseNodeKey(key)?.kind === 'measure') measures.add(key);
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

/** What a view draws: the filters' parts, narrowed to the focus's when a node is focused. */
export interface ViewState {
  /** The view as shown: a focus the filters hide is dropped. */
  view: NetworkView;
  /** What the filters keep (hover and search work within it). */
  visible: VisibleParts;
  /** What is drawn: `visible`, or the focused node's part of it. */
  drawn: VisibleParts;
}

export function viewState(model: ViewModel, asked: NetworkView): ViewState {
  const visible = visibleParts(model, asked);
  const view = asked.focus && !visible.nodes.has(asked.focus) ? { ...asked, focus: null } : asked;
  return { view, visible, drawn: view.focus ? focusParts(model, visible, view.focus) : visible };
}

/** One line of the focus panel: a node, and the role it holds there (for a measure's departments and a department's measures). */
export interface PanelItem {
  key: string;
  /** The role on that measure, with its side (the words differ by side). */
  role?: { side: Side; role: Role };
  /** For a co-worker: the measures shared within the view, in document order. */
  shared?: number[];
}

export interface PanelContents {
  key: string;
  kind: 'department' | 'measure';
  /** A department's measures (empty for a measure). */
  measures: PanelItem[];
  /** A department's co-workers, or a measure's departments. */
  partners: PanelItem[];
}

/**
 * The focus panel's lists, within what the view draws. A department's co-workers are the
 * site model's (SiteDepartment.coWorkers, shipped in the page), kept where the view shows the
 * shared measure with both departments on it; unfiltered, the list is the model's, in its
 * order. A filter can lower some counts: the list then stays most-shared first (a stable sort,
 * so ties keep the model's order).
 */
export function panelContents(model: ViewModel, state: ViewState): PanelContents | null {
  const key = state.view.focus;
  if (!key) return null;
  const parsed = parseNodeKey(key);
  if (!parsed) return null;
  const drawnEdges = [...state.drawn.edges].sort((a, b) => a - b).map((i) => model.edges[i]!);
  if (parsed.kind === 'measure') {
    const partners = drawnEdges.filter((e) => e.to === key).map((e) => ({ key: e.from, role: { side: e.side, role: e.role } }));
    return { key, kind: 'measure', measures: [], partners };
  }
  const own = drawnEdges.filter((e) => e.from === key);
  const measures = own.map((e) => ({ key: e.to, role: { side: e.side, role: e.role } }));
  const onMeasure = new Set(drawnEdges.map((e) => `${e.from}|${e.to}`));
  const department = model.departments.find((d) => d.key === key)!;
  const partners = department.coWorkers
    .map((c) => ({ key: c.key, shared: c.measures.filter((id) => onMeasure.has(`${key}|${nodeKey.measure(id)}`) && onMeasure.has(`${c.key}|${nodeKey.measure(id)}`)) }))
    .filter((c) => c.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length);
  return { key, kind: 'department', measures, partners };
}

/** What the search box compares a node with: a department's name keys, a measure's number and text. */
export interface SearchEntry {
  key: string;
  /** For a department: nameSearchKeys; for a measure: its text, normalised. */
  keys: readonly string[];
}

/**
 * The nodes a query finds among the visible ones: a number finds that measure; anything else
 * finds departments by name, pinyin or initials (the site's one name matcher), then measures
 * whose text contains it. Best matches first.
 */
export function searchNodes(query: string, entries: readonly SearchEntry[], visible: ReadonlySet<string>): string[] {
  const q = normalizeForSearch(query);
  if (!q) return [];
  const shown = entries.filter((e) => visible.has(e.key));
  if (/^\d+$/u.test(q)) return shown.filter((e) => e.key === nodeKey.measure(Number(q))).map((e) => e.key);
  const departments = shown.filter((e) => parseNodeKey(e.key)?.kind === 'department');
  const measures = shown.filter((e) => parseNodeKey(e.key)?.kind === 'measure');
  const named = matchNames(query, departments, (e) => e.keys).map((e) => e.key);
  return [...named, ...measures.filter((e) => e.keys.some((k) => k.includes(q))).map((e) => e.key)];
}
