/**
 * npm run screenshots -- [--site NAME] [--out DIR] [--full] [--sizes 360x740,1280x800] [PATH ...]
 *
 * Screenshots of built pages for people to look at (nothing is compared): each PATH (a site
 * path such as /source/ or "/search/?q=工商局"), or without paths the first page of every
 * route, in both editions, at a phone's and a desktop's size, in the light and the dark
 * scheme, into DIR (test-results/screenshots/). The site is a registered build
 * (tests/e2e/support/sites.ts, `site` by default) served locally as the tests serve it; build
 * it first. --full takes the whole page, not only the first screen. Prints each file written.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { LOCALES, pathInLocale } from '../src/lib/i18n/locales.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/e2e/support/findChromium.ts';
import { builtPages, builtRoutes, pageOfFile } from '../tests/e2e/support/builtSite.ts';
import { siteBuild, siteRoot } from '../tests/e2e/support/sites.ts';
import { serveStatic } from '../tests/e2e/support/staticServer.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    site: { type: 'string', default: 'site' },
    out: { type: 'string', default: 'test-results/screenshots' },
    full: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '360x740,1280x800' },
  },
});
const build = siteBuild(values.site!);
const root = siteRoot(build.name);
const sizes = values.sizes!.split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  if (!width || !height) throw new Error(`--sizes: "${size}" is not WIDTHxHEIGHT`);
  return { width, height };
});

// 1. The pages: those asked for, or the first page of every route in the root edition
//    (each is then taken in every edition), or every page when the build has no route map.
const routes = builtRoutes(root);
const rootEdition = (page: string) => pathInLocale(page, LOCALES[0]);
const asked = positionals.length > 0 ? positionals : routes ? Object.values(routes).flatMap((files) => (files.length > 0 ? [pageOfFile([...files].sort()[0]!)] : [])) : builtPages(root);
const pages = [...new Set(asked.map(rootEdition))].sort();

// 2. One browser, one context per size and scheme; a phone gets touch, as a reader's does.
const folder = path.resolve(values.out!);
mkdirSync(folder, { recursive: true });
const server = await serveStatic(root, build.base);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const name = (page: string) => page.replace(/[?#].*$/u, (query) => `-${query.slice(1)}`).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '') || 'home';
try {
  for (const size of sizes) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: size, colorScheme, hasTouch: size.width < 600, isMobile: size.width < 600 });
      const tab = await context.newPage();
      for (const page of pages) {
        for (const locale of LOCALES) {
          const url = new URL(`${build.base}${pathInLocale(page, locale).slice(1)}`, server.origin).href;
          await tab.goto(url, { waitUntil: 'load' });
          // Settled, as the phone-layout test waits: fonts in, every custom element defined, nothing
          // aria-busy, and a search in the address shown (taken earlier, it is half-drawn).
          // (Synchronous: waitForFunction takes a returned promise for a truthy answer.)
          await tab.waitForFunction(() => {
            if (document.fonts.status !== 'loaded') return false;
            const tags = new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.includes('-')));
            const search = document.querySelector<HTMLElement>('site-search');
            const searchShown = !search || !new URLSearchParams(location.search).get('q') || search.dataset['shown'] !== undefined;
            return [...tags].every((tag) => customElements.get(tag)) && !document.querySelector('[aria-busy="true"]') && searchShown;
          }, null, { timeout: 30_000 });
          const file = path.join(folder, `${name(page)}-${locale}-${size.width}-${colorScheme}.png`);
          await tab.screenshot({ path: file, fullPage: values.full });
          console.log(path.relative('.', file));
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
