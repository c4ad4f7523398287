/** The part of Pagefind's browser API the site uses. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** Fetches the index chunks a query needs, without searching. */
  preload: (query: string) => Promise<void>;
  search: (query: string | null, options?: { filters?: object }) => Promise<{ results: PagefindResult[] }>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind's engine for this edition, loaded once per page from the edition's bundle
 * (/pagefind/ or /zh-hant/pagefind/, under the base), ranking with the site's metadata
 * weights. Results are indexed as site paths ("/zh-hant/measures/1/"), so the base URL is
 * the site's base path, whichever the edition.
 */
export function loadPagefind(bundle: string, base: string, metaWeights: Record<string, number>): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 40, ranking: { metaWeights } });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, blocked) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
