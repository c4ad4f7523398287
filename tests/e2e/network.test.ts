import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { networkSlices, slicePath, sliceShowing, type NetworkSlice } from '../../src/lib/graph/networkSlices.ts';
import { toTraditional } from '../../src/lib/i18n/toTraditional.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { parseAliasTable } from '../../src/lib/seed/aliasTable.ts';
import { getBrowser, openPage, site } from './support/browser.ts';
import { realRoles } from '../support/realRoles.ts';

/** The one plan of a one-plan site: its pages keep the site's own paths. */
const ONE = { segment: undefined };

async function data<T>(file: string): Promise<T> {
  const response = await fetch(site(`/data/${file}`));
  if (!response.ok) throw new Error(`/data/${file} answered ${response.status}`);
  return (await response.json()) as T;
}

const measuresJson = () => data<Measure[]>('measures.json');
const departmentsJson = () => data<Department[]>('departments.json');
const assignments = (departments: Department[]) => departments.reduce((sum, d) => sum + d.lead.length + d.support.length, 0);

/** Keys (`d:<slug>`, `m:<id>`) of the nodes a selector matches in the network drawing. */
const keys = (page: Page, selector: string) =>
  page.$$eval(`#network .network-viewport ${selector}`, (nodes) => nodes.map((n) => (n as SVGElement).dataset.node!).sort());

/** Nodes and edges the filters leave on screen. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const visible = (selector: string) =>
      [...document.querySelectorAll(`#network .network-viewport ${selector}`)].filter((n) => getComputedStyle(n).display !== 'none');
    return {
      measures: visible('a.node-measure').map((n) => (n as SVGElement).dataset.node!),
      departments: visible('a.node-department').map((n) => (n as SVGElement).dataset.node!),
      edges: visible('path.edge').length,
      leadEdges: visible('path.edge-lead').length,
    };
  });

/** What focusing on a department should light: it, its measures and everyone named on them. */
function neighbourhood(department: Department, measures: Measure[], departments: Department[]): string[] {
  const own = new Set([...department.lead, ...department.support]);
  const slug = new Map(departments.map((d) => [`${d.side}:${d.name}`, d.slug]));
  const keys = new Set<string>([`d:${department.slug}`]);
  for (const m of measures.filter((m) => own.has(m.id))) {
    keys.add(`m:${m.id}`);
    for (const name of m.municipal) keys.add(`d:${slug.get(`municipal:${name}`)}`);
    for (const name of m.district) keys.add(`d:${slug.get(`district:${name}`)}`);
  }
  return [...keys].sort();
}

/** How the site cuts the network into pages, worked out again from its own open data. */
const slicesOf = (measures: Measure[], departments: Department[]) =>
  networkSlices({
    measures: measures.map((m) => ({ id: m.id, task: m.task.no, area: m.area.no })),
    edges: departments.flatMap((d) => [...d.lead, ...d.support].map((measure) => ({ department: d.slug, measure }))),
  });

const pathOf = (slice: NetworkSlice) => slicePath(slice, ONE, sitePaths);

/** Node keys a slice should draw: its measures and every department named on them. */
function sliceKeys(slice: NetworkSlice, departments: Department[]): { measures: string[]; departments: string[] } {
  const ids = new Set(slice.measures);
  return {
    measures: slice.measures.map((id) => `m:${id}`).sort(),
    departments: departments.filter((d) => [...d.lead, ...d.support].some((id) => ids.has(id))).map((d) => `d:${d.slug}`).sort(),
  };
}

const EDITIONS = ['', '/zh-hant'] as const;

/** The department with the most assignments: the busiest view, where mistakes show. */
const busiest = (departments: Department[]) =>
  [...departments].sort((a, b) => b.lead.length + b.support.length - (a.lead.length + a.support.length))[0]!;

