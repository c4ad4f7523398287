/**
 * The responsibility network's budgets, measured on a built site (prints figures, fails
 * nothing: budgets are checked by people reading the numbers, not by timed tests):
 *
 *   OUT_DIR=dist node scripts/measure-network.ts
 *
 *   1. serve the build and open /network/ in Chromium
 *   2. JavaScript: every script the page actually loads, gzipped (level 9), against 60 KB
 *   3. first paint: the drawing's node positions before and after the script has run
 *      (equal means the browser computed no layout)
 *   4. hover: time of the highlight handler (a synchronous pointerover on each node) and of
 *      handler + style recalculation, against one 60 Hz frame (16.7 ms). CPU throttling is
 *      not used: Chromium throttles by pausing the page now and then, which says nothing
 *      about handlers this short.
 */
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../tests/e2e/support/findChromium.ts';
import { serveStatic } from '../tests/e2e/support/staticServer.ts';

const JS_BUDGET = 60 * 1024;
const FRAME_MS = 1000 / 60;
const root = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');

const executablePath = findChromium();
if (!executablePath) throw new Error(`No Chromium found. ${INSTALL_HINT}`);

// 1. The page, served the way a static host would.
const server = await serveStatic(root, base);
const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts: { url: string; gzip: number; raw: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body();
    scripts.push({ url: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length, raw: body.length });
  });
  const served = await (await fetch(`${server.origin}${base}network/`)).text();
  await page.goto(`${server.origin}${base}network/`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => customElements.get('network-graph') !== undefined);

  // 2. JavaScript loaded by the page.
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log('JavaScript loaded by /network/:');
  for (const s of scripts) console.log(`  ${kb(s.gzip).padStart(8)} gz ${kb(s.raw).padStart(8)} raw  ${s.url}`);
  console.log(`  total ${kb(total)} gzipped; budget ${kb(JS_BUDGET)}: ${total <= JS_BUDGET ? 'within' : 'OVER'}`);

  // 3. Node positions in the served HTML and in the live page once the script has run.
  const positions = await page.evaluate((html) => {
    const read = (root: ParentNode) =>
      [...root.querySelectorAll('#network svg.network-svg a.node > :is(circle, rect)')].map((m) =>
        ['cx', 'cy', 'x', 'y'].map((name) => m.getAttribute(name) ?? '').join(','),
      );
    return { served: read(new DOMParser().parseFromString(html, 'text/html')), live: read(document) };
  }, served);
  const same = positions.live.length > 0 && JSON.stringify(positions.live) === JSON.stringify(positions.served);
  console.log(`First paint: ${positions.live.length} nodes, positions ${same ? 'identical to the served HTML (no layout in the browser)' : 'CHANGED by the script'}`);

  // 4. Hover timing, per node: handler alone, then with the style recalculation it causes.
  //    Five rounds; each node's fastest round is what the code costs, the slowest samples
  //    also carry whatever else the machine was doing (reported apart, not hidden).
  const timings = await page.evaluate((rounds) => {
    const svg = document.querySelector('#network svg.network-svg')!;
    const nodes = [...svg.querySelectorAll<SVGAElement>('a.node')];
    const samples = nodes.map(() => ({ handler: [] as number[], withStyle: [] as number[] }));
    for (let round = 0; round < rounds; round++) {
      nodes.forEach((node, i) => {
        const target = node.querySelector('circle, rect')!;
        const t0 = performance.now();
        target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
        const t1 = performance.now();
        void getComputedStyle(svg.querySelector('.edge')!).opacity; // forces the style recalculation
        const t2 = performance.now();
        samples[i]!.handler.push(t1 - t0);
        samples[i]!.withStyle.push(t2 - t0);
        svg.dispatchEvent(new PointerEvent('pointerleave'));
        void getComputedStyle(svg.querySelector('.edge')!).opacity;
      });
    }
    return samples;
  }, 5);
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`;
  };
  const best = (kind: 'handler' | 'withStyle') => timings.map((t) => Math.min(...t[kind]));
  const all = (kind: 'handler' | 'withStyle') => timings.flatMap((t) => t[kind]);
  const worstBest = Math.max(...best('withStyle'));
  console.log(`Hover highlight over ${timings.length} nodes, 5 rounds (one 60 Hz frame = ${FRAME_MS.toFixed(1)} ms):`);
  console.log(`  handler, best of 5 per node:          ${stats(best('handler'))}`);
  console.log(`  handler + style, best of 5 per node:  ${stats(best('withStyle'))}  (${worstBest <= FRAME_MS ? 'within' : 'OVER'} one frame)`);
  console.log(`  handler, every sample:                ${stats(all('handler'))}`);
  console.log(`  handler + style, every sample:        ${stats(all('withStyle'))}`);
} finally {
  await browser.close();
  await server.close();
}
