/**
 * <site-search>: the search page's behaviour over its server-rendered form. Searches as the
 * reader types, keeps `?q=` and the filters in the URL (replaceState, so Back leaves the page
 * rather than stepping through keystrokes), shows at once what the page itself knows (a measure
 * by its number, the departments and headings the query names), then the measures Pagefind
 * finds, in its order, ten at a time, loading only the fragments it shows; the other pages it
 * finds (only in their lists of co-workers or measures) fold into one line after them, loaded
 * when opened. The rules are in lib/search/searchPlan.ts; every string and the names come in
 * the element's config (searchPage.ts).
 */
import { fill } from '../../lib/i18n/template.ts';
import { createPaths, type Paths } from '../../lib/paths.ts';
import { highlightExcerpt } from '../../lib/search/highlightExcerpt.ts';
import { matchTier } from '../../lib/search/matchTier.ts';
import { META_FIELDS } from '../../lib/search/metaFields.ts';
import type { SearchPageConfig } from '../../lib/search/searchPage.ts';
import { planSearch } from '../../lib/search/searchPlan.ts';
import { readSearchState, writeSearchState, type SearchState, type StateFilter } from '../../lib/search/searchState.ts';
import { readElementConfig } from '../../lib/util/elementConfig.ts';
import { filterSummary } from '../../lib/util/filterSummary.ts';
import { loadPagefind, type Pagefind, type PagefindResult } from './loadPagefind.ts';
import { resultItem, type Shown } from './resultItem.ts';

/** Results shown at first and added per "more": about a screen of them. */
const PAGE = 10;
/**
 * Quiet time after a keystroke before searching, so half-typed pinyin is not searched for;
 * Chinese arrives from the input method a word at a time, so it waits less.
 */
const DELAY = 120;
const DELAY_HAN = 40;
/** The first results are shown as soon as these are loaded; the rest of the page follows. */
const FIRST = 5;

type Entry = Shown | PagefindResult;

class SiteSearch extends HTMLElement {
  #config!: SearchPageConfig;
  #paths!: Paths;
  #input!: HTMLInputElement;
  #selects = new Map<StateFilter, HTMLSelectElement>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #run = 0;
  #queue: { entries: Entry[]; next: number; query: string } = { entries: [], next: 0, query: '' };
  /** The pages found only in lists, folded: what is left to load of them. */
  #mentions: { entries: PagefindResult[]; next: number; query: string; run: number } = { entries: [], next: 0, query: '', run: 0 };

  connectedCallback(): void {
    this.#config = readElementConfig<SearchPageConfig>(this);
    this.#paths = createPaths({ base: this.#config.base, locale: this.#config.locale });
    const form = this.querySelector('form')!;
    this.#input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
    for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) this.#selects.set(select.dataset['filter'] as StateFilter, select);
    form.querySelector('fieldset')!.disabled = false;

