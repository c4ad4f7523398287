import { describe, expect, it } from 'vitest';
import { externalUrlsInCode, hostUrlsInText, isExternal } from '../../e2e/audit/checks/externalUrls.ts';

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

describe('hostUrlsInText', () => {
  const licence = 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans';
  const options = { code: false, links: [licence] };

  it('passes a page whose only outside URL is the publisher’s chosen link, as the href of an <a>, and the SVG namespace', () => {
    expect(hostUrlsInText(`<a class="x" href="${licence}">CC BY 4.0</a><svg xmlns="http://www.w3.org/2000/svg"></svg>`, options)).toEqual([]);
  });

  it('finds the same link anywhere but an <a href>: an address of the page’s own, structured data, another file', () => {
    expect(hostUrlsInText(`<link rel="canonical" href="${licence}">`, options)).toEqual([licence]);
    expect(hostUrlsInText(`{"license":"${licence}"}`, options)).toEqual([licence]);
  });

  it('finds any other host, in a page, an XML file or a text file, reserved example hosts included', () => {
    expect(hostUrlsInText('<link rel="canonical" href="https://example.gov.cn/measures/1/"><meta property="og:url" content="https://plan.example/">', options)).toEqual([
      'https://example.gov.cn/measures/1/',
      'https://plan.example/',
    ]);
    expect(hostUrlsInText('Sitemap: https://example.gov.cn/sitemap-index.xml', options)).toEqual(['https://example.gov.cn/sitemap-index.xml']);
  });

  it('finds protocol-relative references, which name a host too', () => {
    expect(hostUrlsInText('<img src="//cdn.example.com/a.png">', options)).toEqual(['//cdn.example.com/a.png']);
  });

  it('applies the rule for code to scripts and styles: reserved example hosts there are dummy bases', () => {
    expect(hostUrlsInText('new URL(p, "https://example.com")', { code: true, links: [] })).toEqual([]);
  });
});
