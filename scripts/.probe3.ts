import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/support/staticServer.ts';
const server = await serveStatic('dist-search', '/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`${server.origin}/search/`);
console.log(await page.evaluate(async (q) => {
  const pf = await import('/pagefind/pagefind.js');
  const r = await pf.search(q);
  const d = await Promise.all(r.results.slice(0, 3).map((x: any) => x.data()));
  return JSON.stringify(d.map((x: any) => ({ url: x.url, content: x.content.slice(0, 700), meta: Object.keys(x.meta) })), null, 1);
}, process.argv[2]));
await browser.close(); await server.close();
