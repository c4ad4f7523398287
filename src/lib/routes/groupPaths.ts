import type { SiteGroup, SitePlan } from '../model/siteModel.ts';
import { headingPageProps, type HeadingPageProps } from './headingPageProps.ts';

/** One page per working group (/groups/<slug>/). */
export function groupPaths(model: Pick<SitePlan, 'groups'>): { params: { slug: string }; props: HeadingPageProps & { group: SiteGroup } }[] {
  return model.groups.map((group) => ({ params: { slug: group.slug }, props: { group, ...headingPageProps(group.measures) } }));
}
