import type { AreaSlice, NetworkSlices, TaskSlice } from '../graph/networkSlices.ts';
import type { Area, Task } from '../plan/schema.ts';

type Headings = { tasks: Task[]; areas: Area[] };

function heading<T extends { no: number }>(list: T[], no: number, kind: string): T {
  const found = list.find((item) => item.no === no);
  if (!found) throw new Error(`the network slices name ${kind} ${no}, which the plan does not have`);
  return found;
}

/**
 * One network page per main task (/network/tasks/<no>/), whatever the size of the data: it
 * draws the task, or lists its areas when the task is too big to draw whole.
 */
export function networkTaskPaths(slices: NetworkSlices, plan: Headings): { params: { no: string }; props: { slice: TaskSlice & { areas: AreaSlice[] }; task: Task } }[] {
  return slices.tasks.map((slice) => ({ params: { no: String(slice.task) }, props: { slice, task: heading(plan.tasks, slice.task, 'task') } }));
}

/** One network page per area of a task too big to draw whole (/network/areas/<no>/); none otherwise. */
export function networkAreaPaths(slices: NetworkSlices, plan: Headings): { params: { no: string }; props: { slice: AreaSlice; task: Task; area: Area } }[] {
  return slices.tasks.flatMap((task) =>
    task.areas.map((slice) => ({
      params: { no: String(slice.area) },
      props: { slice, task: heading(plan.tasks, slice.task, 'task'), area: heading(plan.areas, slice.area, 'area') },
    })),
  );
}
