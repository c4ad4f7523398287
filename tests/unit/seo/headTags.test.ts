import { describe, expect, it } from 'vitest';
import { headTags, type HeadTag, type PageHead } from '../../../src/lib/seo/headTags.ts';

const image = { path: '/hengqin/share.png', width: 1200, height: 630, type: 'image/png', alt: '站名卡片' };
const measurePage: PageHead = {
  home: 'https://example.gov.cn/hengqin/',
  path: '/hengqin/zh-hant/measures/12/',
  locale: 'zh-Hant',
  editions: { 'zh-CN': '/hengqin/measures/12/', 'zh-Hant': '/hengqin/zh-hant/measures/12/' },
  title: '第12項措施',
  description: '健全橫琴自貿片區廉潔評價體系。',
  siteName: '橫琴片區改革任務分工查詢',
  image,
  indexable: true,
};

/** The tags as "element key=value …" lines, easy to read in a failure. */
const lines = (tags: HeadTag[]) => tags.map(({ element, attributes }) => `${element} ${Object.entries(attributes).map(([k, v]) => `${k}=${v}`).join(' ')}`);
const value = (tags: HeadTag[], key: string) => tags.filter((tag) => tag.attributes['property'] === key || tag.attributes['name'] === key).map((tag) => tag.attributes['content']);

describe('headTags with an address', () => {
  const tags = headTags(measurePage);

  it('names the page canonical at its own absolute URL', () => {
    expect(lines(tags)).toContain('link rel=canonical href=https://example.gov.cn/hengqin/zh-hant/measures/12/');
  });

  it('gives both editions and x-default (the Simplified original) as absolute hreflang alternates', () => {
    expect(lines(tags).filter((line) => line.startsWith('link rel=alternate'))).toEqual([
      'link rel=alternate hreflang=zh-CN href=https://example.gov.cn/hengqin/measures/12/',
      'link rel=alternate hreflang=zh-Hant href=https://example.gov.cn/hengqin/zh-hant/measures/12/',
      'link rel=alternate hreflang=x-default href=https://example.gov.cn/hengqin/measures/12/',
    ]);
  });

  it('writes the share card: title, description, URL, locale and the other edition, site name, image with its size and alt', () => {
    expect(value(tags, 'og:title')).toEqual(['第12項措施']);
    expect(value(tags, 'og:description')).toEqual([measurePage.description]);
    expect(value(tags, 'og:url')).toEqual(['https://example.gov.cn/hengqin/zh-hant/measures/12/']);
    expect(value(tags, 'og:locale')).toEqual(['zh_HK']);
    expect(value(tags, 'og:locale:alternate')).toEqual(['zh_CN']);
    expect(value(tags, 'og:type')).toEqual(['website']);
    expect(value(tags, 'og:site_name')).toEqual([measurePage.siteName]);
    expect(value(tags, 'og:image')).toEqual(['https://example.gov.cn/hengqin/share.png']);
    expect([value(tags, 'og:image:width'), value(tags, 'og:image:height'), value(tags, 'og:image:alt')]).toEqual([['1200'], ['630'], ['站名卡片']]);
    expect(value(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(value(tags, 'twitter:image')).toEqual(['https://example.gov.cn/hengqin/share.png']);
  });

  it('gives a page that stays out of search noindex and no canonical or og:url', () => {
    const notFound = headTags({ ...measurePage, path: '/hengqin/404.html', locale: 'zh-CN', editions: null, indexable: false });
    expect(lines(notFound)).toContain('meta name=robots content=noindex');
    expect(lines(notFound).some((line) => /canonical|og:url|hreflang|og:locale:alternate/u.test(line))).toBe(false);
  });
});

describe('headTags without an address', () => {
  const tags = headTags({ ...measurePage, home: null });

  it('names no host anywhere', () => {
    expect(lines(tags).filter((line) => /https?:/u.test(line))).toEqual([]);
  });

  it('leaves out what needs an absolute URL (canonical, og:url, the image) instead of writing it relative', () => {
    expect(lines(tags).some((line) => /canonical|og:url|og:image|twitter:image/u.test(line))).toBe(false);
    expect(value(tags, 'twitter:card')).toEqual(['summary']);
  });

  it('keeps relative hreflang alternates and the rest of the card', () => {
    expect(lines(tags)).toContain('link rel=alternate hreflang=x-default href=/hengqin/measures/12/');
    expect(value(tags, 'og:title')).toEqual(['第12項措施']);
    expect(value(tags, 'og:locale')).toEqual(['zh_HK']);
  });
});
