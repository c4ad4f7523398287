import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph } from '../../../src/lib/graph/buildGraph.ts';
import { compactLayout, geometryOf } from '../../../src/lib/graph/compactLayout.ts';
import { layoutNetwork, NETWORK_LAYOUT } from '../../../src/lib/graph/layoutNetwork.ts';
import { panelView } from '../../../src/lib/graph/networkPanel.ts';
import * as nv from '../../../src/lib/graph/networkView.ts';
import { nodeKey } from '../../../src/lib/graph/nodeKey.ts';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { keywordContext } from '../../../src/lib/search/keywordContext.ts';
import { nameSearchKeys } from '../../../src/lib/search/nameMatcher.ts';
import { siteNetwork } from '../../../src/lib/graph/siteNetwork.ts';
import { realModel, smallModel } from './smallPlan.ts';
import { realRoles } from '../../support/realRoles.ts';
import { readSource } from '../../../src/lib/site/readPlan.ts';

/** The real alias table: the network's search keys read its readings and spellings. */
const DECISIONS = readSource().decisions;

const { EMPTY_VIEW } = nv;
const graph = buildGraph(smallModel());
const model = nv.viewModelOf(graph, () => []);
const sorted = (keys: Iterable<string>) => [...keys].sort();

describe('parseView and formatView', () => {
  it('read a shared URL back into the same view', () => {
    const view = { focus: 'd:qu-shang-wu-ju', task: 2, group: 'jin-rong-cai-shui-zu', side: 'district', role: 'lead' } as const;
    expect(nv.formatView(view)).toBe('?focus=qu-shang-wu-ju&task=2&group=jin-rong-cai-shui-zu&side=district&role=lead');
    expect(nv.parseView(nv.formatView(view))).toEqual(view);
  });

  it('read a number in focus as a measure', () => {
    expect(nv.parseView('?focus=12').focus).toBe(nodeKey.measure(12));
    expect(nv.formatView({ ...EMPTY_VIEW, focus: nodeKey.measure(12) })).toBe('?focus=12');
  });

  it('ignore malformed values and give the plain view an empty query', () => {
    expect(nv.parseView('?focus=<script>&task=-1&side=both&role=x&group=A B')).toEqual(EMPTY_VIEW);
    expect(nv.formatView(EMPTY_VIEW)).toBe('');
  });

  it('take the filter controls’ values as a view, keeping the focus', () => {
    expect(nv.viewFromControls({ task: '2', group: '', side: 'district', role: 'lead' }, 'm:4')).toEqual({ focus: 'm:4', task: 2, group: null, side: 'district', role: 'lead' });
    expect(nv.viewFromControls({ task: '', side: 'both' }, null)).toEqual(EMPTY_VIEW);
  });
});

describe('the view model in the page', () => {
  it('comes back from its data-config encoding unchanged', () => {
    const real = siteNetwork(realModel(), DECISIONS);
    const full = nv.viewModelOf(real.graph, (slug) => real.searchKeys.get(slug)!);
    expect(nv.decodeViewModel(JSON.parse(JSON.stringify(nv.encodeViewModel(full))))).toEqual(full);
  });
});

describe('visibleParts', () => {
  it('shows everything in the plain view', () => {
    const parts = nv.visibleParts(model, EMPTY_VIEW);
    expect(parts.nodes.size).toBe(graph.departments.length + graph.measures.length);
    expect(parts.edges.size).toBe(graph.edges.length);
  });

  it('keeps a task’s measures and only the departments that work on them', () => {
    const parts = nv.visibleParts(model, { ...EMPTY_VIEW, task: 2 });
    expect(sorted(parts.nodes)).toEqual(['d:qu-jin-rong-fu-wu-ju', 'd:qu-shang-wu-ju', 'd:shi-jin-rong-ju', 'd:shi-shang-wu-ju', 'm:4', 'm:5', 'm:6']);
  });

  it('keeps one side and, in first-listed-only mode, only the first listed on each measure', () => {
    const parts = nv.visibleParts(model, { ...EMPTY_VIEW, side: 'district', role: 'lead' });
    const edges = [...parts.edges].map((i) => model.edges[i]!);
    expect(edges.every((e) => e.side === 'district' && e.role === 'lead')).toBe(true);
    expect(edges).toHaveLength(graph.measures.length);
    expect(parts.nodes.has('d:heng-qin-hai-guan')).toBe(true); // first listed on measure 3
    expect(parts.nodes.has('d:shi-shang-wu-ju')).toBe(false);
  });

  it('filters by working group', () => {
    const parts = nv.visibleParts(model, { ...EMPTY_VIEW, group: 'qu-yu-jian-guan-zu' });
    expect(sorted(parts.nodes)).toEqual(['d:heng-qin-hai-guan', 'd:qu-shang-wu-ju', 'd:shi-kou-an-ju', 'm:3']);
  });
});

