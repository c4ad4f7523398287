/**
 * npm run bench [-- --runs 5] [-- --factors 1,10,30] [-- --keep] [-- --build-only] [-- --import-only] [-- --plans-only]
 *
 * Measures the site against its budgets, prints tables and writes bench.json:
 *
 *   1. build time of the whole site (`npm run build`: seeds parsed by the content loader,
 *      pages, search index) against a bare Astro project with the same number of trivial pages, both built
 *      `runs` times, alternating; budget: median ratio ≤ 2.0. Also built: the same trivial
 *      pages with this site's tools (a content collection, MDX, a Pagefind index), to show how
 *      much of the ratio the tools take before any real page is rendered. And the peer: a
 *      Starlight site (its built-in Pagefind search) made from the same parsed plan, one page
 *      per measure and department in both editions, as many pages (src/lib/bench/
 *      starlightPeer.ts), Starlight installed with npm into its temporary folder; budget: this
 *      site's build ≤ 0.75× the peer's, in the same run
 *   2. bytes per page type, gzipped, as a phone downloads them on first visit (HTML, CSS, JS,
 *      other), and JS per page type; budgets: measure and department pages ≤ 30 KB with no
 *      JS at load, network ≤ 100 KB
 *   3. search: index size on disk, bytes fetched for a first query
 *   4. growth: synthetic seeds with 10× and 30× the measures and departments (scripts/
 *      generate-seed.ts), parsed and built for real; build time, /network/ and the largest
 *      network page of a task or area at each size; budgets: build time grows no faster than
 *      the data, every network page ≤ 100 KB up to 10×
 *
 *   0. import: the plan written as .docx, .xlsx and an 11-page PDF (the round trips' files),
 *      each imported by `npm run import` in a fresh process; budgets: PDF ≤ 3 s, Word and
 *      Excel ≤ 1 s; with LibreOffice also .doc, .wps, .xls and .et, without a budget
 *      (scripts/bench/importSpeed.ts)
 *
 * --build-only measures the build times (1) and stops; --import-only measures the import (0) and stops;
 * --plans-only measures the several-plans case (5: ten plans of 100 measures against one plan of
 * 1,000, each built once, and the first search query on each) and stops.
 *
 * Everything is built in a temporary folder (SEEDS_DIR, OUT_DIR), so dist/ is never touched. Exits 1 if a budget is missed. Other work on the machine
 * slows builds: run it on an idle machine for figures worth comparing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { formatTable } from './bench/formatTable.ts';
import { pagefindBinary } from '../src/lib/site/pagefindBinary.ts';
import { buildPhases, type BuildPhases } from './bench/buildPhases.ts';
import { growthRatios } from './bench/growthRatios.ts';
import { importSpeed } from './bench/importSpeed.ts';
import { planSeed } from './bench/plansSeed.ts';
import { scaleAliasTable } from './bench/scaleSeed.ts';
import { stringify } from 'yaml';
import { readPlan } from '../src/lib/site/readPlan.ts';
import { STARLIGHT_VERSION, starlightPeer } from './bench/starlightPeer.ts';
import { toTraditional } from '../src/lib/i18n/toTraditional.ts';
import { parseAliasTable, parsePlan } from '../src/lib/seed/index.ts';
import { builtFiles, builtPages } from '../tests/e2e/support/builtSite.ts';
import { findChromium, INSTALL_HINT } from '../tests/e2e/support/findChromium.ts';
import { serveStatic } from '../tests/e2e/support/staticServer.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, 'build-only': { type: 'boolean', default: false }, 'import-only': { type: 'boolean', default: false }, 'plans-only': { type: 'boolean', default: false }, factors: { type: 'string', default: '1,10,30' }, keep: { type: 'boolean', default: false } },
});
const RUNS = Math.max(1, Number(values.runs));
const FACTORS = [...new Set([1, ...values.factors!.split(',').map(Number)])].sort((a, b) => a - b);
const KB = 1024;
const BUDGET = { buildRatio: 2.0, peerRatio: 0.75, growth30: 20, readingPageKB: 30, networkKB: 100 };

const ROOT = process.cwd();
const ASTRO = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'hengqin-bench-'));
const chromePath = findChromium();
if (!chromePath) throw new Error(`the benchmark measures pages in Chromium. ${INSTALL_HINT}`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const kb = (bytes: number) => round(bytes / KB);

interface Timing {
  /** Wall-clock seconds: what the budget is about. */
  seconds: number;
  /** CPU seconds (user + system) of the command and the processes it waited for: less swayed by other work on the machine. */
  cpu: number;
  /** What the command printed. */
  output?: string;
}

