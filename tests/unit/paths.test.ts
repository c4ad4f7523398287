import { describe, expect, it } from 'vitest';
import { createPaths, filePaths, sitePaths, withQuery } from '../../src/lib/paths.ts';

describe('paths', () => {
  it('builds Simplified paths at the root and Traditional ones under /zh-hant/', () => {
    expect(createPaths({ base: '/', locale: 'zh-CN' }).measure(12)).toBe('/measures/12/');
    expect(createPaths({ base: '/', locale: 'zh-Hant' }).measure(12)).toBe('/zh-hant/measures/12/');
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
    expect(paths.page(sitePaths.network(), { focus: 'shi-gong-shang-ju', task: undefined, side: '' })).toBe('/network/?focus=shi-gong-shang-ju');
    expect(withQuery('/search/', {})).toBe('/search/');
  });

  it('moves to the other edition with the same base', () => {
    const paths = createPaths({ base: '/hengqin/', locale: 'zh-CN' });
    expect(paths.forLocale('zh-Hant').timeline()).toBe('/hengqin/zh-hant/timeline/');
  });
});
