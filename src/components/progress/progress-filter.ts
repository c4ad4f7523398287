/**
 * <progress-filter>: narrows /progress/'s server-rendered table of every measure to a status,
 * a main task, a working group or a department, and keeps the choice in the URL
 * (`?status=overdue&task=1`), so a filtered view can be linked and comes back with Back. Events
 * and DOM only: the state, the URL and which rows match are progressView's pure functions;
 * each row carries its facts in data-* attributes. Without JavaScript the controls stay
 * disabled and the whole table shows.
 */
import { fill } from '../../lib/i18n/template.ts';
import { factsOf, FILTER_KEYS, formatFilter, NO_FILTER, parseFilter, rowMatches, type ProgressFilter } from '../../lib/progress/progressView.ts';
import { readElementConfig } from '../../lib/util/elementConfig.ts';
import { filterSummary, type FilterWords } from '../../lib/util/filterSummary.ts';

export interface ProgressFilterConfig {
  /** '显示 {n} 项', in the page's script. */
  shown: string;
  /** The words of the filters' fold (ui.filters). */
  filters: FilterWords;
}

export class ProgressFilterElement extends HTMLElement {
  #config!: ProgressFilterConfig;
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #rows: HTMLTableRowElement[] = [];
  #filter: ProgressFilter = NO_FILTER;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!form || !status) return;
    this.#config = readElementConfig<ProgressFilterConfig>(this);
    this.#form = form;
    this.#status = status;
    this.#rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr[data-status]')];
    form.querySelector('fieldset')!.disabled = false;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => this.#apply(this.#read(), true));
    // The reset button clears the controls itself; read them once it has.
    form.addEventListener('reset', () => setTimeout(() => this.#apply(NO_FILTER, true)));
    addEventListener('popstate', () => this.#apply(parseFilter(location.search), false));
    this.#apply(parseFilter(location.search), false);
  }

  /** The state the controls show. */
  #read(): ProgressFilter {
    const data = new FormData(this.#form);
    return { ...parseFilter(''), ...Object.fromEntries(FILTER_KEYS.map((key) => [key, String(data.get(key) ?? '')])) } as ProgressFilter;
  }

  #apply(filter: ProgressFilter, push: boolean): void {
    this.#filter = filter;
    for (const key of FILTER_KEYS) {
      const select = this.#form.elements.namedItem(key) as HTMLSelectElement | null;
      // A value the page does not offer (a slug from an old link) shows as "all", and filters nothing.
      if (select) select.value = [...select.options].some((o) => o.value === filter[key]) ? filter[key] : '';
    }
    const effective = this.#read();
    let shown = 0;
    for (const row of this.#rows) {
      const visible = rowMatches(factsOf(row.dataset), effective);
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    const chosen = FILTER_KEYS.filter((key) => effective[key] !== '');
    this.#status.textContent = chosen.length === 0 ? '' : fill(this.#config.shown, { n: shown });
    const label = this.querySelector<HTMLElement>('[data-filters-label]');
    if (label) {
      const names = chosen.map((key) => {
        const select = this.#form.elements.namedItem(key) as HTMLSelectElement;
        return select.selectedOptions[0]?.textContent ?? '';
      });
      label.textContent = filterSummary(this.#config.filters, names);
    }
    const query = formatFilter(effective);
    if (push && query !== location.search) history.pushState(history.state, '', `${location.pathname}${query}${location.hash}`);
    this.dataset['shown'] = formatFilter(this.#filter);
  }
}

if (!customElements.get('progress-filter')) customElements.define('progress-filter', ProgressFilterElement);
