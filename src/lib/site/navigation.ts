/** The site's main sections, in header order. Each entry's path must exist as a page. */
export const NAVIGATION: { path: string; label: string }[] = [
  { path: '/', label: '首页' },
  { path: '/measures/', label: '全部措施' },
  { path: '/departments/', label: '部门' },
];

/** Open-data files the footer offers; the build publishes each at this path. */
export const DATA_FILES: { path: string; label: string }[] = [
  { path: '/data/measures.json', label: 'measures.json' },
  { path: '/data/departments.json', label: 'departments.json' },
  { path: '/data/measures.csv', label: 'measures.csv' },
];
