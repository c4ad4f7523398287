/**
 * <name-filter>: a box that narrows a server-rendered list of bodies to those whose name the
 * reader types: part of a name, either script, full pinyin or initials, as site search takes
 * them (src/lib/search/nameMatcher.ts; the browser half in matchNames.ts). Items carry `data-filter-key`; their search keys come
 * in the element's config, worked out at build time. Without JavaScript the box stays
 * disabled and the whole list shows.
 */
import { fill } from '../../lib/i18n/template.ts';
import { matchStrength } from '../../lib/search/matchNames.ts';
import { readElementConfig } from '../../lib/util/elementConfig.ts';

export interface NameFilterConfig {
  /** Search keys of each item, by its data-filter-key. */
  keys: Record<string, string[]>;
  /** '{shown}/{total}' style status template, already in the page's script. */
  status: string;
  /** Shown when nothing matches. */
  none: string;
}

class NameFilter extends HTMLElement {
  #config!: NameFilterConfig;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #items: HTMLElement[] = [];

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!input || !status) return;
    this.#config = readElementConfig<NameFilterConfig>(this);
    this.#input = input;
    this.#status = status;
    this.#items = [...this.querySelectorAll<HTMLElement>('[data-filter-key]')];
    input.disabled = false;
    input.addEventListener('input', () => this.#apply());
    // A query kept by the browser (Back, or the language switch's ?q=) applies at once.
    const kept = new URLSearchParams(location.search).get('q');
    if (kept && !input.value) input.value = kept;
    if (input.value) this.#apply();
  }

  #apply(): void {
    const query = this.#input.value.trim();
    let shown = 0;
    for (const item of this.#items) {
      const keys = this.#config.keys[item.dataset['filterKey'] ?? ''] ?? [];
      const visible = query === '' || matchStrength(query, keys) > 0;
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    // Groups (a side's table, a letter's list) with nothing left hide too.
    for (const group of this.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = group.querySelector('[data-filter-key]:not([hidden])') === null;
    }
    this.#status.textContent = query === '' ? '' : shown === 0 ? this.#config.none : fill(this.#config.status, { shown, total: this.#items.length });
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }
}

if (!customElements.get('name-filter')) customElements.define('name-filter', NameFilter);
