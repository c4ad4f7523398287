import type { SitePlan } from '../model/siteModel.ts';
import { progressView, type ProgressView } from '../progress/progressView.ts';

/**
 * A plan's /progress/ (and its feed): one page where the plan has a progress file, none where it
 * has not (a site without progress data shows no trace of the layer). Used through inEveryPlan:
 * with several plans, one per plan that reports progress, under /<plan>/progress/.
 */
export function progressPaths(plan: SitePlan): { params: Record<string, never>; props: { view: ProgressView } }[] {
  return plan.progress ? [{ params: {}, props: { view: progressView(plan, plan.progress) } }] : [];
}
