import type { Ui } from '../i18n/ui.ts';
import { filePaths, sitePaths } from '../paths.ts';

/** The site's main sections, in header order, as site paths. Each must exist as a page in both editions. */
export const NAVIGATION: { path: string; label: keyof Ui['nav'] }[] = [
  { path: sitePaths.home(), label: 'home' },
  { path: sitePaths.measures(), label: 'measures' },
  { path: sitePaths.departments(), label: 'departments' },
  { path: sitePaths.network(), label: 'network' },
  { path: sitePaths.tasks(), label: 'tasks' },
  { path: sitePaths.timeline(), label: 'timeline' },
];

/** Open-data files the footer offers; the build publishes each at this path (one copy, both editions). */
export const DATA_FILES: { path: string; label: string }[] = ['measures.json', 'departments.json', 'measures.csv', 'assignments.csv'].map((file) => ({
  path: filePaths.data(file),
  label: file,
}));