/**
 * Runs a command to completion and times it. bash's `times` gives the CPU time of everything
 * the command ran (npm, node, the Pagefind binary); its output is hidden unless it fails.
 */
function timed(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Timing {
  const log = path.join(work, 'command.log');
  const start = process.hrtime.bigint();
  const run = spawnSync('bash', ['-c', '"$@" >"$0" 2>&1; status=$?; times; exit $status', log, command, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const output = readFileSync(log, 'utf8');
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`);
  // The second line of `times` is the children's "user system", e.g. "0m5.246s 0m1.616s".
  const cpu = [...(run.stdout.trim().split('\n')[1] ?? '').matchAll(/(\d+)m([\d.]+)s/gu)].reduce((sum, [, m, sec]) => sum + Number(m) * 60 + Number(sec), 0);
  return { seconds, cpu, output };
}

/**
 * The steps of `npm run build` as package.json lists them (split at "&&"), so each can be
 * timed alone and the benchmark follows the build wherever it goes.
 */
const BUILD_STEPS = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build
  .split('&&')
  .map((step) => step.trim());

/**
 * Builds the site from `seedDir` into its own output folder, one build step after the other;
 * the whole build's timing is their sum. The search index is built inside `astro build`
 * (src/integrations/searchIndex.ts), which prints how long it took.
 */
function buildSite(name: string, seedDir: string): Timing & { outDir: string; steps: Timing[]; searchSeconds: number } {
  const outDir = path.join(work, `site-${name}`);
  const env = { SEEDS_DIR: seedDir, OUT_DIR: outDir, PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
  const steps = BUILD_STEPS.map((step) => timed('bash', ['-c', step], { env }));
  const searchSeconds = Number(/search index built in ([\d.]+) s/u.exec(steps.map((t) => t.output).join('\n'))?.[1] ?? NaN);
  return { outDir, steps, searchSeconds, seconds: steps.reduce((sum, t) => sum + t.seconds, 0), cpu: steps.reduce((sum, t) => sum + t.cpu, 0) };
}

/**
 * A bare Astro project with `count` trivial pages, using this repo's node_modules: the
 * fastest a site of this many pages can be built with the same Astro.
 */
function bareProject(count: number): string {
  const dir = path.join(work, 'bare');
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { trailingSlash: 'always', build: { format: 'directory' } };\n");
  writeFileSync(
    path.join(dir, 'src/pages/[n].astro'),
    `---
export const getStaticPaths = () => Array.from({ length: ${count} }, (_, i) => ({ params: { n: String(i + 1) } }));
const { n } = Astro.params;
---
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>第{n}页</title></head><body><h1>第{n}页</h1><p>一个简单的页面。</p></body></html>
`,
  );
  return dir;
}

/**
 * The same trivial pages built with the tools this site must use, as a floor for the site's
 * own build: pages listed in an Astro content collection (zod schema, as the plan's are), the
 * MDX integration, and Pagefind's extended binary indexing them as Chinese. What it costs over
 * the bare build is what the stack costs before a single real page is rendered.
 */
function stackProject(count: number): { dir: string; build: () => Timing } {
  const dir = path.join(work, 'stack');
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  mkdirSync(path.join(dir, 'src/data'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "stack", "private": true, "type": "module" }\n');
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], trailingSlash: 'always', build: { format: 'directory' } };\n",
  );
  writeFileSync(path.join(dir, 'src/data/pages.json'), JSON.stringify(Array.from({ length: count }, (_, i) => ({ id: String(i + 1), title: `第${i + 1}页` }))));
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'zod';
export const collections = { pages: defineCollection({ loader: file('src/data/pages.json'), schema: z.object({ id: z.string(), title: z.string() }) }) };
`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/[n].astro'),
    `---
import { getCollection } from 'astro:content';
export const getStaticPaths = async () => (await getCollection('pages')).map((page) => ({ params: { n: page.id }, props: { title: page.data.title } }));
const { title } = Astro.props;
---
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{title}</title></head><body><main data-pagefind-body><h1>{title}</h1><p>一个简单的页面。</p></main></body></html>
`,
  );
  const build = (): Timing => {
    const astro = timed(process.execPath, [ASTRO, 'build', '--silent'], { cwd: dir });
    const index = timed(pagefindBinary(), ['--site', 'dist', '--force-language', 'zh'], { cwd: dir });
    return { seconds: astro.seconds + index.seconds, cpu: astro.cpu + index.cpu };
  };
  return { dir, build };
}

/**
 * The peer: a Starlight site (src/lib/bench/starlightPeer.ts) made from the same parsed plan,
 * with as many pages, built with this site's Astro. Starlight and what it needs beyond this
 * project are installed with npm into the peer's folder; every other package is a link into
 * this project's node_modules, so Astro, Vite and the rest are the very copies this site uses.
 */
function peerProject(count: number): { dir: string; build: () => Timing } {
  const dir = path.join(work, 'starlight');
  const seedFiles = readdirSync(path.join(ROOT, 'seeds')).filter((name) => name.endsWith('.md')).sort();
  const plan = parsePlan(
    seedFiles.map((name) => ({ file: `seeds/${name}`, text: readFileSync(path.join(ROOT, 'seeds', name), 'utf8') })),
    parseAliasTable(readFileSync(path.join(ROOT, 'seeds/aliases.yaml'), 'utf8'), 'seeds/aliases.yaml'),
  );
  const peer = starlightPeer(plan, (text) => toTraditional(text), count);
  for (const [file, text] of peer.files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  console.log(`  installing @astrojs/starlight@${STARLIGHT_VERSION} into the peer's folder`);
  // --legacy-peer-deps: Astro itself is not installed again, but linked below.
  timed('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--legacy-peer-deps', '--prefer-offline'], { cwd: dir });
  const own = path.join(ROOT, 'node_modules');
  for (const name of readdirSync(own)) {
    if (name.startsWith('.')) continue;
    const names = name.startsWith('@') ? readdirSync(path.join(own, name)).map((sub) => `${name}/${sub}`) : [name];
    for (const entry of names) {
      const target = path.join(dir, 'node_modules', entry);
      if (existsSync(target)) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      symlinkSync(path.join(own, entry), target, 'dir');
    }
  }
  // At the default log level, like the site's own build: both print the phase lines buildPhases reads.
  const build = (): Timing => timed(process.execPath, [ASTRO, 'build'], { cwd: dir });
  if (peer.pages !== count) throw new Error(`the Starlight peer would have ${peer.pages} pages, not ${count}`);
  return { dir, build };
}

interface Weight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  /** Requests under /pagefind/, gzipped bytes. */
  search: number;
  requests: number;
  domNodes: number;
}

/**
 * What a first visit to `url` downloads until the network is idle, gzipped as a host would
 * send it, by kind. Each visit has a fresh context: nothing is cached. With `awaitPath`, the
 * visit lasts until a response under that path has come (e.g. the search results' fragments)
 * and a second has passed without another.
 */
async function pageWeight(browser: Browser, url: string, awaitPath?: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
  const page = await context.newPage();
  const weight: Weight = { html: 0, css: 0, js: 0, other: 0, total: 0, search: 0, requests: 0, domNodes: 0 };
  const pending: Promise<void>[] = [];
  let awaited = false;
  let lastResponse = Date.now();
  page.on('response', (response) => {
    lastResponse = Date.now();
    if (awaitPath && new URL(response.url()).pathname.includes(awaitPath)) awaited = true;
    pending.push(
      response.body().then(
        (body) => {
          const bytes = gzipSync(body).length;
          const type = response.request().resourceType();
          const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
          weight[kind] += bytes;
          weight.total += bytes;
          weight.requests += 1;
          if (new URL(response.url()).pathname.includes('/pagefind/')) weight.search += bytes;
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (awaitPath) {
    const deadline = Date.now() + 60_000;
    while ((!awaited || Date.now() - lastResponse < 1000) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (!awaited) throw new Error(`${url}: nothing under ${awaitPath} was fetched within a minute`);
  }
  weight.domNodes = await page.evaluate(() => document.querySelectorAll('*').length);
  await Promise.all(pending);
  await context.close();
  return weight;
}

/** The page of each type in a build, picked from its own open data; null where the page is not built. */
function pageTypes(outDir: string): Record<string, string | null> {
  const measures = JSON.parse(readFileSync(path.join(outDir, 'data/measures.json'), 'utf8')) as { id: number }[];
  const departments = JSON.parse(readFileSync(path.join(outDir, 'data/departments.json'), 'utf8')) as { slug: string }[];
  const built = new Set(builtPages(outDir));
  const candidates = {
    home: '/',
    measure: `/measures/${measures[0]!.id}/`,
    department: `/departments/${departments[0]!.slug}/`,
    network: '/network/',
    timeline: '/timeline/',
    search: '/search/',
  };
  return Object.fromEntries(Object.entries(candidates).map(([type, sitePath]) => [type, built.has(sitePath) ? sitePath : null]));
}

/**
 * The heaviest network page of a task or area in a build (Simplified edition): the one with
 * the most gzipped HTML, since they all load the same CSS and script. Null when none is built.
 */
function largestNetworkSlice(outDir: string): string | null {
  const slices = builtPages(outDir).filter((sitePath) => /^\/network\/(?:tasks|areas)\/[^/]+\/$/u.test(sitePath));
  const htmlBytes = (sitePath: string) => gzipSync(readFileSync(path.join(outDir, sitePath, 'index.html'))).length;
  return slices.reduce<{ path: string | null; bytes: number }>((best, sitePath) => {
    const bytes = htmlBytes(sitePath);
    return bytes > best.bytes ? { path: sitePath, bytes } : best;
  }, { path: null, bytes: -1 }).path;
}

const dirBytes = (dir: string) => builtFiles(dir).reduce((sum, file) => sum + readFileSync(path.join(dir, file)).length, 0);

/** How many plans, of how many measures, the several-plans case builds, against one plan of all of them. */
const PLANS = { count: 10, measures: 100 };

/**
 * The several-plans case: PLANS.count plans of PLANS.measures measures each (seeds/<plan>/, the
 * real seed grown and titled apart, sharing its bodies) against one plan of as many measures in
 * all, each built once for real, and on each the first search query (a department's name, on a
 * cold cache) timed from opening /search/?q= to the results shown.
 */
async function plansScale(): Promise<Record<string, unknown>> {
  const seedFile = readdirSync('seeds').filter((name) => name.endsWith('.md')).sort()[0]!;
  const text = readFileSync(path.join('seeds', seedFile), 'utf8');
  const real = readPlan().measures.length;
  const total = PLANS.count * PLANS.measures;
  const aliases = (factor: number) => `# Synthetic (scripts/bench.ts)\n${stringify(scaleAliasTable(parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml'), factor))}`;
  const many = path.join(work, `seeds-${PLANS.count}-plans`);
  for (let k = 1; k <= PLANS.count; k++) {
    const dir = path.join(many, `plan-${String(k).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, seedFile), planSeed(text, real, PLANS.measures, k));
  }
  writeFileSync(path.join(many, 'aliases.yaml'), aliases(Math.ceil(PLANS.measures / real)));
  const one = path.join(work, 'seeds-one-plan');
  mkdirSync(one, { recursive: true });
  writeFileSync(path.join(one, seedFile), planSeed(text, real, total, 1));
  writeFileSync(path.join(one, 'aliases.yaml'), aliases(Math.ceil(total / real)));

  const browser = await chromium.launch({ executablePath: chromePath!, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const result: Record<string, unknown> = {};
  try {
    for (const [name, dir] of [[`${PLANS.count}x${PLANS.measures}`, many], [`1x${total}`, one]] as const) {
      console.log(`  building ${name} …`);
      const built = buildSite(`plans-${name}`, dir);
      const departments = JSON.parse(readFileSync(path.join(built.outDir, 'data/departments.json'), 'utf8')) as { name: string }[];
      const query = departments[0]!.name;
      const server = await serveStatic(built.outDir);
      try {
        const context = await browser.newContext();
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(() => document.querySelector<HTMLElement>('site-search')?.dataset['shown'] !== undefined, undefined, { timeout: 60_000 });
        const firstQuery = (performance.now() - start) / 1000;
        await context.close();
        result[name] = { pages: builtPages(built.outDir).length, seconds: round(built.seconds, 2), cpu: round(built.cpu, 2), searchIndexSeconds: built.searchSeconds, query, firstQuerySeconds: round(firstQuery, 2) };
      } finally {
        await server.close();
      }
      if (!values.keep) rmSync(built.outDir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  return result;
}

function printPlans(plans: Record<string, unknown>): void {
  console.log(`\nSeveral plans: ${PLANS.count} plans of ${PLANS.measures} measures against one plan of ${PLANS.count * PLANS.measures} (one build each)\n`);
  const rows = Object.entries(plans as Record<string, { pages: number; seconds: number; cpu: number; searchIndexSeconds: number; firstQuerySeconds: number }>);
  console.log(formatTable(['site', 'pages', 'build wall s', 'CPU s', 'search index s', 'first query s'], rows.map(([name, p]) => [name, p.pages, p.seconds, p.cpu, p.searchIndexSeconds, p.firstQuerySeconds])));
}

async function main(): Promise<void> {
  const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, runs: RUNS };
  const misses: string[] = [];

  if (values['plans-only']) {
    console.log(`▶ several plans: ${PLANS.count} × ${PLANS.measures} measures against 1 × ${PLANS.count * PLANS.measures}`);
    report.plans = await plansScale();
    printPlans(report.plans as Record<string, unknown>);
    writeFileSync('bench.json', `${JSON.stringify(report, null, 2)}\n`);
    console.log('\nFigures written to bench.json.');
    return;
  }

  // 0. Import: the three official files made once, each imported RUNS times in a fresh process.
  console.log(`▶ import: ${RUNS} run(s) each of npm run import on the plan as .pdf, .docx and .xlsx (and .doc, .wps, .xls, .et when LibreOffice is installed)`);
  const importLoad = loadavg()[0]!;
  const imports = await importSpeed(readPlan(), mkdtempSync(path.join(work, 'import-')), RUNS, (command, args) => timed(command, args));
  report.import = { loadAverageBefore: round(importLoad, 1), files: imports };
  for (const { format, seconds, cpu: c, budget } of imports) if (budget !== null && seconds > budget) misses.push(`importing the .${format} took ${seconds} s > ${budget} s (CPU ${c} s)`);
  const printImport = () => {
    console.log(`\nImport (median of ${RUNS}, npm run import in a fresh process)\n`);
    console.log(formatTable(['file', 'bytes', 'wall s', 'CPU s', 'budget s'], imports.map((i) => [`plan.${i.format}`, i.bytes, i.seconds, i.cpu, i.budget ?? '—'])));
    if (importLoad > 1) console.log(`Load average ${round(importLoad, 1)} on ${cpus().length} CPUs before importing: other work may have slowed these imports.`);
  };
  if (values['import-only']) {
    printImport();
    report.misses = misses;
    writeFileSync('bench.json', `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${misses.length === 0 ? 'Import budgets met.' : `Budgets missed:\n- ${misses.join('\n- ')}`}\nFigures written to bench.json.`);
    process.exitCode = misses.length === 0 ? 0 : 1;
    return;
  }

  // 1. Build time: the whole site against a bare Astro site of as many pages, alternating runs.
  console.log(`▶ build time: ${RUNS} run(s) each of the site, a Starlight site of the same plan, a bare Astro site and the same tools on trivial pages`);
  // Taken before building: during the builds their own threads keep it above the CPU count.
  const loadBefore = loadavg()[0]!;
  const siteTimes: (Timing & { steps: Timing[]; searchSeconds: number })[] = [];
  const bareTimes: Timing[] = [];
  const stackTimes: Timing[] = [];
  const peerTimes: Timing[] = [];
  let site = buildSite('1x', 'seeds');
  const pageCount = builtPages(site.outDir).length;
  const bare = bareProject(pageCount);
  const stack = stackProject(pageCount);
  const peer = peerProject(pageCount);
  for (let run = 0; run < RUNS; run++) {
    if (run > 0) site = buildSite('1x', 'seeds');
    siteTimes.push(site);
    bareTimes.push(timed(process.execPath, [ASTRO, 'build', '--silent'], { cwd: bare }));
    stackTimes.push(stack.build());
    peerTimes.push(peer.build());
  }
  for (const dir of [bare, stack.dir, peer.dir]) {
    if (builtPages(path.join(dir, 'dist')).length !== pageCount) throw new Error(`${path.basename(dir)}: did not build as many pages as the site`);
  }
  const wall = (times: Timing[]) => median(times.map((t) => t.seconds));
  const cpu = (times: Timing[]) => median(times.map((t) => t.cpu));
  const build = {
    pages: pageCount,
    siteSeconds: round(wall(siteTimes), 2),
    bareSeconds: round(wall(bareTimes), 2),
    ratio: round(wall(siteTimes) / wall(bareTimes), 2),
    siteCpuSeconds: round(cpu(siteTimes), 2),
    bareCpuSeconds: round(cpu(bareTimes), 2),
    cpuRatio: round(cpu(siteTimes) / cpu(bareTimes), 2),
    peerSeconds: round(wall(peerTimes), 2),
    peerCpuSeconds: round(cpu(peerTimes), 2),
    peerRatio: round(wall(siteTimes) / wall(peerTimes), 2),
    peerCpuRatio: round(cpu(siteTimes) / cpu(peerTimes), 2),
    stackSeconds: round(wall(stackTimes), 2),
    stackCpuSeconds: round(cpu(stackTimes), 2),
    loadAverageBefore: round(loadBefore, 1),
  };
  // Where the time goes, per phase (median over the runs of each phase on its own): the
  // rendering over the page count is the per-page cost, the rest is fixed.
  const phasesOf = (times: Timing[]) => {
    const each = times.map((t) => buildPhases(t.output ?? ''));
    const med = (key: keyof BuildPhases) => round(median(each.map((p) => p[key])), 2);
    const phases = { sync: med('sync'), bundle: med('bundle'), render: med('render'), search: med('search') };
    const fixed = round(wall(times) - phases.render, 2);
    return { ...phases, fixed, renderMsPerPage: round((phases.render * 1000) / pageCount, 2) };
  };
  const sitePhases = phasesOf(siteTimes.map((t) => ({ ...t, output: t.steps.map((step) => step.output).join('\n') })));
  const peerPhases = phasesOf(peerTimes);
  report.phases = { site: sitePhases, peer: peerPhases };
  const stepTimes = BUILD_STEPS.map((step, i) => ({ step, seconds: round(wall(siteTimes.map((t) => t.steps[i]!)), 2), cpu: round(cpu(siteTimes.map((t) => t.steps[i]!)), 2) }));
  const searchSeconds = round(median(siteTimes.map((t) => t.searchSeconds)), 2);
  report.build = { ...build, steps: stepTimes, searchSeconds, siteRuns: siteTimes.map(({ seconds, cpu: c }) => ({ seconds, cpu: c })), bareRuns: bareTimes, stackRuns: stackTimes, peerRuns: peerTimes, starlight: STARLIGHT_VERSION, budget: BUDGET.buildRatio, peerBudget: BUDGET.peerRatio };
  if (build.peerRatio > BUDGET.peerRatio) misses.push(`build time ${build.peerRatio}× the Starlight peer's > ${BUDGET.peerRatio}× (CPU time ${build.peerCpuRatio}×)`);
  if (build.ratio > BUDGET.buildRatio) misses.push(`build time ratio ${build.ratio} > ${BUDGET.buildRatio} (CPU time ratio ${build.cpuRatio})`);

  const printBuild = () => {
    console.log(`\nBuild time (median of ${RUNS}, ${build.pages} pages each)\n`);
    console.log(formatTable(
      ['build', 'wall s', 'CPU s'],
      [
        ['whole site', build.siteSeconds, build.siteCpuSeconds],
        ...stepTimes.map(({ step, seconds, cpu: c }) => [`  ${step}`, seconds, c]),
        ['    of which the search index (Pagefind, both editions)', searchSeconds, ''],
        [`Starlight ${STARLIGHT_VERSION}, the same plan, as many pages (its Pagefind included)`, build.peerSeconds, build.peerCpuSeconds],
        [`  this site against it (budget ≤ ${BUDGET.peerRatio})`, build.peerRatio, build.peerCpuRatio],
        ['bare Astro, trivial pages', build.bareSeconds, build.bareCpuSeconds],
        [`ratio (budget ≤ ${BUDGET.buildRatio})`, build.ratio, build.cpuRatio],
        ['same tools, trivial pages (content collection, MDX, Pagefind)', build.stackSeconds, build.stackCpuSeconds],
        ['  its ratio to the bare build: the floor of the budget', round(build.stackSeconds / build.bareSeconds, 2), round(build.stackCpuSeconds / build.bareCpuSeconds, 2)],
      ],
    ));
    console.log(`\nWhere the time goes (median of ${RUNS}; render per page = the rendering of every page and endpoint over ${build.pages} pages)\n`);
    console.log(formatTable(
      ['phase', 'this site s', 'Starlight s'],
      [
        ['content sync and types', sitePhases.sync, peerPhases.sync],
        ['bundling (Vite)', sitePhases.bundle, peerPhases.bundle],
        ['search index (Pagefind)', sitePhases.search, peerPhases.search],
        ['fixed: everything but rendering (start-up, the above, writing)', sitePhases.fixed, peerPhases.fixed],
        ['rendering', sitePhases.render, peerPhases.render],
        ['  ms per page', sitePhases.renderMsPerPage, peerPhases.renderMsPerPage],
      ],
    ));
    console.log('CPU s: user + system time of the command and every process it waited for, Pagefind included.');
    if (build.loadAverageBefore > 1) console.log(`Load average ${build.loadAverageBefore} on ${cpus().length} CPUs before building: other work may have slowed these builds.`);
  };
  if (values['build-only']) {
    printImport();
    printBuild();
    report.misses = misses;
    writeFileSync('bench.json', `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${misses.length === 0 ? 'Build budgets met.' : `Budgets missed:\n- ${misses.join('\n- ')}`}\nFigures written to bench.json.`);
    process.exitCode = misses.length === 0 ? 0 : 1;
    return;
  }

  // 2 and 3. Page weights and search, in Chromium against the 1× build served locally.
  const browser = await chromium.launch({ executablePath: chromePath!, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const measureBuild = async (outDir: string, paths: Record<string, string | null>) => {
    const server = await serveStatic(outDir);
    try {
      const weights: Record<string, (Weight & { path: string }) | null> = {};
      for (const [type, sitePath] of Object.entries(paths)) weights[type] = sitePath ? { path: sitePath, ...(await pageWeight(browser, server.origin + sitePath)) } : null;
      return { weights, origin: server.origin, server };
    } catch (error) {
      await server.close();
      throw error;
    }
  };
  console.log('▶ page weights and search');
  const types = pageTypes(site.outDir);
  const { weights, server } = await measureBuild(site.outDir, types);
  // A first search: the first department's name, as a reader would type it, on a cold cache.
  const departments = JSON.parse(readFileSync(path.join(site.outDir, 'data/departments.json'), 'utf8')) as { name: string }[];
  const query = departments[0]!.name;
  let search: Record<string, unknown> = { note: '/search/ is not built yet' };
  if (types.search) {
    // Results are shown once Pagefind has fetched their fragments.
    const withQuery = await pageWeight(browser, `${server.origin}/search/?q=${encodeURIComponent(query)}`, '/pagefind/fragment/');
    const indexDir = path.join(site.outDir, 'pagefind');
    search = {
      query,
      indexBytes: dirBytes(indexDir),
      indexFiles: builtFiles(indexDir).length,
      firstQueryBytes: withQuery.total - weights.search!.total,
      pagefindBytesBeforeQuery: weights.search!.search,
      pagefindBytesWithQuery: withQuery.search,
      firstQueryRequests: withQuery.requests - weights.search!.requests,
    };
  }
  await server.close();
  report.pages = weights;
  report.search = search;
  for (const type of ['measure', 'department'] as const) {
    const weight = weights[type];
    if (!weight) continue;
    if (weight.html + weight.css + weight.js > BUDGET.readingPageKB * KB) misses.push(`${type} page ${kb(weight.html + weight.css + weight.js)} KB > ${BUDGET.readingPageKB} KB`);
    if (weight.js > 0) misses.push(`${type} page loads ${kb(weight.js)} KB of JS before search is opened`);
  }
  if (weights.network && weights.network.total > BUDGET.networkKB * KB) misses.push(`network page ${kb(weights.network.total)} KB > ${BUDGET.networkKB} KB`);

  // 4. Growth: synthetic seeds at each factor, parsed and built for real.
  console.log(`▶ growth: ${FACTORS.join('×, ')}×`);
  type PageWeight = Weight & { path: string };
  const growth: { factor: number; measures: number; departments: number; pages: number; seconds: number; cpu: number; network: PageWeight | null; networkSlice: PageWeight | null }[] = [];
  for (const factor of FACTORS) {
    let outDir = site.outDir;
    let timing: Timing = { seconds: wall(siteTimes), cpu: cpu(siteTimes) };
    if (factor !== 1) {
      const seedDir = path.join(work, `seeds-${factor}x`);
      timed(process.execPath, ['scripts/generate-seed.ts', '--factor', String(factor), '--out', seedDir]);
      ({ outDir, ...timing } = buildSite(`${factor}x`, seedDir));
    }
    const data = (file: string) => (JSON.parse(readFileSync(path.join(outDir, 'data', file), 'utf8')) as unknown[]).length;
    const { weights: grown, server: grownServer } = await measureBuild(outDir, { network: pageTypes(outDir).network ?? null, networkSlice: largestNetworkSlice(outDir) });
    await grownServer.close();
    growth.push({
      factor, measures: data('measures.json'), departments: data('departments.json'), pages: builtPages(outDir).length,
      seconds: round(timing.seconds, 2), cpu: round(timing.cpu, 2), network: grown.network ?? null, networkSlice: grown.networkSlice ?? null,
    });
    console.log(`  ${factor}×: ${growth.at(-1)!.pages} pages in ${round(timing.seconds, 1)} s`);
    if (factor !== 1 && !values.keep) rmSync(outDir, { recursive: true, force: true });
  }
  await browser.close();
  const wallGrowth = growthRatios(growth.map(({ factor, seconds }) => ({ factor, value: seconds })));
  const cpuGrowth = growthRatios(growth.map(({ factor, cpu: seconds }) => ({ factor, value: seconds })));
  report.growth = growth.map((point, i) => ({ ...point, timeRatio: round(wallGrowth[i]!.ratio, 2), cpuRatio: round(cpuGrowth[i]!.ratio, 2) }));
  for (const { factor, ratio, linear } of wallGrowth) if (!linear) misses.push(`build time at ${factor}× is ${round(ratio, 2)}× the 1× time: faster than linear`);
  const at30 = wallGrowth.find(({ factor }) => factor === 30);
  if (at30 && at30.ratio > BUDGET.growth30) misses.push(`build time at 30× the data is ${round(at30.ratio, 2)}× the 1× time > ${BUDGET.growth30}× (CPU time ${round(cpuGrowth.find(({ factor }) => factor === 30)!.ratio, 2)}×)`);
  // Every network page within budget up to 10× the data: /network/ and the heaviest task or area page.
  for (const point of growth.filter(({ factor }) => factor <= 10)) {
    for (const weight of [point.network, point.networkSlice]) {
      if (weight && weight.total > BUDGET.networkKB * KB) misses.push(`network page ${weight.path} at ${point.factor}× is ${kb(weight.total)} KB > ${BUDGET.networkKB} KB: lower NETWORK_ASSIGNMENT_LIMIT (src/lib/graph/networkSlices.ts)`);
    }
  }

  // 5. Several plans: ten plans of 100 measures against one plan of 1,000.
  console.log(`▶ several plans: ${PLANS.count} × ${PLANS.measures} measures against 1 × ${PLANS.count * PLANS.measures}`);
  report.plans = await plansScale();

  // 6. The tables, bench.json, and the verdict.
  printImport();
  printBuild();
  console.log('\nFirst visit, gzipped KB (JS: before any search is opened)\n');
  console.log(formatTable(
    ['page type', 'path', 'HTML', 'CSS', 'JS', 'HTML+CSS+JS', 'other', 'requests'],
    Object.entries(weights).map(([type, w]) => (w ? [type, w.path, kb(w.html), kb(w.css), kb(w.js), kb(w.html + w.css + w.js), kb(w.other), w.requests] : [type, 'not built', '', '', '', '', '', ''])),
  ));
  if ('query' in search) {
    const s = search as { query: string; indexBytes: number; indexFiles: number; firstQueryBytes: number; pagefindBytesBeforeQuery: number; pagefindBytesWithQuery: number; firstQueryRequests: number };
    console.log(`\nSearch (Simplified edition): index ${kb(s.indexBytes)} KB on disk in ${s.indexFiles} files.`);
    console.log(`First query "${s.query}" on a cold cache: ${kb(s.firstQueryBytes)} KB in ${s.firstQueryRequests} requests beyond the empty search page; Pagefind files ${kb(s.pagefindBytesBeforeQuery)} KB before the query, ${kb(s.pagefindBytesWithQuery)} KB with it.`);
  } else console.log(`\nSearch: ${(search as { note: string }).note}`);
  console.log('\nGrowth\n');
  console.log(formatTable(
    ['data', 'measures', 'departments', 'pages', 'build wall s', 'wall ×', 'CPU s', 'CPU ×', '/network/ KB', '/network/ DOM nodes', 'largest network slice', 'slice KB', 'slice DOM nodes'],
    (report.growth as (typeof growth[number] & { timeRatio: number; cpuRatio: number })[]).map((g) => [
      `${g.factor}×`, g.measures, g.departments, g.pages, g.seconds, g.timeRatio, g.cpu, g.cpuRatio, g.network ? kb(g.network.total) : 'not built', g.network ? g.network.domNodes : '',
      g.networkSlice?.path ?? 'none built', g.networkSlice ? kb(g.networkSlice.total) : '', g.networkSlice ? g.networkSlice.domNodes : '',
    ]),
  ));
  printPlans(report.plans as Record<string, unknown>);
  report.budgets = BUDGET;
  report.misses = misses;
  writeFileSync('bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${misses.length === 0 ? 'All budgets met.' : `Budgets missed:\n- ${misses.join('\n- ')}`}\nFigures written to bench.json.`);
  process.exitCode = misses.length === 0 ? 0 : 1;
}

try {
  await main();
} finally {
  if (values.keep) console.log(`builds kept in ${work}`);
  else {
    rmSync(work, { recursive: true, force: true });
  }
}
