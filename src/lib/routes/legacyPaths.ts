/**
 * The addresses of the one-plan layout (/measures/12/, /tasks/1/, /source/ …) and where each
 * leads once the site holds several plans: the same page of the primary plan, under its
 * segment. Computed from the same route helpers as the pages, so every old address of the
 * plan's pages is covered; none when the site has one plan (its pages keep those addresses).
 */
import type { NetworkSlices } from '../graph/networkSlices.ts';
import type { SiteModel } from '../model/siteModel.ts';
import { sitePaths, type PlanScope } from '../paths.ts';
import { deadlinePaths } from './deadlinePaths.ts';

export interface LegacyPath {
  /** The old site path, without edition: "/measures/12/". */
  from: string;
  /** The same page of the primary plan: "/hengqin-2017/measures/12/". */
  to: string;
}

export function legacyPaths(model: Pick<SiteModel, 'several' | 'primary'>, slices: NetworkSlices): LegacyPath[] {
  if (!model.several) return [];
  const plan = model.primary;
  const old: PlanScope = { segment: undefined };
  const both = (build: (scope: PlanScope) => string) => ({ from: build(old), to: build(plan) });
  return [
    both((p) => sitePaths.measures(p)),
    ...plan.measures.map((m) => both((p) => sitePaths.measure(p, m.id))),
    both((p) => sitePaths.tasks(p)),
    ...plan.tasks.map((t) => both((p) => sitePaths.task(p, t.no))),
    ...plan.areas.map((a) => both((p) => sitePaths.area(p, a.no))),
    both((p) => sitePaths.groups(p)),
    ...plan.groups.map((g) => both((p) => sitePaths.group(p, g.slug))),
    both((p) => sitePaths.network(p)),
    ...slices.tasks.map((t) => both((p) => sitePaths.networkTask(p, t.task))),
    ...slices.tasks.flatMap((t) => t.areas.map((a) => both((p) => sitePaths.networkArea(p, a.area)))),
    both((p) => sitePaths.timeline(p)),
    both((p) => sitePaths.deadlines(p)),
    ...deadlinePaths(plan).map(({ params }) => both((p) => sitePaths.deadline(p, params.bin))),
    both((p) => sitePaths.source(p)),
  ];
}
