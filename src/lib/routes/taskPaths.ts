import type { Task } from '../plan/schema.ts';
import { headingPageProps, type HeadingPageProps, type HeadingPlan } from './headingPageProps.ts';

/** One page per main task (/tasks/<no>/). */
export function taskPaths(plan: HeadingPlan): { params: { no: string }; props: HeadingPageProps & { task: Task } }[] {
  return plan.tasks.map((task) => ({ params: { no: String(task.no) }, props: { task, ...headingPageProps(plan, (m) => m.task.no === task.no) } }));
}
