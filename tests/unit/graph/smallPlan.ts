/**
 * Models for the graph tests: the real site model (what the site is built from) and a small
 * hand-made one whose drawing is small enough to read in a snapshot.
 */
import { buildSiteModel, type SitePlan } from '../../../src/lib/model/siteModel.ts';
import { readSource } from '../../../src/lib/site/readPlan.ts';
import type { Department, Measure, Plan, Side } from '../../../src/lib/plan/schema.ts';
import { EMPTY_ALIAS_TABLE } from '../../../src/lib/seed/aliasTable.ts';
import { measure } from '../plan/measureFactory.ts';

let real: { plan: Plan; model: SitePlan } | undefined;

/** The plan the site is built from, parsed from seeds/, and its plan in the site model. */
function realSource(): { plan: Plan; model: SitePlan } {
  if (!real) {
    const { plan, decisions } = readSource();
    real = { plan, model: buildSiteModel(plan, decisions).plans[0]! };
  }
  return real;
}

export const realPlan = (): Plan => realSource().plan;
export const realModel = (): SitePlan => realSource().model;

/** Department records derived from measures, the way the parser derives them. */
export function departmentsOf(measures: Measure[], slugs: Record<string, string>): Department[] {
  const records = new Map<string, Department>();
  for (const m of measures) {
    for (const side of ['municipal', 'district'] as Side[]) {
      m[side].forEach((name, position) => {
        const key = `${side}:${name}`;
        const record = records.get(key) ?? { slug: slugs[name]!, name, side, aliases: [], lead: [], support: [] };
        record[position === 0 ? 'lead' : 'support'].push(m.id);
        records.set(key, record);
      });
    }
  }
  return [...records.values()];
}

const SLUGS: Record<string, string> = {
  市商务局: 'shi-shang-wu-ju',
  市金融局: 'shi-jin-rong-ju',
  市口岸局: 'shi-kou-an-ju',
  区商务局: 'qu-shang-wu-ju',
  区金融服务局: 'qu-jin-rong-fu-wu-ju',
  横琴海关: 'heng-qin-hai-guan',
};

/** Two tasks, three areas, six measures, six departments. */
export function smallPlan(): Plan {
  const t1 = { no: 1, title: '营商环境' };
  const t2 = { no: 2, title: '金融开放' };
  const a1 = { no: 1, title: '法制' };
  const a2 = { no: 2, title: '通关' };
  const a3 = { no: 3, title: '金融' };
  const measures = [
    measure(1, { task: t1, area: a1, group: '投资贸易组', municipal: ['市商务局'], district: ['区商务局', '横琴海关'] }),
    measure(2, { task: t1, area: a1, group: '投资贸易组', municipal: ['市商务局', '市口岸局'], district: ['区商务局'] }),
    measure(3, { task: t1, area: a2, group: '区域监管组', municipal: ['市口岸局'], district: ['横琴海关', '区商务局'] }),
    measure(4, { task: t2, area: a3, group: '金融财税组', municipal: ['市金融局'], district: ['区金融服务局'] }),
    measure(5, { task: t2, area: a3, group: '金融财税组', municipal: ['市金融局', '市商务局'], district: ['区金融服务局', '区商务局'] }),
    measure(6, { task: t2, area: a3, group: '金融财税组', text: '措施<6>&“引号”', municipal: ['市金融局'], district: ['区金融服务局'] }),
  ];
  return {
    meta: { title: '2017年测试任务分工表', year: 2017, note: null, sources: ['seeds/test.md'], originals: [] },
    measures,
    departments: departmentsOf(measures, SLUGS),
    groups: [
      { slug: 'tou-zi-mao-yi-zu', name: '投资贸易组' },
      { slug: 'qu-yu-jian-guan-zu', name: '区域监管组' },
      { slug: 'jin-rong-cai-shui-zu', name: '金融财税组' },
    ],
    tasks: [t1, t2],
    areas: [
      { ...a1, task: 1 },
      { ...a2, task: 1 },
      { ...a3, task: 2 },
    ],
  };
}

/** The small plan, as the site model holds it. */
export const smallModel = (): SitePlan => buildSiteModel(smallPlan(), EMPTY_ALIAS_TABLE).plans[0]!;
