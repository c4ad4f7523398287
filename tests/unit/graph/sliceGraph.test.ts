import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { sliceGraph } from '../../../src/lib/graph/sliceGraph.ts';
import { realModel, smallModel } from './smallPlan.ts';

describe('sliceGraph', () => {
  const graph = buildGraph(smallModel());

  it('keeps the given measures, their assignments and exactly the departments named on them', () => {
    const slice = sliceGraph(graph, [4, 5, 6]);
    expect(slice.measures.map((m) => m.id)).toEqual([4, 5, 6]);
    expect(slice.edges).toEqual(graph.edges.filter((e) => e.measure >= 4));
    expect(slice.departments.map((d) => d.slug).sort()).toEqual(['qu-jin-rong-fu-wu-ju', 'qu-shang-wu-ju', 'shi-jin-rong-ju', 'shi-shang-wu-ju']);
  });

  it('counts a department’s lead and support roles within the slice only', () => {
    const slice = sliceGraph(graph, [4, 5, 6]);
    const commerce = slice.departments.find((d) => d.slug === 'shi-shang-wu-ju')!;
    expect(graph.departments.find((d) => d.slug === 'shi-shang-wu-ju')).toMatchObject({ lead: [1, 2], support: [5] });
    expect(commerce).toMatchObject({ lead: [], support: [5] });
  });

  it('offers only the tasks and working groups its measures belong to', () => {
    const slice = sliceGraph(graph, [1, 3]);
    expect(slice.tasks.map((t) => t.no)).toEqual([1]);
    expect(slice.groups.map((g) => g.slug)).toEqual(['tou-zi-mao-yi-zu', 'qu-yu-jian-guan-zu']);
  });

  it('gives back the whole graph for all the measures of the real plan', () => {
    const real = buildGraph(realModel());
    const slice = sliceGraph(real, real.measures.map((m) => m.id));
    expect(slice.edges).toEqual(real.edges);
    expect(slice.departments).toEqual(real.departments.filter((d) => d.lead.length + d.support.length > 0));
  });

  it('keeps a department’s co-workers only for the measures in the slice', () => {
    const slice = sliceGraph(graph, [4, 5, 6]);
    const commerce = slice.departments.find((d) => d.slug === 'shi-shang-wu-ju')!;
    expect(commerce.coWorkers.map((c) => c.slug).sort()).toEqual(['qu-jin-rong-fu-wu-ju', 'qu-shang-wu-ju', 'shi-jin-rong-ju']);
    expect(commerce.coWorkers.every((c) => c.measures.every((id) => id === 5))).toBe(true);
  });
});
