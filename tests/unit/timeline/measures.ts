import { buildSiteModel, type SitePlan } from '../../../src/lib/model/siteModel.ts';
import type { Deadline, Measure, Plan } from '../../../src/lib/plan/schema.ts';
import { EMPTY_ALIAS_TABLE } from '../../../src/lib/seed/aliasTable.ts';
import { measureSchema } from '../../../src/lib/plan/schema.ts';
import { measure as baseMeasure } from '../plan/measureFactory.ts';

/** Deadlines as the parser reads them, for a plan of 2017. */
export const DUE = {
  may: { label: '5月底', date: '2017-05-31', completed: false, ongoing: false },
  august: { label: '8月底', date: '2017-08-31', completed: false, ongoing: false },
  november: { label: '11月底', date: '2017-11-30', completed: false, ongoing: false },
  yearEnd: { label: '年底', date: '2017-12-31', completed: false, ongoing: false },
  march2018: { label: '2018年3月底', date: '2018-03-31', completed: false, ongoing: false },
  completed: { label: '已完成', date: null, completed: true, ongoing: false },
  ongoing: { label: '持续推进', date: null, completed: false, ongoing: true },
} satisfies Record<string, Deadline>;

/** A small synthetic measure, validated by the real schema so the tests cannot drift from it. */
export function measure(id: number, deadline: Deadline, more: Partial<Pick<Measure, 'task' | 'group' | 'municipal' | 'district'>> = {}): Measure {
  return measureSchema.parse(baseMeasure(id, { deadline, ...more }));
}

/**
 * A small site model from measures alone, built by the real buildSiteModel: tasks, areas,
 * groups and departments are the ones the measures name, each department's lists read off
 * the measures as the parser would. Slugs are the names' code points, enough to be unique.
 */
export function smallModel(measures: readonly Measure[], tasks: readonly { no: number; title: string }[] = []): SitePlan {
  const slug = (name: string) => [...name].map((c) => c.codePointAt(0)!.toString(36)).join('-');
  const unique = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];
  const departments = (['municipal', 'district'] as const).flatMap((side) =>
    unique(
      measures.flatMap((m) => m[side]),
      (name) => name,
    ).map((name) => ({
      slug: slug(`${side}${name}`),
      name,
      side,
      aliases: [],
      lead: measures.filter((m) => m[side][0] === name).map((m) => m.id),
      support: measures.filter((m) => m[side].slice(1).includes(name)).map((m) => m.id),
    })),
  );
  const plan: Plan = {
    meta: { title: '2017年测试分工表', year: 2017, note: null, sources: ['seeds/test.md'], originals: [] },
    tasks: unique([...tasks, ...measures.map((m) => m.task)], (t) => String(t.no)).sort((a, b) => a.no - b.no),
    areas: unique(
      measures.map((m) => ({ ...m.area, task: m.task.no })),
      (a) => String(a.no),
    ),
    groups: unique(
      measures.map((m) => ({ slug: slug(m.group), name: m.group })),
      (g) => g.slug,
    ),
    measures: [...measures],
    departments,
  };
  return buildSiteModel(plan, EMPTY_ALIAS_TABLE).plans[0]!;
}
