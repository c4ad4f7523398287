/**
 * The drawing of what a filter or a focus leaves, redrawn compactly: the remaining measures
 * close up in document order, each remaining department moves to the mean height of the
 * measures it is still drawn to, and the drawing's box shrinks to what is left. The same row
 * placement as the build-time layout (placeRows), so the unfiltered view is the drawing the
 * page was served with. Pure: the browser element applies the result to the SVG.
 */
import type { Side } from '../plan/schema.ts';
import { labelWidth } from './labelWidth.ts';
import { drawingHeight, edgePath, MEASURE_BADGE, placeRows, TASK_LABEL_SIZE, type LayoutOptions, type NetworkLayout, type PlacedTask } from './layoutNetwork.ts';
import { nodeKey } from './nodeKey.ts';
import type { ViewModel, VisibleParts } from './networkView.ts';

/** What the redraw needs of the served drawing, beside the view model; shipped in the page. */
export interface DrawingGeometry {
  options: LayoutOptions;
  columns: NetworkLayout['columns'];
  width: number;
  height: number;
  /** Per department, in the view model's order: [radius, label x, label width]. */
  departments: [number, number, number][];
}

/** The geometry of a served layout, in the order of `model.departments`. */
export function geometryOf(layout: NetworkLayout, options: LayoutOptions, names: ReadonlyMap<string, string>, model: ViewModel): DrawingGeometry {
  const placed = new Map(layout.departments.map((d) => [nodeKey.department(d.slug), d]));
  return {
    options,
    columns: layout.columns,
    width: layout.width,
    height: layout.height,
    departments: model.departments.map((d) => {
      const p = placed.get(d.key)!;
      return [p.r, p.labelX, labelWidth(names.get(d.key) ?? '', options.labelSize)];
    }),
  };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CompactDrawing {
  /** New y of each drawn node. */
  y: Map<string, number>;
  /** New path of each drawn edge, by index into model.edges. */
  paths: Map<number, string>;
  /** The tasks that still have measures, with their new band. */
  tasks: PlacedTask[];
  /** The part of the drawing's plane that holds what is drawn: the new viewBox. */
  box: Box;
}

const PAD = 8;
/** Half the widest task label ("任务十六": four characters). */
const TASK_LABEL_HALF = 2 * TASK_LABEL_SIZE;

/** The compact drawing of `drawn` (a view's parts). */
export function compactLayout(model: ViewModel, geometry: DrawingGeometry, drawn: VisibleParts): CompactDrawing {
  const measures = model.measures.filter((m) => drawn.nodes.has(m.key));
  const idOf = new Map(model.measures.map((m) => [m.key, m.id]));
  const roles = new Map<string, { lead: number[]; support: number[] }>();
  for (const index of [...drawn.edges].sort((a, b) => a - b)) {
    const edge = model.edges[index]!;
    const entry = roles.get(edge.from) ?? { lead: [], support: [] };
    entry[edge.role].push(idOf.get(edge.to)!);
    roles.set(edge.from, entry);
  }
  const departments = model.departments
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => drawn.nodes.has(d.key))
    .map(({ d, index }) => ({ slug: d.key, side: d.side, index, lead: roles.get(d.key)?.lead ?? [], support: roles.get(d.key)?.support ?? [] }));
  const rows = placeRows({ measures, departments }, geometry.options);

  const { columns } = geometry;
  const columnX = (side: Side) => (side === 'municipal' ? columns.municipal : columns.district);
  const y = new Map<string, number>();
  for (const m of measures) y.set(m.key, rows.measureY.get(m.id)!);
  for (const d of departments) y.set(d.slug, rows.departmentY.get(d.slug)!);
  const paths = new Map<number, string>();
  for (const index of drawn.edges) {
    const edge = model.edges[index]!;
    paths.set(index, edgePath({ x: columnX(edge.side), y: y.get(edge.from)! }, edge.side, columns.measures, y.get(edge.to)!));
  }

  if (measures.length === 0) return { y, paths, tasks: [], box: { x: 0, y: 0, width: geometry.width, height: geometry.height } };

  // Left and right edges of what is drawn: labels, nodes, badges and task labels.
  let left = columns.measures - Math.max(MEASURE_BADGE.width / 2, TASK_LABEL_HALF);
  let right = columns.measures + Math.max(MEASURE_BADGE.width / 2, TASK_LABEL_HALF);
  const placed = departments.map(({ slug, side, index }) => {
    const [r, labelX, width] = geometry.departments[index]!;
    const x = columnX(side);
    left = Math.min(left, side === 'municipal' ? labelX - width : x - r);
    right = Math.max(right, side === 'municipal' ? x + r : labelX + width);
    return { y: y.get(slug)!, r };
  });
  const x = Math.max(0, Math.floor(left - PAD));
  const width = Math.min(geometry.width, Math.ceil(right + PAD)) - x;
  return { y, paths, tasks: rows.tasks, box: { x, y: 0, width, height: drawingHeight(rows, placed) } };
}
