/**
 * The synthetic fixture site: tests/fixtures/site/ holds a small seed made to take the branches
 * the real seed never takes (a plan too big for one network drawing, with a task too big as
 * well; an ongoing deadline; a department on one measure only). npm test builds it with the
 * other sites (tests/e2e/support/sites.ts); this file reads the built HTML and /data/ files as
 * a reader's browser would get them. What to expect comes from the site's own /data/measures.json and
 * the network's size limit, never from counts typed in here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_ASSIGNMENT_LIMIT } from '../../src/lib/graph/networkSlices.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { inLocale, sitePaths } from '../../src/lib/paths.ts';
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { builtRoot } from './support/builtSite.ts';

/** The one plan of a one-plan site: its pages keep the site's own paths. */
const ONE = { segment: undefined };

const EDITIONS = LOCALES;

// npm test builds the fixture site once, with the others (tests/e2e/support/sites.ts).
const out = builtRoot('fixture');
let measures: Measure[] = [];
let departments: Department[] = [];

beforeAll(() => {
  if (!existsSync(path.join(out, 'index.html'))) throw new Error(`${out}/ has no fixture site: run \`node tests/e2e/support/buildSite.ts --site fixture\` (npm test does)`);
  measures = JSON.parse(readFileSync(path.join(out, 'data/measures.json'), 'utf8'));
  departments = JSON.parse(readFileSync(path.join(out, 'data/departments.json'), 'utf8'));
});

