import { describe, expect, it } from 'vitest';
import { isIndexable, sitemapFileOf, sitemapLocales, withDefaultAlternate } from '../../../src/lib/seo/sitemapEntries.ts';
import { robotsTxt } from '../../../src/lib/seo/robotsTxt.ts';

const page = (head: string) => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body><p>noindex in the body says nothing</p></body></html>`;

describe('isIndexable', () => {
  it('keeps a page whose head says nothing against it', () => {
    expect(isIndexable(page('<title>t</title><meta name="description" content="noindex">'))).toBe(true);
  });

  it('leaves out a page whose head says noindex, for robots or a named crawler, in any case and order', () => {
    expect(isIndexable(page('<meta name="robots" content="noindex">'))).toBe(false);
    expect(isIndexable(page("<meta content='follow, NOINDEX' name='Robots'>"))).toBe(false);
    expect(isIndexable(page('<meta name="googlebot" content="none">'))).toBe(false);
    expect(isIndexable(page('<meta name="robots" content="index, follow">'))).toBe(true);
  });

  it('leaves out a redirect page (a meta refresh), as Astro and any hand-written redirect write it', () => {
    expect(isIndexable(page('<meta http-equiv="refresh" content="0;url=/hengqin/2017/measures/1/">'))).toBe(false);
  });
});

describe('sitemapFileOf', () => {
  const home = 'https://example.gov.cn/hengqin/';
  it('maps a page URL to its built index.html, and the home page to the root one', () => {
    expect(sitemapFileOf(`${home}measures/12/`, home)).toBe('measures/12/index.html');
    expect(sitemapFileOf(home, home)).toBe('index.html');
    expect(sitemapFileOf(`${home}404.html`, home)).toBe('404.html');
  });

  it('has no file for what is not an HTML page of this site', () => {
    expect(sitemapFileOf(`${home}data/measures.json`, home)).toBeNull();
    expect(sitemapFileOf(`${home}robots.txt`, home)).toBeNull();
    expect(sitemapFileOf('https://example.gov.cn/other/', home)).toBeNull();
  });
});

describe('the sitemap alternates', () => {
  it('names each edition by its path segment and hreflang, the Simplified root the default', () => {
    expect(sitemapLocales()).toEqual({ defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', 'zh-hant': 'zh-Hant' } });
  });

  it('adds x-default as the Simplified original, once', () => {
    const entry = { url: 'https://x.example/zh-hant/a/', links: [{ url: 'https://x.example/a/', lang: 'zh-CN' }, { url: 'https://x.example/zh-hant/a/', lang: 'zh-Hant' }] };
    const withDefault = withDefaultAlternate(entry);
    expect(withDefault.links.at(-1)).toEqual({ url: 'https://x.example/a/', lang: 'x-default' });
    expect(withDefaultAlternate(withDefault)).toEqual(withDefault);
    const alone: { url: string; links?: { url: string; lang: string }[] } = { url: 'https://x.example/b/' };
    expect(withDefaultAlternate(alone)).toEqual(alone);
  });
});

describe('robotsTxt', () => {
  it('opens the site to every crawler and names no host without an address', () => {
    const text = robotsTxt({ home: null, base: '/' });
    expect(text).toMatch(/^User-agent: \*$/mu);
    expect(text).not.toMatch(/https?:|Sitemap/u);
  });

  it('names the sitemap index by its absolute URL, under the base, with an address', () => {
    expect(robotsTxt({ home: 'https://example.gov.cn/', base: '/' })).toMatch(/^Sitemap: https:\/\/example\.gov\.cn\/sitemap-index\.xml$/mu);
    const sub = robotsTxt({ home: 'https://example.gov.cn/hengqin/', base: '/hengqin/' });
    expect(sub).toMatch(/^Sitemap: https:\/\/example\.gov\.cn\/hengqin\/sitemap-index\.xml$/mu);
    expect(sub).toMatch(/^# Crawlers read robots\.txt only at the root of a host/mu);
  });
});
