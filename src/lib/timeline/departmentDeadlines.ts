import type { SiteDepartment } from '../model/siteModel.ts';
import type { TimelineColumn } from './timelineColumns.ts';

/** A department's measures in one timeline column, split by its role in them. */
export interface DepartmentColumn {
  column: TimelineColumn;
  /** Measures it is listed first on (its side's lead role) due in this column. */
  led: number[];
  /** Measures it is listed after the first on, due in this column. */
  supported: number[];
}

/**
 * One department's deadlines on the plan's own time axis (the whole plan's columns, so
 * strips of different departments line up and can be compared).
 */
export function departmentDeadlines(department: Pick<SiteDepartment, 'lead' | 'support'>, columns: readonly TimelineColumn[]): DepartmentColumn[] {
  const led = new Set(department.lead.map((m) => m.id));
  const supported = new Set(department.support.map((m) => m.id));
  return columns.map((column) => ({
    column,
    led: column.ids.filter((id) => led.has(id)),
    supported: column.ids.filter((id) => supported.has(id)),
  }));
}
