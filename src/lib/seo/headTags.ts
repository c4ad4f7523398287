/**
 * The tags in a page's head that tell search engines and chat apps what the page is: its
 * canonical URL, its editions (hreflang, x-default = the Simplified original), and the share
 * card (Open Graph, read by most apps, and Twitter's own names). Computed in one place from the
 * page's path, edition and the site's address; src/layouts/Base.astro writes them.
 *
 * Canonical, og:url and the share image need absolute URLs (search engines and card readers
 * ignore or misread relative ones), so without an address they are left out rather than
 * written wrong; hreflang links then stay relative, as every other link. Nothing here names a
 * host unless the site has an address.
 */
import { LOCALE_INFO, LOCALES, type Locale } from '../i18n/locales.ts';

export interface HeadTag {
  element: 'link' | 'meta';
  attributes: Readonly<Record<string, string>>;
}

/** The share image: one for the site (public/share.png). */
export interface ShareImage {
  /** Its URL path with the base, as paths.file() gives it. */
  path: string;
  width: number;
  height: number;
  /** Its media type, e.g. image/png. */
  type: string;
  /** What it shows, for readers who do not see it. */
  alt: string;
}

export interface PageHead {
  /** The site's home page URL (Astro.site), or null when the build has no public address. */
  home: string | null;
  /** The page's URL path as served, with the base: "/hengqin/zh-hant/measures/1/". */
  path: string;
  locale: Locale;
  /** The page's URL path in each edition, or null for a page in one edition only (404). */
  editions: Readonly<Record<Locale, string>> | null;
  /** The page's own title, without the site's name. */
  title: string;
  description: string;
  siteName: string;
  image: ShareImage;
  /**
   * False for a page that must stay out of search (404): it says noindex and names no
   * canonical or share URL, which would claim an address the page does not own.
   */
  indexable: boolean;
}

const link = (attributes: Record<string, string>): HeadTag => ({ element: 'link', attributes });
const meta = (attributes: Record<string, string>): HeadTag => ({ element: 'meta', attributes });
const property = (name: string, content: string) => meta({ property: name, content });
const named = (name: string, content: string) => meta({ name, content });

/** Every head tag of the page, in the order they are written. */
export function headTags(page: PageHead): HeadTag[] {
  const { home, editions, image } = page;
  const absolute = (path: string) => (home ? new URL(path, home).href : null);
  const own = page.indexable ? absolute(page.path) : null;
  const imageUrl = absolute(image.path);
  const tags: HeadTag[] = [];

  if (!page.indexable) tags.push(named('robots', 'noindex'));
  if (own) tags.push(link({ rel: 'canonical', href: own }));
  if (editions) {
    const href = (path: string) => absolute(path) ?? path;
    for (const locale of LOCALES) tags.push(link({ rel: 'alternate', hreflang: LOCALE_INFO[locale].htmlLang, href: href(editions[locale]) }));
    tags.push(link({ rel: 'alternate', hreflang: 'x-default', href: href(editions['zh-CN']) }));
  }

  tags.push(
    property('og:type', 'website'),
    property('og:site_name', page.siteName),
    property('og:title', page.title),
    property('og:description', page.description),
    property('og:locale', LOCALE_INFO[page.locale].ogLocale),
  );
  if (editions) for (const locale of LOCALES) if (locale !== page.locale) tags.push(property('og:locale:alternate', LOCALE_INFO[locale].ogLocale));
  if (own) tags.push(property('og:url', own));
  if (imageUrl) {
    tags.push(
      property('og:image', imageUrl),
      property('og:image:type', image.type),
      property('og:image:width', String(image.width)),
      property('og:image:height', String(image.height)),
      property('og:image:alt', image.alt),
    );
  }

  // Twitter reads og: tags where its own are missing, but not the card type; its own names
  // are written too, since some readers take only these.
  tags.push(named('twitter:card', imageUrl ? 'summary_large_image' : 'summary'), named('twitter:title', page.title), named('twitter:description', page.description));
  if (imageUrl) tags.push(named('twitter:image', imageUrl), named('twitter:image:alt', image.alt));
  return tags;
}
