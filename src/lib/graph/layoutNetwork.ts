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

export const NETWORK_LAYOUT: LayoutOptions = { band: 280, measurePitch: 14, areaGap: 5, taskGap: 32, departmentPitch: 20, labelSize: 14 };

/** The small network on a department page: fewer nodes, so a narrower drawing with more air. */
export const EGO_LAYOUT: LayoutOptions = { band: 170, measurePitch: 16, areaGap: 0, taskGap: 30, departmentPitch: 20, labelSize: 14 };

/** Width and height of a measure's badge. */
export const MEASURE_BADGE = { width: 26, height: 12 } as const;

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
const TASK_LABEL = 18;

/** Node radius for a department with `count` assignments: area grows with the count. */
export function departmentRadius(count: number): number {
  return Math.round((2.5 + 1.25 * Math.sqrt(count)) * 2) / 2;
}

/** A deterministic drawing of the graph: measures by task in the middle, departments by their links. */
export function layoutNetwork(graph: Graph, options: LayoutOptions = NETWORK_LAYOUT): NetworkLayout {
  const { band, measurePitch, areaGap, taskGap, departmentPitch, labelSize } = options;

  // 1. Measures down the middle in document order, a gap between areas and a wider one (with
  //    room for the label) between tasks.
  const measureY = new Map<number, number>();
  const tasks: PlacedTask[] = [];
  let y = PAD + TASK_LABEL;
  let previous: Graph['measures'][number] | undefined;
  for (const m of graph.measures) {
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

  // 2. Column positions from the widest label on each side, so nothing is cut off.
  const widest = (side: Side) => Math.max(0, ...graph.departments.filter((d) => d.side === side).map((d) => labelWidth(d.name, labelSize)));
  const radius = new Map(graph.departments.map((d) => [d.slug, departmentRadius(d.lead.length + d.support.length)]));
  const maxRadius = Math.max(0, ...radius.values());
  const municipalX = Math.round(PAD + widest('municipal') + LABEL_GAP + maxRadius);
  const measuresX = municipalX + band;
  const districtX = measuresX + band;
  const width = Math.round(districtX + maxRadius + LABEL_GAP + widest('district') + PAD);

  // 3. Each department at the weighted mean height of its measures, then spread in that order.
  const prominent = prominentDepartments(graph);
  const departments: PlacedDepartment[] = [];
  for (const side of ['municipal', 'district'] as const) {
    const column = graph.departments
      .map((d, index) => {
        const ys = [...d.lead.flatMap((id) => [id, id]), ...d.support].map((id) => measureY.get(id)).filter((v) => v !== undefined);
        return { d, index, target: ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : (top + bottom) / 2 };
      })
      .filter(({ d }) => d.side === side)
      .sort((a, b) => a.target - b.target || a.index - b.index);
    const x = side === 'municipal' ? municipalX : districtX;
    const ys = spreadInOrder(column.map((c) => c.target), departmentPitch, { min: top, max: bottom });
    column.forEach(({ d }, i) => {
      const r = radius.get(d.slug)!;
      departments.push({
        slug: d.slug,
        side,
        x,
        y: Math.round(ys[i]!),
        r,
        labelX: side === 'municipal' ? x - maxRadius - LABEL_GAP : x + maxRadius + LABEL_GAP,
        prominent: prominent.has(d.slug),
      });
    });
  }

  // 4. Edges as horizontal S-curves (control points halfway across), ending at the badge's side.
  const place = new Map(departments.map((d) => [d.slug, d]));
  const edges = graph.edges.map((edge) => {
    const from = place.get(edge.department)!;
    const toX = measuresX + (from.side === 'municipal' ? -1 : 1) * (MEASURE_BADGE.width / 2);
    const toY = measureY.get(edge.measure)!;
    const midX = Math.round((from.x + toX) / 2);
    return { ...edge, path: `M${from.x},${from.y}C${midX},${from.y} ${midX},${toY} ${toX},${toY}` };
  });

  const height = Math.round(Math.max(bottom, ...departments.map((d) => d.y + d.r)) + PAD + MEASURE_BADGE.height / 2);
  return {
    width,
    height,
    columns: { municipal: municipalX, measures: measuresX, district: districtX },
    departments,
    measures: graph.measures.map((m) => ({ id: m.id, x: measuresX, y: measureY.get(m.id)! })),
    tasks,
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
