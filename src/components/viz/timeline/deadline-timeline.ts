/**
 * <deadline-timeline>: enhances the server-rendered timeline in place. Events and DOM only:
 * the state, the URL, the department matcher and what each state shows are timelineView's
 * pure functions; this element reads its config (elementConfig), turns events into states,
 * and applies each frame by toggling `hidden`, rewriting numbers and placing one card.
 */
import type { Side } from '../../../lib/plan/schema.ts';
import { isLaneMode } from '../../../lib/timeline/timelineLanes.ts';
import {
  barHeight, cardPosition, cellKey, changeFromControl, controlValues, elsewhereLinks, elsewhereNote, formatState, frameText, INITIAL_STATE, isRoveKey, parseState, roveTarget, tableKey, timelineFrame,
  type ElsewhereLink, type FrameWords, type TimelineData, type TimelineFrame, type TimelineState,
} from '../../../lib/timeline/timelineView.ts';
import { fill } from '../../../lib/i18n/template.ts';
import { readElementConfig } from '../../../lib/util/elementConfig.ts';
import { filterSummary, type FilterWords } from '../../../lib/util/filterSummary.ts';

export interface TimelineConfig {
  data: TimelineData;
  /** The fullest column's count over the whole plan: the bars' scale. */
  max: number;
  words: FrameWords;
  /** The words of the filters' fold (ui.filters). */
  filters: FilterWords;
}

