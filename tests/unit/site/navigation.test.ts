import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../../src/lib/paths.ts';
import { currentSection, NAVIGATION, navigationFor } from '../../../src/lib/site/navigation.ts';

const sectionOf = (path: string) => {
  const found = currentSection(path);
  return found && { label: found.item.label, exact: found.exact };
};

describe('currentSection', () => {
  it('marks each section on its own page', () => {
    for (const item of NAVIGATION) expect(sectionOf(item.path)).toEqual({ label: item.label, exact: true });
  });

  it('marks the section a page sits in: a measure under 全部措施, an area under 主要任务, a month under 完成时限', () => {
    expect(sectionOf(sitePaths.measure(12))).toEqual({ label: 'measures', exact: false });
    expect(sectionOf(sitePaths.department('heng-qin-gong-shang-ju'))).toEqual({ label: 'departments', exact: false });
    expect(sectionOf(sitePaths.networkTask(2))).toEqual({ label: 'network', exact: false });
    expect(sectionOf(sitePaths.task(3))).toEqual({ label: 'tasks', exact: false });
    expect(sectionOf(sitePaths.area(5))).toEqual({ label: 'tasks', exact: false });
    expect(sectionOf(sitePaths.deadline('2017-08'))).toEqual({ label: 'timeline', exact: false });
  });

  it('marks none for a page outside every section, never the home page for all of them', () => {
    expect(sectionOf(sitePaths.source())).toBeNull();
    expect(sectionOf(sitePaths.about())).toBeNull();
    expect(sectionOf('/404.html')).toBeNull();
  });
});

describe('navigationFor', () => {
  it('offers 进展 only where the plan has progress to show, every other section either way', () => {
    const without = navigationFor({ progress: null }).map((item) => item.label);
    const withProgress = navigationFor({ progress: {} }).map((item) => item.label);
    expect(without).not.toContain('progress');
    expect(withProgress).toContain('progress');
    expect(withProgress.filter((label) => label !== 'progress')).toEqual(without);
    expect(sectionOf(sitePaths.progress())).toEqual({ label: 'progress', exact: true });
  });
});
