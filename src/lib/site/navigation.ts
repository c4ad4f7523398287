import type { Ui } from '../i18n/ui.ts';

/** The site's main sections, in header order. Each path must exist as a page in both editions. */
export const NAVIGATION: { path: string; label: keyof Ui['nav'] }[] = [
  { path: '/', label: 'home' },
  { path: '/measures/', label: 'measures' },
  { path: '/departments/', label: 'departments' },
  { path: '/network/', label: 'network' },
  { path: '/tasks/', label: 'tasks' },
  { path: '/timeline/', label: 'timeline' },
];

/** Open-data files the footer offers; the build publishes each at this path (one copy, both editions). */
export const DATA_FILES: { path: string; label: string }[] = [
  { path: '/data/measures.json', label: 'measures.json' },
  { path: '/data/departments.json', label: 'departments.json' },
  { path: '/data/measures.csv', label: 'measures.csv' },
  { path: '/data/assignments.csv', label: 'assignments.csv' },
];
