import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { realModel, realPlan, smallModel } from './smallPlan.ts';

describe('buildGraph on the real site model', () => {
  const plan = realPlan();
  const model = realModel();
  const graph = buildGraph(model);

  it('has one node per department and one per measure, in the model’s order', () => {
    expect(graph.departments.map((d) => d.slug)).toEqual(model.departments.map((d) => d.slug));
    expect(graph.measures.map((m) => m.id)).toEqual(model.measures.map((m) => m.id));
  });

  it('has one edge per assignment in the parsed department records, with its role and side', () => {
    expect(graph.edges).toHaveLength(plan.departments.reduce((sum, d) => sum + d.lead.length + d.support.length, 0));
    for (const d of plan.departments) {
      const mine = graph.edges.filter((e) => e.department === d.slug);
      expect(mine.filter((e) => e.role === 'lead').map((e) => e.measure).sort((a, b) => a - b)).toEqual([...d.lead].sort((a, b) => a - b));
      expect(mine.filter((e) => e.role === 'support').map((e) => e.measure).sort((a, b) => a - b)).toEqual([...d.support].sort((a, b) => a - b));
      expect(mine.every((e) => e.side === d.side)).toBe(true);
    }
  });

  it('keeps each measure’s task, area and working group', () => {
    const groupSlug = new Map(plan.groups.map((g) => [g.name, g.slug]));
    for (const m of plan.measures) {
      const node = graph.measures.find((n) => n.id === m.id)!;
      expect([node.task, node.area, node.group]).toEqual([m.task.no, m.area.no, groupSlug.get(m.group)]);
    }
  });

  it('carries each department’s co-workers as the site model lists them', () => {
    for (const d of model.departments) {
      const node = graph.departments.find((n) => n.slug === d.slug)!;
      expect(node.coWorkers).toEqual(d.coWorkers.map((c) => ({ slug: c.department.slug, measures: c.measures.map((m) => m.id) })));
    }
  });
});

describe('buildGraph on a small model', () => {
  it('makes the first department on each side the lead and the others support', () => {
    const graph = buildGraph(smallModel());
    expect(graph.edges.filter((e) => e.measure === 5)).toEqual([
      { department: 'shi-jin-rong-ju', measure: 5, side: 'municipal', role: 'lead' },
      { department: 'shi-shang-wu-ju', measure: 5, side: 'municipal', role: 'support' },
      { department: 'qu-jin-rong-fu-wu-ju', measure: 5, side: 'district', role: 'lead' },
      { department: 'qu-shang-wu-ju', measure: 5, side: 'district', role: 'support' },
    ]);
  });
});
