/**
 * <site-search>: the search page's behaviour over its server-rendered form. Searches as the
 * reader types, keeps `?q=` and the filters in the URL (replaceState, so Back leaves the
 * page rather than stepping through keystrokes), shows results tier by tier (see matchTier)
 * and announces the count in a live region. Every string shown comes from the element's
 * data-msg-* attributes, already in the edition's script.
 */
import { highlightExcerpt, type ExcerptPiece } from '../../lib/search/highlightExcerpt.ts';
import { matchTier, type MatchTier } from '../../lib/search/matchTier.ts';
import { META_FIELDS } from '../../lib/search/metaFields.ts';
import { pagefindFilters, type NamedDepartment, type PagefindFilter } from '../../lib/search/pagefindFilters.ts';
import { readSearchState, writeSearchState, type SearchState, type StateFilter } from '../../lib/search/searchState.ts';
import { loadPagefind, type Pagefind, type PagefindData } from './loadPagefind.ts';

/** Results loaded and checked for an exact match, in Pagefind's order: more than any query has good answers. */
const CHECKED = 60;
/** Quiet time after a keystroke before searching, so half-typed pinyin is not searched for. */
const DELAY = 120;
/** Department results examined to find the departments a query names (for side and role). */
const NAMED_CHECKED = 10;

interface Found {
  data: PagefindData;
  tier: MatchTier;
}

const DEPARTMENT_URL = /\/departments\/([^/]+)\/$/u;

