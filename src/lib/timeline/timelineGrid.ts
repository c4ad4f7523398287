import type { Measure } from '../plan/schema.ts';
import { deadlineBin } from './deadlineBin.ts';
import type { TimelineColumn } from './timelineColumns.ts';
import type { TimelineLane } from './timelineLanes.ts';

/** A lane with its measures split into the timeline's columns. */
export interface GridLane extends TimelineLane {
  /** One list of measure numbers per column, in column order. */
  cells: number[][];
}

export interface TimelineGrid {
  columns: (TimelineColumn & {
    /** How many marks sit side by side in this column: enough that its fullest cell stays a few rows tall. */
    width: number;
  })[];
  lanes: GridLane[];
}

/** Rows of marks the fullest cell of a column may take before the column widens. */
export const MAX_MARK_ROWS = 3;

/**
 * Places every lane's measures in the columns. Columns are sized by their fullest cell,
 * not by time: a month with twenty measures in one lane needs room, a month with none only
 * a sliver. Throws if a lane names a measure that is not in any column, which would mean
 * the lanes and columns were built from different data.
 */
export function timelineGrid(measures: readonly Pick<Measure, 'id' | 'deadline'>[], columns: readonly TimelineColumn[], lanes: readonly TimelineLane[]): TimelineGrid {
  const columnOf = new Map<string, number>(columns.map((column, index) => [column.bin.key, index]));
  const binOf = new Map(measures.map((m) => [m.id, deadlineBin(m.deadline).key]));
  const gridLanes = lanes.map((lane) => {
    const cells: number[][] = columns.map(() => []);
    for (const id of lane.ids) {
      const key = binOf.get(id);
      const index = key === undefined ? undefined : columnOf.get(key);
      if (index === undefined) throw new Error(`measure ${id} in lane "${lane.key}" has no column`);
      cells[index]!.push(id);
    }
    return { ...lane, cells };
  });
  return {
    columns: columns.map((column, index) => {
      const fullest = Math.max(0, ...gridLanes.map((lane) => lane.cells[index]!.length));
      return { ...column, width: Math.max(1, Math.ceil(fullest / MAX_MARK_ROWS)) };
    }),
    lanes: gridLanes,
  };
}
