import type { SiteArea, SitePlan } from '../model/siteModel.ts';
import { headingPageProps, type HeadingPageProps } from './headingPageProps.ts';

/** One page per area (/areas/<no>/); the area knows its task, for the breadcrumb. */
export function areaPaths(model: Pick<SitePlan, 'areas'>): { params: { no: string }; props: HeadingPageProps & { area: SiteArea } }[] {
  return model.areas.map((area) => ({ params: { no: String(area.no) }, props: { area, ...headingPageProps(area.measures) } }));
}