describe('the responsibility network', () => {
  it('draws one node per department and per measure, and one edge per assignment, as in /data/', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const { page, externalRequests, close } = await openPage('/network/');
    try {
      expect(await keys(page, 'a.node-department')).toEqual(departments.map((d) => `d:${d.slug}`).sort());
      expect(await keys(page, 'a.node-measure')).toEqual(measures.map((m) => `m:${m.id}`).sort());
      expect(await page.locator('#network .network-viewport path.edge').count()).toBe(assignments(departments));
      expect(await page.locator('#network .network-viewport path.edge-lead').count()).toBe(departments.reduce((s, d) => s + d.lead.length, 0));
      expect(await page.locator('#network .network-viewport a.node > title').count()).toBe(departments.length + measures.length);
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows exactly a department’s neighbourhood when the URL focuses on it, and lists it in the panel', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const department = busiest(departments);
    const { page, close } = await openPage(`/network/?focus=${department.slug}`);
    try {
      await page.waitForSelector('#network .network-panel:not([hidden])');
      expect(await keys(page, 'a.node.is-in-focus')).toEqual(neighbourhood(department, measures, departments));
      expect(await page.textContent('#network-panel-heading')).toBe(department.name);
      const own = department.lead.length + department.support.length;
      expect(await page.locator('#network .panel-measures li').count()).toBe(own);
      expect(await page.locator('#network .panel-partners li').count()).toBe(neighbourhood(department, measures, departments).length - own - 1);
    } finally {
      await close();
    }
  });

  it('focuses with a click, steps back with the Back button and clears with Escape', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const [first, second] = departments;
    const { page, close } = await openPage('/network/');
    try {
      await page.waitForSelector('#network form.network-controls:not(.awaiting-script)');
      await page.click(`#network .network-viewport a[data-node="d:${first!.slug}"] text`);
      expect(new URL(page.url()).searchParams.get('focus')).toBe(first!.slug);
      await page.click(`#network .panel-partners a >> nth=0`);
      const partner = new URL(page.url()).searchParams.get('focus');
      expect(partner).not.toBe(first!.slug);
      await page.goBack();
      expect(new URL(page.url()).searchParams.get('focus')).toBe(first!.slug);
      expect(await keys(page, 'a.node.is-in-focus')).toEqual(neighbourhood(first!, measures, departments));

      // Focused, the drawing holds only the first department's part: Escape brings back the whole.
      await page.keyboard.press('Escape');
      expect(new URL(page.url()).searchParams.get('focus')).toBeNull();
      await page.focus(`#network .network-viewport a[data-node="d:${second!.slug}"]`);
      await page.keyboard.press('Enter');
      expect(new URL(page.url()).searchParams.get('focus')).toBe(second!.slug);
      await page.keyboard.press('Escape');
      expect(new URL(page.url()).searchParams.get('focus')).toBeNull();
      expect(await page.locator('#network .network-viewport a.node.is-in-focus').count()).toBe(0);
      expect(await page.isHidden('#network .network-panel')).toBe(true);
    } finally {
      await close();
    }
  });

  it('filters by task, side and role, keeps the filters in the URL, and Back undoes them', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const task = measures.at(-1)!.task.no;
    const { page, close } = await openPage('/network/');
    try {
      await page.waitForSelector('#network form.network-controls:not(.awaiting-script)');
      await page.selectOption('#network-task', String(task));
      expect(new URL(page.url()).searchParams.get('task')).toBe(String(task));
      const inTask = measures.filter((m) => m.task.no === task);
      let now = await shown(page);
      expect(now.measures.sort()).toEqual(inTask.map((m) => `m:${m.id}`).sort());
      expect(now.edges).toBe(inTask.reduce((s, m) => s + m.municipal.length + m.district.length, 0));

      await page.selectOption('#network-side', 'district');
      await page.selectOption('#network-role', 'lead');
      now = await shown(page);
      expect(now.edges).toBe(inTask.length);
      expect(now.leadEdges).toBe(inTask.length);
      const leaders = new Set(inTask.map((m) => m.district[0]));
      expect(now.departments.length).toBe(leaders.size);

      await page.goBack();
      await page.goBack();
      await page.goBack();
      now = await shown(page);
      expect(now.measures).toHaveLength(measures.length);
      expect(now.edges).toBe(assignments(departments));
      expect(await page.inputValue('#network-task')).toBe('');
    } finally {
      await close();
    }
  });

  it('opens a shared view with its filters and focus applied', async () => {
    const departments = await departmentsJson();
    const department = busiest(departments);
    const { page, close } = await openPage(`/network/?focus=${department.slug}&role=lead`);
    try {
      await page.waitForSelector('#network .network-panel:not([hidden])');
      expect(await page.inputValue('#network-role')).toBe('lead');
      const focusedEdges = await page.$$eval('#network .network-viewport path.edge.is-in-focus', (paths) => paths.map((p) => p.classList.contains('edge-lead')));
      expect(focusedEdges.length).toBeGreaterThan(0);
      expect(focusedEdges.every(Boolean)).toBe(true);
      // Lead only: the panel lists just the measures the department itself leads.
      expect(await page.locator('#network .panel-measures li').count()).toBe(department.lead.length);
    } finally {
      await close();
    }
  });

  it('lights a measure’s departments on hover and dims the rest', async () => {
    const [measures] = await Promise.all([measuresJson()]);
    const measure = measures[0]!;
    const { page, close } = await openPage('/network/');
    try {
      await page.waitForSelector('#network form.network-controls:not(.awaiting-script)');
      await page.hover(`#network .network-viewport a[data-node="m:${measure.id}"] rect`);
      const lit = await keys(page, 'a.node.is-lit');
      expect(lit).toHaveLength(1 + measure.municipal.length + measure.district.length);
      expect(lit).toContain(`m:${measure.id}`);
      expect(await page.locator('#network .network-viewport path.edge.is-lit').count()).toBe(measure.municipal.length + measure.district.length);
      expect(await page.getAttribute('#network svg.network-svg:has(.network-viewport)', 'class')).toContain('is-hovering');
    } finally {
      await close();
    }
  });

  it('finds a department as you type its name, and focuses it on Enter', async () => {
    const departments = await departmentsJson();
    const department = busiest(departments);
    const { page, close } = await openPage('/network/');
    try {
      await page.waitForSelector('#network form.network-controls:not(.awaiting-script)');
      await page.fill('#network-search', department.name.slice(0, 2));
      const matches = await keys(page, 'a.node.is-match');
      expect(matches).toContain(`d:${department.slug}`);
      expect(matches.length).toBeLessThan(departments.length);
      await page.fill('#network-search', department.name);
      await page.press('#network-search', 'Enter');
      expect(new URL(page.url()).searchParams.get('focus')).toBe(department.slug);
    } finally {
      await close();
    }
  });

  it('works without JavaScript: the whole drawing, links on every node, the table, and no dead controls', async () => {
    const departments = await departmentsJson();
    const { page, close } = await openPage('/network/', { javaScript: false });
    try {
      expect(await page.locator('#network .network-viewport a.node-department').count()).toBe(departments.length);
      expect(await page.locator('#network .network-viewport a.node[href]').count()).toBe(await page.locator('#network .network-viewport a.node').count());
      expect(await page.isHidden('#network form.network-controls')).toBe(true);
      expect(await page.isVisible('#network-table table')).toBe(true);
      expect(await page.locator('#network-table tbody tr[data-department]').count()).toBe(departments.length);
      const d = busiest(departments);
      const cells = await page.$$eval(`#network-table tr[data-department="${d.slug}"] td.total`, (tds) => tds.map((td) => Number(td.textContent)));
      expect(cells).toEqual([d.lead.length, d.support.length]);
      expect(await page.getAttribute(`a[href="#network-table"]`, 'href')).toBe('#network-table');
    } finally {
      await close();
    }
  });

  it('keeps the Traditional edition in Traditional script in the panel the script fills', async () => {
    const departments = await departmentsJson();
    const department = departments.find((d) => /[务发区]/u.test(d.name)) ?? departments[0]!;
    const { page, close } = await openPage(`/zh-hant/network/?focus=${department.slug}`);
    try {
      await page.waitForSelector('#network .network-panel:not([hidden])');
      const heading = await page.textContent('#network-panel-heading');
      const label = await page.textContent(`#network .network-viewport a[data-node="d:${department.slug}"] text`);
      expect(heading).toBe(label);
      expect(heading).not.toMatch(/[务发区]/u);
    } finally {
      await close();
    }
  });

  it('fits a 360px screen: neither the page nor the drawing\'s frame scrolls sideways, the whole drawing is in the frame', async () => {
    const { page, close } = await openPage('/network/', { width: 360 });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const frame = await page.$eval('#network .scroller', (el) => ({ scroll: el.scrollWidth, client: el.clientWidth, svg: el.querySelector('svg')!.getBoundingClientRect().width, box: el.getBoundingClientRect().width }));
      expect(frame.scroll).toBeLessThanOrEqual(frame.client);
      expect(frame.svg).toBeLessThanOrEqual(frame.box);
    } finally {
      await close();
    }
  });

  it('keeps the drawing at least 0.86 of its size where the screen has room (1280px)', async () => {
    const { page, close } = await openPage('/network/', { width: 1280 });
    try {
      const { drawn, own } = await page.$eval('#network .scroller svg', (svg) => ({ drawn: svg.getBoundingClientRect().width, own: Number(svg.getAttribute('width')) }));
      expect(drawn / own).toBeGreaterThanOrEqual(0.86);
    } finally {
      await close();
    }
  });
});

