/**
 * Plans for the graph tests: the real parsed plan (what the site is built from) and a small
 * hand-made one whose drawing is small enough to read in a snapshot.
 */
import type { GraphInput } from '../../../src/lib/graph/buildGraph.ts';
import type { Department, Measure, Side } from '../../../src/lib/plan/schema.ts';
import { measure } from '../plan/measureFactory.ts';
import { realPlan as parsedPlan } from '../../support/realPlan.ts';

/** The plan the site is built from, parsed from seeds/. */
export function realPlan(): GraphInput {
  const { measures, departments, groups, tasks } = parsedPlan();
  return { measures, departments, groups, tasks };
}

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
export function smallPlan(): GraphInput {
  const t1 = { no: 1, title: '营商环境' };
  const t2 = { no: 2, title: '金融开放' };
  const measures = [
    measure(1, { task: t1, area: { no: 1, title: '法制' }, group: '投资贸易组', municipal: ['市商务局'], district: ['区商务局', '横琴海关'] }),
    measure(2, { task: t1, area: { no: 1, title: '法制' }, group: '投资贸易组', municipal: ['市商务局', '市口岸局'], district: ['区商务局'] }),
    measure(3, { task: t1, area: { no: 2, title: '通关' }, group: '区域监管组', municipal: ['市口岸局'], district: ['横琴海关', '区商务局'] }),
    measure(4, { task: t2, area: { no: 3, title: '金融' }, group: '金融财税组', municipal: ['市金融局'], district: ['区金融服务局'] }),
    measure(5, { task: t2, area: { no: 3, title: '金融' }, group: '金融财税组', municipal: ['市金融局', '市商务局'], district: ['区金融服务局', '区商务局'] }),
    measure(6, { task: t2, area: { no: 3, title: '金融' }, group: '金融财税组', text: '措施<6>&“引号”', municipal: ['市金融局'], district: ['区金融服务局'] }),
  ];
  return {
    measures,
    departments: departmentsOf(measures, SLUGS),
    groups: [
      { slug: 'tou-zi-mao-yi-zu', name: '投资贸易组' },
      { slug: 'qu-yu-jian-guan-zu', name: '区域监管组' },
      { slug: 'jin-rong-cai-shui-zu', name: '金融财税组' },
    ],
    tasks: [t1, t2],
  };
}