    const state = readSearchState(location.search);
    this.#input.value = state.q;
    // A value the select does not offer leaves it at "any", and the URL follows the select.
    for (const [key, select] of this.#selects) select.value = state.filters[key] ?? '';
    this.#countFilters();

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#schedule(0);
    });
    this.#input.addEventListener('input', () => {
      // While the reader pauses, Pagefind fetches the index chunks the words need.
      const query = this.#input.value.trim();
      if (query) void this.#pagefind().then((pagefind) => pagefind.preload(query), () => {});
      this.#schedule(/\p{Script=Han}/u.test(this.#input.value) ? DELAY_HAN : DELAY);
    });
    for (const select of this.#selects.values()) select.addEventListener('change', () => (this.#countFilters(), this.#schedule(0)));
    this.#part('more').addEventListener('click', () => void this.#more(this.#run));
    const fold = this.#part<HTMLDetailsElement>('mentions');
    fold.addEventListener('toggle', () => {
      if (fold.open && this.#mentions.next === 0) void this.#moreMentions(this.#mentions.run);
    });
    this.#part('mentions-more').addEventListener('click', () => void this.#moreMentions(this.#mentions.run));
    this.addEventListener('keydown', (event) => this.#onKey(event));

    if (state.q.trim() !== '' || Object.keys(state.filters).length > 0) this.#schedule(0);
    // Opening the page is asking to search: fetch the engine while the reader types.
    else void this.#pagefind().catch(() => {});
  }

  #pagefind(): Promise<Pagefind> {
    return loadPagefind(this.#paths.pagefind(), this.#config.base, this.#config.weights);
  }

  #part<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  #state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const [key, select] of this.#selects) if (select.value) filters[key] = select.value;
    return { q: this.#input.value, filters };
  }

  #countFilters(): void {
    const chosen = [...this.#selects.values()].filter((s) => s.value).map((s) => s.selectedOptions[0]?.textContent ?? s.value);
    this.#part('filters-label').textContent = filterSummary(this.#config.strings.filters, chosen);
  }

  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), delay);
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const state = this.#state();
    const t = this.#config.strings;
    history.replaceState(history.state, '', `${location.pathname}${writeSearchState(state)}${location.hash}`);
    const empty = state.q.trim() === '' && Object.keys(state.filters).length === 0;
    this.#part('browse').hidden = !empty;
    this.#part('results').hidden = empty;
    for (const list of ['list', 'partial-list', 'mentions-list']) this.#part(list).replaceChildren();
    this.#part('partial-heading').hidden = true;
    this.#part('more').hidden = true;
    const fold = this.#part<HTMLDetailsElement>('mentions');
    fold.hidden = true;
    fold.open = false;
    this.#part('mentions-more').hidden = true;
    this.#mentions = { entries: [], next: 0, query: '', run };
    if (empty) {
      this.#part('status').textContent = '';
      return this.#done(state);
    }
    const plan = planSearch(state, this.#config);
    // What the page knows itself is shown before the engine answers.
    const local: Shown[] = [
      ...(plan.measure ? [{ href: this.#paths.measure(plan.measure.plan, plan.measure.id), title: plan.measure.title, kind: 'measure' as const, facts: plan.measure.facts }] : []),
      ...plan.departments.map(({ department: d }) => ({ href: this.#paths.department(d.slug), title: d.title, kind: 'department' as const, facts: d.facts })),
      ...plan.headings.map((h) => ({ href: h.href, title: h.title, kind: h.kind, facts: h.facts })),
    ];
    this.#queue = { entries: local, next: 0, query: plan.query ?? '' };
    this.#part('status').textContent = t.searching;
    this.#part('results').setAttribute('aria-busy', 'true');
    await this.#more(run, Math.min(PAGE, local.length));
    try {
      const pagefind = await this.#pagefind();
      const [measures, others] = await Promise.all([
        pagefind.search(plan.query, { filters: plan.measureFilters }),
        pagefind.search(plan.query, { filters: plan.otherFilters }),
      ]);
      if (run !== this.#run) return;
      this.#queue.entries.push(...measures.results);
      this.#mentions = { entries: others.results, next: 0, query: plan.query ?? '', run };
      fold.hidden = others.results.length === 0;
      this.#part('mentions-label').textContent = fill(t.mentions, { n: others.results.length, query: state.q.trim() });
      const page = Math.max(0, PAGE - this.#queue.next);
      await this.#more(run, Math.min(FIRST, page));
      await this.#more(run, page - Math.min(FIRST, page));
      if (run !== this.#run) return;
      const total = this.#queue.entries.length;
      const partial = this.#part('partial-list').children.length;
      const all = this.#queue.next >= total;
      const counts = [total === 0 ? t.none : all && partial > 0 ? fill(t.countWithPartial, { n: total - partial, m: partial }) : fill(t.count, { n: total })];
      if (plan.roleIgnored) counts.push(t.roleIgnored);
      this.#part('status').textContent = counts.join('');
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#part('status').textContent = t.failed;
      this.#part('browse').hidden = false;
    }
    this.#done(state);
  }

  /** Shows the next `count` results of the queue (PAGE by default), loading the fragments of those Pagefind found. */
  async #more(run: number, count = PAGE): Promise<void> {
    const { entries, next, query } = this.#queue;
    const batch = entries.slice(next, next + count);
    this.#queue.next = next + batch.length;
    const shown = await Promise.all(batch.map((entry) => ('data' in entry ? this.#fromPagefind(entry, query) : entry)));
    if (run !== this.#run) return;
    // Within a batch, best tier first (matchTier: own words before words elsewhere on the page);
    // pages with the query's words only apart go to their own list.
    shown.sort((a, b) => (a.tier ?? -1) - (b.tier ?? -1));
    for (const item of shown) this.#part(item.tier === 4 ? 'partial-list' : 'list').append(resultItem(item, this.#config.strings.kind));
    this.#part('partial-heading').hidden = this.#part('partial-list').children.length === 0;
    const left = entries.length - this.#queue.next;
    const more = this.#part('more');
    more.hidden = left === 0;
    more.textContent = fill(this.#config.strings.more, { n: Math.min(PAGE, left) });
  }

  /** Shows the next page of the folded results, loading their fragments; most matching first within it. */
  async #moreMentions(run: number): Promise<void> {
    const mentions = this.#mentions;
    const batch = mentions.entries.slice(mentions.next, mentions.next + PAGE);
    mentions.next += batch.length;
    const shown = await Promise.all(batch.map((entry) => this.#fromPagefind(entry, mentions.query)));
    if (run !== this.#run) return;
    shown.sort((a, b) => (a.tier ?? -1) - (b.tier ?? -1));
    for (const item of shown) this.#part('mentions-list').append(resultItem(item, this.#config.strings.kind));
    const left = mentions.entries.length - mentions.next;
    const more = this.#part('mentions-more');
    more.hidden = left === 0;
    more.textContent = fill(this.#config.strings.mentionsMore, { n: Math.min(PAGE, left) });
  }

  async #fromPagefind(result: PagefindResult, query: string): Promise<Shown> {
    const data = await result.data();
    const heading = data.filters['heading']?.[0];
    const kind = (data.filters['kind']?.[0] ?? this.#config.headings.find((h) => h.key === heading)?.kind) as Shown['kind'];
    const own = data.meta[META_FIELDS.text.key];
    const bodies = data.meta[META_FIELDS.bodies.key];
    // Why the page was found: a measure's own text marked where the query is as typed, else
    // the bodies on it with the one the query names marked, else its opening words; any other
    // page's text around the query (the list that names it), or nothing: never its labels.
    const inText = own === undefined ? null : highlightExcerpt(own, query);
    const inBodies = own === undefined || inText || bodies === undefined ? null : highlightExcerpt(bodies, query);
    const excerpt = own === undefined ? highlightExcerpt(data.content, query, 60, { block: true }) : (inText ?? inBodies ?? highlightExcerpt(own, ''));
    // Under the bodies excerpt, which names the first on each side already, the facts are the deadline alone.
    const facts = inBodies ? data.meta[META_FIELDS.due.key] : data.meta[META_FIELDS.facts.key];
    return { href: data.url, title: data.meta['title'] ?? data.url, kind, facts, excerpt, tier: query === '' ? 2 : matchTier(query, data) };
  }

  /** Marks which search the page now shows (`data-shown="?q=…"`), for tests and benchmarks to wait on. */
  #done(state: SearchState): void {
    this.#part('results').removeAttribute('aria-busy');
    this.dataset['shown'] = writeSearchState({ q: state.q.trim(), filters: state.filters });
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

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
