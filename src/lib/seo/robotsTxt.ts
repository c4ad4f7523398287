import { filePaths, underBase } from '../paths.ts';

/**
 * The text of robots.txt: every crawler may read every page (a public document); with the
 * site's address, the sitemap's absolute URL. Under a sub-path the file is not where crawlers
 * look (only /robots.txt at the host's root), which the file says for whoever installs it.
 */
export function robotsTxt({ home, base }: { home: string | null; base: string }): string {
  const lines = ['# A public document, open to every crawler.', 'User-agent: *', 'Allow: /'];
  if (home) {
    if (base !== '/') lines.push(`# Crawlers read robots.txt only at the root of a host: copy the Sitemap line below into the host's /robots.txt.`);
    lines.push(`Sitemap: ${new URL(underBase(base, filePaths.sitemapIndex()), home).href}`);
  }
  return `${lines.join('\n')}\n`;
}
