import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../../src/lib/paths.ts';
import { currentSection, NAVIGATION, navigation } from '../../../src/lib/site/navigation.ts';

/** A one-plan site's plan: its pages keep the site's own paths. */
const ONE = { segment: undefined };

const sectionOf = (path: string) => {
  const found = currentSection(path);
  return found && { label: found.item.label, exact: found.exact };
};

describe('currentSection', () => {
  it('marks each section on its own page', () => {
    for (const item of NAVIGATION) expect(sectionOf(item.path)).toEqual({ label: item.label, exact: true });
  });

  it('marks the section a page sits in: a measure under 全部措施, an area under 主要任务, a month under 完成时限', () => {
    expect(sectionOf(sitePaths.measure(ONE, 12))).toEqual({ label: 'measures', exact: false });
    expect(sectionOf(sitePaths.department('heng-qin-gong-shang-ju'))).toEqual({ label: 'departments', exact: false });
    expect(sectionOf(sitePaths.networkTask(ONE, 2))).toEqual({ label: 'network', exact: false });
    expect(sectionOf(sitePaths.task(ONE, 3))).toEqual({ label: 'tasks', exact: false });
    expect(sectionOf(sitePaths.area(ONE, 5))).toEqual({ label: 'tasks', exact: false });
    expect(sectionOf(sitePaths.deadline(ONE, '2017-08'))).toEqual({ label: 'timeline', exact: false });
  });

  it('leads a plan page\'s sections to its own plan, and shows a site-wide page of several plans the site\'s sections only', () => {
    const plan = { segment: 'hengqin-2018' };
    const items = navigation(plan);
    expect(items.find((item) => item.label === 'measures')?.path).toBe('/hengqin-2018/measures/');
    expect(currentSection(sitePaths.area(plan, 2), items)?.item.label).toBe('tasks');
    expect(navigation(undefined).map((item) => item.label)).toEqual(['home', 'departments', 'search']);
  });

  it('marks none for a page outside every section, never the home page for all of them', () => {
    expect(sectionOf(sitePaths.source(ONE))).toBeNull();
    expect(sectionOf(sitePaths.about())).toBeNull();
    expect(sectionOf('/404.html')).toBeNull();
  });
});

describe('navigation with progress', () => {
  it('offers 进展 only where the plan has progress to show, every other section either way', () => {
    const without = navigation({ ...ONE, progress: null }).map((item) => item.label);
    const withProgress = navigation({ ...ONE, progress: {} });
    expect(without).not.toContain('progress');
    expect(withProgress.map((item) => item.label)).toContain('progress');
    expect(withProgress.map((item) => item.label).filter((label) => label !== 'progress')).toEqual(without);
    const found = currentSection(sitePaths.progress(ONE), withProgress);
    expect(found && { label: found.item.label, exact: found.exact }).toEqual({ label: 'progress', exact: true });
  });

  it("leads a plan's 进展 to that plan's /<plan>/progress/", () => {
    const item = navigation({ segment: 'p2018', progress: {} }).find((entry) => entry.label === 'progress');
    expect(item?.path).toBe('/p2018/progress/');
  });
});
