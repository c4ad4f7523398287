import { buildSiteModel, type SitePlan } from '../../../src/lib/model/siteModel.ts';
import type { Measure } from '../../../src/lib/plan/schema.ts';
import { EMPTY_ALIAS_TABLE } from '../../../src/lib/seed/aliasTable.ts';
import { departmentsOf } from '../graph/smallPlan.ts';

/**
 * The site model of a few hand-made measures (measureFactory's): departments, tasks, areas
 * and groups derived from them the way the parser derives them; a name is its own slug.
 */
export function smallModel(measures: Measure[]): SitePlan {
  const names = [...new Set(measures.flatMap((m) => [...m.municipal, ...m.district]))];
  const unique = <T>(items: T[], key: (item: T) => string | number) => [...new Map(items.map((item) => [key(item), item])).values()];
  return buildSiteModel(
    {
      meta: { title: '测试方案', year: 2017, note: null, sources: ['seeds/test.md'], originals: [] },
      measures,
      departments: departmentsOf(measures, Object.fromEntries(names.map((name) => [name, name]))),
      tasks: unique(measures.map((m) => m.task), (t) => t.no),
      areas: unique(measures.map((m) => ({ ...m.area, task: m.task.no })), (a) => a.no),
      groups: unique(measures.map((m) => ({ slug: m.group, name: m.group })), (g) => g.slug),
    },
    EMPTY_ALIAS_TABLE,
  ).plans[0]!;
}