describe('focus', () => {
  const all = nv.visibleParts(model, EMPTY_VIEW);

  it('keeps a department, its measures and every department that shares them', () => {
    const parts = nv.focusParts(model, all, 'd:shi-kou-an-ju');
    expect(sorted(parts.nodes)).toEqual(['d:heng-qin-hai-guan', 'd:qu-shang-wu-ju', 'd:shi-kou-an-ju', 'd:shi-shang-wu-ju', 'm:2', 'm:3']);
    expect(parts.edges.size).toBe(graph.edges.filter((e) => e.measure === 2 || e.measure === 3).length);
  });

  it('keeps a measure and its departments', () => {
    expect(sorted(nv.focusParts(model, all, 'm:4').nodes)).toEqual(['d:qu-jin-rong-fu-wu-ju', 'd:shi-jin-rong-ju', 'm:4']);
  });

  it('respects the filters: hidden edges link nothing', () => {
    const leadOnly = nv.visibleParts(model, { ...EMPTY_VIEW, role: 'lead' });
    expect(sorted(nv.focusParts(model, leadOnly, 'd:shi-kou-an-ju').nodes)).toEqual(['d:heng-qin-hai-guan', 'd:shi-kou-an-ju', 'm:3']);
  });

  it('drops a focus the filters hide, and then draws what the filters keep', () => {
    const state = nv.viewState(model, { ...EMPTY_VIEW, task: 1, focus: 'd:shi-jin-rong-ju' });
    expect(state.view.focus).toBeNull();
    expect(state.drawn).toEqual(state.visible);
  });
});

describe('panelContents', () => {
  it('lists, unfiltered, exactly the site model’s co-workers of a department, in the model’s order, with the measures they share', () => {
    const site = realModel();
    const real = siteNetwork(site, DECISIONS);
    const full = nv.viewModelOf(real.graph, () => []);
    for (const department of site.departments) {
      const contents = nv.panelContents(full, nv.viewState(full, { ...EMPTY_VIEW, focus: nodeKey.department(department.slug) }))!;
      expect(contents.partners.map((p) => [p.key, p.shared])).toEqual(department.coWorkers.map((c) => [nodeKey.department(c.department.slug), c.measures.map((m) => m.id)]));
      expect(contents.measures.map((m) => m.key)).toEqual(department.assignments.map((a) => nodeKey.measure(a.measure.id)));
    }
  });

  it('keeps, under a filter, the co-workers still drawn beside the department, most shared first', () => {
    const contents = nv.panelContents(model, nv.viewState(model, { ...EMPTY_VIEW, focus: 'd:qu-shang-wu-ju', task: 1 }))!;
    expect(contents.measures.map((m) => [m.key, m.role])).toEqual([
      ['m:1', { side: 'district', role: 'lead' }],
      ['m:2', { side: 'district', role: 'lead' }],
      ['m:3', { side: 'district', role: 'support' }],
    ]);
    expect(contents.partners.map((p) => [p.key, p.shared])).toEqual([
      ['d:shi-shang-wu-ju', [1, 2]],
      ['d:heng-qin-hai-guan', [1, 3]],
      ['d:shi-kou-an-ju', [2, 3]],
    ]);
  });

  it('lists a measure’s departments in the document’s order, each with its side’s role', () => {
    const contents = nv.panelContents(model, nv.viewState(model, { ...EMPTY_VIEW, focus: 'm:5' }))!;
    expect(contents.partners.map((p) => [p.key, p.role])).toEqual([
      ['d:shi-jin-rong-ju', { side: 'municipal', role: 'lead' }],
      ['d:shi-shang-wu-ju', { side: 'municipal', role: 'support' }],
      ['d:qu-jin-rong-fu-wu-ju', { side: 'district', role: 'lead' }],
      ['d:qu-shang-wu-ju', { side: 'district', role: 'support' }],
    ]);
  });

  it('is empty without a focus', () => {
    expect(nv.panelContents(model, nv.viewState(model, EMPTY_VIEW))).toBeNull();
  });
});

describe('panelView', () => {
  const edition = createEdition({ locale: 'zh-Hant', base: '/hengqin/', overrides: [] });
  const text = { panel: edition.ui.network.panel, roles: realRoles(edition) };
  const labelOf = (key: string) => key;

  it('names each role in its side’s words and links into the edition under the base', () => {
    const state = nv.viewState(model, { ...EMPTY_VIEW, focus: 'm:5' });
    const view = panelView(nv.panelContents(model, state)!, state.view, text, edition.paths, { segment: undefined }, labelOf, '/hengqin/zh-hant/network/');
    expect(view.page.href).toBe(edition.paths.measure({ segment: undefined }, 5));
    expect(view.partners.lines.map((l) => l.tag?.text)).toEqual([realRoles(edition).municipal.lead, realRoles(edition).municipal.support, realRoles(edition).district.lead, realRoles(edition).district.support]);
    expect(view.partners.lines[0]!.href).toBe('/hengqin/zh-hant/network/?focus=shi-jin-rong-ju');
    expect(view.measures).toBeNull();
  });
});

