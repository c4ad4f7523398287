import { describe, expect, it } from 'vitest';
import { externalUrlsInCode, isExternal } from '../../e2e/audit/checks/externalUrls.ts';

describe('externalUrlsInCode', () => {
  it('finds absolute URLs a script or stylesheet could fetch', () => {
    expect(externalUrlsInCode('fetch("https://cdn.jsdelivr.net/x.js");@import url(http://fonts.googleapis.com/a.css)')).toEqual([
      'https://cdn.jsdelivr.net/x.js',
      'http://fonts.googleapis.com/a.css',
    ]);
  });

  it('passes the SVG and XHTML namespace identifiers D3 carries, which are never fetched', () => {
    expect(externalUrlsInCode('const svg="http://www.w3.org/2000/svg",x="http://www.w3.org/1999/xhtml";')).toEqual([]);
  });

  it('passes code with no absolute URL', () => {
    expect(externalUrlsInCode('import("/pagefind/pagefind.js")')).toEqual([]);
  });
});

describe('isExternal', () => {
  const page = 'http://127.0.0.1:4000/hengqin/measures/1/';

  it('treats relative, root-relative and same-origin references as internal', () => {
    expect(['../2/', '/hengqin/_astro/a.css', 'http://127.0.0.1:4000/x.js'].map((ref) => isExternal(ref, page))).toEqual([false, false, false]);
  });

  it('treats another host, another port and protocol-relative references as external', () => {
    expect(['https://example.com/a.js', 'http://127.0.0.1:5000/a.js', '//cdn.example.com/a.css'].map((ref) => isExternal(ref, page))).toEqual([true, true, true]);
  });

  it('treats data: and blob: references as part of the page', () => {
    expect(isExternal('data:image/svg+xml,<svg/>', page)).toBe(false);
    expect(isExternal('blob:http://127.0.0.1:4000/1234', page)).toBe(false);
  });
});

describe('externalUrlsInCode and reserved hosts', () => {
  it('passes the dummy base Pagefind parses relative URLs against, which no one can serve', () => {
    expect(externalUrlsInCode('new URL(`https://example.com${anchored_url}`)')).toEqual([]);
  });

  it('still reports a real host that merely contains "example"', () => {
    expect(externalUrlsInCode('fetch("https://example.com.evil.net/x")')).toEqual(['https://example.com.evil.net/x']);
  });
});
