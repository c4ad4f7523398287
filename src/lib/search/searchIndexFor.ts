import { LOCALE_INFO, localeOfPath, pathInLocale, type Locale } from '../i18n/locales.ts';

/**
 * The pages search answers with: one page per measure, department, task, area and working
 * group. Lists that repeat every measure (home, /measures/, /departments/, timelines) are left
 * out: they would match every query and say less than the page they repeat. With several plans
 * a plan's pages sit under its segment (/<plan>/measures/12/) and the one-plan addresses are
 * redirect pages, so `segments` (the plans' URL segments; none for a one-plan site) say where.
 */
const SEARCHABLE_SECTIONS = ['measures', 'departments', 'tasks', 'areas', 'groups'] as const;
/** The sections that belong to a plan; departments are the site's. */
const PLAN_SECTIONS = SEARCHABLE_SECTIONS.filter((section) => section !== 'departments');

const SEARCHABLE = new RegExp(`^/(?:${SEARCHABLE_SECTIONS.join('|')})/[^/]+/$`, 'u');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The edition whose index a built page (site path without the base) goes into, or null if none. */
export function searchIndexFor(sitePath: string, segments: readonly string[] = []): Locale | null {
  const locale = localeOfPath(sitePath);
  const path = pathInLocale(sitePath, 'zh-CN');
  if (segments.length === 0) return SEARCHABLE.test(path) ? locale : null;
  const inPlan = new RegExp(`^/(?:${segments.map(escape).join('|')})/(?:${PLAN_SECTIONS.join('|')})/[^/]+/$`, 'u');
  return /^\/departments\/[^/]+\/$/u.test(path) || inPlan.test(path) ? locale : null;
}

/**
 * The same pages as a glob over the built site, relative to its root, for Pagefind's
 * `--glob`: the pages searchIndexFor files under `locale`, and no others. With several plans
 * the glob takes every page under the departments and the plans' folders (Pagefind's globs
 * cannot nest alternatives), and only the searchable ones carry data-pagefind-body
 * (src/layouts/Base.astro), which Pagefind then keeps to.
 */
export function searchIndexGlob(locale: Locale, segments: readonly string[] = []): string {
  const segment = LOCALE_INFO[locale].segment;
  const prefix = segment ? `${segment}/` : '';
  if (segments.length === 0) return `${prefix}{${SEARCHABLE_SECTIONS.join(',')}}/*/index.html`;
  return `${prefix}{departments,${segments.join(',')}}/**/index.html`;
}
