import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { egoGraph } from '../../../src/lib/graph/egoGraph.ts';
import { realModel, realPlan } from './smallPlan.ts';

describe('egoGraph', () => {
  const plan = realPlan();
  const graph = buildGraph(realModel());

  it('holds exactly a department’s measures and the departments named on them, for every department', () => {
    for (const d of plan.departments) {
      const own = new Set([...d.lead, ...d.support]);
      const ego = egoGraph(graph, d.slug);
      expect(new Set(ego.measures.map((m) => m.id))).toEqual(own);
      const named = new Set(plan.measures.filter((m) => own.has(m.id)).flatMap((m) => [...m.municipal.map((n: string) => `municipal:${n}`), ...m.district.map((n: string) => `district:${n}`)]));
      expect(new Set(ego.departments.map((p) => `${p.side}:${p.name}`))).toEqual(named);
      expect(ego.edges.every((e) => own.has(e.measure))).toBe(true);
      expect(ego.edges).toHaveLength(graph.edges.filter((e) => own.has(e.measure)).length);
    }
  });
});