export class DeadlineTimeline extends HTMLElement {
  #config!: TimelineConfig;
  #state: TimelineState = INITIAL_STATE;
  #form!: HTMLFormElement;
  #tip!: HTMLElement;
  /** The mark whose card shows, and whether the pointer (not the focus) opened it. */
  #tipFor: { mark: HTMLElement; byPointer: boolean } | null = null;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const tip = this.querySelector<HTMLElement>('.tip');
    if (!form || !tip) return;
    this.#config = readElementConfig<TimelineConfig>(this);
    this.#form = form;
    this.#tip = tip;
    this.#state = parseState(location.search, location.hash, this.#config.data);
    this.#writeControls();
    form.querySelector('fieldset')!.disabled = false;
    for (const mark of this.querySelectorAll<HTMLElement>('.mark')) mark.tabIndex = -1;

    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', (event) => {
      const control = event.target as HTMLInputElement | HTMLSelectElement;
      this.#update(changeFromControl(control.name, control.value));
    });
    // The reset button clears the controls itself; read them once it has.
    form.addEventListener('reset', () => setTimeout(() => this.#update({ ...INITIAL_STATE, lanes: this.#state.lanes })));
    for (const link of this.querySelectorAll<HTMLAnchorElement>('.lane-switch a[data-mode]')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const mode = link.dataset['mode'];
        if (isLaneMode(mode)) this.#update({ lanes: mode });
      });
    }
    this.addEventListener('pointerover', (event) => this.#markOf(event.target) && this.#showTip(this.#markOf(event.target)!, true));
    this.addEventListener('pointerout', (event) => {
      if (!this.#markOf(event.target) || this.#markOf(event.relatedTarget) === this.#tipFor?.mark) return;
      // Back to the focused mark's card if the focus is on one, else no card.
      const focused = this.#markOf(document.activeElement);
      if (focused) this.#showTip(focused, false);
      else this.#hideTip();
    });
    // Focus moving anywhere but a mark (the filters, say) closes the card.
    this.addEventListener('focusin', (event) => (this.#markOf(event.target) ? this.#showTip(this.#markOf(event.target)!, false) : this.#hideTip()));
    this.addEventListener('focusout', (event) => {
      if (!this.#markOf(event.relatedTarget) && !this.#tipFor?.byPointer) this.#hideTip();
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));

    this.dataset['ready'] = '';
    this.#render();
  }

  #markOf(target: EventTarget | null): HTMLElement | null {
    return target instanceof Element ? target.closest<HTMLElement>('.mark') : null;
  }

  #writeControls(): void {
    for (const [name, value] of Object.entries(controlValues(this.#state))) {
      const control = this.#form.elements.namedItem(name);
      if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = value;
    }
  }

  #update(change: Partial<TimelineState>): void {
    this.#state = { ...this.#state, ...change };
    const hash = location.hash.startsWith('#lanes-') ? '' : location.hash;
    history.replaceState(history.state, '', `${location.pathname}${formatState(this.#state, this.#config.data)}${hash}`);
    this.#render();
  }

  #render(): void {
    const { words, data, max } = this.#config;
    const frame = timelineFrame(data, this.#state);
    const text = frameText(frame, this.#state, data.measures.length, words);
    for (const link of this.querySelectorAll<HTMLElement>('.lane-switch a[data-mode]')) {
      if (link.dataset['mode'] === this.#state.lanes) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    for (const view of this.querySelectorAll<HTMLElement>('.view')) {
      const mode = view.dataset['mode'];
      if (!isLaneMode(mode)) continue;
      view.hidden = mode !== this.#state.lanes;
      for (const lane of view.querySelectorAll<HTMLElement>('.lane')) {
        const key = lane.dataset['lane'] ?? '';
        lane.hidden = !frame.lanes[mode].has(key);
        for (const count of lane.querySelectorAll<HTMLElement>('.cell-count')) {
          const n = frame.cells.get(cellKey(mode, key, count.closest<HTMLElement>('.cell')?.dataset['bin'] ?? '')) ?? 0;
          count.hidden = n === 0;
          count.querySelector('.n')!.textContent = text.cellCount(n);
        }
      }
      for (const row of view.querySelectorAll<HTMLElement>('.side-row')) row.hidden = !frame.sides.has(row.dataset['side'] as Side);
    }
    for (const item of this.querySelectorAll<HTMLElement>('li[data-id]')) {
      const id = Number(item.dataset['id']);
      const mark = item.firstElementChild as HTMLElement;
      item.hidden = !frame.shown.has(id);
      // With a department chosen, its role in each measure shows as the mark's fill.
      if (frame.roleOf.has(id)) mark.dataset['deptRole'] = frame.roleOf.get(id);
      else delete mark.dataset['deptRole'];
    }
    for (const head of this.querySelectorAll<HTMLElement>('.col-head')) {
      const n = frame.columns.get(head.dataset['bin'] ?? '') ?? 0;
      const count = head.querySelector<HTMLElement>('.count')!;
      count.textContent = text.columnCount(n, Number(count.dataset['total']));
      const [svg, rect] = [head.querySelector('svg')!, head.querySelector('.bar-shown')!];
      const full = Number(svg.getAttribute('height'));
      rect.setAttribute('height', String(barHeight(n, max, full)));
      rect.setAttribute('y', String(full - barHeight(n, max, full)));
    }
    for (const cell of this.querySelectorAll<HTMLElement>('td[data-task][data-bin]')) {
      const { task = '', bin = '' } = cell.dataset;
      const n = frame.table.get(tableKey(task === 'all' ? 'all' : Number(task), bin)) ?? 0;
      const target = cell.firstElementChild ?? cell;
      target.textContent = String(n);
      target.classList.toggle('muted', n === 0);
    }
    this.querySelector('#timeline-table caption')!.textContent = text.tableCaption;
    const elsewhere = elsewhereLinks(frame, this.#state, data);
    this.querySelector('.status')!.textContent = `${text.status}${elsewhereNote(elsewhere, words)}`;
    this.#writeElsewhere(frame, elsewhere);
    this.querySelector('[data-filters-label]')!.textContent = filterSummary(this.#config.filters, this.#chosen());
    if (this.#tipFor && !this.#tipFor.mark.checkVisibility()) this.#hideTip();
    this.#resetRoving();
  }

  /** With several plans: the chosen bodies' measures on the other plans, each plan a link to its timeline filtered alike. */
  #writeElsewhere(frame: TimelineFrame, links: readonly ElsewhereLink[]): void {
    const line = this.querySelector<HTMLElement>('.elsewhere');
    if (!line) return;
    const { words } = this.#config;
    line.hidden = links.length === 0;
    if (links.length === 0) return line.replaceChildren();
    const who = frame.departments.length === 1 ? frame.departments[0]!.name : words.someDepartments;
    const anchors = links.map(({ label, n, href }) => Object.assign(document.createElement('a'), { href, textContent: fill(words.elsewhereItem, { plan: label, n }) }));
    line.replaceChildren(fill(words.elsewhere, { who }), ...anchors.flatMap((a, i) => (i === 0 ? [a] : [words.namesJoin, a])));
  }

  /** What the filter controls hold, as the reader sees it: the chosen options' labels and the department typed. */
  #chosen(): string[] {
    return [...this.#form.querySelectorAll<HTMLSelectElement | HTMLInputElement>('select, input')].flatMap((control) =>
      control instanceof HTMLSelectElement ? (control.selectedIndex > 0 ? [control.selectedOptions[0]?.textContent ?? ''] : []) : control.value.trim() ? [control.value.trim()] : [],
    );
  }

  /** The visible marks of the visible view, lane by lane. */
  #markRows(): HTMLElement[][] {
    const view = this.querySelector<HTMLElement>(`.view[data-mode="${this.#state.lanes}"]`);
    if (!view) return [];
    return [...view.querySelectorAll<HTMLElement>('.lane:not([hidden])')]
      .map((lane) => [...lane.querySelectorAll<HTMLElement>('li:not([hidden]) > .mark')])
      .filter((row) => row.length > 0);
  }

  /** One mark of the visible view is in the tab order; arrow keys move from there. */
  #resetRoving(): void {
    const current = this.querySelector<HTMLElement>('.mark[tabindex="0"]');
    const rows = this.#markRows();
    if (current && rows.some((row) => row.includes(current))) return;
    if (current) current.tabIndex = -1;
    if (rows[0]?.[0]) rows[0][0].tabIndex = 0;
  }

  #onKey(event: KeyboardEvent): void {
    const mark = this.#markOf(event.target);
    if (!mark) return;
    if (event.key === 'Escape') return this.#hideTip();
    if (!isRoveKey(event.key)) return;
    event.preventDefault();
    const rows = this.#markRows();
    const row = rows.findIndex((marks) => marks.includes(mark));
    if (row < 0) return;
    const xs = rows.map((marks) => marks.map((m) => m.getBoundingClientRect().left));
    const to = roveTarget(xs, { row, col: rows[row]!.indexOf(mark) }, event.key, event.ctrlKey);
    const target = to && rows[to.row]?.[to.col];
    if (!target) return;
    mark.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  }

  #showTip(mark: HTMLElement, byPointer: boolean): void {
    const source = this.querySelector('template')?.content.querySelector(`[data-id="${mark.dataset['id']}"]`);
    if (!source) return;
    this.#hideTip();
    this.#tipFor = { mark, byPointer };
    this.#tip.replaceChildren(...[...source.children].map((child) => child.cloneNode(true)));
    this.#tip.hidden = false;
    mark.setAttribute('aria-describedby', this.#tip.id);
    const position = cardPosition(this.getBoundingClientRect(), mark.getBoundingClientRect(), { width: this.#tip.offsetWidth, height: this.#tip.offsetHeight }, window.innerHeight);
    this.#tip.style.left = `${position.left}px`;
    this.#tip.style.top = `${position.top}px`;
  }

  #hideTip(): void {
    this.#tip.hidden = true;
    this.#tipFor?.mark.removeAttribute('aria-describedby');
    this.#tipFor = null;
  }
}

if (!customElements.get('deadline-timeline')) customElements.define('deadline-timeline', DeadlineTimeline);