describe('the network pages of tasks and areas', () => {
  it('draw, in both editions, exactly the measures of their task or area, the departments on them and their assignments', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const slices = slicesOf(measures, departments);
    expect(slices.apart.length).toBeGreaterThanOrEqual(slices.tasks.length);
    const { page, close } = await openPage('/network/', { javaScript: false });
    try {
      for (const slice of slices.apart) {
        const expected = sliceKeys(slice, departments);
        for (const edition of EDITIONS) {
          const where = `${edition}${pathOf(slice)}`;
          expect((await page.goto(site(where)))?.status(), where).toBe(200);
          expect(await keys(page, 'a.node-measure'), where).toEqual(expected.measures);
          expect(await keys(page, 'a.node-department'), where).toEqual(expected.departments);
          expect(await page.locator('#network .network-viewport path.edge').count(), where).toBe(slice.assignments);
          expect(await page.locator('#network-table tbody tr[data-department]').count(), where).toBe(expected.departments.length);
        }
      }
    } finally {
      await close();
    }
  });

  it('exist for every task, and a task drawn by area lists its areas’ pages instead of a drawing', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const slices = slicesOf(measures, departments);
    const { page, close } = await openPage('/network/', { javaScript: false });
    try {
      for (const task of slices.tasks) {
        for (const edition of EDITIONS) {
          const where = `${edition}${pathOf(task)}`;
          expect((await page.goto(site(where)))?.status(), where).toBe(200);
          expect(await page.locator('#network').count(), where).toBe(task.areas.length > 0 ? 0 : 1);
          const listed = await page.$$eval('.network-parts a', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).pathname));
          expect(listed, where).toEqual(task.areas.map((area) => `${edition}${pathOf(area)}`));
        }
      }
    } finally {
      await close();
    }
  });

  it('/network/ draws the whole plan only when it fits on a page, and links to every task’s network page in both editions', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const slices = slicesOf(measures, departments);
    const { page, close } = await openPage('/network/', { javaScript: false });
    try {
      for (const edition of EDITIONS) {
        await page.goto(site(`${edition}/network/`));
        expect(await page.locator('#network').count()).toBe(slices.plan.fits ? 1 : 0);
        const tasks = await page.$$eval('.network-parts > li > a', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).pathname));
        expect(tasks).toEqual(slices.tasks.map((task) => `${edition}${pathOf(task)}`));
        const areas = await page.$$eval('.network-parts li li > a', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).pathname));
        expect(areas).toEqual(slices.tasks.flatMap((task) => task.areas.map((area) => `${edition}${pathOf(area)}`)));
        const sizes = await page.$$eval('.network-parts > li > .size', (spans) => spans.map((span) => span.textContent!.match(/\d+/gu)!.map(Number)));
        expect(sizes).toEqual(slices.tasks.map((task) => [task.measures.length, task.departments, task.assignments]));
      }
    } finally {
      await close();
    }
  });

  it('leave out the task filter on a drawing of one task, and ignore a ?task= from a link', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const slices = slicesOf(measures, departments);
    const slice = slices.apart.at(-1)!;
    const other = slices.tasks.find((task) => task.task !== slice.task)?.task ?? slice.task + 1;
    const { page, close } = await openPage(`${pathOf(slice)}?task=${other}`);
    try {
      await page.waitForSelector('#network form.network-controls:not(.awaiting-script)');
      expect(await page.locator('#network-task').count()).toBe(0);
      const now = await shown(page);
      expect(now.measures.sort()).toEqual(sliceKeys(slice, departments).measures);
      expect(now.edges).toBe(slice.assignments);
      await page.selectOption('#network-role', 'lead');
      expect(new URL(page.url()).searchParams.get('role')).toBe('lead');
      const inSlice = measures.filter((m) => slice.measures.includes(m.id));
      expect((await shown(page)).edges).toBe(inSlice.filter((m) => m.municipal.length > 0).length + inSlice.filter((m) => m.district.length > 0).length);
    } finally {
      await close();
    }
  });
});

