/**
 * The responsibility network of the site model and how it is cut into network pages,
 * computed once per build. Routes read it and hand it to the network components.
 */
import { buildGraph, type Graph } from '../graph/buildGraph.ts';
import { networkSlices, type AreaSlice, type NetworkSlices, type TaskSlice } from '../graph/networkSlices.ts';
import type { SiteArea, SiteModel, SiteTask } from '../model/siteModel.ts';
import { keywordContext } from '../search/keywordContext.ts';
import { nameSearchKeys } from '../search/nameMatcher.ts';
import { getSiteModel } from './model.ts';

export interface SiteNetwork {
  /** The whole responsibility graph. */
  graph: Graph;
  /** How it is cut into network pages. */
  slices: NetworkSlices;
  /** Every form of each department's names a reader may type (name, aliases, Traditional, pinyin, initials), by slug. */
  searchKeys: ReadonlyMap<string, readonly string[]>;
}

/** The network of a site model: pure, so tests build the same network as the site. */
export function siteNetwork(model: SiteModel): SiteNetwork {
  const graph = buildGraph(model);
  const context = keywordContext(model.decisions);
  const searchKeys = new Map(model.departments.map((d) => [d.slug, nameSearchKeys([d.name, ...d.aliases], context)]));
  return { graph, slices: networkSlices(graph), searchKeys };
}

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
