import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph/buildGraph.ts';
import { EMPTY_VIEW, focusParts, formatView, parseView, visibleParts, type ViewModel } from '../../../src/lib/graph/networkView.ts';
import { nodeKey } from '../../../src/lib/graph/nodeKey.ts';
import { smallPlan } from './smallPlan.ts';

/** The model the browser script reads back from the drawing, built here from the graph. */
function modelOf(graph: Graph): ViewModel {
  return {
    measures: graph.measures.map((m) => ({ key: nodeKey.measure(m.id), task: m.task, group: m.group })),
    departments: graph.departments.map((d) => ({ key: nodeKey.department(d.slug) })),
    edges: graph.edges.map((e) => ({ from: nodeKey.department(e.department), to: nodeKey.measure(e.measure), side: e.side, role: e.role })),
  };
}

describe('parseView and formatView', () => {
  it('read a shared URL back into the same view', () => {
    const view = { focus: 'd:qu-shang-wu-ju', task: 2, group: 'jin-rong-cai-shui-zu', side: 'district', role: 'lead' } as const;
    expect(formatView(view)).toBe('?focus=qu-shang-wu-ju&task=2&group=jin-rong-cai-shui-zu&side=district&role=lead');
    expect(parseView(formatView(view))).toEqual(view);
  });

  it('read a number in focus as a measure', () => {
    expect(parseView('?focus=12').focus).toBe('m:12');
    expect(formatView({ ...EMPTY_VIEW, focus: 'm:12' })).toBe('?focus=12');
  });

  it('ignore malformed values and give the plain view an empty query', () => {
    expect(parseView('?focus=<script>&task=-1&side=both&role=x&group=A B')).toEqual(EMPTY_VIEW);
    expect(formatView(EMPTY_VIEW)).toBe('');
  });
});

describe('visibleParts', () => {
  const graph = buildGraph(smallPlan());
  const model = modelOf(graph);

  it('shows everything in the plain view', () => {
    const parts = visibleParts(model, EMPTY_VIEW);
    expect(parts.nodes.size).toBe(graph.departments.length + graph.measures.length);
    expect(parts.edges.size).toBe(graph.edges.length);
  });

  it('keeps a task’s measures and only the departments that work on them', () => {
    const parts = visibleParts(model, { ...EMPTY_VIEW, task: 2 });
    expect([...parts.nodes].sort()).toEqual(['d:qu-jin-rong-fu-wu-ju', 'd:qu-shang-wu-ju', 'd:shi-jin-rong-ju', 'd:shi-shang-wu-ju', 'm:4', 'm:5', 'm:6']);
  });

  it('keeps one side and, in lead-only mode, only lead edges', () => {
    const parts = visibleParts(model, { ...EMPTY_VIEW, side: 'district', role: 'lead' });
    const edges = [...parts.edges].map((i) => model.edges[i]!);
    expect(edges.every((e) => e.side === 'district' && e.role === 'lead')).toBe(true);
    expect(edges).toHaveLength(graph.measures.length);
    expect(parts.nodes.has('d:heng-qin-hai-guan')).toBe(true); // leads measure 3
    expect(parts.nodes.has('d:shi-shang-wu-ju')).toBe(false);
  });

  it('filters by working group', () => {
    const parts = visibleParts(model, { ...EMPTY_VIEW, group: 'qu-yu-jian-guan-zu' });
    expect([...parts.nodes].sort()).toEqual(['d:heng-qin-hai-guan', 'd:qu-shang-wu-ju', 'd:shi-kou-an-ju', 'm:3']);
  });
});

describe('focusParts', () => {
  const graph = buildGraph(smallPlan());
  const model = modelOf(graph);
  const all = visibleParts(model, EMPTY_VIEW);

  it('lights a department, its measures and every department that shares them', () => {
    const parts = focusParts(model, all, 'd:shi-kou-an-ju');
    expect([...parts.nodes].sort()).toEqual(['d:heng-qin-hai-guan', 'd:qu-shang-wu-ju', 'd:shi-kou-an-ju', 'd:shi-shang-wu-ju', 'm:2', 'm:3']);
    expect(parts.edges.size).toBe(graph.edges.filter((e) => e.measure === 2 || e.measure === 3).length);
  });

  it('lights a measure and its departments', () => {
    const parts = focusParts(model, all, 'm:4');
    expect([...parts.nodes].sort()).toEqual(['d:qu-jin-rong-fu-wu-ju', 'd:shi-jin-rong-ju', 'm:4']);
  });

  it('respects the filters: hidden edges link nothing', () => {
    const leadOnly = visibleParts(model, { ...EMPTY_VIEW, role: 'lead' });
    const parts = focusParts(model, leadOnly, 'd:shi-kou-an-ju');
    expect([...parts.nodes].sort()).toEqual(['d:heng-qin-hai-guan', 'd:shi-kou-an-ju', 'm:3']);
  });

  it('lights nothing for a node the filters hide', () => {
    const parts = focusParts(model, visibleParts(model, { ...EMPTY_VIEW, task: 1 }), 'd:shi-jin-rong-ju');
    expect(parts.nodes.size + parts.edges.size).toBe(0);
  });
});