describe('the ego network on a department page', () => {
  it('draws the department, its measures and its co-workers, and links to the focused network', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const department = busiest(departments);
    const { page, close } = await openPage(`/departments/${department.slug}/`);
    try {
      const drawn = await page.$$eval('.ego-network svg a.node', (nodes) => nodes.map((n) => (n as SVGElement).dataset.node!).sort());
      expect(drawn).toEqual(neighbourhood(department, measures, departments));
      const link = await page.getAttribute('.ego-network a[href*="/network/"]', 'href');
      expect(new URL(link!, page.url()).search).toBe(`?focus=${department.slug}`);
    } finally {
      await close();
    }
  });

  it('links, in both editions, to the network page that draws the department’s first measure (the whole network while it fits), focused on the department', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const slices = slicesOf(measures, departments);
    const department = departments.at(-1)!;
    const expected = sliceShowing(slices, Math.min(...department.lead, ...department.support))!;
    expect(expected.kind === 'plan').toBe(slices.plan.fits);
    for (const edition of EDITIONS) {
      const { page, close } = await openPage(`${edition}/departments/${department.slug}/`);
      try {
        await page.click('.ego-network a[href*="/network/"]');
        expect(new URL(page.url()).pathname).toBe(`${edition}${pathOf(expected)}`);
        await page.waitForSelector('#network .network-panel:not([hidden])');
        expect(await keys(page, 'a.node.is-focus-root')).toEqual([`d:${department.slug}`]);
        expect(await page.textContent('#network-panel-heading')).toBe(await page.textContent(`#network .network-viewport a[data-node="d:${department.slug}"] text`));
      } finally {
        await close();
      }
    }
  });
});

