/**
 * What the sitemap lists, as rules over the built pages rather than a list of paths: every
 * HTML page the build wrote, except those whose head asks to stay out of search (a robots
 * noindex, which the layout writes on the 404 page, or a meta refresh, which every redirect
 * page has, whoever writes it). Each entry names its other edition and x-default, as the
 * pages' own heads do. Pure: src/lib/site/sitemapFilter.ts reads the files.
 */
import { LOCALE_INFO, LOCALES, type Locale } from '../i18n/locales.ts';

/** The file name @astrojs/sitemap starts its files with: `sitemap-index.xml`, `sitemap-0.xml`. */
export const SITEMAP_NAME = 'sitemap';

/** The attributes of each <meta> in the head of some HTML, names lower-cased. */
function headMetas(html: string): Map<string, string>[] {
  const end = html.search(/<\/head\s*>/iu);
  const head = end === -1 ? html : html.slice(0, end);
  return [...head.matchAll(/<meta\b([^>]*)>/giu)].map(([, attributes = '']) => {
    const found = new Map<string, string>();
    for (const match of attributes.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gu)) {
      found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
    }
    return found;
  });
}

/**
 * Whether a built page may be listed for search engines: its head has no robots `noindex`
 * (for any crawler: `robots`, `googlebot`, …) and no `<meta http-equiv="refresh">`.
 */
export function isIndexable(html: string): boolean {
  return !headMetas(html).some((meta) => {
    if ((meta.get('http-equiv') ?? '').toLowerCase() === 'refresh') return true;
    const name = (meta.get('name') ?? '').toLowerCase();
    const robots = name === 'robots' || name === 'googlebot' || name === 'bingbot';
    return robots && /(?:^|[\s,])(?:noindex|none)(?:$|[\s,])/iu.test(meta.get('content') ?? '');
  });
}

/**
 * The built file (relative to the output folder) behind a page URL of the site at `home`:
 * ".../measures/1/" → "measures/1/index.html", ".../404.html" → "404.html"; null for what is
 * not an HTML page (data files, robots.txt) or not on this site.
 */
export function sitemapFileOf(url: string, home: string): string | null {
  if (!url.startsWith(home)) return null;
  const rest = decodeURIComponent(url.slice(home.length).replace(/[?#].*$/u, ''));
  if (rest === '' || rest.endsWith('/')) return `${rest}index.html`;
  return rest.endsWith('.html') ? rest : null;
}

/**
 * The sitemap's i18n option: each edition by its first path segment, with its hreflang; the
 * Simplified root by its locale's name (no page path starts with it).
 */
export function sitemapLocales(): { defaultLocale: string; locales: Record<string, string> } {
  const key = (locale: Locale) => LOCALE_INFO[locale].segment ?? locale;
  return {
    defaultLocale: key('zh-CN'),
    locales: Object.fromEntries(LOCALES.map((locale) => [key(locale), LOCALE_INFO[locale].htmlLang])),
  };
}

/** An entry's alternates with x-default added: the Simplified original, as the pages' heads say. */
export function withDefaultAlternate<T extends { links?: { url: string; lang: string }[] | undefined }>(entry: T): T {
  const original = entry.links?.find((link) => link.lang === LOCALE_INFO['zh-CN'].htmlLang);
  if (!original || entry.links!.some((link) => link.lang === 'x-default')) return entry;
  return { ...entry, links: [...entry.links!, { url: original.url, lang: 'x-default' }] };
}
