/**
 * The responsibility network of one plan of the site: the graph, how it is cut into pages, and the
 * search keys of every department's names. Pure, so tests build the same network as the site
 * (src/lib/site/network.ts computes it once per build).
 */
import type { SiteModel, SitePlan } from '../model/siteModel.ts';
import { keywordContext } from '../search/keywordContext.ts';
import { nameSearchKeys } from '../search/nameMatcher.ts';
import { buildGraph, type Graph } from './buildGraph.ts';
import { networkSlices, type NetworkSlices } from './networkSlices.ts';

export interface SiteNetwork {
  /** The whole responsibility graph. */
  graph: Graph;
  /** How it is cut into network pages. */
  slices: NetworkSlices;
  /** Every form of each department's names a reader may type (name, aliases, Traditional, pinyin, initials), by slug. */
  searchKeys: ReadonlyMap<string, readonly string[]>;
}

export function siteNetwork(plan: SitePlan, decisions: SiteModel['decisions']): SiteNetwork {
  const graph = buildGraph(plan);
  const context = keywordContext(decisions);
  const searchKeys = new Map(plan.departments.map((d) => [d.slug, nameSearchKeys([d.name, ...d.aliases], context)]));
  return { graph, slices: networkSlices(graph), searchKeys };
}
