/**
 * The site built under a sub-path (BASE_PATH=/hengqin/, as on an intranet host), searched in
 * the browser: the index stores site paths and the page adds the base, so this is where a
 * result link without /hengqin/ would show. `npm test` builds the sub-path site into
 * `<OUT_DIR>-sub` before the browser tests run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, pathInLocale } from '../../src/lib/i18n/locales.ts';
import type { Department } from '../../src/lib/plan/schema.ts';
import { getBrowser } from './support/browser.ts';
import { builtRoot } from './support/builtSite.ts';
import { serveStatic } from './support/staticServer.ts';

const BASE = '/hengqin/';
const root = `${builtRoot()}-sub`;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/ has no sub-path build: run \`BASE_PATH=${BASE} OUT_DIR=${root} npm run build\` (npm test does)`);
  }
  server = await serveStatic(root, BASE);
});
afterAll(() => server?.close());

describe('search on a site served under /hengqin/', () => {
  const departments: Department[] = JSON.parse(readFileSync(path.join(root, 'data/departments.json'), 'utf8'));
  const department = departments.find((d) => d.side === 'district')!;

  for (const locale of LOCALES) {
    it(`links each ${locale} result to its page under the base, and the link works`, async () => {
      const context = await (await getBrowser()).newContext();
      try {
        const page = await context.newPage();
        const searchPath = `${BASE}${pathInLocale('/search/', locale).slice(1)}?q=${encodeURIComponent(department.name)}`;
        await page.goto(new URL(searchPath, server.origin).href);
        const first = page.locator('[data-list] a.result-title').first();
        await first.waitFor();
        const href = new URL((await first.getAttribute('href'))!, server.origin).pathname;
        expect(href).toBe(`${BASE}${pathInLocale(`/departments/${department.slug}/`, locale).slice(1)}`);
        const response = await page.goto(new URL(href, server.origin).href);
        expect(response?.status()).toBe(200);
      } finally {
        await context.close();
      }
    });
  }
});
