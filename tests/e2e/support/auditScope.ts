/**
 * What the page audits cover. In `npm test`, a sample of each audited site's pages (every
 * route in every edition, its first and its largest page: tests/e2e/audit/checks/auditSample.ts);
 * with AUDIT=all (`npm run audit`), every page. A build not made by buildSite.ts has no route
 * map, and then every page is audited too: a sample is only taken where it is known to cover
 * every route.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LOCALE_INFO } from '../../../src/lib/i18n/locales.ts';
import { auditSample } from '../audit/checks/auditSample.ts';
import { builtFiles, builtRoutes, pageOfFile } from './builtSite.ts';
import { SITES, siteRoot, type SiteBuild } from './sites.ts';

export const AUDIT_ALL = process.env['AUDIT'] === 'all';

const SEGMENTS = Object.values(LOCALE_INFO).flatMap((info) => (info.segment ? [info.segment] : []));

export interface AuditScope {
  site: SiteBuild;
  root: string;
  /** Whether these are all its pages or a sample. */
  every: boolean;
  /** The HTML files to audit, relative to the root. */
  files: string[];
  /** The same as site paths ("/measures/1/"). */
  pages: string[];
}

/** The audited sites that are built, each with the pages to audit. */
export function auditScopes(): AuditScope[] {
  return SITES.filter((site) => site.audited && existsSync(path.join(siteRoot(site.name), 'index.html'))).map((site) => {
    const root = siteRoot(site.name);
    // A redirect page (an old one-plan address of a site with several plans) leaves for its
    // target as soon as it opens: there is nothing of its own to audit in a browser.
    const html = builtFiles(root).filter((file) => file.endsWith('.html') && !readFileSync(path.join(root, file), 'utf8').includes('http-equiv="refresh"'));
    const routes = AUDIT_ALL ? null : builtRoutes(root);
    const files = routes ? auditSample(html.map((file) => ({ file, bytes: statSync(path.join(root, file)).size })), routes, SEGMENTS, { pick: site.sample ?? 'first and largest' }) : html;
    return { site, root, every: files.length === html.length, files, pages: files.map(pageOfFile) };
  });
}
