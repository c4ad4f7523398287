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

/** The edition for a locale, with the model's data decisions and Astro's base. */
export function editionFor(locale: Locale, model: Pick<SiteModel, 'decisions'>): Edition {
  return createEdition({ locale, base: import.meta.env.BASE_URL, overrides: model.decisions.traditional, punctuation: model.decisions.punctuation });
}
