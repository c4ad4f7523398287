/**
 * The responsibility network of the site model and how it is cut into network pages,
 * computed once per build. Routes read it and hand it to the network components.
 */
import type { AreaSlice, TaskSlice } from '../graph/networkSlices.ts';
import { siteNetwork, type SiteNetwork } from '../graph/siteNetwork.ts';
import type { SiteArea, SitePlan, SiteTask } from '../model/siteModel.ts';
import { inEveryPlan } from '../routes/planPaths.ts';
import { getSiteModel } from './model.ts';

export type { SiteNetwork };

const cached = new Map<string, SiteNetwork>();

/** A plan's network, computed once per build. */
export async function getSiteNetwork(plan: SitePlan): Promise<SiteNetwork> {
  let network = cached.get(plan.slug);
  if (!network) cached.set(plan.slug, (network = siteNetwork(plan, (await getSiteModel()).decisions)));
  return network;
}

/**
 * One network page per main task (/network/tasks/<no>/), whatever the size of the data: it
 * draws the task, or lists its areas when the task is too big to draw whole.
 */
export async function networkTaskRoutes(): Promise<{ params: { no: string; plan: string | undefined }; props: { slice: TaskSlice & { areas: AreaSlice[] }; task: SiteTask; plan: SitePlan } }[]> {
  const model = await getSiteModel();
  const networks = new Map(await Promise.all(model.plans.map(async (plan) => [plan.slug, await getSiteNetwork(plan)] as const)));
  return inEveryPlan(model, (plan) => networks.get(plan.slug)!.slices.tasks.map((slice) => ({ params: { no: String(slice.task) }, props: { slice, task: plan.task(slice.task) } })));
}

/** One network page per area of a task too big to draw whole (/network/areas/<no>/); none otherwise. */
export async function networkAreaRoutes(): Promise<{ params: { no: string; plan: string | undefined }; props: { slice: AreaSlice; area: SiteArea; plan: SitePlan } }[]> {
  const model = await getSiteModel();
  const networks = new Map(await Promise.all(model.plans.map(async (plan) => [plan.slug, await getSiteNetwork(plan)] as const)));
  return inEveryPlan(model, (plan) => networks.get(plan.slug)!.slices.tasks.flatMap((task) => task.areas.map((slice) => ({ params: { no: String(slice.area) }, props: { slice, area: plan.area(slice.area) } }))));
}
