/**
 * The timeline's and the network's status layer: what each measure's mark shows (a part of the
 * counts, a character beside the colour, the words its name gains), the switch in the URL, and
 * the network drawn with the layer, on the progress fixture (measures 2, 3 and 6 overdue).
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { layoutNetwork } from '../../../src/lib/graph/layoutNetwork.ts';
import { renderNetworkSvg } from '../../../src/lib/graph/renderNetworkSvg.ts';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { sitePaths } from '../../../src/lib/paths.ts';
import { COUNT_ORDER } from '../../../src/lib/progress/index.ts';
import { layerLegend, layerOn, statusAttributes, statusLayer, withLayer, withStatus } from '../../../src/lib/progress/statusLayer.ts';
import { fixtureProgress, planIn } from './fixture.ts';

const progress = fixtureProgress();
const { model, decisions } = planIn();
const ids = model.measures.map((m) => m.id);
const layer = statusLayer(progress, ids, UI.progress);

describe('statusLayer', () => {
  it('puts an overdue measure under 逾期 and every other under its status, as the counts do', () => {
    for (const id of ids) {
      const p = progress.measure(id);
      expect(layer.get(id)!.part).toBe(p.overdue ? 'overdue' : p.statusKey);
    }
    expect(ids.filter((id) => layer.get(id)!.part === 'overdue')).toEqual([2, 3, 6]);
  });

  it('gives every part its own character, so no status is told by colour alone', () => {
    const marks = COUNT_ORDER.map((part) => UI.progress.layer.marks[part]);
    expect(new Set(marks).size).toBe(COUNT_ORDER.length);
    for (const id of ids) expect(layer.get(id)!.mark).toBe(UI.progress.layer.marks[layer.get(id)!.part]);
    expect(layerLegend(UI.progress).map((entry) => entry.part)).toEqual([...COUNT_ORDER]);
  });

  it('says an overdue measure\'s status and 逾期 in its name, in the edition\'s words', () => {
    const traditional = createEdition({ locale: 'zh-Hant', base: '/', overrides: decisions.traditional }).ui.progress;
    expect(layer.get(3)!.label).toBe('推进中，逾期');
    expect(statusLayer(progress, ids, traditional).get(2)!.label).toBe('未啟動，逾期');
    expect(withStatus('第3项', layer.get(3), UI.progress)).toBe('第3项；推进中，逾期');
    expect(withStatus('第3项', undefined, UI.progress)).toBe('第3项');
  });

  it('writes a mark\'s attributes only where there is an entry', () => {
    expect(statusAttributes(layer.get(1))).toEqual({ 'data-part': 'done', 'data-mark': UI.progress.layer.marks.done });
    expect(statusAttributes(undefined)).toEqual({});
  });
});

describe('the layer\'s switch in the URL', () => {
  it('is on unless the URL says progress=off', () => {
    expect(layerOn('')).toBe(true);
    expect(layerOn('?task=1')).toBe(true);
    expect(layerOn('?task=1&progress=off')).toBe(false);
  });

  it('is written with every other parameter kept', () => {
    expect(withLayer('?task=1', false)).toBe('?task=1&progress=off');
    expect(withLayer('?task=1&progress=off', true)).toBe('?task=1');
    expect(withLayer('', true)).toBe('');
  });
});

describe('the network with the layer', () => {
  const plan = model.plans[0]!;
  const graph = buildGraph(plan);
  const options = { label: UI.network.graphLabel, text: { ...UI.network, side: UI.sides.short, roles: plan.roles }, tx: (t: string) => t, departmentHref: sitePaths.department, measureHref: (id: number) => sitePaths.measure(plan, id) };

  it('tags every measure with its part and character, and adds its status to its title', () => {
    const svg = renderNetworkSvg(graph, layoutNetwork(graph), { ...options, status: layer, statusTitle: UI.progress.layer.markLabel });
    for (const m of graph.measures) {
      const node = new RegExp(`<a class="node node-measure"[^>]*data-part="${layer.get(m.id)!.part}"><title>[^<]*；${layer.get(m.id)!.label}</title>[\\s\\S]*?<g class="status-tag" aria-hidden="true">[\\s\\S]*?>${layer.get(m.id)!.mark}</text></g></a>`, 'u');
      expect(svg).toMatch(node);
    }
  });

  it('draws nothing of it without a layer', () => {
    const svg = renderNetworkSvg(graph, layoutNetwork(graph), options);
    expect(svg).not.toContain('status-tag');
    expect(svg).not.toContain('data-part');
  });
});
