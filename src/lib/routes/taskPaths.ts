import type { SitePlan, SiteTask } from '../model/siteModel.ts';
import { headingPageProps, type HeadingPageProps } from './headingPageProps.ts';

/** One page per main task (/tasks/<no>/). */
export function taskPaths(model: Pick<SitePlan, 'tasks'>): { params: { no: string }; props: HeadingPageProps & { task: SiteTask } }[] {
  return model.tasks.map((task) => ({ params: { no: String(task.no) }, props: { task, ...headingPageProps(task.measures) } }));
}
