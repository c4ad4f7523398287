import { LOCALE_INFO, localeOfPath, pathInLocale, type Locale } from '../i18n/locales.ts';
import { aliasTable } from './aliasTable.ts';
import { toTraditional } from '../i18n/toTraditional.ts';
import { TRADITIONAL_UI_WORDS } from '../i18n/traditionalUiWords.ts';
import { UI, type Ui } from '../i18n/ui.ts';
import { memoize } from '../util/memoize.ts';
import { url as baseUrl } from './url.ts';

export interface I18n {
  locale: Locale;
  /** Value for <html lang>. */
  htmlLang: string;
  /** Text in this edition's script: as is in Simplified, converted in Traditional. Use for data. */
  tx: (text: string) => string;
  /** The UI dictionary in this edition's script. */
  ui: Ui;
  /** A site path inside this edition, under the base: url('/measures/1/'). */
  url: (path: string) => string;
}

/** Applies `convert` to every string and to every string a dictionary function returns. */
function convertDeep<T>(value: T, convert: (text: string) => string): T {
  if (typeof value === 'string') return convert(value) as T;
  if (typeof value === 'function') return ((...args: unknown[]) => convert((value as (...a: unknown[]) => string)(...args))) as T;
  if (Array.isArray(value)) return value.map((inner) => convertDeep(inner, convert)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convertDeep(inner, convert)])) as T;
  }
  return value;
}

const cache = new Map<Locale, I18n>();

/** The Traditional overrides from the alias table: the one place data decisions are recorded. */
const traditionalOverrides = aliasTable.traditional;

export function i18nFor(locale: Locale): I18n {
  let found = cache.get(locale);
  if (!found) {
    const tx = locale === 'zh-Hant' ? memoize((text) => toTraditional(text, traditionalOverrides)) : (text: string) => text;
    const uiWords = [...traditionalOverrides, ...TRADITIONAL_UI_WORDS];
    found = {
      locale,
      htmlLang: LOCALE_INFO[locale].htmlLang,
      tx,
      ui: locale === 'zh-CN' ? UI : convertDeep(UI, memoize((text) => toTraditional(text, uiWords))),
      url: (path) => baseUrl(pathInLocale(path, locale)),
    };
    cache.set(locale, found);
  }
  return found;
}

/** The edition of the page being rendered, from its URL (works in any component). */
export function i18nOf(pageUrl: URL): I18n {
  return i18nFor(localeOfPath(sitePath(pageUrl)));
}

/** The page's path within the site, without the base: "/hengqin/measures/1/" → "/measures/1/". */
export function sitePath(pageUrl: URL): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/u, '');
  return pageUrl.pathname.startsWith(base) ? pageUrl.pathname.slice(base.length) || '/' : pageUrl.pathname;
}
