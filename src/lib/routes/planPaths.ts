import type { SiteModel, SitePlan } from '../model/siteModel.ts';

/**
 * getStaticPaths for a plan's page (src/pages/[...lang]/[...plan]/…): the paths `pathsOf` gives
 * for each plan, each with the `plan` parameter (the plan's URL segment: undefined for a
 * one-plan site, whose pages keep the site's own paths) and the plan among its props.
 */
export function inEveryPlan<P extends Record<string, string | number | undefined>, Q>(
  model: Pick<SiteModel, 'plans'>,
  pathsOf: (plan: SitePlan) => { params: P; props: Q }[],
): { params: P & { plan: string | undefined }; props: Q & { plan: SitePlan } }[] {
  return model.plans.flatMap((plan) => pathsOf(plan).map(({ params, props }) => ({ params: { ...params, plan: plan.segment }, props: { ...props, plan } })));
}

/** A plan page that exists once per plan: its one path, for each plan. */
export function onePerPlan(model: Pick<SiteModel, 'plans'>): { params: { plan: string | undefined }; props: { plan: SitePlan } }[] {
  return inEveryPlan(model, () => [{ params: {}, props: {} }]);
}
