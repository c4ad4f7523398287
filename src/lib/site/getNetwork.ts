import { buildGraph, type Graph } from '../graph/buildGraph.ts';
import { networkSlices, type NetworkSlices } from '../graph/networkSlices.ts';
import { getPlan } from './getPlan.ts';

export interface SiteNetwork {
  /** The whole responsibility graph. */
  graph: Graph;
  /** How it is cut into network pages. */
  slices: NetworkSlices;
}

let cached: Promise<SiteNetwork> | undefined;

/** The responsibility graph and its network pages, computed once per build. */
export function getNetwork(): Promise<SiteNetwork> {
  cached ??= getPlan().then((plan) => {
    const graph = buildGraph(plan);
    return { graph, slices: networkSlices(graph) };
  });
  return cached;
}
