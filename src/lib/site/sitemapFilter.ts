/**
 * The sitemap's filter, which reads the pages the build just wrote: @astrojs/sitemap runs when
 * the build is done and hands each URL to it. A URL stays when it is an HTML page whose head
 * lets search engines index it (src/lib/seo/sitemapEntries.ts), so the rule follows the pages
 * (the 404 page, any redirect page) instead of a list of paths.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isIndexable, sitemapFileOf } from '../seo/sitemapEntries.ts';

/** Keeps the URLs of indexable HTML pages built into `outDir` for the site at `home`. */
export function indexablePages(outDir: string, home: string): (url: string) => boolean {
  const root = path.resolve(outDir);
  return (url) => {
    const file = sitemapFileOf(url, home);
    if (file === null) return false;
    const full = path.join(root, file);
    return existsSync(full) && isIndexable(readFileSync(full, 'utf8'));
  };
}