// ——— Reader tasks, at a desktop and a phone size, in both editions ———

const SIZES = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
] as const;
type Size = (typeof SIZES)[number];
const SHOTS = 'test-results/screenshots/network';
const sizeName = (size: Size) => `${size.width}x${size.height}`;

/** The data decisions the build used (seeds/aliases.yaml): pinyin readings and Traditional overrides. */
const decisions = () => parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');

async function openAt(path: string, size: Size, javaScript = true): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await (await getBrowser()).newContext({ viewport: size, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(site(path));
  return { page, close: () => context.close() };
}

/**
 * Whether the screen has room for the drawing at 0.86 of its size or more (its labels 12 px and
 * up): a tablet or a desktop. On a phone the whole drawing is drawn within its frame instead,
 * at a glance, and read closer by pinch-zoom, a tap (the panel) or the table linked above it.
 */
const hasRoom = (size: Size) => size.width >= 600;

/** The drawing lies within its frame, which does not scroll sideways. */
const withinFrame = (page: Page) =>
  page.$eval('#network .scroller', (frame) => frame.scrollWidth <= frame.clientWidth && frame.querySelector('svg')!.getBoundingClientRect().right <= frame.getBoundingClientRect().right + 0.5);

/** The network's script has run, and its filters are open: on a phone they are folded under 筛选, and a reader taps it first. */
const ready = async (page: Page) => {
  await page.waitForSelector('#network form.network-controls:not(.awaiting-script)');
  const fold = page.locator('#network [data-filters]');
  if (!(await fold.evaluate((details) => (details as HTMLDetailsElement).open))) await fold.locator('summary').click();
};

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/**
 * What a reader sees of the drawing, with its top brought into view: the share of its visible
 * area (the drawing within its frame and the window) outside the box around the marks still
 * drawn, and the smallest label on screen in CSS px.
 */
async function drawingOnScreen(page: Page): Promise<{ empty: number; smallestLabel: number }> {
  await page.$eval('#network .network-frame', (frame) => frame.scrollIntoView({ block: 'start' }));
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const meet = (a: Box, b: Box): Box => ({ left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) });
    const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
    const svg = document.querySelector<SVGSVGElement>('#network svg.network-svg')!;
    const visible = meet(meet(svg.getBoundingClientRect(), svg.parentElement!.getBoundingClientRect()), { left: 0, top: 0, right: innerWidth, bottom: innerHeight });
    const marks = [...svg.querySelectorAll('a.node:not(.is-filtered), .network-task-label:not(.is-filtered) text')].map((m) => m.getBoundingClientRect());
    const around = marks.reduce<Box>((u, r) => ({ left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) }), { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity });
    const scale = svg.getScreenCTM()!.a;
    const labels = [...svg.querySelectorAll<SVGTextElement>('a.node:not(.is-filtered) text, .network-task-label:not(.is-filtered) text')];
    return { empty: 1 - area(meet(around, visible)) / area(visible), smallestLabel: Math.min(...labels.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)) };
  });
}

