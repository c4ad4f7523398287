/**
 * <network-graph>: makes the server-rendered responsibility network interactive. Events and
 * DOM only: what a view shows, how it is redrawn compactly, what the panel lists and what the
 * search finds are pure modules under src/lib/graph/, fed by the element's data-config.
 *
 * Hover or keyboard focus lights a node's neighbours; a click focuses a node (URL ?focus=…),
 * leaving only its part of the drawing, and fills the panel; filters hide what they exclude;
 * both redraw what remains compactly. Each change of view is a history entry.
 */
import { compactLayout, type DrawingGeometry } from '../../../lib/graph/compactLayout.ts';
import { panelView, type PanelText } from '../../../lib/graph/networkPanel.ts';
import * as nv from '../../../lib/graph/networkView.ts';
import { isMeasureKey } from '../../../lib/graph/nodeKey.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { fill } from '../../../lib/i18n/template.ts';
import { createPaths, type Paths, type PlanScope } from '../../../lib/paths.ts';
import { normalizeForSearch } from '../../../lib/search/normalizeForSearch.ts';
import { readElementConfig } from '../../../lib/util/elementConfig.ts';
import { filterSummary, type FilterWords } from '../../../lib/util/filterSummary.ts';
import { applyDrawing, renderPanel } from './networkDom.ts';
import { attachZoom, type DrawingZoom } from './networkZoom.ts';

export interface NetworkGraphConfig {
  base: string;
  locale: Locale;
  /** The plan the drawing is of: its measures' pages are under its segment. */
  plan: PlanScope;
  model: nv.EncodedViewModel;
  geometry: DrawingGeometry;
  text: PanelText & { status: { shown: string; matches: string; noMatch: string }; filters: FilterWords };
}

const $ = <T extends Element>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;

class NetworkGraph extends HTMLElement {
  #config!: NetworkGraphConfig;
  #paths!: Paths;
  #model!: nv.ViewModel;
  #svg!: SVGSVGElement;
  #nodes = new Map<string, SVGAElement>();
  #edges: SVGPathElement[] = [];
  #edgesAt = new Map<string, number[]>();
  #baseY = new Map<string, number>();
  #search: nv.SearchEntry[] = [];
  #state!: nv.ViewState;
  #matches: string[] = [];
  #zoom!: DrawingZoom;

