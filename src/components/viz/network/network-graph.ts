/**
 * <network-graph>: makes the server-rendered responsibility network interactive. It computes
 * no layout: positions, labels and links are all in the SVG already, and the graph's
 * structure is read back from the drawing's data-* attributes. Every string it shows comes
 * from the page (node labels, data-* templates), so each edition keeps its own script.
 *
 * Hover or keyboard focus lights a node's neighbours; a click focuses a node (URL ?focus=…)
 * and fills the side panel; filters dim nothing but hide what they exclude; each change of
 * view is a history entry, so Back steps through views.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { EMPTY_VIEW, focusParts, formatView, parseView, visibleParts, type NetworkView, type ViewModel, type VisibleParts } from '../../../lib/graph/networkView.ts';

/** Fills `{name}` slots of a template rendered into the page. */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? ''));

const sameView = (a: NetworkView, b: NetworkView) => formatView(a) === formatView(b);

class NetworkGraph extends HTMLElement {
  #svg!: SVGSVGElement;
  #viewport!: SVGGElement;
  #nodes = new Map<string, SVGAElement>();
  #edges: SVGPathElement[] = [];
  #model: ViewModel = { measures: [], departments: [], edges: [] };
  /** Edge indexes at each node. */
  #edgesAt = new Map<string, number[]>();
  /** Lower-case search text of each node. */
  #searchText = new Map<string, string>();
  #view: NetworkView = EMPTY_VIEW;
  #visible: VisibleParts = { nodes: new Set(), edges: new Set() };
  #lit: Element[] = [];
  #litKey: string | null = null;
  #matches: string[] = [];
  #zoom!: ZoomBehavior<SVGSVGElement, unknown>;
  #svgSelection!: Selection<SVGSVGElement, unknown, null, undefined>;
  #form!: HTMLFormElement;
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #search!: HTMLInputElement;