class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #selects = new Map<StateFilter, HTMLSelectElement>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #run = 0;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    this.#input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      this.#selects.set(select.dataset['filter'] as StateFilter, select);
    }
    form.querySelector('fieldset')!.disabled = false;

    const state = readSearchState(location.search);
    this.#input.value = state.q;
    // A value the select does not offer leaves it at "any", and the URL follows the select.
    for (const [key, select] of this.#selects) select.value = state.filters[key] ?? '';

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(0);
    });
    this.#input.addEventListener('input', () => this.#schedule(DELAY));
    for (const select of this.#selects.values()) select.addEventListener('change', () => this.#schedule(0));
    this.addEventListener('keydown', (event) => this.#onKey(event));

    if (state.q.trim() !== '' || Object.keys(state.filters).length > 0) this.#schedule(0);
    // Opening the page is asking to search: fetch the engine while the reader types.
    else void loadPagefind(this.#bundle).catch(() => {});
  }

  get #bundle(): string {
    return this.dataset['bundle']!;
  }

  #msg(name: string, values: Record<string, number> = {}): string {
    const template = this.dataset[`msg${name[0]!.toUpperCase()}${name.slice(1)}`] ?? '';
    return template.replace(/\{(\w+)\}/gu, (_, key: string) => String(values[key] ?? ''));
  }

  #part<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  #state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const [key, select] of this.#selects) if (select.value) filters[key] = select.value;
    return { q: this.#input.value, filters };
  }

  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), delay);
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const state = this.#state();
    history.replaceState(history.state, '', `${location.pathname}${writeSearchState(state)}${location.hash}`);

    const query = state.q.trim();
    if (query === '' && Object.keys(state.filters).length === 0) {
      this.#show(null);
      this.#done(state);
      return;
    }
    this.#part('results').setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind(this.#bundle);
      const { side, role, ...direct } = state.filters;
      let filters: PagefindFilter = pagefindFilters({ q: query, filters: direct }, []).filters;
      let roleIgnored = false;
      if (side || role) {
        // Side and role are about the departments the query names: find those first.
        const departments = await this.#find(pagefind, query, { kind: 'department' }, NAMED_CHECKED);
        const named: NamedDepartment[] = departments.found
          .filter((f) => f.tier <= 1)
          .map((f) => ({ slug: DEPARTMENT_URL.exec(f.data.url)?.[1] ?? '', side: f.data.filters['side']?.[0] === 'district' ? 'district' : 'municipal' }));
        ({ filters, roleIgnored } = pagefindFilters(state, named));
      }
      const result = await this.#find(pagefind, query, filters, CHECKED);
      if (run !== this.#run) return;
      this.#show({ ...result, query, roleIgnored });
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#part('status').textContent = this.#msg('failed');
      this.#part('results').hidden = true;
      this.#part('browse').hidden = false;
    }
    this.#done(state);
  }

  /** Marks which search the page now shows (`data-shown="?q=…"`), for tests and benchmarks to wait on. */
  #done(state: SearchState): void {
    this.#part('results').removeAttribute('aria-busy');
    this.dataset['shown'] = writeSearchState({ q: state.q.trim(), filters: state.filters });
  }

  /** Pagefind's results with their data, best tier first; within a tier, Pagefind's order. */
  async #find(pagefind: Pagefind, query: string, filters: PagefindFilter, limit: number): Promise<{ found: Found[]; total: number }> {
    const search = await pagefind.search(query === '' ? null : query, { filters });
    const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
    // With filters only, every page found matches what was asked.
    const found = data.map((d): Found => ({ data: d, tier: query === '' ? 2 : matchTier(query, d) }));
    found.sort((a, b) => a.tier - b.tier);
    return { found, total: search.results.length };
  }

  #show(result: { found: Found[]; total: number; query: string; roleIgnored: boolean } | null): void {
    const status = this.#part('status');
    const section = this.#part('results');
    this.#part('browse').hidden = result !== null;
    section.hidden = result === null || result.found.length === 0;
    if (result === null) {
      status.textContent = '';
      return;
    }
    const exact = result.found.filter((f) => f.tier < 4);
    const partial = result.found.filter((f) => f.tier === 4);
    this.#fill(this.#part('list'), exact, result.query);
    this.#fill(this.#part('partial-list'), partial, result.query);
    this.#part('partial-heading').hidden = partial.length === 0;
    const more = this.#part('more');
    more.hidden = result.total <= CHECKED;
    more.textContent = this.#msg('more', { n: CHECKED });

    const counts = [
      result.found.length === 0
        ? this.#msg('none')
        : partial.length > 0
          ? this.#msg('countPartial', { n: exact.length, m: partial.length })
          : this.#msg('count', { n: exact.length }),
    ];
    if (result.roleIgnored) counts.push(this.#msg('roleIgnored'));
    status.textContent = counts.join('');
  }

  #fill(list: HTMLElement, found: Found[], query: string): void {
    list.replaceChildren(...found.map(({ data, tier }) => this.#item(data, tier, query)));
  }

  #item(data: PagefindData, tier: MatchTier, query: string): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('p');
    const link = document.createElement('a');
    link.className = 'result-title';
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    heading.append(link);
    const kind = data.filters['kind']?.[0];
    if (kind === 'measure' || kind === 'department') {
      const tag = document.createElement('span');
      tag.className = 'kind';
      tag.textContent = this.#msg(kind);
      heading.append(tag);
    }
    item.append(heading);

    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    // The query as typed, marked; else, for a page found by its own name or text in the other
    // script or as an abbreviation, its opening words; else Pagefind's excerpt, which marks
    // the words that brought the page up.
    const pieces = highlightExcerpt(data.content, query) ?? (tier <= 2 ? highlightExcerpt(data.content, '') : piecesOfPagefindExcerpt(data.excerpt));
    excerpt.append(...nodesOf(pieces ?? []));
    item.append(excerpt);

    const leads = data.meta[META_FIELDS.leads.key];
    const deadline = data.meta[META_FIELDS.deadline.key];
    if (kind === 'measure' && (leads || deadline)) {
      const facts = document.createElement('p');
      facts.className = 'facts';
      facts.textContent = [leads && `${this.#msg('leads')}${leads}`, deadline && `${this.#msg('deadline')}${deadline}`].filter(Boolean).join('　');
      item.append(facts);
    }
    return item;
  }

  /** Arrow keys move between the box and the result links; Escape goes back to the box. */
  #onKey(event: KeyboardEvent): void {
    if (!['ArrowDown', 'ArrowUp', 'Escape'].includes(event.key)) return;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('[data-results]:not([hidden]) a.result-title')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const fromBox = document.activeElement === this.#input;
    if (!fromBox && at < 0) return;
    if (event.key === 'Escape' && at >= 0) this.#input.focus();
    else if (event.key === 'ArrowDown' && (fromBox || at < links.length - 1)) links[fromBox ? 0 : at + 1]?.focus();
    else if (event.key === 'ArrowUp' && at >= 0) (at === 0 ? this.#input : links[at - 1])?.focus();
    else return;
    event.preventDefault();
  }
}

/** Pagefind's excerpt is HTML with <mark> around matched words; read it as pieces, never as markup. */
function piecesOfPagefindExcerpt(html: string): ExcerptPiece[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => ({ text: node.textContent ?? '', mark: node.nodeName === 'MARK' }));
}

function nodesOf(pieces: ExcerptPiece[]): Node[] {
  return pieces.map((piece) => {
    if (!piece.mark) return document.createTextNode(piece.text);
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    return mark;
  });
}

customElements.define('site-search', SiteSearch);
