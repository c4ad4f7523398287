import { chromium } from 'playwright-core';
import { serveStatic } from '/work/wt/search/tests/e2e/support/staticServer.ts';
const server = await serveStatic('/work/wt/search/dist-search', '/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`${server.origin}/search/`);
const out = await page.evaluate(async () => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.init();
  const a = await pf.search('工商局');
  const b = await pf.search('工商局', { filters: { not: { kind: 'department' } } });
  const c = await pf.search('工商局', { filters: { none: [{ kind: 'department' }] } });
  const d = await pf.search('工商局', { filters: { kind: 'measure' } });
  return [a.results.length, b.results.length, c.results.length, d.results.length];
});
console.log(out);
await browser.close(); await server.close();
