/**
 * The site's public address and its base path, worked out once for astro.config.mjs from
 * what the publisher wrote (`url` in site.config.json), what one build says (SITE_URL,
 * BASE_PATH) and nothing else. Pure: the config passes the values in.
 *
 * The rules, in order:
 * - SITE_URL, when set, replaces the config's `url` for this build; set but empty, it means
 *   "no address" (an intranet or preview build of a site whose config names its public one).
 * - The address is the home page of the Simplified edition: `https://example.gov.cn/hengqin/`
 *   says the site is served under /hengqin/, so that is the base unless BASE_PATH says one.
 * - BASE_PATH may name the sub-path when the address is a bare host (`https://example.gov.cn/`
 *   with BASE_PATH=/hengqin/ is the same site as above). A BASE_PATH that contradicts the
 *   address's own sub-path is a mistake: every canonical URL and sitemap entry would name
 *   pages that are not served there, so it stops the build.
 */

export interface AddressInputs {
  /** `url` from site.config.json: the published address, or null. */
  configUrl: string | null;
  /** SITE_URL from the environment, as given (undefined when unset). */
  siteUrl: string | undefined;
  /** BASE_PATH from the environment, as given (undefined when unset). */
  basePath: string | undefined;
}

export interface SiteAddress {
  /**
   * The absolute URL of the Simplified home page, ending in "/" (Astro's `site`), or null when
   * the build has no public address: then nothing the build writes names a host.
   */
  home: string | null;
  /** The base path every page sits under, "/" or "/hengqin/" (Astro's `base`). */
  base: string;
  /** Where the address came from, for the build's one line about it. */
  from: 'SITE_URL' | 'site.config.json' | null;
}

/** "/hengqin", "hengqin/", "/hengqin/" → "/hengqin/"; "" and "/" → "/". */
export function normaliseBase(value: string): string {
  const inner = value.trim().replace(/^\/+|\/+$/gu, '');
  return inner ? `/${inner}/` : '/';
}

/** The address checked, its path ending in "/"; a value that is not one throws, naming the setting. */
function parseAddress(value: string, name: string): URL {
  const url = URL.parse(value.trim());
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new Error(`${name}: not an http(s) address: ${JSON.stringify(value)}`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`${name}: the site's address takes no query, fragment or user name: ${JSON.stringify(value)}`);
  url.pathname = normaliseBase(url.pathname);
  return url;
}

/** The public address and base of this build (see the rules above); a contradiction throws, naming both settings. */
export function resolveSiteAddress({ configUrl, siteUrl, basePath }: AddressInputs): SiteAddress {
  const given = siteUrl !== undefined ? siteUrl.trim() : configUrl;
  const from = siteUrl !== undefined ? 'SITE_URL' : 'site.config.json';
  const explicitBase = basePath !== undefined && basePath.trim() !== '' ? normaliseBase(basePath) : null;
  if (!given) return { home: null, base: explicitBase ?? '/', from: null };

  const url = parseAddress(given, from === 'SITE_URL' ? 'SITE_URL' : 'site.config.json: url');
  const ownPath = url.pathname;
  if (explicitBase && ownPath !== '/' && ownPath !== explicitBase) {
    throw new Error(
      `${from === 'SITE_URL' ? 'SITE_URL' : 'site.config.json: url'} ${url.href} is served under ${ownPath}, but BASE_PATH is ${explicitBase}: ` +
        'set BASE_PATH to the same path, or leave it unset (the address implies it)',
    );
  }
  const base = explicitBase ?? ownPath;
  return { home: new URL(base, url).href, base, from };
}