  connectedCallback(): void {
    const svg = this.querySelector<SVGSVGElement>('svg.network-svg');
    const viewport = svg?.querySelector<SVGGElement>('.network-viewport');
    const form = this.querySelector<HTMLFormElement>('.network-controls');
    const panel = this.querySelector<HTMLElement>('.network-panel');
    const status = this.querySelector<HTMLElement>('.network-status');
    const search = this.querySelector<HTMLInputElement>('#network-search');
    if (!svg || !viewport || !form || !panel || !status || !search) return;
    this.#svg = svg;
    this.#viewport = viewport;
    this.#form = form;
    this.#panel = panel;
    this.#status = status;
    this.#search = search;

    this.#readModel();
    this.#setUpPointer();
    this.#setUpControls();
    this.#setUpZoom();

    addEventListener('popstate', () => this.#show(parseView(location.search), false));
    this.#show(parseView(location.search), false);

    // Everything is wired: reveal and enable the controls that need this script.
    form.querySelector('fieldset')!.disabled = false;
    for (const waiting of this.querySelectorAll<HTMLElement>('.awaiting-script')) waiting.classList.remove('awaiting-script');
  }

  /** The graph, from the drawing: nodes with their task and group, edges with side and role. */
  #readModel(): void {
    for (const node of this.#svg.querySelectorAll<SVGAElement>('a.node')) {
      const key = node.dataset.node!;
      this.#nodes.set(key, node);
      this.#edgesAt.set(key, []);
      const label = node.querySelector('text')?.textContent ?? '';
      if (key.startsWith('m:')) {
        this.#model.measures.push({ key, task: Number(node.dataset.task), group: node.dataset.group ?? '' });
        this.#searchText.set(key, (node.querySelector('title')?.textContent ?? label).toLowerCase());
      } else {
        this.#model.departments.push({ key });
        this.#searchText.set(key, label.toLowerCase());
      }
    }
    this.#svg.querySelectorAll<SVGPathElement>('path.edge').forEach((path, index) => {
      const from = path.dataset.from!;
      const to = path.dataset.to!;
      this.#edges.push(path);
      this.#model.edges.push({
        from,
        to,
        side: path.classList.contains('edge-municipal') ? 'municipal' : 'district',
        role: path.classList.contains('edge-lead') ? 'lead' : 'support',
      });
      this.#edgesAt.get(from)?.push(index);
      this.#edgesAt.get(to)?.push(index);
    });
  }

  #setUpPointer(): void {
    const nodeOf = (event: Event) => (event.target as Element | null)?.closest<SVGAElement>('a.node') ?? null;
    this.#svg.addEventListener('pointerover', (event) => this.highlight(nodeOf(event)?.dataset.node ?? null));
    this.#svg.addEventListener('pointerleave', () => this.highlight(null));
    this.#svg.addEventListener('focusin', (event) => {
      const node = nodeOf(event);
      this.highlight(node?.dataset.node ?? null);
      if (node) this.#reveal(node);
    });
    this.#svg.addEventListener('focusout', () => this.highlight(null));
    this.#svg.addEventListener('click', (event) => {
      const node = nodeOf(event);
      if (!node) return;
      // With the script, a click focuses the node; its page is one link away in the panel.
      event.preventDefault();
      const key = node.dataset.node!;
      this.#go({ ...this.#view, focus: this.#view.focus === key ? null : key });
      // Keyboard activation (Enter) has no pointer position: take the reader to the panel.
      if (event.detail === 0 && !this.#panel.hidden) this.#panel.querySelector<HTMLElement>('h2')!.focus();
    });
    this.#panel.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-focus]');
      if (!link) return;
      event.preventDefault();
      this.#go({ ...this.#view, focus: link.dataset.focus! });
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      if (document.activeElement === this.#search && this.#search.value) {
        this.#search.value = '';
        this.#markMatches('');
        return;
      }
      const focused = this.#view.focus;
      if (!focused) return;
      const returnTo = this.#panel.contains(document.activeElement) ? this.#nodes.get(focused) : null;
      this.#go({ ...this.#view, focus: null });
      returnTo?.focus();
    });
  }

  #setUpControls(): void {
    const selects = this.#form.querySelectorAll<HTMLSelectElement>('select');
    for (const control of selects) control.addEventListener('change', () => this.#go(this.#viewFromControls()));
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#search.addEventListener('input', () => {
      this.#markMatches(this.#search.value);
      // Picking a name from the list (or typing it in full) focuses that department.
      const option = [...this.#form.querySelectorAll<HTMLOptionElement>('datalist option')].find((o) => o.value === this.#search.value.trim());
      if (option?.dataset.node) this.#focusFound(option.dataset.node);
    });
    this.#search.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const first = this.#matches[0];
      if (first) this.#focusFound(first);
    });
    this.#form.querySelector('[data-action="reset"]')!.addEventListener('click', () => {
      this.#search.value = '';
      this.#markMatches('');
      this.#go(EMPTY_VIEW);
    });
    this.#panel.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
      const focused = this.#view.focus;
      this.#go({ ...this.#view, focus: null });
      if (focused) this.#nodes.get(focused)?.focus();
    });
  }

  #setUpZoom(): void {
    const { width, height } = this.#svg.viewBox.baseVal;
    this.#zoom = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 8])
      .translateExtent([[0, 0], [width, height]])
      // The wheel scrolls the page unless Ctrl (or ⌘) is held; touch keeps the browser's own
      // scrolling and pinch-zoom, so the drawing never traps a reader's finger.
      .filter((event: Event) => (event.type === 'wheel' ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey : !(event as MouseEvent).button))
      .touchable(false)
      .clickDistance(4)
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.#viewport.setAttribute('transform', event.transform.toString()));
    this.#svgSelection = select(this.#svg);
    this.#svgSelection.call(this.#zoom).on('dblclick.zoom', null);
    const buttons = this.querySelector<HTMLElement>('.zoom-buttons')!;
    buttons.classList.remove('awaiting-script');
    for (const button of buttons.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        const how = button.dataset.zoom;
        if (how === 'reset') this.#zoom.transform(this.#svgSelection, zoomIdentity);
        else this.#zoom.scaleBy(this.#svgSelection, how === 'in' ? 1.5 : 1 / 1.5);
      });
    }
  }

  /** Brings a node into view when the drawing is zoomed in and the node is outside it. */
  #reveal(node: SVGAElement): void {
    if (zoomTransform(this.#svg).k === 1) return;
    const box = node.getBBox();
    const svgBox = this.#svg.getBoundingClientRect();
    const nodeBox = node.getBoundingClientRect();
    const inside = nodeBox.left >= svgBox.left && nodeBox.right <= svgBox.right && nodeBox.top >= svgBox.top && nodeBox.bottom <= svgBox.bottom;
    if (!inside) this.#zoom.translateTo(this.#svgSelection, box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Hover and keyboard focus: lights a node's neighbourhood (see #light). */
  highlight(key: string | null): void {
    if (key !== this.#litKey) this.#light(key);
  }

  /**
   * Lights a node, its visible edges and the nodes at their other ends, and dims the rest
   * (one class on the <svg>). Only the previously lit elements are touched, so the cost is
   * the node's degree, not the size of the graph.
   */
  #light(key: string | null): void {
    this.#litKey = key;
    for (const element of this.#lit) element.classList.remove('is-lit');
    this.#lit = [];
    if (key === null || !this.#visible.nodes.has(key)) {
      this.#svg.classList.remove('is-hovering');
      return;
    }
    const lit: Element[] = [this.#nodes.get(key)!];
    for (const index of this.#edgesAt.get(key) ?? []) {
      if (!this.#visible.edges.has(index)) continue;
      const edge = this.#model.edges[index]!;
      lit.push(this.#edges[index]!, this.#nodes.get(edge.from === key ? edge.to : edge.from)!);
    }
    for (const element of lit) element.classList.add('is-lit');
    this.#lit = lit;
    this.#svg.classList.add('is-hovering');
  }

  /** A filter's <select>; a drawing of one task has no task filter. */
  #control(name: string): HTMLSelectElement | null {
    return this.#form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  }

  #viewFromControls(): NetworkView {
    const value = (name: string) => this.#control(name)?.value ?? '';
    const task = Number(value('task'));
    const side = value('side');
    return {
      focus: this.#view.focus,
      task: task > 0 ? task : null,
      group: value('group') || null,
      side: side === 'municipal' || side === 'district' ? side : null,
      role: value('role') === 'lead' ? 'lead' : 'all',
    };
  }

  /** Changes the view as a new history entry. */
  #go(view: NetworkView): void {
    if (sameView(view, this.#view)) return;
    this.#show(view, true);
  }

  #focusFound(key: string): void {
    const node = this.#nodes.get(key);
    if (!node) return;
    // A node hidden by the filters is shown by clearing them.
    const view = this.#visible.nodes.has(key) ? this.#view : EMPTY_VIEW;
    this.#markMatches('');
    this.#go({ ...view, focus: key });
    this.#reveal(node);
    node.scrollIntoView({ block: 'nearest', inline: 'center' });
  }

  #show(asked: NetworkView, push: boolean): void {
    // Without a task filter (one task drawn), a ?task= in a shared link has nothing to narrow.
    const requested = this.#control('task') ? asked : { ...asked, task: null };
    const visible = visibleParts(this.#model, requested);
    const view = requested.focus && !visible.nodes.has(requested.focus) ? { ...requested, focus: null } : requested;
    this.#view = view;
    this.#visible = visible;
    this.#light(null);

    this.#nodes.forEach((node, key) => node.classList.toggle('is-filtered', !visible.nodes.has(key)));
    this.#edges.forEach((edge, index) => edge.classList.toggle('is-filtered', !visible.edges.has(index)));

    const focus = view.focus ? focusParts(this.#model, visible, view.focus) : null;
    this.#svg.classList.toggle('is-focused', focus !== null);
    this.#nodes.forEach((node, key) => {
      node.classList.toggle('is-in-focus', focus?.nodes.has(key) ?? false);
      node.classList.toggle('is-focus-root', key === view.focus);
    });
    this.#edges.forEach((edge, index) => edge.classList.toggle('is-in-focus', focus?.edges.has(index) ?? false));
    this.#fillPanel(view.focus, focus);

    const set = (name: string, value: string) => {
      const control = this.#control(name);
      if (control) control.value = value;
    };
    set('task', view.task === null ? '' : String(view.task));
    set('group', view.group ?? '');
    set('side', view.side ?? '');
    set('role', view.role);

    this.#updateStatus();

    if (push) history.pushState(null, '', `${location.pathname}${formatView(view)}`);
  }

  #label(key: string): string {
    const node = this.#nodes.get(key)!;
    return key.startsWith('m:') ? (node.querySelector('title')?.textContent ?? '') : (node.querySelector('text')?.textContent ?? '');
  }

  #focusHref(key: string): string {
    return `${location.pathname}${formatView({ ...this.#view, focus: key })}`;
  }

  /** The side panel for the focused node, built from the drawing's own labels and links. */
  #fillPanel(key: string | null, parts: VisibleParts | null): void {
    const panel = this.#panel;
    if (!key || !parts) {
      panel.hidden = true;
      return;
    }
    const t = panel.dataset;
    const isMeasure = key.startsWith('m:');
    panel.querySelector('h2')!.textContent = this.#label(key);
    const page = panel.querySelector<HTMLAnchorElement>('.panel-page a')!;
    page.href = this.#nodes.get(key)!.getAttribute('href') ?? '';
    page.textContent = (isMeasure ? t.openMeasure : t.openDepartment) ?? '';

    const roleOf = new Map<string, string>();
    const shared = new Map<string, number[]>();
    const ownMeasures: string[] = [];
    for (const index of parts.edges) {
      const edge = this.#model.edges[index]!;
      if (edge.from === key) {
        ownMeasures.push(edge.to);
        roleOf.set(edge.to, edge.role);
      } else if (isMeasure) {
        roleOf.set(edge.from, edge.role);
        shared.set(edge.from, [Number(edge.to.slice(2))]);
      }
    }
    if (!isMeasure) {
      for (const index of parts.edges) {
        const edge = this.#model.edges[index]!;
        if (edge.from !== key) shared.set(edge.from, [...(shared.get(edge.from) ?? []), Number(edge.to.slice(2))]);
      }
    }
    const byId = (a: string, b: string) => Number(a.slice(2)) - Number(b.slice(2));

    const measuresHeading = panel.querySelector<HTMLElement>('.panel-measures-heading')!;
    const measuresList = panel.querySelector<HTMLElement>('.panel-measures')!;
    measuresHeading.hidden = measuresList.hidden = isMeasure;
    measuresHeading.textContent = fill(t.measures ?? '', { n: ownMeasures.length });
    measuresList.replaceChildren(
      ...ownMeasures.sort(byId).map((measure) => {
        const item = document.createElement('li');
        item.append(this.#roleTag(roleOf.get(measure)));
        const link = document.createElement('a');
        link.href = this.#nodes.get(measure)!.getAttribute('href') ?? '';
        link.textContent = this.#label(measure);
        item.append(link);
        return item;
      }),
    );

    const partners = [...shared].sort((a, b) => b[1].length - a[1].length);
    panel.querySelector('.panel-partners-heading')!.textContent = fill((isMeasure ? t.departments : t.partners) ?? '', { n: partners.length });
    panel.querySelector('.panel-partners')!.replaceChildren(
      ...partners.map(([partner, ids]) => {
        const item = document.createElement('li');
        if (isMeasure) item.append(this.#roleTag(roleOf.get(partner)));
        const link = document.createElement('a');
        link.href = this.#focusHref(partner);
        link.dataset.focus = partner;
        link.textContent = this.#label(partner);
        item.append(link);
        if (!isMeasure) {
          const note = document.createElement('span');
          note.className = 'muted';
          note.textContent = ` ${fill(this.#panel.dataset.shared ?? '', { ids: ids.sort((a, b) => a - b).join('、') })}`;
          item.append(note);
        }
        return item;
      }),
    );
    panel.hidden = false;
  }

  /** "Lead" or "support" as a small tag, in the page's words. */
  #roleTag(role: string | undefined): HTMLElement {
    const tag = document.createElement('span');
    tag.className = `role role-${role === 'lead' ? 'lead' : 'support'}`;
    tag.textContent = (role === 'lead' ? this.#panel.dataset.lead : this.#panel.dataset.support) ?? '';
    return tag;
  }

  /** Marks the nodes whose label (or, for a measure, number or text) contains the query. */
  #markMatches(query: string): void {
    const q = query.trim().toLowerCase();
    for (const key of this.#matches) this.#nodes.get(key)?.classList.remove('is-match');
    this.#matches = [];
    if (q) {
      for (const [key, text] of this.#searchText) {
        if (!this.#visible.nodes.has(key)) continue;
        const hit = /^\d+$/u.test(q) ? key === `m:${q}` : text.includes(q);
        if (hit) this.#matches.push(key);
      }
      // Departments first: a name is what a reader usually types.
      this.#matches.sort((a, b) => Number(a.startsWith('m:')) - Number(b.startsWith('m:')));
      for (const key of this.#matches) this.#nodes.get(key)?.classList.add('is-match');
    }
    this.#svg.classList.toggle('is-searching', q !== '');
    this.#updateStatus();
  }

  /** One line for the live region: search results while searching, else what is shown. */
  #updateStatus(): void {
    if (this.#svg.classList.contains('is-searching')) {
      this.#status.textContent = this.#matches.length
        ? fill(this.dataset.statusMatches ?? '', { n: this.#matches.length })
        : (this.dataset.statusNoMatch ?? '');
      return;
    }
    const departments = this.#model.departments.filter((d) => this.#visible.nodes.has(d.key)).length;
    this.#status.textContent = fill(this.dataset.statusShown ?? '', {
      departments,
      measures: this.#visible.nodes.size - departments,
      edges: this.#visible.edges.size,
    });
  }
}

customElements.define('network-graph', NetworkGraph);
