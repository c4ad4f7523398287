/**
 * Every internal URL of the site, server and browser alike. A page exists once per edition
 * (Simplified at the root, Traditional under /zh-hant/) and the whole site may sit under a
 * base path (BASE_PATH=/hengqin/), so a hand-written `/measures/${id}/` is a broken link
 * waiting for the next edition or base: build it here instead.
 *
 * Pure: the base comes in as an argument (the site layer reads it from Astro, a client
 * element from its config), so the browser imports this module as it is.
 */
import { LOCALE_INFO, type Locale } from './i18n/locales.ts';

/** Query parameters; undefined or empty values are left out, the rest keep their order. */
export type Query = Record<string, string | number | undefined | null>;

export interface PathOptions {
  /** Astro's base, e.g. "/" or "/hengqin/". */
  base: string;
  locale: Locale;
}

/** A path with its query string, if any value is set. */
export function withQuery(path: string, query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * A plan's place in the URL scheme: its URL segment, or undefined for the one plan of a
 * one-plan site (whose pages keep the site's own paths: /measures/12/). With several plans a
 * plan's pages sit under /<segment>/: /hengqin-2017/measures/12/.
 */
export interface PlanScope {
  /** Absent or undefined: a one-plan site's plan. (Optional, so a browser config can leave it out of its JSON.) */
  readonly segment?: string | undefined;
}

/** A plan's site path: "/measures/" → "/<segment>/measures/" (unchanged for a one-plan site). */
export function inPlan(plan: PlanScope, path: string): string {
  return plan.segment ? `/${plan.segment}${path}` : path;
}

/**
 * The site paths of every page, without edition or base: one definition of the URL scheme.
 * A plan's pages take the plan; departments, search, data and about are the site's.
 */
export const sitePaths = {
  home: () => '/',
  /** A plan's own front page: the site's home for a one-plan site, /<segment>/ with several. */
  plan: (plan: PlanScope) => inPlan(plan, '/'),
  measures: (plan: PlanScope) => inPlan(plan, '/measures/'),
  measure: (plan: PlanScope, id: number) => inPlan(plan, `/measures/${id}/`),
  departments: () => '/departments/',
  department: (slug: string) => `/departments/${slug}/`,
  tasks: (plan: PlanScope) => inPlan(plan, '/tasks/'),
  task: (plan: PlanScope, no: number) => inPlan(plan, `/tasks/${no}/`),
  area: (plan: PlanScope, no: number) => inPlan(plan, `/areas/${no}/`),
  groups: (plan: PlanScope) => inPlan(plan, '/groups/'),
  group: (plan: PlanScope, slug: string) => inPlan(plan, `/groups/${slug}/`),
  network: (plan: PlanScope) => inPlan(plan, '/network/'),
  networkTask: (plan: PlanScope, no: number) => inPlan(plan, `/network/tasks/${no}/`),
  networkArea: (plan: PlanScope, no: number) => inPlan(plan, `/network/areas/${no}/`),
  timeline: (plan: PlanScope) => inPlan(plan, '/timeline/'),
  deadlines: (plan: PlanScope) => inPlan(plan, '/deadlines/'),
  /** A deadline bin's page: "2017-08", "completed", "ongoing". */
  deadline: (plan: PlanScope, bin: string) => inPlan(plan, `/deadlines/${bin}/`),
  /** What became of each measure (only where the plan has a progress file), and its Atom feed of reports. */
  progress: (plan: PlanScope) => inPlan(plan, '/progress/'),
  progressFeed: (plan: PlanScope) => inPlan(plan, '/progress/feed.xml'),
  search: () => '/search/',
  data: () => '/data/',
  source: (plan: PlanScope) => inPlan(plan, '/source/'),
  about: () => '/about/',
} as const;

/**
 * First path segments the site uses itself: its sections and the folders the build writes.
 * A plan's segment may not be one of them (src/lib/seed/planLayout.ts).
 */
export const SITE_SEGMENTS: readonly string[] = ['measures', 'departments', 'tasks', 'areas', 'groups', 'network', 'timeline', 'deadlines', 'search', 'data', 'source', 'about', 'progress', 'pagefind', '_astro'];

/** A site path split into its plan segment (one of `segments`, if it starts with one) and the rest: "/p/measures/1/" → { segment: "p", rest: "/measures/1/" }. */
export function splitPlanPath(sitePath: string, segments: readonly string[]): { segment: string | undefined; rest: string } {
  const first = sitePath.split('/')[1] ?? '';
  return segments.includes(first) ? { segment: first, rest: sitePath.slice(first.length + 1) || '/' } : { segment: undefined, rest: sitePath };
}

/** Files that exist once for both editions: open data, icons. */
export const filePaths = {
  /** A published data file: "measures.json", "measures/12.json", "departments/<slug>.json". */
  data: (file: string) => `/data/${file}`,
  /** A measure's record: /data/measures/12.json, or /data/<segment>/measures/12.json with several plans. */
  measureData: (plan: PlanScope, id: number) => `/data${inPlan(plan, `/measures/${id}.json`)}`,
  departmentData: (slug: string) => `/data/departments/${slug}.json`,
  /** The site's plans: /data/plans.json. */
  plansData: () => '/data/plans.json',
  /** An official file a seed was imported from, published as it was: "/data/originals/<file>" (under the plan's segment with several plans). */
  original: (plan: PlanScope, file: string) => `/data${inPlan(plan, `/originals/${encodeURIComponent(file)}`)}`,
  favicon: () => '/favicon.svg',
  /** The picture a shared link shows (public/share.png; scripts/share-image.ts makes it). */
  shareImage: () => '/share.png',
  /** The sitemap's index, written by @astrojs/sitemap when the build has a public address. */
  sitemapIndex: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
} as const;

/** A site path moved into an edition: "/measures/1/" → "/zh-hant/measures/1/". */
export function inLocale(path: string, locale: Locale): string {
  const segment = LOCALE_INFO[locale].segment;
  return segment ? `/${segment}${path.startsWith('/') ? path : `/${path}`}` : path;
}

/** A site path under the base: "/measures/1/" → "/hengqin/measures/1/". */
export function underBase(base: string, path: string): string {
  return `${base.replace(/\/$/u, '')}/${path.replace(/^\//u, '')}`;
}

/**
 * The site path of a page from its URL path, without base or edition:
 * "/hengqin/zh-hant/measures/1/" → "/measures/1/" (the language switch links it in the other edition).
 */
export function sitePathOf(pathname: string, base: string): string {
  const root = base.replace(/\/$/u, '');
  const inSite = root && pathname.startsWith(root) ? pathname.slice(root.length) || '/' : pathname;
  for (const info of Object.values(LOCALE_INFO)) {
    const segment = info.segment;
    if (segment && (inSite === `/${segment}` || inSite.startsWith(`/${segment}/`))) return inSite.slice(segment.length + 1) || '/';
  }
  return inSite;
}

type PathBuilders = { [K in keyof typeof sitePaths]: (...args: Parameters<(typeof sitePaths)[K]>) => string };

export interface Paths extends PathBuilders {
  locale: Locale;
  base: string;
  /** Any site path (as sitePaths gives it) in this edition, under the base, with an optional query. */
  page: (sitePath: string, query?: Query) => string;
  /** A file shared by both editions (filePaths), under the base. */
  file: (filePath: string) => string;
  /** The edition's own Pagefind bundle folder: /pagefind/ or /zh-hant/pagefind/, under the base. */
  pagefind: () => string;
  /** The same paths for another edition (the language switch). */
  forLocale: (locale: Locale) => Paths;
}

const cache = new Map<string, Paths>();

/** The URL builders of one edition under one base. */
export function createPaths(options: PathOptions): Paths {
  const key = `${options.base}|${options.locale}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const { base, locale } = options;
  const page = (sitePath: string, query?: Query) => withQuery(underBase(base, inLocale(sitePath, locale)), query);
  const builders = Object.fromEntries(
    Object.entries(sitePaths).map(([name, build]) => [name, (...args: never[]) => page((build as (...a: never[]) => string)(...args))]),
  ) as unknown as PathBuilders;
  const paths: Paths = {
    ...builders,
    locale,
    base,
    page,
    file: (filePath) => underBase(base, filePath),
    pagefind: () => underBase(base, inLocale('/pagefind/', locale)),
    forLocale: (other) => createPaths({ base, locale: other }),
  };
  cache.set(key, Object.freeze(paths));
  return paths;
}
