import type { Ui } from '../i18n/ui.ts';
import { filePaths, sitePaths, type PlanScope } from '../paths.ts';

/** The folder a page sits in, within its plan: "/areas/3/" → "/areas/", "/p/areas/3/" → "/p/areas/". */
const folderOf = (path: string, plan: PlanScope) => `${path.split('/').slice(0, plan.segment ? 3 : 2).join('/')}/`;

export interface NavigationItem {
  /** The section's own page, as a site path. */
  path: string;
  label: keyof Ui['nav'];
  /** Folders of pages that belong to the section besides its own folder (an area is read under its task). */
  also?: readonly string[];
  /** Shown on a phone only, where it stands for a part of the header that a wider screen shows itself (the search box). */
  narrowOnly?: boolean;
}

/**
 * The header's sections, in header order, as site paths. A plan's sections (its measures,
 * network, tasks, timeline) are the plan's: on a plan's page they lead to that plan's; on a
 * site-wide page of a site with several plans (`plan` undefined) only the site's own sections
 * are shown (home lists the plans). 进展 is there only when the plan has a progress file
 * (its /progress/ is built only then). Each must exist as a page in both editions.
 */
export function navigation(plan: (PlanScope & { readonly progress?: unknown }) | undefined): readonly NavigationItem[] {
  const site = { home: { path: sitePaths.home(), label: 'home' }, departments: { path: sitePaths.departments(), label: 'departments' } } as const;
  // A phone's header has no room for the search box: the search page is a section like the others.
  const search: NavigationItem = { path: sitePaths.search(), label: 'search', narrowOnly: true };
  if (!plan) return [site.home, site.departments, search];
  return [
    site.home,
    { path: sitePaths.measures(plan), label: 'measures' },
    site.departments,
    { path: sitePaths.network(plan), label: 'network' },
    { path: sitePaths.tasks(plan), label: 'tasks', also: [folderOf(sitePaths.area(plan, 1), plan)] },
    { path: sitePaths.timeline(plan), label: 'timeline', also: [sitePaths.deadlines(plan)] },
    ...(plan.progress ? [{ path: sitePaths.progress(plan), label: 'progress' } as const] : []),
    search,
  ];
}

/** The header of a one-plan site without progress: every section. */
export const NAVIGATION: readonly NavigationItem[] = navigation({ segment: undefined });

/**
 * Which header section a page (a site path, without base and edition) belongs to: `page` when
 * it is the section's own page, `section` when it is a page within it (a measure within 全部措施,
 * a month's deadlines within 完成时限), null when it is in none (the search, the source).
 */
export function currentSection(sitePath: string, items: readonly NavigationItem[] = NAVIGATION): { item: NavigationItem; exact: boolean } | null {
  for (const item of items) {
    if (sitePath === item.path) return { item, exact: true };
  }
  for (const item of items) {
    const folders = [...(item.path === sitePaths.home() ? [] : [item.path]), ...(item.also ?? [])];
    if (folders.some((folder) => sitePath.startsWith(folder))) return { item, exact: false };
  }
  return null;
}

/** Open-data files the footer offers; the build publishes each at this path (one copy, both editions). */
export const DATA_FILES: { path: string; label: string }[] = ['measures.json', 'departments.json', 'measures.csv', 'assignments.csv'].map((file) => ({
  path: filePaths.data(file),
  label: file,
}));
