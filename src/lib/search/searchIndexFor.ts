import { LOCALE_INFO, localeOfPath, pathInLocale, type Locale } from '../i18n/locales.ts';

/**
 * The pages search answers with: one page per measure, department, task, area and working
 * group. Lists that repeat every measure (home, /measures/, /departments/, timelines) are left
 * out: they would match every query and say less than the page they repeat.
 */
const SEARCHABLE_SECTIONS = ['measures', 'departments', 'tasks', 'areas', 'groups'] as const;

const SEARCHABLE = new RegExp(`^/(?:${SEARCHABLE_SECTIONS.join('|')})/[^/]+/$`, 'u');

/** The edition whose index a built page (site path without the base) goes into, or null if none. */
export function searchIndexFor(sitePath: string): Locale | null {
  const locale = localeOfPath(sitePath);
  return SEARCHABLE.test(pathInLocale(sitePath, 'zh-CN')) ? locale : null;
}

/**
 * The same pages as a glob over the built site, relative to its root, for Pagefind's
 * `--glob`: the pages searchIndexFor files under `locale`, and no others.
 */
export function searchIndexGlob(locale: Locale): string {
  const segment = LOCALE_INFO[locale].segment;
  return `${segment ? `${segment}/` : ''}{${SEARCHABLE_SECTIONS.join(',')}}/*/index.html`;
}
