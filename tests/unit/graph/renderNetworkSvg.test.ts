import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { egoGraph } from '../../../src/lib/graph/egoGraph.ts';
import { EGO_LAYOUT, layoutNetwork } from '../../../src/lib/graph/layoutNetwork.ts';
import { renderNetworkSvg, type RenderNetworkOptions } from '../../../src/lib/graph/renderNetworkSvg.ts';
import { networkUi } from '../../../src/lib/i18n/ui/network.ts';
import { realPlan, smallPlan } from './smallPlan.ts';

const options: RenderNetworkOptions = {
  label: networkUi.graphLabel,
  text: networkUi,
  tx: (text) => text,
  departmentHref: (slug) => `/departments/${slug}/`,
  measureHref: (id) => `/measures/${id}/`,
  idPrefix: 'net-',
};

/** One element per line, numbers to one decimal: a snapshot a person can review. */
const readable = (svg: string) => `${svg.replace(/></gu, '>\n<').replace(/-?\d+\.\d+/gu, (n) => String(Math.round(Number(n) * 10) / 10))}\n`;

describe('renderNetworkSvg', () => {
  it('draws the small plan as it did when last reviewed', async () => {
    const graph = buildGraph(smallPlan());
    await expect(readable(renderNetworkSvg(graph, layoutNetwork(graph), options))).toMatchFileSnapshot('__snapshots__/small-network.svg');
  });

  it('draws an ego network as it did when last reviewed', async () => {
    const ego = egoGraph(buildGraph(smallPlan()), 'shi-kou-an-ju');
    const { idPrefix: _ids, ...withoutIds } = options;
    const svg = renderNetworkSvg(ego, layoutNetwork(ego, EGO_LAYOUT), { ...withoutIds, ego: 'shi-kou-an-ju' });
    await expect(readable(svg)).toMatchFileSnapshot('__snapshots__/small-ego-network.svg');
  });

  it('gives every node of the real plan a link, a <title> and an id, and every edge its role', () => {
    const graph = buildGraph(realPlan());
    const svg = renderNetworkSvg(graph, layoutNetwork(graph), options);
    const nodes = svg.match(/<a [^>]*class="node [^"]*"[^>]*><title>[^<]+<\/title>/gu) ?? [];
    expect(nodes).toHaveLength(graph.departments.length + graph.measures.length);
    for (const d of graph.departments) expect(svg).toContain(`id="net-d-${d.slug}" class="node node-department node-${d.side}`);
    for (const m of graph.measures) expect(svg).toContain(`id="net-m-${m.id}" class="node node-measure" href="/measures/${m.id}/"`);
    expect(svg.match(/class="edge edge-lead/gu)).toHaveLength(graph.edges.filter((e) => e.role === 'lead').length);
    expect(svg.match(/class="edge edge-support/gu)).toHaveLength(graph.edges.filter((e) => e.role === 'support').length);
  });

  it('escapes data text and passes every string through the edition’s converter', () => {
    const graph = buildGraph(smallPlan());
    const svg = renderNetworkSvg(graph, layoutNetwork(graph), { ...options, tx: (text) => text.replace('商务', '商務') });
    expect(svg).toContain('第6项：措施&lt;6&gt;&amp;“引号”');
    expect(svg).not.toContain('措施<6>');
    expect(svg).toContain('>区商務局</text>');
    expect(svg).not.toContain('>区商务局</text>');
  });

  it('writes whole-number coordinates for nodes', () => {
    const graph = buildGraph(realPlan());
    const svg = renderNetworkSvg(graph, layoutNetwork(graph), options);
    for (const [, cx, cy] of svg.matchAll(/<circle cx="([^"]+)" cy="([^"]+)"/gu)) expect(`${cx},${cy}`).toMatch(/^\d+,\d+$/u);
  });
});
