import { describe, expect, it } from 'vitest';
import { auditSample } from '../../e2e/audit/checks/auditSample.ts';

const page = (file: string, bytes = 100) => ({ file, bytes });

describe('auditSample', () => {
  it('takes, for every route in every edition, its first page and its largest', () => {
    const pages = [
      page('index.html'),
      page('zh-hant/index.html'),
      page('measures/1/index.html', 300),
      page('measures/2/index.html', 900),
      page('measures/3/index.html', 500),
      page('zh-hant/measures/1/index.html', 300),
      page('zh-hant/measures/2/index.html', 200),
      page('zh-hant/measures/3/index.html', 800),
    ];
    const routes = {
      '/[...lang]': ['index.html', 'zh-hant/index.html'],
      '/[...lang]/measures/[id]': pages.slice(2).map((p) => p.file),
    };
    expect(auditSample(pages, routes, ['zh-hant'])).toEqual([
      'index.html',
      'measures/1/index.html',
      'measures/2/index.html',
      'zh-hant/index.html',
      'zh-hant/measures/1/index.html',
      'zh-hant/measures/3/index.html',
    ]);
  });

  it('takes, when told to take the smallest, each route’s smallest page, and the smallest of its shallowest (a home the route makes beside deeper pages)', () => {
    const pages = [
      page('index.html', 900),
      page('big/index.html', 800),
      page('small/index.html', 200),
      page('big/measures/1/index.html', 900),
      page('small/measures/1/index.html', 300),
      page('zh-hant/big/measures/1/index.html', 100),
      page('zh-hant/small/measures/1/index.html', 300),
    ];
    const routes = {
      '/[...lang]/[...plan]': ['index.html', 'big/index.html', 'small/index.html'],
      '/[...lang]/[...plan]/measures/[id]': pages.slice(3).map((p) => p.file),
    };
    expect(auditSample(pages, routes, ['zh-hant'], { pick: 'smallest' })).toEqual(['index.html', 'small/index.html', 'small/measures/1/index.html', 'zh-hant/big/measures/1/index.html']);
  });

  it('audits a built page that no route claims (a route map older than the build)', () => {
    const pages = [page('index.html'), page('new/index.html')];
    expect(auditSample(pages, { '/': ['index.html'] }, ['zh-hant'])).toEqual(['index.html', 'new/index.html']);
  });

  it('leaves out files a route claims that are no longer built', () => {
    expect(auditSample([page('index.html')], { '/': ['index.html', 'gone/index.html'] }, [])).toEqual(['index.html']);
  });
});