/** The built file of a site path ("/network/" → <out>/network/index.html), or null if none was built. */
function built(sitePath: string): string | null {
  const file = path.join(out, sitePath, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** The <main> of a built page; fails the test when the page was not built. */
function mainOf(sitePath: string): string {
  const html = built(sitePath);
  expect(html, `${sitePath} is built`).not.toBeNull();
  const main = /<main\b[\s\S]*?<\/main>/u.exec(html!)?.[0];
  expect(main, `${sitePath} has a <main>`).toBeDefined();
  return main!;
}

/** Every internal link target in some HTML, without query or fragment. */
const linksIn = (html: string) => new Set([...html.matchAll(/<a\b[^>]*?\shref="([^"?#]*)/gu)].map((match) => match[1]!));

/** The ids of the measures a piece of HTML links to, ascending. */
const measuresLinkedIn = (html: string) =>
  [...linksIn(html)].flatMap((href) => /^\/measures\/(\d+)\/$/u.exec(href)?.[1] ?? []).map(Number).sort((a, b) => a - b);

/** Whether the page's main content holds a drawing. */
const draws = (main: string) => /<svg\b/u.test(main);

const assignments = (of: Measure[]) => of.reduce((sum, measure) => sum + measure.municipal.length + measure.district.length, 0);
const ids = (of: Measure[]) => of.map((measure) => measure.id).sort((a, b) => a - b);
const distinct = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
const taskNos = () => distinct(measures.map((measure) => measure.task.no));
const inTask = (no: number) => measures.filter((measure) => measure.task.no === no);
const areaNos = (task: number) => distinct(inTask(task).map((measure) => measure.area.no));
const inArea = (no: number) => measures.filter((measure) => measure.area.no === no);
const tooBig = (task: number) => assignments(inTask(task)) > NETWORK_ASSIGNMENT_LIMIT;

describe('the fixture site, a plan too big for one network drawing', () => {
  it('is too big as a whole, has a task too big to draw whole and a task that fits (the premise of the tests below)', () => {
    expect(assignments(measures)).toBeGreaterThan(NETWORK_ASSIGNMENT_LIMIT);
    expect(taskNos().filter(tooBig)).not.toEqual([]);
    expect(taskNos().filter((task) => !tooBig(task))).not.toEqual([]);
    // An area is the finest cut: each one of a too-big task must fit, or its page would be too big.
    for (const task of taskNos().filter(tooBig)) {
      for (const area of areaNos(task)) expect(assignments(inArea(area))).toBeLessThanOrEqual(NETWORK_ASSIGNMENT_LIMIT);
    }
  });

  it('/network/ draws nothing and lists every task network, and the area networks of a too-big task', () => {
    const main = mainOf(sitePaths.network(ONE));
    expect(draws(main)).toBe(false);
    const listed = linksIn(main);
    for (const task of taskNos()) {
      expect(listed).toContain(sitePaths.networkTask(ONE, task));
      if (tooBig(task)) for (const area of areaNos(task)) expect(listed).toContain(sitePaths.networkArea(ONE, area));
    }
  });

  it('the network page of a too-big task lists its area networks instead of drawing', () => {
    for (const task of taskNos().filter(tooBig)) {
      const main = mainOf(sitePaths.networkTask(ONE, task));
      expect(draws(main)).toBe(false);
      expect([...linksIn(main)].filter((href) => href.startsWith('/network/areas/'))).toEqual(areaNos(task).map((value) => sitePaths.networkArea(ONE, value)));
    }
  });

  it('each area network page of a too-big task draws exactly the measures of its area', () => {
    for (const task of taskNos().filter(tooBig)) {
      for (const area of areaNos(task)) {
        const main = mainOf(sitePaths.networkArea(ONE, area));
        expect(draws(main)).toBe(true);
        expect(measuresLinkedIn(main)).toEqual(ids(inArea(area)));
      }
    }
  });

  it('a task that fits is drawn on its own network page, with exactly its measures, and has no area pages', () => {
    for (const task of taskNos().filter((no) => !tooBig(no))) {
      const main = mainOf(sitePaths.networkTask(ONE, task));
      expect(draws(main)).toBe(true);
      expect(measuresLinkedIn(main)).toEqual(ids(inTask(task)));
      for (const area of areaNos(task)) expect(built(sitePaths.networkArea(ONE, area))).toBeNull();
    }
  });

  it('every task and area network page exists in both editions', () => {
    const pages = [sitePaths.network(ONE), ...taskNos().map((value) => sitePaths.networkTask(ONE, value)), ...taskNos().filter(tooBig).flatMap(areaNos).map((value) => sitePaths.networkArea(ONE, value))];
    for (const locale of EDITIONS) {
      for (const page of pages) expect(built(inLocale(page, locale)), inLocale(page, locale)).not.toBeNull();
    }
  });
});

describe('the fixture site, an ongoing deadline (持续推进)', () => {
  const ongoing = () => measures.filter((measure) => measure.deadline.ongoing);

  it('the ongoing deadline page lists exactly the ongoing measures, and /deadlines/ links to it', () => {
    expect(ongoing()).not.toEqual([]);
    expect(measuresLinkedIn(mainOf(sitePaths.deadline(ONE, 'ongoing')))).toEqual(ids(ongoing()));
    expect(linksIn(mainOf(sitePaths.deadlines(ONE)))).toContain(sitePaths.deadline(ONE, 'ongoing'));
  });

  it("an ongoing measure's page states its deadline as the seed words it, with no date", () => {
    for (const measure of ongoing()) {
      expect(measure.deadline.date).toBeNull();
      expect(mainOf(sitePaths.measure(ONE, measure.id))).toContain(measure.deadline.label);
    }
  });
});

describe('the fixture site, a department on one measure only', () => {
  const single = () => departments.filter((department) => department.lead.length + department.support.length === 1);

  it("that department's page shows exactly that one measure", () => {
    expect(single()).not.toEqual([]);
    for (const department of single()) {
      expect(measuresLinkedIn(mainOf(sitePaths.department(department.slug)))).toEqual([...department.lead, ...department.support]);
    }
  });

  it("that measure's page links to the department", () => {
    for (const department of single()) {
      const [id] = [...department.lead, ...department.support];
      expect(linksIn(mainOf(sitePaths.measure(ONE, id!)))).toContain(sitePaths.department(department.slug));
    }
  });
});
