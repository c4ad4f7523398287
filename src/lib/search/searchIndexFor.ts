import { localeOfPath, pathInLocale, type Locale } from '../i18n/locales.ts';

/**
 * The pages search answers with: one page per measure, department, task, area and working
 * group. Lists that repeat every measure (home, /measures/, /departments/, timelines) are left
 * out: they would match every query and say less than the page they repeat.
 */
const SEARCHABLE = /^\/(?:measures|departments|tasks|areas|groups)\/[^/]+\/$/u;

/** The edition whose index a built page (site path without the base) goes into, or null if none. */
export function searchIndexFor(sitePath: string): Locale | null {
  const locale = localeOfPath(sitePath);
  return SEARCHABLE.test(pathInLocale(sitePath, 'zh-CN')) ? locale : null;
}

