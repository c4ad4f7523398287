import type { SiteModel } from '../model/siteModel.ts';
import { progressView, type ProgressView } from '../progress/progressView.ts';

/**
 * /progress/ and its feed: one page where the plan has a progress file, none where it has not
 * (a site without progress data shows no trace of the layer). With several plans, one per plan.
 */
export function progressPaths(model: Pick<SiteModel, 'progress' | 'measures' | 'tasks' | 'groups' | 'departments'>): { params: Record<string, never>; props: { view: ProgressView } }[] {
  return model.progress ? [{ params: {}, props: { view: progressView(model, model.progress) } }] : [];
}
