/**
 * Which parts of the plan the responsibility network draws on one page each. A page has a
 * size budget (100 KB gzipped), and a drawing too big for it is also too big to read, so the
 * plan is cut along its own headings, decided by the data alone:
 *
 *   - the whole plan on /network/ when its drawing fits;
 *   - otherwise one drawing per main task (/network/tasks/<no>/);
 *   - and a task whose drawing is still too big, one drawing per area (/network/areas/<no>/).
 *
 * A page per task exists either way (it draws the task, or lists its areas when they are drawn
 * apart), so a task's network has one address at any size of the data.
 */

/**
 * The most assignments (edges) one network page may draw: the 100 KB budget (HTML + CSS + JS,
 * gzipped) in the unit the drawing grows by.
 *
 * Derived from the real 1× build, gzipped as a host sends it: a network page costs about 31 KB
 * before anything is drawn (the graph script with d3-zoom 21 KB, CSS 3 KB, header, controls
 * and legend 7 KB of HTML), and each assignment drawn adds about 60 bytes of HTML, counting its
 * share of the nodes and table rows that come with it: the task pages, from 21 to 213
 * assignments, weigh 8.2 to 19.6 KB of HTML (59 B per assignment); the edge itself is 13 B, a
 * measure about 110 B (its full text is in the node's title), a department 60–95 B, at about
 * five assignments per measure. (100 KB − 31 KB) / 60 B ≈ 1180, rounded down to 1000 to leave
 * room for slices with more departments per assignment and for longer measure texts. The 10×
 * synthetic seed compresses better (its copies repeat the texts: about 45 B per assignment).
 * `npm run bench` measures the real pages at each size and fails if one is over.
 */
export const NETWORK_ASSIGNMENT_LIMIT = 1000;

/** The graph as far as slicing needs it: a `Graph` (buildGraph.ts) is one. */
export interface SliceSource {
  measures: readonly { id: number; task: number; area: number }[];
  edges: readonly { department: string; measure: number }[];
}

/** What one part of the plan would draw. */
export interface SliceSize {
  /** Ids of its measures, ascending. */
  measures: number[];
  /** How many departments are named on those measures (the department nodes drawn). */
  departments: number;
  /** How many assignments (edges) the drawing holds. */
  assignments: number;
}

/** A part of the plan that has a network page, and the site path of that page. */
export type NetworkSlice =
  | (SliceSize & { kind: 'plan'; path: string })
  | (SliceSize & { kind: 'task'; task: number; path: string })
  | (SliceSize & { kind: 'area'; task: number; area: number; path: string });

export type TaskSlice = Extract<NetworkSlice, { kind: 'task' }>;
export type AreaSlice = Extract<NetworkSlice, { kind: 'area' }>;

export interface NetworkSlices {
  /** The whole plan, and whether its drawing fits on /network/. */
  plan: Extract<NetworkSlice, { kind: 'plan' }> & { fits: boolean };
  /** Every main task in order; `areas` holds its areas when the task is too big to draw whole, else it is empty. */
  tasks: (TaskSlice & { areas: AreaSlice[] })[];
  /** The task and area pages that draw (a task's or its areas'), a partition of the plan: each measure is in exactly one. */
  apart: (TaskSlice | AreaSlice)[];
  /** The slices that are drawn, a partition of the plan: the whole plan when it fits, else `apart`. */
  drawn: NetworkSlice[];
}

/** The site path (without edition or base) of each kind of network page. */
export const networkPath = {
  plan: () => '/network/',
  task: (no: number) => `/network/tasks/${no}/`,
  area: (no: number) => `/network/areas/${no}/`,
};

function sizeOf(source: SliceSource, keep: (measure: SliceSource['measures'][number]) => boolean): SliceSize {
  const ids = new Set(source.measures.filter(keep).map((m) => m.id));
  const edges = source.edges.filter((e) => ids.has(e.measure));
  return { measures: [...ids].sort((a, b) => a - b), departments: new Set(edges.map((e) => e.department)).size, assignments: edges.length };
}

const ascending = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);

/** How the network of `source` is cut into pages, with at most `limit` assignments drawn on each. */
export function networkSlices(source: SliceSource, limit: number = NETWORK_ASSIGNMENT_LIMIT): NetworkSlices {
  const plan = { kind: 'plan' as const, path: networkPath.plan(), ...sizeOf(source, () => true) };
  const fits = (size: SliceSize) => size.assignments <= limit;

  const tasks = ascending(source.measures.map((m) => m.task)).map((task) => {
    const slice: TaskSlice = { kind: 'task', task, path: networkPath.task(task), ...sizeOf(source, (m) => m.task === task) };
    // An area too big on its own is still drawn whole: the plan has no finer heading to cut along.
    const areas = fits(slice)
      ? []
      : ascending(source.measures.filter((m) => m.task === task).map((m) => m.area)).map(
          (area): AreaSlice => ({ kind: 'area', task, area, path: networkPath.area(area), ...sizeOf(source, (m) => m.area === area) }),
        );
    return { ...slice, areas };
  });

  const apart = tasks.flatMap(({ areas, ...task }): (TaskSlice | AreaSlice)[] => (areas.length > 0 ? areas : [task]));
  return { plan: { ...plan, fits: fits(plan) }, tasks, apart, drawn: fits(plan) ? [plan] : apart };
}

/**
 * The drawn slice where a department is best seen: the one holding the first of its
 * measures (lowest number), so a link to it always lands on a drawing with the department in
 * it. Undefined for a department with no measures.
 */
export function sliceShowing(slices: NetworkSlices, departmentMeasures: readonly number[]): NetworkSlice | undefined {
  if (departmentMeasures.length === 0) return undefined;
  const first = Math.min(...departmentMeasures);
  return slices.drawn.find((slice) => slice.measures.includes(first));
}
