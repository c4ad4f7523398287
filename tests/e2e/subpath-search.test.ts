/**
 * The site built under a sub-path (BASE_PATH=/hengqin/, as on an intranet host), searched in
 * the browser: the index stores site paths and the page adds the base, so this is where a
 * result link without /hengqin/ would show. `npm test` builds the sub-path site into
 * `<OUT_DIR>-sub` before the browser tests run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, pathInLocale } from '../../src/lib/i18n/locales.ts';
import type { Department } from '../../src/lib/plan/schema.ts';
import { getBrowser, site } from './support/browser.ts';
import { builtRoot } from './support/builtSite.ts';
import { siteBuild } from './support/sites.ts';

const BASE = siteBuild('sub').base;
const root = builtRoot('sub');

beforeAll(() => {
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${root}/ has no sub-path build: run \`node tests/e2e/support/buildSite.ts --site sub\` (npm test does)`);
});

describe('search on a site served under /hengqin/', () => {
  const departments: Department[] = JSON.parse(readFileSync(path.join(root, 'data/departments.json'), 'utf8'));
  const department = departments.find((d) => d.side === 'district')!;

  for (const locale of LOCALES) {
    it(`links each ${locale} result to its page under the base, and the link works`, async () => {
      const context = await (await getBrowser()).newContext();
      try {
        const page = await context.newPage();
        await page.goto(site(`${pathInLocale('/search/', locale)}?q=${encodeURIComponent(department.name)}`, 'sub'));
        const first = page.locator('[data-list] a.result-title').first();
        await first.waitFor();
        const href = new URL((await first.getAttribute('href'))!, page.url()).pathname;
        expect(href).toBe(`${BASE}${pathInLocale(`/departments/${department.slug}/`, locale).slice(1)}`);
        const response = await page.goto(new URL(href, page.url()).href);
        expect(response?.status()).toBe(200);
      } finally {
        await context.close();
      }
    });
  }
});
