/**
 * The site's two editions. The Simplified edition is the original and lives at the root;
 * the Traditional edition (for Macau readers) is generated from the same data under /zh-hant/.
 * Slugs are the same in both.
 */
export const LOCALES = ['zh-CN', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * `htmlLang` is also each edition's hreflang; `ogLocale` its Open Graph locale, from the list
 * share cards know (language_TERRITORY: there is no zh_MO, and Hong Kong's Traditional is the
 * nearest to Macau's).
 */
export const LOCALE_INFO: Record<Locale, { segment: string | undefined; htmlLang: string; ogLocale: string; name: string }> = {
  'zh-CN': { segment: undefined, htmlLang: 'zh-CN', ogLocale: 'zh_CN', name: '简体中文' },
  'zh-Hant': { segment: 'zh-hant', htmlLang: 'zh-Hant', ogLocale: 'zh_HK', name: '繁體中文' },
};

/** The `lang` route parameter for each locale: undefined puts the page at the root. */
export function localeParam(locale: Locale): string | undefined {
  return LOCALE_INFO[locale].segment;
}

/** Which edition a site path (without the base) belongs to. */
export function localeOfPath(path: string): Locale {
  const first = path.replace(/^\/+/u, '').split('/')[0];
  return LOCALES.find((locale) => LOCALE_INFO[locale].segment === first) ?? 'zh-CN';
}

/** A site path (without base) moved into the given edition: "/measures/1/" → "/zh-hant/measures/1/". */
export function pathInLocale(path: string, locale: Locale): string {
  const current = LOCALE_INFO[localeOfPath(path)].segment;
  const bare = current ? path.replace(new RegExp(`^/+${current}(?=/|$)`, 'u'), '') || '/' : path;
  const segment = LOCALE_INFO[locale].segment;
  return segment ? `/${segment}${bare.startsWith('/') ? bare : `/${bare}`}` : bare;
}

/**
 * getStaticPaths for a page that exists once per edition: every path given, in every locale.
 * `paths` are the page's own params and props, without `lang`; the page learns its edition
 * from the `lang` parameter (src/middleware.ts sets Astro.locals.edition), not from a prop.
 */
export function inEveryLocale<P extends Record<string, string | number | undefined>, Q>(
  paths: { params: P; props: Q }[],
): { params: P & { lang: string | undefined }; props: Q }[] {
  return LOCALES.flatMap((locale) => paths.map(({ params, props }) => ({ params: { ...params, lang: localeParam(locale) }, props })));
}
