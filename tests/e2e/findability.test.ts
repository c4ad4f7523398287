/**
 * How the built sites present themselves to search engines and share cards, read from the
 * built files (a browser adds nothing here). The sites with a public address (`sub` at
 * https://example.gov.cn/hengqin/, the audited `fixture`) are checked page by page: canonical,
 * hreflang, Open Graph and Twitter tags, the JSON-LD blocks, the sitemap's coverage and
 * robots.txt. The real site, built without an address, must name no host at all. What to
 * expect comes from the builds (their pages, their data files) and site.config.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_INFO, LOCALES, localeOfPath, pathInLocale, type Locale } from '../../src/lib/i18n/locales.ts';
import { filePaths } from '../../src/lib/paths.ts';
import { SHARE_IMAGE } from '../../src/lib/seo/shareImage.ts';
import { isIndexable } from '../../src/lib/seo/sitemapEntries.ts';
import { resolveSiteAddress } from '../../src/lib/siteAddress.ts';
import { getSiteConfig } from '../../src/lib/site/siteConfig.ts';
import { hostUrlsInText } from './audit/checks/externalUrls.ts';
import { builtFiles, builtPages, builtRoot } from './support/builtSite.ts';
import { siteBuild } from './support/sites.ts';

const config = getSiteConfig();

type Attributes = Map<string, string>;

/** The attributes of every `<name …>` tag in some HTML, names lower-cased. */
function tags(html: string, name: string): Attributes[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'giu'))].map(([, attributes = '']) => {
    const found: Attributes = new Map();
    for (const match of attributes.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu)) found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
    return found;
  });
}

const decode = (text: string) => text.replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');

/** What a built page's head says about itself. */
function headOf(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const links = tags(head, 'link');
  const metas = tags(head, 'meta');
  const meta = (key: string) => metas.filter((m) => m.get('property') === key || m.get('name') === key).map((m) => decode(m.get('content') ?? ''));
  return {
    lang: /<html\b[^>]*\slang="([^"]+)"/u.exec(html)?.[1],
    title: decode(/<title>([^<]*)<\/title>/u.exec(head)?.[1] ?? ''),
    canonical: links.filter((l) => l.get('rel') === 'canonical').map((l) => l.get('href')),
    alternates: Object.fromEntries(links.filter((l) => l.get('rel') === 'alternate' && l.has('hreflang')).map((l) => [l.get('hreflang')!, l.get('href')!])),
    meta,
    jsonLd: [...html.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gu)].map((match) => match[1]!),
  };
}

/** The built file behind a site path ("/measures/1/" → measures/1/index.html, "/404.html" → 404.html). */
const fileOf = (sitePath: string) => (sitePath.endsWith('/') ? `${sitePath.slice(1)}index.html` : sitePath.slice(1));

function requireBuilt(name: string): string {
  const root = builtRoot(name);
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${root}/ is not built: run \`node tests/e2e/support/buildSite.ts --site ${name}\` (npm test does)`);
  return root;
}

/** Every string in a JSON-LD value, however deep, under the keys that hold URLs. */
function urlsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urlsOf);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    ['@id', 'url', 'item', 'contentUrl', 'mainEntityOfPage'].includes(key) && typeof inner === 'string' ? [inner] : urlsOf(inner),
  );
}

type Node = Record<string, unknown>;

