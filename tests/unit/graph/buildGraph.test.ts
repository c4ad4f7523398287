import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { realPlan, smallPlan } from './smallPlan.ts';

describe('buildGraph on the real plan', () => {
  const plan = realPlan();
  const graph = buildGraph(plan);

  it('has one node per department and one per measure', () => {
    expect(graph.departments.map((d) => d.slug)).toEqual(plan.departments.map((d) => d.slug));
    expect(graph.measures.map((m) => m.id).sort((a, b) => a - b)).toEqual(plan.measures.map((m) => m.id).sort((a, b) => a - b));
  });

  it('has one edge per assignment in the department records', () => {
    const assignments = plan.departments.reduce((sum, d) => sum + d.lead.length + d.support.length, 0);
    expect(graph.edges).toHaveLength(assignments);
    for (const d of plan.departments) {
      const mine = graph.edges.filter((e) => e.department === d.slug);
      expect(mine.filter((e) => e.role === 'lead').map((e) => e.measure).sort((a, b) => a - b)).toEqual([...d.lead].sort((a, b) => a - b));
      expect(mine.filter((e) => e.role === 'support').map((e) => e.measure).sort((a, b) => a - b)).toEqual([...d.support].sort((a, b) => a - b));
      expect(mine.every((e) => e.side === d.side)).toBe(true);
    }
  });

  it('gives each measure exactly one lead edge on every side that names departments', () => {
    for (const m of plan.measures) {
      for (const side of ['municipal', 'district'] as const) {
        const leads = graph.edges.filter((e) => e.measure === m.id && e.side === side && e.role === 'lead');
        expect(leads).toHaveLength(m[side].length > 0 ? 1 : 0);
      }
    }
  });

  it('keeps each measure’s task, area and working group', () => {
    const groupSlug = new Map(plan.groups.map((g) => [g.name, g.slug]));
    for (const m of plan.measures) {
      const node = graph.measures.find((n) => n.id === m.id)!;
      expect([node.task, node.area, node.group]).toEqual([m.task.no, m.area.no, groupSlug.get(m.group)]);
    }
  });
});

describe('buildGraph on a small plan', () => {
  it('makes the first department on each side the lead and the others support', () => {
    const graph = buildGraph(smallPlan());
    expect(graph.edges.filter((e) => e.measure === 5)).toEqual([
      { department: 'shi-jin-rong-ju', measure: 5, side: 'municipal', role: 'lead' },
      { department: 'shi-shang-wu-ju', measure: 5, side: 'municipal', role: 'support' },
      { department: 'qu-jin-rong-fu-wu-ju', measure: 5, side: 'district', role: 'lead' },
      { department: 'qu-shang-wu-ju', measure: 5, side: 'district', role: 'support' },
    ]);
  });

  it('refuses a measure naming a department that has no record', () => {
    const plan = smallPlan();
    plan.departments = plan.departments.filter((d) => d.name !== '横琴海关');
    expect(() => buildGraph(plan)).toThrow(/横琴海关/u);
  });

  it('refuses department records that disagree with the measures about a role', () => {
    const plan = smallPlan();
    const record = plan.departments.find((d) => d.name === '区商务局')!;
    plan.departments = plan.departments.map((d) => (d === record ? { ...d, lead: d.lead.filter((id) => id !== 1), support: [...d.support, 1] } : d));
    expect(() => buildGraph(plan)).toThrow(/measure 1 has 区商务局 in the lead role/u);
  });

  it('refuses a measure whose working group is unknown', () => {
    const plan = smallPlan();
    plan.groups = plan.groups.filter((g) => g.name !== '金融财税组');
    expect(() => buildGraph(plan)).toThrow(/金融财税组/u);
  });
});
