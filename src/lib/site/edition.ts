/**
 * The edition of the page being rendered, from its route: the `lang` parameter of
 * src/pages/[...lang]/ (absent at the root, "zh-hant" for Traditional). Set once per page by
 * the middleware as Astro.locals.edition; components read it there and never parse the URL.
 */
import { createEdition, type Edition } from '../i18n/edition.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../i18n/locales.ts';
import type { SiteModel } from '../model/siteModel.ts';

/** The locale a `lang` route parameter stands for; anything else is the Simplified root. */
export function localeOfParam(lang: string | undefined): Locale {
  return LOCALES.find((locale) => LOCALE_INFO[locale].segment === lang) ?? 'zh-CN';
}

const editions = new WeakMap<SiteModel['decisions'], Map<Locale, Edition>>();

/**
 * The edition for a locale, with the model's data decisions and Astro's base. Asked for by
 * every page: kept per decisions table and locale, so a page costs a lookup, not the
 * edition's cache key (its overrides written out as JSON).
 */
export function editionFor(locale: Locale, model: Pick<SiteModel, 'decisions'>): Edition {
  let byLocale = editions.get(model.decisions);
  if (!byLocale) editions.set(model.decisions, (byLocale = new Map()));
  let edition = byLocale.get(locale);
  if (!edition) {
    edition = createEdition({ locale, base: import.meta.env.BASE_URL, overrides: model.decisions.traditional, punctuation: model.decisions.punctuation });
    byLocale.set(locale, edition);
  }
  return edition;
}
