/**
 * node scripts/check-links.ts [--base /hengqin/] [DIR]
 *
 * Checks every internal link and #fragment of a built site (DIR, or OUT_DIR, or dist/) served
 * locally under its base path (BASE_PATH or --base), the way a reader's browser would follow
 * them. Links to other hosts are not followed. Prints each broken link with the page it is on
 * and exits 1 if there is any.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LinkChecker, LinkState } from 'linkinator';
import { builtPages } from '../tests/e2e/support/builtSite.ts';
import { serveStatic } from '../tests/e2e/support/staticServer.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { base: { type: 'string' } } });
const root = path.resolve(positionals[0] ?? process.env.OUT_DIR ?? 'dist');
const base = `/${(values.base ?? process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/gu, '')}/`.replace(/^\/\/$/u, '/');

// 1. Serve the build as a static host would, under its base.
const server = await serveStatic(root, base);
try {
  // 2. Start from every page in the build (not only those linked from home), and follow links from there.
  const starts = builtPages(root).map((page) => `${server.origin}${base}${page.slice(1)}`);
  const result = await new LinkChecker().check({
    path: starts,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 16,
    timeout: 30_000,
    linksToSkip: async (link) => !link.startsWith(`${server.origin}/`),
  });

  // 3. Report each broken target once, with how many pages link to it and a few of them.
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
  const checked = result.links.filter((link) => link.state === LinkState.OK).length;
  const local = (url = '') => url.replace(server.origin, '');
  const why = (link: (typeof broken)[number]) =>
    link.status && link.status < 400 ? 'no element with this id' : link.status ? `HTTP ${link.status}` : 'no response';
  const byTarget = Map.groupBy(broken, (link) => `${local(link.url)} (${why(link)})`);
  for (const [target, links] of byTarget) {
    const pages = links.map((link) => local(link.parent));
    console.error(`✗ ${target} linked from ${pages.length} page(s): ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ', …' : ''}`);
  }
  console.log(`${checked} internal links and fragments OK from ${starts.length} pages under ${base}; ${broken.length} broken`);
  process.exitCode = broken.length === 0 && starts.length > 0 ? 0 : 1;
} finally {
  await server.close();
}
