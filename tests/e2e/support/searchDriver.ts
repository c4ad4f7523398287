import { pathInLocale, type Locale } from '../../../src/lib/i18n/locales.ts';
import { writeSearchState, type SearchState } from '../../../src/lib/search/searchState.ts';
import { openPage, type OpenPage } from './browser.ts';

export interface SearchRun {
  /** Site paths of the results shown as matching the query, in order. */
  results: string[];
  /** Site paths of the results shown as matching only some of its words. */
  partial: string[];
  /** How many pages the fold of pages that name the query only in their lists holds (not opened). */
  mentions: number;
  /** What the live region says. */
  status: string;
}

export interface SearchDriver extends OpenPage {
  /** Searches as the page's own controls would and returns what the page shows. */
  run: (query: string, filters?: SearchState['filters']) => Promise<SearchRun>;
}

/**
 * Opens an edition's /search/ page and drives its form: sets the box and the filter
 * controls, submits, and waits until the page marks that search as shown (data-shown).
 */
export async function openSearch(edition: Locale, siteName?: string): Promise<SearchDriver> {
  const opened = await openPage(pathInLocale('/search/', edition), siteName ? { site: siteName } : {});
  await opened.page.waitForFunction(() => customElements.get('site-search') !== undefined);
  const run = async (query: string, filters: SearchState['filters'] = {}): Promise<SearchRun> => {
    const expected = writeSearchState({ q: query.trim(), filters });
    await opened.page.evaluate(
      ({ query, filters }) => {
        const element = document.querySelector<HTMLElement>('site-search')!;
        delete element.dataset['shown'];
        for (const select of element.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
          select.value = (filters as Record<string, string>)[select.dataset['filter']!] ?? '';
        }
        element.querySelector<HTMLInputElement>('input[name="q"]')!.value = query;
        element.querySelector('form')!.requestSubmit();
      },
      { query, filters },
    );
    await opened.page.waitForFunction((shown) => document.querySelector<HTMLElement>('site-search')!.dataset['shown'] === shown, expected);
    return opened.page.evaluate(() => {
      const paths = (selector: string) =>
        [...document.querySelectorAll<HTMLAnchorElement>(`${selector} a.result-title`)].map((a) => new URL(a.href).pathname);
      return {
        results: paths('[data-results]:not([hidden]) [data-list]'),
        partial: paths('[data-results]:not([hidden]) [data-partial-list]'),
        mentions: Number(/\d+/u.exec(document.querySelector<HTMLElement>('[data-mentions]:not([hidden]) [data-mentions-label]')?.textContent ?? '')?.[0] ?? 0),
        status: document.querySelector('[data-status]')!.textContent ?? '',
      };
    });
  };
  return { ...opened, run };
}
