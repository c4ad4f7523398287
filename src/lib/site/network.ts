/**
 * The responsibility network of the site model and how it is cut into network pages,
 * computed once per build. Routes read it and hand it to the network components.
 */
import { buildGraph, type Graph } from '../graph/buildGraph.ts';
import { networkSlices, type NetworkSlices } from '../graph/networkSlices.ts';
import { getSiteModel } from './model.ts';

export interface SiteNetwork {
  /** The whole responsibility graph. */
  graph: Graph;
  /** How it is cut into network pages. */
  slices: NetworkSlices;
}

let cached: Promise<SiteNetwork> | undefined;

export function getSiteNetwork(): Promise<SiteNetwork> {
  cached ??= getSiteModel().then((model) => {
    const graph = buildGraph(model.plan);
    return { graph, slices: networkSlices(graph) };
  });
  return cached;
}
