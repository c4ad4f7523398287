import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { layoutNetwork, NETWORK_LAYOUT, prominentDepartments } from '../../../src/lib/graph/layoutNetwork.ts';
import { realModel } from './smallPlan.ts';

describe('layoutNetwork on the real plan', () => {
  const graph = buildGraph(realModel());
  const layout = layoutNetwork(graph);

  it('gives the same coordinates every time for the same data', () => {
    expect(layoutNetwork(buildGraph(realModel()))).toEqual(layout);
  });

  it('places every node once, on whole pixels, inside the drawing', () => {
    expect(layout.departments.map((d) => d.slug).sort()).toEqual(graph.departments.map((d) => d.slug).sort());
    expect(layout.measures.map((m) => m.id)).toEqual(graph.measures.map((m) => m.id));
    for (const node of [...layout.departments, ...layout.measures]) {
      expect(Number.isInteger(node.x) && Number.isInteger(node.y)).toBe(true);
      expect(node.x).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(layout.width);
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(layout.height);
    }
  });

  it('puts municipal departments left, measures in the middle and Hengqin departments right', () => {
    const { municipal, measures, district } = layout.columns;
    expect(municipal).toBeLessThan(measures);
    expect(measures).toBeLessThan(district);
    for (const d of layout.departments) expect(d.x).toBe(d.side === 'municipal' ? municipal : district);
    expect(layout.measures.every((m) => m.x === measures)).toBe(true);
  });

  it('keeps measures in document order, tasks one after another', () => {
    const ys = layout.measures.map((m) => m.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(layout.tasks.map((t) => t.no)).toEqual(graph.tasks.map((t) => t.no));
    layout.tasks.slice(1).forEach((task, i) => expect(task.top).toBeGreaterThan(layout.tasks[i]!.bottom));
  });

  it('leaves a label line between departments in the same column', () => {
    for (const side of ['municipal', 'district'] as const) {
      const ys = layout.departments.filter((d) => d.side === side).map((d) => d.y).sort((a, b) => a - b);
      ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(NETWORK_LAYOUT.departmentPitch - 1));
    }
  });

  it('draws one path per edge, from the department to its measure', () => {
    expect(layout.edges).toHaveLength(graph.edges.length);
    const place = new Map(layout.departments.map((d) => [d.slug, d]));
    for (const edge of layout.edges) {
      const from = place.get(edge.department)!;
      const to = layout.measures.find((m) => m.id === edge.measure)!;
      expect(edge.path.startsWith(`M${from.x},${from.y}C`)).toBe(true);
      expect(edge.path.endsWith(`,${to.y}`)).toBe(true);
    }
  });

  it('places a department nearer the measures it works on than the average department', () => {
    // 区金融服务局-like bodies: a department whose measures all sit in the last tasks is drawn low.
    const lastTask = graph.tasks.at(-1)!.no;
    const late = graph.departments.filter((d) => [...d.lead, ...d.support].every((id) => graph.measures.find((m) => m.id === id)!.task === lastTask));
    const middle = (layout.tasks[0]!.top + layout.tasks.at(-1)!.bottom) / 2;
    for (const d of late) expect(layout.departments.find((p) => p.slug === d.slug)!.y).toBeGreaterThan(middle);
  });
});

describe('prominentDepartments', () => {
  it('picks, on each side, a quarter of the departments, those that lead most', () => {
    const graph = buildGraph(realModel());
    const chosen = prominentDepartments(graph);
    for (const side of ['municipal', 'district'] as const) {
      const column = graph.departments.filter((d) => d.side === side);
      const picked = column.filter((d) => chosen.has(d.slug));
      expect(picked.length).toBeLessThanOrEqual(Math.ceil(column.length / 4));
      const weakestPicked = Math.min(...picked.map((d) => d.lead.length));
      expect(column.filter((d) => !chosen.has(d.slug)).every((d) => d.lead.length <= weakestPicked)).toBe(true);
    }
  });
});
