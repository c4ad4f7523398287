import type { Ui } from '../i18n/ui.ts';
import { filePaths, sitePaths } from '../paths.ts';

/** The folder a page sits in: "/areas/3/" → "/areas/". */
const folderOf = (path: string) => `${path.split('/').slice(0, 2).join('/')}/`;

export interface NavigationItem {
  /** The section's own page, as a site path. */
  path: string;
  label: keyof Ui['nav'];
  /** Folders of pages that belong to the section besides its own folder (an area is read under its task). */
  also?: readonly string[];
  /** Shown on a phone only, where it stands for a part of the header that a wider screen shows itself (the search box). */
  narrowOnly?: boolean;
  /** Only when the plan has a progress file (/progress/ is built only then). */
  withProgress?: boolean;
}

/** The site's main sections, in header order, as site paths. Each must exist as a page in both editions. */
export const NAVIGATION: readonly NavigationItem[] = [
  { path: sitePaths.home(), label: 'home' },
  { path: sitePaths.measures(), label: 'measures' },
  { path: sitePaths.departments(), label: 'departments' },
  { path: sitePaths.network(), label: 'network' },
  { path: sitePaths.tasks(), label: 'tasks', also: [folderOf(sitePaths.area(1))] },
  { path: sitePaths.timeline(), label: 'timeline', also: [sitePaths.deadlines()] },
  { path: sitePaths.progress(), label: 'progress', withProgress: true },
  // A phone's header has no room for the search box: the search page is a section like the others.
  { path: sitePaths.search(), label: 'search', narrowOnly: true },
];

/** The sections a site's header shows: 进展 only when there is progress to show. */
export function navigationFor(site: { progress: unknown }): readonly NavigationItem[] {
  return NAVIGATION.filter((item) => !item.withProgress || site.progress !== null);
}

/**
 * Which header section a page (a site path, without base and edition) belongs to: `page` when
 * it is the section's own page, `section` when it is a page within it (a measure within 全部措施,
 * a month's deadlines within 完成时限), null when it is in none (the search, the source).
 */
export function currentSection(sitePath: string): { item: NavigationItem; exact: boolean } | null {
  for (const item of NAVIGATION) {
    if (sitePath === item.path) return { item, exact: true };
  }
  for (const item of NAVIGATION) {
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
