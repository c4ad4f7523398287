import type { Department } from '../plan/schema.ts';
import type { TimelineColumn } from './timelineColumns.ts';

/** A department's measures in one timeline column, split by its role in them. */
export interface DepartmentColumn {
  column: TimelineColumn;
  /** Measures it leads (named first on its side) due in this column. */
  led: number[];
  /** Measures it supports or cooperates on due in this column. */
  supported: number[];
}

/**
 * One department's deadlines on the plan's own time axis (the whole plan's columns, so
 * strips of different departments line up and can be compared).
 */
export function departmentDeadlines(department: Pick<Department, 'lead' | 'support'>, columns: readonly TimelineColumn[]): DepartmentColumn[] {
  const led = new Set(department.lead);
  const supported = new Set(department.support);
  return columns.map((column) => ({
    column,
    led: column.ids.filter((id) => led.has(id)),
    supported: column.ids.filter((id) => supported.has(id)),
  }));
}