describe('searchNodes', () => {
  const context = keywordContext({ readings: [], traditional: [] });
  const entries = [
    ...graph.departments.map((d) => ({ key: nodeKey.department(d.slug), keys: nameSearchKeys([d.name], context) })),
    ...graph.measures.map((m) => ({ key: nodeKey.measure(m.id), keys: [m.text] })),
  ];
  const all = nv.visibleParts(model, EMPTY_VIEW).nodes;

  it('finds a department by its pinyin initials and by its full pinyin', () => {
    const department = graph.departments.find((d) => d.name === '区金融服务局')!;
    const initials = nameSearchKeys([department.name], context).find((k) => /^[a-z]+$/u.test(k) && k.length === [...department.name].length)!;
    expect(nv.searchNodes(initials, entries, all)[0]).toBe(nodeKey.department(department.slug));
    expect(nv.searchNodes(initials.toUpperCase(), entries, all)[0]).toBe(nodeKey.department(department.slug));
  });

  it('finds a measure by its number only, and by words of its text', () => {
    expect(nv.searchNodes('5', entries, all)).toEqual(['m:5']);
    expect(nv.searchNodes('措施', entries, all)).toContain('m:6');
  });

  it('finds only what the view shows', () => {
    expect(nv.searchNodes('5', entries, nv.visibleParts(model, { ...EMPTY_VIEW, task: 1 }).nodes)).toEqual([]);
  });
});

describe('compactLayout', () => {
  const real = siteNetwork(realModel(), DECISIONS);
  const full = nv.viewModelOf(real.graph, () => []);
  const layout = layoutNetwork(real.graph);
  const names = new Map(real.graph.departments.map((d) => [nodeKey.department(d.slug), d.name]));
  const geometry = geometryOf(layout, NETWORK_LAYOUT, names, full);
  const tallest = (g: Graph) => Math.max(...g.tasks.map((t) => g.measures.filter((m) => m.task === t.no).length));

  it('draws the unfiltered view exactly as the page was served', () => {
    const compact = compactLayout(full, geometry, nv.visibleParts(full, EMPTY_VIEW));
    for (const d of layout.departments) expect(compact.y.get(nodeKey.department(d.slug))).toBe(d.y);
    for (const m of layout.measures) expect(compact.y.get(nodeKey.measure(m.id))).toBe(m.y);
    expect(compact.paths.get(0)).toBe(layout.edges[0]!.path);
    expect(compact.box).toEqual({ x: 0, y: 0, width: layout.width, height: layout.height });
  });

  it('closes up one task’s measures at the top, in a box a task high rather than the whole drawing', () => {
    const task = real.graph.tasks.at(-1)!.no;
    const drawn = nv.viewState(full, { ...EMPTY_VIEW, task, role: 'lead' }).drawn;
    const compact = compactLayout(full, geometry, drawn);
    const ys = full.measures.filter((m) => drawn.nodes.has(m.key)).map((m) => compact.y.get(m.key)!);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(Math.min(...ys)).toBe(layout.measures[0]!.y);
    const departments = full.departments.filter((d) => drawn.nodes.has(d.key)).length;
    const needed = Math.max(tallest(real.graph) * NETWORK_LAYOUT.measurePitch, departments * NETWORK_LAYOUT.departmentPitch) + 100;
    expect(compact.box.height).toBeLessThanOrEqual(needed);
    expect(compact.box.height).toBeLessThan(layout.height / 2);
    expect(compact.tasks.map((t) => t.no)).toEqual([task]);
  });

  it('keeps every drawn node and its label inside the box', () => {
    const drawn = nv.viewState(full, { ...EMPTY_VIEW, side: 'district', task: 2 }).drawn;
    const { box, y } = compactLayout(full, geometry, drawn);
    full.departments.forEach((d, i) => {
      if (!drawn.nodes.has(d.key)) return;
      const [r, labelX, width] = geometry.departments[i]!;
      expect(labelX + width).toBeLessThanOrEqual(box.x + box.width);
      expect(y.get(d.key)! + r).toBeLessThanOrEqual(box.y + box.height);
    });
    // One side only: the other column's labels are not in the box.
    expect(box.x).toBeGreaterThan(geometry.columns.municipal);
  });
});
