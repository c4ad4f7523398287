import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { egoGraph } from '../../../src/lib/graph/egoGraph.ts';
import { EGO_LAYOUT, layoutNetwork, MEASURE_BADGE, TASK_LABEL_SIZE } from '../../../src/lib/graph/layoutNetwork.ts';
import { renderNetworkSvg, type RenderNetworkOptions } from '../../../src/lib/graph/renderNetworkSvg.ts';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { sitePaths } from '../../../src/lib/paths.ts';
import { realModel, smallModel } from './smallPlan.ts';
import { realRoles } from '../../support/realRoles.ts';
import { readSource } from '../../../src/lib/site/readPlan.ts';

const options: RenderNetworkOptions = {
  label: UI.network.graphLabel,
  text: { ...UI.network, side: UI.sides.short, roles: realRoles() },
  tx: (text) => text,
  departmentHref: sitePaths.department,
  measureHref: (id: number) => sitePaths.measure({ segment: undefined }, id),
  idPrefix: 'net-',
};

/** One element per line, numbers to one decimal: a snapshot a person can review. */
const readable = (svg: string) => `${svg.replace(/></gu, '>\n<').replace(/-?\d+\.\d+/gu, (n) => String(Math.round(Number(n) * 10) / 10))}\n`;

describe('renderNetworkSvg', () => {
  it('draws the small plan as it did when last reviewed', async () => {
    const graph = buildGraph(smallModel());
    await expect(readable(renderNetworkSvg(graph, layoutNetwork(graph), options))).toMatchFileSnapshot('__snapshots__/small-network.svg');
  });

  it('draws an ego network as it did when last reviewed', async () => {
    const ego = egoGraph(buildGraph(smallModel()), 'shi-kou-an-ju');
    const { idPrefix: _ids, ...withoutIds } = options;
    const svg = renderNetworkSvg(ego, layoutNetwork(ego, EGO_LAYOUT), { ...withoutIds, ego: 'shi-kou-an-ju' });
    await expect(readable(svg)).toMatchFileSnapshot('__snapshots__/small-ego-network.svg');
  });

  it('gives every node of the real plan a link, a <title> and an id, and every edge its role', () => {
    const graph = buildGraph(realModel());
    const svg = renderNetworkSvg(graph, layoutNetwork(graph), options);
    const nodes = svg.match(/<a [^>]*class="node [^"]*"[^>]*><title>[^<]+<\/title>/gu) ?? [];
    expect(nodes).toHaveLength(graph.departments.length + graph.measures.length);
    for (const d of graph.departments) expect(svg).toContain(`id="net-d-${d.slug}" class="node node-department node-${d.side}`);
    for (const m of graph.measures) expect(svg).toContain(`id="net-m-${m.id}" class="node node-measure" href="${sitePaths.measure({ segment: undefined }, m.id)}"`);
    expect(svg.match(/class="edge edge-lead/gu)).toHaveLength(graph.edges.filter((e) => e.role === 'lead').length);
    expect(svg.match(/class="edge edge-support/gu)).toHaveLength(graph.edges.filter((e) => e.role === 'support').length);
  });

  it('names each department’s roles in its side’s words: no municipal department 牵头', () => {
    const graph = buildGraph(realModel());
    const svg = renderNetworkSvg(graph, layoutNetwork(graph), options);
    for (const d of graph.departments) {
      const title = svg.match(new RegExp(`data-node="d:${d.slug}"[^>]*><title>([^<]+)</title>`, 'u'))![1]!;
      expect(title).toContain(`${realRoles()[d.side].lead}${d.lead.length}项`);
      expect(title).toContain(`${realRoles()[d.side].support}${d.support.length}项`);
      if (d.side === 'municipal') expect(title).not.toContain(realRoles().district.lead);
    }
  });

  it('escapes data text and passes data through the edition’s converter, templates through the UI’s', () => {
    const graph = buildGraph(smallModel());
    const svg = renderNetworkSvg(graph, layoutNetwork(graph), { ...options, tx: (text) => text.replace('商务', '商務') });
    expect(svg).toContain('第6项：措施&lt;6&gt;&amp;“引号”');
    expect(svg).not.toContain('措施<6>');
    expect(svg).toContain('>区商務局</text>');
    expect(svg).not.toContain('>区商务局</text>');
  });

  it('writes, in the Traditional edition, the override table’s forms in every <title>', () => {
    const model = realModel();
    const overrides = readSource().decisions.traditional;
    const edition = createEdition({ locale: 'zh-Hant', base: '/', overrides });
    const graph = buildGraph(model);
    const svg = renderNetworkSvg(graph, layoutNetwork(graph), { ...options, text: { ...edition.ui.network, side: edition.ui.sides.short, roles: realRoles(edition) }, tx: edition.tx });
    const titles = [...svg.matchAll(/<title>([^<]+)<\/title>/gu)].map((m) => m[1]!).join('');
    for (const { simplified } of overrides) {
      // A character the table replaces: after conversion no title holds opencc's own form of it.
      const opencc = createEdition({ locale: 'zh-Hant', base: '/', overrides: [] }).tx(simplified);
      if (opencc !== simplified) expect(titles.includes(opencc), simplified).toBe(false);
    }
  });

  it('sets task labels in the gap above each task’s first measure, clear of its badge', () => {
    const graph = buildGraph(realModel());
    const layout = layoutNetwork(graph);
    for (const task of layout.tasks) {
      const first = layout.measures.find((m) => graph.measures.find((g) => g.id === m.id)!.task === task.no)!;
      const labelBaseline = task.top + TASK_LABEL_SIZE - 2;
      expect(labelBaseline + 3).toBeLessThan(first.y - MEASURE_BADGE.height / 2);
    }
    // Drawn after the edges, so no edge is painted over a label.
    const svg = renderNetworkSvg(graph, layout, options);
    expect(svg.indexOf('class="network-task-labels"')).toBeGreaterThan(svg.indexOf('class="network-edges"'));
  });

  it('writes whole-number coordinates for nodes', () => {
    const graph = buildGraph(realModel());
    const svg = renderNetworkSvg(graph, layoutNetwork(graph), options);
    for (const [, cx, cy] of svg.matchAll(/<circle cx="([^"]+)" cy="([^"]+)"/gu)) expect(`${cx},${cy}`).toMatch(/^\d+,\d+$/u);
  });
});