/** Task labels that a drawn node or edge runs into, in a drawing (selector of its <svg>). */
const taskLabelCollisions = (page: Page, svgSelector: string) =>
  page.$eval(svgSelector, (svg) => {
    const inside = (r: DOMRect, x: number, y: number) => x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1;
    const overlaps = (a: DOMRect, b: DOMRect) => a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom;
    const labels = [...svg.querySelectorAll('.network-task-label:not(.is-filtered) text')].map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
    const marks = [...svg.querySelectorAll('a.node:not(.is-filtered) :is(circle, rect, text)')].map((m) => m.getBoundingClientRect());
    const points = [...svg.querySelectorAll<SVGPathElement>('path.edge:not(.is-filtered)')].flatMap((path) => {
      const length = path.getTotalLength();
      const matrix = path.getScreenCTM()!;
      return Array.from({ length: 41 }, (_, i) => new DOMPoint(path.getPointAtLength((length * i) / 40).x, path.getPointAtLength((length * i) / 40).y).matrixTransform(matrix));
    });
    return labels.filter(({ box }) => marks.some((m) => overlaps(box, m)) || points.some((p) => inside(box, p.x, p.y))).map((l) => l.text);
  });

/** A department's co-workers as the site model lists them, worked out from /data/: most shared first, ties in first-pairing order. */
function coWorkersOf(department: Department, measures: Measure[], departments: Department[]): string[] {
  const slug = new Map(departments.map((d) => [`${d.side}:${d.name}`, d.slug]));
  const own = new Set([...department.lead, ...department.support]);
  const shared = new Map<string, number>();
  for (const m of measures.filter((m) => own.has(m.id))) {
    const named = [...m.municipal.map((n) => slug.get(`municipal:${n}`)!), ...m.district.map((n) => slug.get(`district:${n}`)!)];
    for (const other of named) if (other !== department.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  return [...shared].sort((a, b) => b[1] - a[1]).map(([other]) => other);
}

describe('a reader using the network', () => {
  for (const size of SIZES) {
    for (const edition of EDITIONS) {
      const where = `${edition || '/'} at ${sizeName(size)}`;

      it(`reads every label at 12 px or more in the whole drawing where the screen has room, and sees the whole drawing within its frame on a phone (${where})`, async () => {
        const { page, close } = await openAt(`${edition}/network/`, size);
        try {
          await ready(page);
          if (hasRoom(size)) expect((await drawingOnScreen(page)).smallestLabel).toBeGreaterThanOrEqual(11.95);
          else expect(await withinFrame(page)).toBe(true);
        } finally {
          await close();
        }
      });

      it(`filters the network to one task, or to one task and 只看第一位, and sees it fill the drawing: no more than a quarter of its visible area empty, every label 12 px or more where the screen has room, within its frame on a phone (${where})`, async () => {
        const measures = await measuresJson();
        const tasks = [...new Set(measures.map((m) => m.task.no))];
        const { page, close } = await openAt(`${edition}/network/`, size);
        try {
          await ready(page);
          for (const task of tasks) {
            for (const role of ['all', 'lead']) {
              await page.selectOption('#network-role', role);
              await page.selectOption('#network-task', String(task));
              const seen = await drawingOnScreen(page);
              expect(seen.empty, `task ${task}, role ${role}`).toBeLessThanOrEqual(0.25);
              if (hasRoom(size)) expect(seen.smallestLabel, `task ${task}, role ${role}`).toBeGreaterThanOrEqual(11.95);
              else expect(await withinFrame(page), `task ${task}, role ${role}`).toBe(true);
              expect(await taskLabelCollisions(page, '#network svg.network-svg'), `task ${task}, role ${role}`).toEqual([]);
            }
          }
          await page.selectOption('#network-task', String(tasks.at(-1)));
          await screenshot(page, `filtered-task-lead${edition.replace('/', '-')}-${sizeName(size)}`);
        } finally {
          await close();
        }
      });

      it(`focuses the busiest department and sees only its part of the network, drawn compactly (${where})`, async () => {
        const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
        const department = busiest(departments);
        const { page, close } = await openAt(`${edition}/network/?focus=${department.slug}`, size);
        try {
          await page.waitForSelector('#network .network-panel:not([hidden])');
          expect((await shown(page)).departments.sort()).toEqual(neighbourhood(department, measures, departments).filter((k) => k.startsWith('d:')));
          if (size.width > 1000) expect((await drawingOnScreen(page)).empty).toBeLessThanOrEqual(0.25);
        } finally {
          await close();
        }
      });

      it(`opens a department in the focus panel and reads the same co-workers as the site model lists, in one scroll area with its close button at the top (${where})`, async () => {
        const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
        const department = busiest(departments.filter((d) => d.side === 'district'));
        const { page, close } = await openAt(`${edition}/network/`, size);
        try {
          await ready(page);
          await page.fill('#network-search', department.name);
          await page.press('#network-search', 'Enter');
          await page.waitForSelector('#network .network-panel:not([hidden])');
          const partners = await page.$$eval('#network .panel-partners a[data-focus]', (as) => as.map((a) => a.getAttribute('data-focus')!.slice(2)));
          expect(partners).toEqual(coWorkersOf(department, measures, departments));
          const panel = await page.$eval('#network .network-panel', (panel) => {
            const box = panel.getBoundingClientRect();
            const closeButton = panel.querySelector('[data-action="clear"]')!.getBoundingClientRect();
            const scrolling = [panel, ...panel.querySelectorAll('*')].filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1);
            return { top: box.top, height: box.height, bottom: box.bottom, closeTop: closeButton.top - box.top, scrollAreas: scrolling.length };
          });
          expect(panel.scrollAreas).toBeLessThanOrEqual(1);
          expect(panel.closeTop).toBeLessThan(48);
          if (size.width <= 640) {
            expect(panel.height).toBeLessThanOrEqual(size.height / 2 + 1);
            expect(panel.bottom).toBeLessThanOrEqual(size.height + 1);
            await screenshot(page, `focus-panel${edition.replace('/', '-')}-${sizeName(size)}`);
          }
          await page.click('#network [data-action="clear"]');
          expect(await page.isHidden('#network .network-panel')).toBe(true);
        } finally {
          await close();
        }
      });

      // Every department's initials: tests/unit/graph/networkSearch.test.ts, over the same keys and matcher.
      it(`types a department's pinyin initials in the network's search and finds it: the first, the busiest and the last (${where})`, async () => {
        const departments = await departmentsJson();
        const { readings } = decisions();
        const { pinyinSyllables } = await import('../../src/lib/seed/slugify.ts');
        const { page, close } = await openAt(`${edition}/network/`, size);
        try {
          await ready(page);
          for (const department of new Set([departments[0]!, busiest(departments), departments.at(-1)!])) {
            const initials = pinyinSyllables(department.name, readings).map((s) => s[0]).join('');
            await page.fill('#network-search', initials);
            expect(await keys(page, 'a.node.is-match'), `${initials} for ${department.slug}`).toContain(`d:${department.slug}`);
          }
          // The first of the matches is focused on Enter.
          const last = departments.at(-1)!;
          await page.fill('#network-search', pinyinSyllables(last.name, readings).join(''));
          await page.press('#network-search', 'Enter');
          expect(new URL(page.url()).searchParams.get('focus')).toBe(last.slug);
        } finally {
          await close();
        }
      });

      it(`opens a department's duty sheet and sees its corner of the network within the screen's width (${where})`, async () => {
        const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
        const department = busiest(departments.filter((d) => d.side === 'district'));
        const { page, close } = await openAt(`${edition}/departments/${department.slug}/`, size);
        try {
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
          const frameShown = await page.isVisible('.ego-network .frame');
          if (frameShown) {
            const fits = await page.$eval('.ego-network .frame', (f) => f.scrollWidth <= f.clientWidth);
            expect(fits).toBe(true);
            expect(await taskLabelCollisions(page, '.ego-network svg')).toEqual([]);
          } else {
            // The drawing gave way to the list: every co-worker, in the model's order, inside the width.
            const listed = await page.$$eval('.ego-network .as-list li a', (as) => as.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).at(-1)!));
            expect(listed).toEqual(coWorkersOf(department, measures, departments));
            const right = await page.$$eval('.ego-network .as-list li', (lis) => Math.max(...lis.map((li) => li.getBoundingClientRect().right)));
            expect(right).toBeLessThanOrEqual(size.width);
          }
          await page.$eval('.ego-network', (el) => el.scrollIntoView({ block: 'start' }));
          await screenshot(page, `department-network${edition.replace('/', '-')}-${sizeName(size)}`);
        } finally {
          await close();
        }
      });
    }
  }

  it('reads, in the Traditional edition, every department name in the drawing, its hover title and the search list spelt as the page text spells it', async () => {
    const departments = await departmentsJson();
    const { traditional } = decisions();
    const { page, close } = await openAt('/zh-hant/network/', SIZES[0], false);
    try {
      const drawn = await page.$$eval('#network a.node-department', (as) => as.map((a) => ({ key: a.getAttribute('data-node')!, label: a.querySelector('text')!.textContent!, title: a.querySelector('title')!.textContent! })));
      const options = await page.$$eval('#network-names option', (os) => os.map((o) => o.getAttribute('value')));
      for (const department of departments) {
        const expected = toTraditional(department.name, traditional);
        const node = drawn.find((d) => d.key === `d:${department.slug}`)!;
        expect(node.label).toBe(expected);
        expect(node.title.startsWith(`${expected}（`)).toBe(true);
        expect(options).toContain(expected);
      }
    } finally {
      await close();
    }
  });

  it('names the roles of each side in the document’s words: the legend explains both, the role filter spans both, no municipal title says 牵头', async () => {
    const { page, close } = await openAt('/network/', SIZES[0], false);
    try {
      const legend = await page.textContent('.network-legend');
      for (const side of ['municipal', 'district'] as const) expect(legend).toContain(realRoles()[side].leadMeaning);
      expect(await page.textContent('#network-role option[value="lead"]')).toContain(realRoles().either.lead);
      const municipalTitles = await page.$$eval('#network a.node-municipal title', (ts) => ts.map((t) => t.textContent!));
      expect(municipalTitles.length).toBeGreaterThan(0);
      for (const title of municipalTitles) expect(title).not.toContain(realRoles().district.lead);
    } finally {
      await close();
    }
  });
});
