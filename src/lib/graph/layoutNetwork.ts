import type { Side } from '../plan/schema.ts';
import type { Graph, GraphEdge } from './buildGraph.ts';
import { labelWidth } from './labelWidth.ts';
import { spreadInOrder } from './spreadInOrder.ts';

/*
 * Why columns and not a force layout: a force-directed drawing of ~80 departments, ~80
 * measures and ~400 edges settles into a hairball whose labels overlap, and it changes
 * wholesale when one assignment changes. The plan is bipartite and already ordered, so the
 * drawing uses that order instead: measures stay in document order in the middle column,
 * grouped by task (and, more loosely, by area); municipal departments sit in a column on the
 * left and Hengqin departments on the right, each at the mean height of the measures it works
 * on (lead counted double), spread apart just enough that every label fits on its own line.
 * Edges then run mostly level, a department's vertical place says which tasks it works on,
 * and every department can be labelled. No randomness, so every build draws the same picture.
 */

export interface LayoutOptions {
  /** Horizontal distance from a department column to the measure column. */
  band: number;
  /** Vertical distance between consecutive measures of one area. */
  measurePitch: number;
  /** Extra space between areas of one task. */
  areaGap: number;
  /** Space between tasks, which also holds the task's label. */
  taskGap: number;
  /** Minimum distance between departments in a column: one label line. */
  departmentPitch: number;
  /** Font size of department labels, for their width. */
  labelSize: number;
}

/*
 * Sizes: every label is set at 14px in the drawing's units (department names, measure
 * numbers, task labels), and the drawing is never shown below 0.86 of its own size
 * (networkSvg.css), so no label reads smaller than 12 CSS px at the default zoom.
 */
export const NETWORK_LAYOUT: LayoutOptions = { band: 280, measurePitch: 19, areaGap: 5, taskGap: 42, departmentPitch: 20, labelSize: 14 };

/** The small network on a department page: fewer nodes, so a narrower drawing with more air. */
export const EGO_LAYOUT: LayoutOptions = { band: 170, measurePitch: 20, areaGap: 0, taskGap: 42, departmentPitch: 20, labelSize: 14 };

/** Width and height of a measure's badge. */
export const MEASURE_BADGE = { width: 30, height: 16 } as const;

/** Font size of the task labels; they sit in the gap above each task's first measure. */
export const TASK_LABEL_SIZE = 14;

export interface PlacedDepartment {
  slug: string;
  side: Side;
  x: number;
  y: number;
  /** Radius: grows with the number of measures. */
  r: number;
  /** Where the label starts (left column: where it ends), beside the node. */
  labelX: number;
  /** True for the departments that lead most on their side: their labels are set in bold. */
  prominent: boolean;
}

export interface PlacedMeasure {
  id: number;
  x: number;
  y: number;
}

export interface PlacedTask {
  no: number;
  /** Top of the task's band (its label sits here) and bottom of its last measure. */
  top: number;
  bottom: number;
}

export interface PlacedEdge extends GraphEdge {
  /** SVG path data from the department to the side of the measure's badge. */
  path: string;
}

export interface NetworkLayout {
  width: number;
  height: number;
  /** x of the municipal column, the measure column and the Hengqin column. */
  columns: { municipal: number; measures: number; district: number };
  departments: PlacedDepartment[];
  measures: PlacedMeasure[];
  tasks: PlacedTask[];
  edges: PlacedEdge[];
}

const PAD = 8;
const LABEL_GAP = 5;
/**
 * From a task's top to its first measure: the label's line (14px and a 7px gap: Traditional fonts such as Noto Sans CJK HK set a taller line box) and half a
 * badge, so the label sits above the first badge, in the gap no edge ends in.
 */
const TASK_LABEL = TASK_LABEL_SIZE + 7 + MEASURE_BADGE.height / 2;

/** Node radius for a department with `count` assignments: area grows with the count. */
export function departmentRadius(count: number): number {
  return Math.round((2.5 + 1.25 * Math.sqrt(count)) * 2) / 2;
}

/** Where a task's band and label are drawn: one definition for the renderer and the compact redraw. */
export function taskBand(task: PlacedTask, measuresX: number): { x: number; y: number; width: number; height: number; labelY: number } {
  const { width: badgeW, height: badgeH } = MEASURE_BADGE;
  return { x: measuresX - badgeW / 2 - 4, y: task.top, width: badgeW + 8, height: task.bottom + badgeH / 2 + 3 - task.top, labelY: task.top + TASK_LABEL_SIZE - 2 };
}

/** What the rows of a drawing are worked out from: measures in document order, departments with the measures they are drawn to. */
export interface RowInput {
  measures: readonly { id: number; task: number; area: number }[];
  departments: readonly { slug: string; side: Side; lead: readonly number[]; support: readonly number[] }[];
}

export interface Rows {
  measureY: Map<number, number>;
  departmentY: Map<string, number>;
  tasks: PlacedTask[];
  /** y of the first and the last measure. */
  top: number;
  bottom: number;
}

/**
 * The vertical places: measures down the middle in document order (a gap between areas, a
 * wider one holding the label between tasks); each department at the weighted mean height of
 * its measures (lead counted double), then spread in that order one label line apart. Shared
 * by the build-time layout and the compact redraw of a filtered view (compactLayout.ts).
 */