describe.for(['sub', 'fixture'])('the %s site, published at its address', (name) => {
  const build = siteBuild(name);
  const address = resolveSiteAddress({ configUrl: config.url, siteUrl: build.env['SITE_URL'], basePath: build.env['BASE_PATH'] });
  const home = address.home!;
  const root = requireBuilt(name);
  const pages = builtPages(root);
  const html = (sitePath: string) => readFileSync(path.join(root, fileOf(sitePath)), 'utf8');
  const absolute = (sitePath: string) => new URL(sitePath.slice(1), home).href;
  const readable = pages.filter((page) => !page.endsWith('.html'));
  /** The built file an absolute URL of this site names, or null when it names none. */
  const builtFileAt = (url: string) => {
    if (!url.startsWith(home)) return null;
    const rest = decodeURIComponent(url.slice(home.length).replace(/#.*$/u, ''));
    const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
    return existsSync(path.join(root, file)) ? file : null;
  };

  it('is built at an address whose path is its base', () => {
    expect(home).toMatch(/^https:\/\//u);
    expect(new URL(home).pathname).toBe(build.base);
    expect(readable.length).toBeGreaterThan(1);
  });

  it('names every page canonical at its own absolute URL, and gives both editions and x-default as absolute alternates', () => {
    for (const page of readable) {
      const head = headOf(html(page));
      const locale = localeOfPath(page);
      expect(head.canonical, page).toEqual([absolute(page)]);
      const editions = Object.fromEntries(LOCALES.map((l) => [LOCALE_INFO[l].htmlLang, absolute(pathInLocale(page, l))]));
      expect(head.alternates, page).toEqual({ ...editions, 'x-default': absolute(pathInLocale(page, 'zh-CN')) });
      expect(head.lang, page).toBe(LOCALE_INFO[locale].htmlLang);
    }
  });

  it('gives every page a share card: its title, description, URL, locale and the other edition, site name and the share image', () => {
    for (const page of readable) {
      const head = headOf(html(page));
      const locale = localeOfPath(page);
      const other = LOCALES.find((l) => l !== locale) as Locale;
      const siteName = head.meta('og:site_name')[0]!;
      expect(siteName, page).toBe(decode(/<a class="site-name"[^>]*>([^<]*)</u.exec(html(page))![1]!));
      expect(head.title === siteName ? siteName : `${head.meta('og:title')[0]} · ${siteName}`, page).toBe(head.title);
      expect(head.meta('og:description'), page).toEqual(head.meta('description'));
      expect(head.meta('og:description')[0]!.length, page).toBeGreaterThan(0);
      expect(head.meta('og:url'), page).toEqual([absolute(page)]);
      expect(head.meta('og:type'), page).toEqual(['website']);
      expect(head.meta('og:locale'), page).toEqual([LOCALE_INFO[locale].ogLocale]);
      expect(head.meta('og:locale:alternate'), page).toEqual([LOCALE_INFO[other].ogLocale]);
      expect(head.meta('og:image'), page).toEqual([absolute(filePaths.shareImage())]);
      expect([head.meta('og:image:width'), head.meta('og:image:height'), head.meta('og:image:type')], page).toEqual([[String(SHARE_IMAGE.width)], [String(SHARE_IMAGE.height)], [SHARE_IMAGE.type]]);
      expect(head.meta('og:image:alt')[0], page).toContain(siteName);
      expect(head.meta('twitter:card'), page).toEqual(['summary_large_image']);
      expect([head.meta('twitter:title'), head.meta('twitter:description'), head.meta('twitter:image')], page).toEqual([head.meta('og:title'), head.meta('og:description'), head.meta('og:image')]);
    }
    expect(builtFileAt(absolute(filePaths.shareImage()))).toBe('share.png');
  });

  it('keeps the 404 page out of search: noindex, and no canonical or share URL', () => {
    const head = headOf(html('/404.html'));
    expect(head.meta('robots')).toEqual(['noindex']);
    expect(head.canonical).toEqual([]);
    expect(head.meta('og:url')).toEqual([]);
  });

  it('gives JSON-LD that parses, in one block per page at most, every node typed, every URL in it naming a built file', () => {
    let blocks = 0;
    for (const page of readable) {
      const { jsonLd } = headOf(html(page));
      expect(jsonLd.length, page).toBeLessThanOrEqual(1);
      for (const text of jsonLd) {
        blocks += 1;
        const data = JSON.parse(text) as { '@context': string; '@graph': Node[] };
        expect(data['@context'], page).toBe('https://schema.org');
        expect(data['@graph'].length, page).toBeGreaterThan(0);
        for (const node of data['@graph']) expect(typeof node['@type'], page).toBe('string');
        for (const url of urlsOf(data['@graph'])) expect(builtFileAt(url), `${page}: ${url}`).not.toBeNull();
      }
    }
    expect(blocks).toBeGreaterThan(0);
  });

  /** The graph of a page's JSON-LD. */
  const graphOf = (page: string): Node[] => {
    const [text] = headOf(html(page)).jsonLd;
    expect(text, `${page} has JSON-LD`).toBeDefined();
    return (JSON.parse(text!) as { '@graph': Node[] })['@graph'];
  };
  const ofType = (graph: Node[], type: string) => graph.filter((node) => node['@type'] === type);

  it('gives every page with a breadcrumb the same trail as a BreadcrumbList, from home to the page itself', () => {
    let trails = 0;
    for (const page of readable) {
      const page_html = html(page);
      const nav = /<nav class="breadcrumb"[\s\S]*?<\/nav>/u.exec(page_html)?.[0];
      const lists = headOf(page_html).jsonLd.length ? ofType(graphOf(page), 'BreadcrumbList') : [];
      if (!nav) {
        expect(lists, page).toEqual([]);
        continue;
      }
      trails += 1;
      const steps = [...nav.matchAll(/<(?:a|span) class="step"([^>]*)>([^<]*)</gu)].map(([, attributes, label]) => ({ href: /\shref="([^"]*)"/u.exec(attributes!)?.[1], label: decode(label!) }));
      expect(lists.length, page).toBe(1);
      const items = lists[0]!['itemListElement'] as Node[];
      expect(items.map((item) => item['position']), page).toEqual(steps.map((_, i) => i + 1));
      expect(items.map((item) => item['name']), page).toEqual(steps.map((step) => step.label));
      expect(items.map((item) => item['item']), page).toEqual(steps.map((step) => new URL(step.href ?? page.slice(1), home).href));
    }
    expect(trails).toBeGreaterThan(0);
  });

  it('makes each measure page a part of the plan, the department page a GovernmentOrganization, /data/ a Dataset of the published files', () => {
    const measures = JSON.parse(readFileSync(path.join(root, 'data/measures.json'), 'utf8')) as { id: number }[];
    const departments = JSON.parse(readFileSync(path.join(root, 'data/departments.json'), 'utf8')) as { slug: string; aliases: string[] }[];
    const shown = (page: string, pattern: RegExp) => decode(pattern.exec(html(page))?.[1] ?? '');
    for (const locale of LOCALES) {
      const at = (sitePath: string) => pathInLocale(sitePath, locale);
      for (const measure of [measures[0]!, measures.at(-1)!]) {
        const page = at(`/measures/${measure.id}/`);
        const graph = graphOf(page);
        const [node] = ofType(graph, 'Legislation').filter((n) => n['position'] !== undefined);
        expect(node, page).toMatchObject({ position: measure.id, url: absolute(page), inLanguage: LOCALE_INFO[locale].htmlLang, text: shown(page, /<p class="text"[^>]*>([^<]*)</u) });
        const plan = `${absolute(at('/source/'))}#document`;
        expect((node!['isPartOf'] as Node)['@id'], page).toBe(plan);
        expect(ofType(graph, 'Legislation').find((n) => n['@id'] === plan)?.['name'], page).toBeTruthy();
        // Every body the page lists, in the page's own order, is a body the provision mentions.
        const listed = [...new Set([...html(page).matchAll(/href="[^"]*\/departments\/([^/"]+)\/"/gu)].map((m) => m[1]!))];
        const mentioned = (node!['mentions'] as Node[]).map((org) => /\/departments\/([^/]+)\/#organization$/u.exec(String(org['@id']))![1]);
        expect(listed, page).toEqual(expect.arrayContaining(mentioned));
        expect(mentioned.length, page).toBeGreaterThan(0);
      }
      const withAliases = departments.find((d) => d.aliases.length > 0) ?? departments[0]!;
      const departmentPage = at(`/departments/${withAliases.slug}/`);
      const [organization] = ofType(graphOf(departmentPage), 'GovernmentOrganization');
      expect(organization!['alternateName'] ?? [], withAliases.slug).toHaveLength(withAliases.aliases.length);
      expect(organization!['name']).toBe(shown(departmentPage, /<h1[^>]*>([^<]*)<\/h1>/u));

      const [dataset] = ofType(graphOf(at('/data/')), 'Dataset');
      expect(dataset).toMatchObject({ license: config.dataLicence.url, creator: { name: config.publisher.name }, publisher: { name: config.publisher.name } });
      expect([...String(dataset!['description'])].length).toBeGreaterThanOrEqual(50);
      expect(String(dataset!['temporalCoverage'])).toMatch(/^\d{4}(?:\/\d{4})?$/u);
      const distribution = dataset!['distribution'] as Node[];
      expect(distribution.length).toBeGreaterThan(0);
      for (const download of distribution) {
        expect(builtFileAt(String(download['contentUrl'])), String(download['contentUrl'])).toMatch(/^data\//u);
        expect(download['encodingFormat']).toBe(String(download['contentUrl']).endsWith('.csv') ? 'text/csv' : 'application/json');
      }
    }
  });

  it('lists in its sitemap every page but the 404 and redirect pages, nothing else, each with its other edition and x-default', () => {
    const index = readFileSync(path.join(root, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => match[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const entries = sitemaps.flatMap((url) => {
      const file = builtFileAt(url);
      expect(file, url).not.toBeNull();
      return [...readFileSync(path.join(root, file!), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/gu)].map(([, entry]) => ({
        loc: /<loc>([^<]+)<\/loc>/u.exec(entry!)![1]!,
        links: Object.fromEntries([...entry!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/gu)].map((m) => [m[1]!, m[2]!])),
      }));
    });
    const excluded = pages.filter((page) => !isIndexable(html(page)));
    expect(excluded).toContain('/404.html');
    const expected = pages.filter((page) => !excluded.includes(page)).map(absolute);
    expect(entries.map((entry) => entry.loc).sort()).toEqual(expected.sort());
    for (const entry of entries) {
      const page = `/${entry.loc.slice(home.length)}`;
      expect(entry.links, page).toEqual({ ...Object.fromEntries(LOCALES.map((l) => [LOCALE_INFO[l].htmlLang, absolute(pathInLocale(page, l))])), 'x-default': absolute(pathInLocale(page, 'zh-CN')) });
    }
  });

  it('names the sitemap index in robots.txt', () => {
    const robots = readFileSync(path.join(root, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/mu);
    expect([...robots.matchAll(/^Sitemap: (\S+)$/gmu)].map((m) => m[1])).toEqual([absolute(filePaths.sitemapIndex())]);
  });
});

describe('the real site, built without an address', () => {
  const root = requireBuilt('site');
  const files = builtFiles(root);
  // Text files only: Pagefind's index and fragments are compressed binaries made from these pages.
  const text = files.filter((file) => /\.(?:html|xml|txt|json|csv|m?js|css|svg|webmanifest)$|(?:^|\/)_headers$/u.test(file));
  const links = [config.dataLicence.url, ...(config.publisher.url ? [config.publisher.url] : [])];

  it('has no address to give', () => {
    expect(siteBuild('site').env['SITE_URL']).toBeUndefined();
    expect(config.url).toBeNull();
  });

  it('names no host in any built file, except the publisher’s chosen outside links as links', () => {
    expect(text.length).toBeGreaterThan(files.length / 2);
    const found = text.flatMap((file) => hostUrlsInText(readFileSync(path.join(root, file), 'utf8'), { code: /\.(?:m?js|css)$/u.test(file), links }).map((url) => `${file}: ${url}`));
    expect(found, found.slice(0, 20).join('\n')).toEqual([]);
  });

  it('writes no sitemap, no canonical, no share URL and no structured data, and keeps relative hreflang alternates', () => {
    expect(files.filter((file) => /sitemap/u.test(file))).toEqual([]);
    expect(readFileSync(path.join(root, 'robots.txt'), 'utf8')).not.toMatch(/Sitemap/u);
    for (const page of builtPages(root)) {
      const head = headOf(readFileSync(path.join(root, fileOf(page)), 'utf8'));
      expect([head.canonical, head.meta('og:url'), head.meta('og:image'), head.jsonLd], page).toEqual([[], [], [], []]);
      expect(head.meta('og:title').length, page).toBe(1);
      if (!page.endsWith('.html')) expect(head.alternates['x-default'], page).toBe(pathInLocale(page, 'zh-CN'));
    }
  });
});
