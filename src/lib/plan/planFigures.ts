import type { Deadline, Side } from './schema.ts';

export interface PlanFigures {
  measures: number;
  /** Bodies named on each side. */
  departments: Record<Side, number>;
  groups: number;
  /** Measures under each main task, in task order (a task with none shows 0). */
  perTask: { task: number; measures: number }[];
  /** Measures due in each calendar month (`YYYY-MM`), earliest first; only months with a deadline. */
  perMonth: { month: string; measures: number }[];
  /** Measures the document marks as already done. */
  completed: number;
  /** Measures with no end date. */
  ongoing: number;
}

/** The plan's headline numbers, all counted from the data. */
export function planFigures(plan: {
  measures: readonly { task: { no: number }; deadline: Deadline }[];
  departments: readonly { side: Side }[];
  groups: readonly unknown[];
  /** In task order, as the model holds them. */
  tasks: readonly { no: number }[];
}): PlanFigures {
  const months = new Map<string, number>();
  for (const { deadline } of plan.measures) {
    if (deadline.date !== null) months.set(deadline.date.slice(0, 7), (months.get(deadline.date.slice(0, 7)) ?? 0) + 1);
  }
  return {
    measures: plan.measures.length,
    departments: {
      municipal: plan.departments.filter((d) => d.side === 'municipal').length,
      district: plan.departments.filter((d) => d.side === 'district').length,
    },
    groups: plan.groups.length,
    perTask: plan.tasks.map((task) => ({ task: task.no, measures: plan.measures.filter((m) => m.task.no === task.no).length })),
    perMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, measures]) => ({ month, measures })),
    completed: plan.measures.filter((m) => m.deadline.completed).length,
    ongoing: plan.measures.filter((m) => m.deadline.ongoing).length,
  };
}