export function placeRows(input: RowInput, options: LayoutOptions): Rows {
  const { measurePitch, areaGap, taskGap, departmentPitch } = options;
  const measureY = new Map<number, number>();
  const tasks: PlacedTask[] = [];
  let y = PAD + TASK_LABEL;
  let previous: RowInput['measures'][number] | undefined;
  for (const m of input.measures) {
    if (previous && m.task !== previous.task) y += taskGap - measurePitch;
    else if (previous && m.area !== previous.area) y += areaGap;
    if (!previous || m.task !== previous.task) tasks.push({ no: m.task, top: y - TASK_LABEL, bottom: y });
    measureY.set(m.id, y);
    tasks.at(-1)!.bottom = y;
    previous = m;
    y += measurePitch;
  }
  const top = PAD + TASK_LABEL;
  const bottom = Math.max(top, y - measurePitch);

  const departmentY = new Map<string, number>();
  for (const side of ['municipal', 'district'] as const) {
    const column = input.departments
      .map((d, index) => {
        const ys = [...d.lead.flatMap((id) => [id, id]), ...d.support].map((id) => measureY.get(id)).filter((v) => v !== undefined);
        return { d, index, target: ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : (top + bottom) / 2 };
      })
      .filter(({ d }) => d.side === side)
      .sort((a, b) => a.target - b.target || a.index - b.index);
    const ys = spreadInOrder(column.map((c) => c.target), departmentPitch, { min: top, max: bottom });
    column.forEach(({ d }, i) => departmentY.set(d.slug, Math.round(ys[i]!)));
  }
  return { measureY, departmentY, tasks, top, bottom };
}

/** An edge as a horizontal S-curve (control points halfway across), ending at the side of the measure's badge. */
export function edgePath(from: { x: number; y: number }, side: Side, measuresX: number, toY: number): string {
  const toX = measuresX + (side === 'municipal' ? -1 : 1) * (MEASURE_BADGE.width / 2);
  const midX = Math.round((from.x + toX) / 2);
  return `M${from.x},${from.y}C${midX},${from.y} ${midX},${toY} ${toX},${toY}`;
}

/** The height a drawing needs for its rows and its departments' nodes. */
export function drawingHeight(rows: Rows, departments: readonly { y: number; r: number }[]): number {
  return Math.round(Math.max(rows.bottom, ...departments.map((d) => d.y + d.r)) + PAD + MEASURE_BADGE.height / 2);
}

/** A deterministic drawing of the graph: measures by task in the middle, departments by their links. */
export function layoutNetwork(graph: Graph, options: LayoutOptions = NETWORK_LAYOUT): NetworkLayout {
  const { band, labelSize } = options;
  const rows = placeRows(graph, options);

  // Column positions from the widest label on each side, so nothing is cut off.
  const widest = (side: Side) => Math.max(0, ...graph.departments.filter((d) => d.side === side).map((d) => labelWidth(d.name, labelSize)));
  const radius = new Map(graph.departments.map((d) => [d.slug, departmentRadius(d.lead.length + d.support.length)]));
  const maxRadius = Math.max(0, ...radius.values());
  const municipalX = Math.round(PAD + widest('municipal') + LABEL_GAP + maxRadius);
  const measuresX = municipalX + band;
  const districtX = measuresX + band;
  const width = Math.round(districtX + maxRadius + LABEL_GAP + widest('district') + PAD);

  const prominent = prominentDepartments(graph);
  const departments: PlacedDepartment[] = [];
  for (const side of ['municipal', 'district'] as const) {
    const x = side === 'municipal' ? municipalX : districtX;
    const column = graph.departments.filter((d) => d.side === side).sort((a, b) => rows.departmentY.get(a.slug)! - rows.departmentY.get(b.slug)!);
    for (const d of column) {
      departments.push({
        slug: d.slug,
        side,
        x,
        y: rows.departmentY.get(d.slug)!,
        r: radius.get(d.slug)!,
        labelX: side === 'municipal' ? x - maxRadius - LABEL_GAP : x + maxRadius + LABEL_GAP,
        prominent: prominent.has(d.slug),
      });
    }
  }

  const place = new Map(departments.map((d) => [d.slug, d]));
  const edges = graph.edges.map((edge) => ({ ...edge, path: edgePath(place.get(edge.department)!, edge.side, measuresX, rows.measureY.get(edge.measure)!) }));

  return {
    width,
    height: drawingHeight(rows, departments),
    columns: { municipal: municipalX, measures: measuresX, district: districtX },
    departments,
    measures: graph.measures.map((m) => ({ id: m.id, x: measuresX, y: rows.measureY.get(m.id)! })),
    tasks: rows.tasks,
    edges,
  };
}

/**
 * The departments that matter most: on each side, the quarter that lead the most measures
 * (ties broken by total assignments), never one that leads none.
 */
export function prominentDepartments(graph: Graph): Set<string> {
  const chosen = new Set<string>();
  for (const side of ['municipal', 'district'] as const) {
    const column = graph.departments.filter((d) => d.side === side && d.lead.length > 0);
    column.sort((a, b) => b.lead.length - a.lead.length || b.support.length - a.support.length);
    const quota = Math.ceil(graph.departments.filter((d) => d.side === side).length / 4);
    for (const d of column.slice(0, quota)) chosen.add(d.slug);
  }
  return chosen;
}
