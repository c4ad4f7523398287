import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { sitemapLocales, SITEMAP_NAME, withDefaultAlternate } from '../lib/seo/sitemapEntries.ts';
import type { SiteAddress } from '../lib/siteAddress.ts';
import { indexablePages } from '../lib/site/sitemapFilter.ts';

/**
 * What makes the site found from its public address: with one, a sitemap (an index and its
 * files, by @astrojs/sitemap) of every indexable page of both editions, each with its other
 * edition and x-default; the pages' own head tags come from src/layouts/Base.astro. Either way
 * the build says in one line whether it has an address, and so whether it wrote them.
 */
export function findability(address: SiteAddress, outDir: string): AstroIntegration[] {
  const notice: AstroIntegration = {
    name: 'site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        logger.info(
          address.home
            ? `public address ${address.home} (from ${address.from}): canonical URLs, share cards, structured data and a sitemap`
            : 'no public address (url in site.config.json, or SITE_URL): no canonical URLs, share URLs, structured data or sitemap, and no absolute URL is written',
        );
      },
    },
  };
  if (!address.home) return [notice];
  return [
    notice,
    sitemap({
      filenameBase: SITEMAP_NAME,
      i18n: sitemapLocales(),
      filter: indexablePages(outDir, address.home),
      serialize: withDefaultAlternate,
      // Only the alternates' namespace: the site has no news, image or video entries to declare.
      namespaces: { news: false, image: false, video: false, xhtml: true },
    }),
  ];
}
