import { describe, expect, it } from 'vitest';
import { createPaths, filePaths, sitePaths, withQuery } from '../../src/lib/paths.ts';

describe('paths', () => {
  it('builds Simplified paths at the root and Traditional ones under /zh-hant/', () => {
    expect(createPaths({ base: '/', locale: 'zh-CN' }).measure({ segment: undefined }, 12)).toBe('/measures/12/');
    expect(createPaths({ base: '/', locale: 'zh-Hant' }).measure({ segment: undefined }, 12)).toBe('/zh-hant/measures/12/');
  });

  it('puts every path under the base path', () => {
    const paths = createPaths({ base: '/hengqin/', locale: 'zh-Hant' });
    expect(paths.department('heng-qin-gong-shang-ju')).toBe('/hengqin/zh-hant/departments/heng-qin-gong-shang-ju/');
    expect(paths.home()).toBe('/hengqin/zh-hant/');
    expect(paths.file(filePaths.data('measures.json'))).toBe('/hengqin/data/measures.json');
    expect(paths.pagefind()).toBe('/hengqin/zh-hant/pagefind/');
  });

  it('adds a query, leaving out empty values', () => {
    const paths = createPaths({ base: '/', locale: 'zh-CN' });
    expect(paths.page(sitePaths.network({ segment: undefined }), { focus: 'shi-gong-shang-ju', task: undefined, side: '' })).toBe('/network/?focus=shi-gong-shang-ju');
    expect(withQuery('/search/', {})).toBe('/search/');
  });

  it('puts a plan\'s pages under its segment when the site has several plans, and leaves the site\'s own pages where they are', () => {
    const paths = createPaths({ base: '/hengqin/', locale: 'zh-Hant' });
    const plan = { segment: 'hengqin-2018' };
    expect(paths.measure(plan, 12)).toBe('/hengqin/zh-hant/hengqin-2018/measures/12/');
    expect(paths.plan(plan)).toBe('/hengqin/zh-hant/hengqin-2018/');
    expect(paths.plan({ segment: undefined })).toBe('/hengqin/zh-hant/');
    expect(paths.department('shi-shang-wu-ju')).toBe('/hengqin/zh-hant/departments/shi-shang-wu-ju/');
    expect(filePaths.measureData(plan, 3)).toBe('/data/hengqin-2018/measures/3.json');
    expect(filePaths.original(plan, 'a b.pdf')).toBe('/data/hengqin-2018/originals/a%20b.pdf');
  });

  it('moves to the other edition with the same base', () => {
    const paths = createPaths({ base: '/hengqin/', locale: 'zh-CN' });
    expect(paths.forLocale('zh-Hant').timeline({ segment: undefined })).toBe('/hengqin/zh-hant/timeline/');
  });
});
