import type { Area, Task } from '../plan/schema.ts';
import { headingPageProps, type HeadingPageProps, type HeadingPlan } from './headingPageProps.ts';

/** One page per area (/areas/<no>/), with the task it sits under for the breadcrumb. */
export function areaPaths(plan: HeadingPlan): { params: { no: string }; props: HeadingPageProps & { area: Area; task: Task } }[] {
  return plan.areas.map((area) => {
    const task = plan.tasks.find((t) => t.no === area.task);
    if (!task) throw new Error(`area ${area.no} names task ${area.task}, which does not exist`);
    return { params: { no: String(area.no) }, props: { area, task, ...headingPageProps(plan, (m) => m.area.no === area.no) } };
  });
}
