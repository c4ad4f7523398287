/**
 * The responsibility network of the site model and how it is cut into network pages,
 * computed once per build. Routes read it and hand it to the network components.
 */
import type { AreaSlice, TaskSlice } from '../graph/networkSlices.ts';
import { siteNetwork, type SiteNetwork } from '../graph/siteNetwork.ts';
import type { SiteArea, SiteTask } from '../model/siteModel.ts';
import { getSiteModel } from './model.ts';

export type { SiteNetwork };

let cached: Promise<SiteNetwork> | undefined;

export function getSiteNetwork(): Promise<SiteNetwork> {
  cached ??= getSiteModel().then(siteNetwork);
  return cached;
}

/**
 * One network page per main task (/network/tasks/<no>/), whatever the size of the data: it
 * draws the task, or lists its areas when the task is too big to draw whole.
 */
export async function networkTaskRoutes(): Promise<{ params: { no: string }; props: { slice: TaskSlice & { areas: AreaSlice[] }; task: SiteTask } }[]> {
  const [model, { slices }] = await Promise.all([getSiteModel(), getSiteNetwork()]);
  return slices.tasks.map((slice) => ({ params: { no: String(slice.task) }, props: { slice, task: model.task(slice.task) } }));
}

/** One network page per area of a task too big to draw whole (/network/areas/<no>/); none otherwise. */
export async function networkAreaRoutes(): Promise<{ params: { no: string }; props: { slice: AreaSlice; area: SiteArea } }[]> {
  const [model, { slices }] = await Promise.all([getSiteModel(), getSiteNetwork()]);
  return slices.tasks.flatMap((task) => task.areas.map((slice) => ({ params: { no: String(slice.area) }, props: { slice, area: model.area(slice.area) } })));
}
