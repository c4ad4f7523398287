import type { Group } from '../plan/schema.ts';
import { headingPageProps, type HeadingPageProps, type HeadingPlan } from './headingPageProps.ts';

/** One page per working group (/groups/<slug>/). */
export function groupPaths(plan: HeadingPlan): { params: { slug: string }; props: HeadingPageProps & { group: Group } }[] {
  return plan.groups.map((group) => ({ params: { slug: group.slug }, props: { group, ...headingPageProps(plan, (m) => m.group === group.name) } }));
}