  connectedCallback(): void {
    this.#config = readElementConfig<NetworkGraphConfig>(this);
    this.#paths = createPaths({ base: this.#config.base, locale: this.#config.locale });
    this.#model = nv.decodeViewModel(this.#config.model);
    this.#svg = $(this, 'svg.network-svg');
    for (const node of this.#svg.querySelectorAll<SVGAElement>('a.node')) this.#nodes.set(node.dataset['node']!, node);
    this.#edges = [...this.#svg.querySelectorAll<SVGPathElement>('path.edge')];
    this.#model.edges.forEach((edge, i) => [edge.from, edge.to].forEach((key) => this.#edgesAt.set(key, [...(this.#edgesAt.get(key) ?? []), i])));
    const all = nv.viewState(this.#model, nv.EMPTY_VIEW);
    this.#baseY = compactLayout(this.#model, this.#config.geometry, all.drawn).y;
    this.#search = [
      ...this.#model.departments.map((d) => ({ key: d.key, keys: d.names })),
      ...this.#model.measures.map((m) => ({ key: m.key, keys: [normalizeForSearch(this.#label(m.key))] })),
    ];
    this.#wire();
    addEventListener('popstate', () => this.#show(nv.parseView(location.search), false));
    this.#show(nv.parseView(location.search), false);
    $<HTMLFieldSetElement>(this, 'fieldset').disabled = false;
    for (const waiting of this.querySelectorAll('.awaiting-script')) waiting.classList.remove('awaiting-script');
  }

  #label(key: string): string {
    const node = this.#nodes.get(key)!;
    return $(node, isMeasureKey(key) ? 'title' : 'text').textContent ?? '';
  }

  #wire(): void {
    const nodeOf = (event: Event) => (event.target as Element | null)?.closest<SVGAElement>('a.node')?.dataset['node'] ?? null;
    const panel = $<HTMLElement>(this, '.network-panel');
    const search = $<HTMLInputElement>(this, '#network-search');
    this.#svg.addEventListener('pointerover', (event) => this.#light(nodeOf(event)));
    this.#svg.addEventListener('pointerleave', () => this.#light(null));
    this.#svg.addEventListener('focusin', (event) => this.#light(nodeOf(event)));
    this.#svg.addEventListener('focusout', () => this.#light(null));
    this.#svg.addEventListener('click', (event) => {
      const key = nodeOf(event);
      if (!key) return;
      event.preventDefault(); // with the script a click focuses; the page is one link away in the panel
      this.#go({ ...this.#state.view, focus: this.#state.view.focus === key ? null : key });
      if (event.detail === 0 && !panel.hidden) $<HTMLElement>(panel, 'h2').focus();
    });
    panel.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-focus]');
      if (!link) return;
      event.preventDefault();
      this.#go({ ...this.#state.view, focus: link.dataset['focus']! });
    });
    const unfocus = () => {
      const focused = this.#state.view.focus;
      this.#go({ ...this.#state.view, focus: null });
      if (focused) this.#nodes.get(focused)?.focus();
    };
    $(panel, '[data-action="clear"]').addEventListener('click', unfocus);
    // Anywhere on the page: on a phone the panel is a sheet over it, and Escape closes it.
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      if (document.activeElement === search && search.value) return this.#find((search.value = ''));
      if (this.#state.view.focus) unfocus();
    });
    const form = $<HTMLFormElement>(this, '.network-controls');
    const value = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';
    for (const control of form.querySelectorAll('select')) {
      control.addEventListener('change', () => this.#go(nv.viewFromControls({ task: value('task'), group: value('group'), side: value('side'), role: value('role') }, this.#state.view.focus)));
    }
    form.addEventListener('submit', (event) => event.preventDefault());
    search.addEventListener('input', () => {
      this.#find(search.value);
      const option = [...form.querySelectorAll<HTMLOptionElement>('datalist option')].find((o) => o.value === search.value.trim());
      if (option) this.#focusFound(option.dataset['node']!);
    });
    search.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      if (this.#matches[0]) this.#focusFound(this.#matches[0]);
    });
    $(form, '[data-action="reset"]').addEventListener('click', () => {
      this.#find((search.value = ''));
      this.#go(nv.EMPTY_VIEW);
    });
    this.#zoom = attachZoom(this.#svg, this.querySelectorAll<HTMLButtonElement>('[data-zoom]'));
  }

  /** Hover and keyboard focus: lights a node, its drawn edges and their other ends (one class on the <svg> dims the rest). */
  #light(key: string | null): void {
    for (const lit of this.#svg.querySelectorAll('.is-lit')) lit.classList.remove('is-lit');
    const on = key !== null && this.#state.drawn.nodes.has(key);
    this.#svg.classList.toggle('is-hovering', on);
    if (!on) return;
    this.#nodes.get(key)!.classList.add('is-lit');
    for (const index of this.#edgesAt.get(key) ?? []) {
      if (!this.#state.drawn.edges.has(index)) continue;
      const edge = this.#model.edges[index]!;
      this.#edges[index]!.classList.add('is-lit');
      this.#nodes.get(edge.from === key ? edge.to : edge.from)!.classList.add('is-lit');
    }
  }

  #go(view: nv.NetworkView): void {
    if (!nv.sameView(view, this.#state.view)) this.#show(view, true);
  }

  #focusFound(key: string): void {
    // A node the filters hide is shown by clearing them.
    this.#go({ ...(this.#state.visible.nodes.has(key) ? this.#state.view : nv.EMPTY_VIEW), focus: key });
    this.#nodes.get(key)?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }

  #show(asked: nv.NetworkView, push: boolean): void {
    const form = $<HTMLFormElement>(this, '.network-controls');
    // Without a task filter (one task drawn), a ?task= in a shared link has nothing to narrow.
    const hasTask = form.querySelector('select[name="task"]') !== null;
    const state = (this.#state = nv.viewState(this.#model, hasTask ? asked : { ...asked, task: null }));
    const { view, drawn } = state;
    this.#light(null);
    const compact = compactLayout(this.#model, this.#config.geometry, drawn);
    applyDrawing({ svg: this.#svg, nodes: this.#nodes, edges: this.#edges, baseY: this.#baseY, measuresX: this.#config.geometry.columns.measures }, compact);
    this.#zoom.reset(compact.box);
    this.#nodes.forEach((node, key) => {
      node.classList.toggle('is-filtered', !drawn.nodes.has(key));
      node.classList.toggle('is-in-focus', view.focus !== null && drawn.nodes.has(key));
      node.classList.toggle('is-focus-root', key === view.focus);
    });
    this.#edges.forEach((edge, i) => {
      edge.classList.toggle('is-filtered', !drawn.edges.has(i));
      edge.classList.toggle('is-in-focus', view.focus !== null && drawn.edges.has(i));
    });
    this.#svg.classList.toggle('is-focused', view.focus !== null);
    this.#fillPanel();
    const values: Record<string, string> = { task: String(view.task ?? ''), group: view.group ?? '', side: view.side ?? '', role: view.role };
    for (const select of form.querySelectorAll('select')) select.value = values[select.name] ?? '';
    const chosen = [...form.querySelectorAll('select')].filter((select) => select.selectedIndex > 0).map((select) => select.selectedOptions[0]?.textContent ?? '');
    $(this, '[data-filters-label]').textContent = filterSummary(this.#config.text.filters, chosen);
    this.#find($<HTMLInputElement>(this, '#network-search').value);
    if (push) history.pushState(null, '', `${location.pathname}${nv.formatView(view)}`);
  }

  #fillPanel(): void {
    const panel = $<HTMLElement>(this, '.network-panel');
    const contents = nv.panelContents(this.#model, this.#state);
    panel.hidden = contents === null;
    if (!contents) return;
    renderPanel(panel, panelView(contents, this.#state.view, this.#config.text, this.#paths, this.#config.plan, (key) => this.#label(key), location.pathname));
  }

  /** Marks the visible nodes the query finds, and says in the status line what is shown or found. */
  #find(query: string): void {
    for (const key of this.#matches) this.#nodes.get(key)?.classList.remove('is-match');
    this.#matches = nv.searchNodes(query, this.#search, this.#state.drawn.nodes);
    for (const key of this.#matches) this.#nodes.get(key)?.classList.add('is-match');
    const searching = normalizeForSearch(query) !== '';
    this.#svg.classList.toggle('is-searching', searching);
    const t = this.#config.text.status;
    const departments = this.#model.departments.filter((d) => this.#state.drawn.nodes.has(d.key)).length;
    $(this, '.network-status').textContent = searching
      ? this.#matches.length ? fill(t.matches, { n: this.#matches.length }) : t.noMatch
      : fill(t.shown, { departments, measures: this.#state.drawn.nodes.size - departments, edges: this.#state.drawn.edges.size });
  }
}

if (!customElements.get('network-graph')) customElements.define('network-graph', NetworkGraph);
