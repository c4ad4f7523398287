// scratch probe (not committed): raw Pagefind order for queries
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/support/staticServer.ts';
const root = process.env.OUT_DIR ?? 'dist-search';
const server = await serveStatic(root, '/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`${server.origin}/search/`);
const queries = process.argv.slice(2);
for (const q of queries) {
  const out = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    const opts = (globalThis as any).__opts;
    await pf.options({ ranking: { metaWeights: {"title":2,"name":10,"namewords":10,"namekeys":6,"terms":3,"text":0,"facts":0}, ...(opts ?? {}) } });
    const r = await pf.search(q);
    const top = await Promise.all(r.results.slice(0, 12).map(async (x: any) => { const d = await x.data(); return `${x.score.toFixed(2)} ${d.url} ${d.meta.title}`; }));
    return `${q}: ${r.results.length}\n  ${top.join('\n  ')}`;
  }, q);
  console.log(out);
}
await browser.close(); await server.close();
