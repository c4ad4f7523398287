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
import type { PlanScope } from '../paths.ts';

/**
 * The most assignments (edges) one network page may draw: the 100 KB budget (HTML + CSS + JS,
 * gzipped) in the unit the drawing grows by.
 *
 * Derived from the real 1× build, gzipped as a host sends it: a network page costs about 36 KB
 * before anything is drawn (the element's script with d3-zoom 23 KB, CSS 5 KB, header,
 * controls and legend 8 KB of HTML), and each assignment drawn adds about 80 bytes of HTML,
 * counting its share of the nodes, table rows and the element's data-config (view model,
 * search keys, co-workers) that come with it: the task pages, from 21 to 215 assignments,
 * weigh 9.6 to 25.0 KB of HTML (79 B per assignment). (100 KB − 36 KB) / 80 B ≈ 800, rounded
 * down to 700 to leave room for slices with more departments per assignment and for longer
 * measure texts. `npm run bench` measures the real pages at each size and fails if one is over.
 */
export const NETWORK_ASSIGNMENT_LIMIT = 700;

/** The graph as far as slicing needs it, measures in document order: a `Graph` (buildGraph.ts) is one. */
export interface SliceSource {
  measures: readonly { id: number; task: number; area: number }[];
  edges: readonly { department: string; measure: number }[];
}

/** What one part of the plan would draw. */
export interface SliceSize {
  /** Ids of its measures, in document order. */
  measures: number[];
  /** How many departments are named on those measures (the department nodes drawn). */
  departments: number;
  /** How many assignments (edges) the drawing holds. */
  assignments: number;
}

/** A part of the plan that has a network page; its URL comes from the paths module (slicePath). */
export type NetworkSlice =
  | (SliceSize & { kind: 'plan' })
  | (SliceSize & { kind: 'task'; task: number })
  | (SliceSize & { kind: 'area'; task: number; area: number });

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

/** The measures `keep` selects (the source is in document order, so they are too), with what they draw. */
function sizeOf(source: SliceSource, keep: (measure: SliceSource['measures'][number]) => boolean): SliceSize {
  const measures = source.measures.filter(keep).map((m) => m.id);
  const ids = new Set(measures);
  const edges = source.edges.filter((e) => ids.has(e.measure));
  return { measures, departments: new Set(edges.map((e) => e.department)).size, assignments: edges.length };
}

/** Values once each, in the order first met: tasks and areas in document order. */
const once = (values: Iterable<number>) => [...new Set(values)];

/** How the network of `source` is cut into pages, with at most `limit` assignments drawn on each. */
export function networkSlices(source: SliceSource, limit: number = NETWORK_ASSIGNMENT_LIMIT): NetworkSlices {
  const plan = { kind: 'plan' as const, ...sizeOf(source, () => true) };
  const fits = (size: SliceSize) => size.assignments <= limit;

  const tasks = once(source.measures.map((m) => m.task)).map((task) => {
    const slice: TaskSlice = { kind: 'task', task, ...sizeOf(source, (m) => m.task === task) };
    // An area too big on its own is still drawn whole: the plan has no finer heading to cut along.
    const areas = fits(slice)
      ? []
      : once(source.measures.filter((m) => m.task === task).map((m) => m.area)).map(
          (area): AreaSlice => ({ kind: 'area', task, area, ...sizeOf(source, (m) => m.area === area) }),
        );
    return { ...slice, areas };
  });

  const apart = tasks.flatMap(({ areas, ...task }): (TaskSlice | AreaSlice)[] => (areas.length > 0 ? areas : [task]));
  return { plan: { ...plan, fits: fits(plan) }, tasks, apart, drawn: fits(plan) ? [plan] : apart };
}

/**
 * The drawn slice where a department is best seen: the one holding its first measure (a
 * department's assignments are in document order), so a link to it always lands on a drawing
 * with the department in it. Undefined for a department with no measures.
 */
export function sliceShowing(slices: NetworkSlices, firstMeasure: number | undefined): NetworkSlice | undefined {
  if (firstMeasure === undefined) return undefined;
  return slices.drawn.find((slice) => slice.measures.includes(firstMeasure));
}

/** The URL builders a slice's page needs: the site's `paths` (or `sitePaths`) are one. */
export interface SlicePaths {
  network: (plan: PlanScope) => string;
  networkTask: (plan: PlanScope, no: number) => string;
  networkArea: (plan: PlanScope, no: number) => string;
}

/** The address of a slice's network page in its plan, from the paths module. */
export function slicePath(slice: NetworkSlice, plan: PlanScope, paths: SlicePaths): string {
  if (slice.kind === 'plan') return paths.network(plan);
  return slice.kind === 'task' ? paths.networkTask(plan, slice.task) : paths.networkArea(plan, slice.area);
}
