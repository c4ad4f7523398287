/**
 * A site of two plans (tests/fixtures/plans/: the real seed and a small made-up plan sharing
 * bodies with it), built by npm test as the `plans` site, read as a reader's browser gets its
 * files; and the one-plan site, whose files must be those a build of main wrote
 * (tests/fixtures/plans/one-plan-files.txt) plus /data/plans.json. What to expect comes from
 * the sites' own /data/ files and the fixture's seeds, not from counts typed in here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEdition } from '../../src/lib/i18n/edition.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { fill } from '../../src/lib/i18n/template.ts';
import { UI } from '../../src/lib/i18n/ui.ts';
import { planRoles, type RoleWords } from '../../src/lib/model/planRoles.ts';
import { inLocale, sitePaths, type PlanScope } from '../../src/lib/paths.ts';
import type { DepartmentRecord, MeasureRecord, PlanRecord } from '../../src/lib/plan/openRecords.ts';
import { readSite } from '../../src/lib/site/readPlan.ts';
import { builtFiles, builtPages, builtRoot } from './support/builtSite.ts';
import { siteBuild } from './support/sites.ts';
import { openSearch } from './support/searchDriver.ts';
import { openPage } from './support/browser.ts';

const out = builtRoot('plans');
const fixture = readSite(siteBuild('plans').env['SEEDS_DIR']);
let plans: PlanRecord[] = [];
let measures: MeasureRecord[] = [];
let departments: DepartmentRecord[] = [];

const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
/** The built page of a site path, or null when none was built. */
const page = (sitePath: string): string | null => {
  const file = path.join(out, sitePath, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
};
const mainOf = (html: string) => /<main\b[\s\S]*?<\/main>/u.exec(html)?.[0] ?? '';
const textOf = (html: string) => html.replace(/<[^>]+>/gu, '').replace(/\s+/gu, ' ');
const scopeOf = (slug: string): PlanScope => ({ segment: slug });

beforeAll(() => {
  if (!existsSync(path.join(out, 'index.html'))) throw new Error(`${out}/ has no two-plan site: run \`node tests/e2e/support/buildSite.ts --site plans\` (npm test does)`);
  plans = JSON.parse(read('data/plans.json'));
  measures = JSON.parse(read('data/measures.json'));
  departments = JSON.parse(read('data/departments.json'));
});

describe('a site of two plans', () => {
  it('lists each plan in /data/plans.json with its slug, title, year, front page and measure count', () => {
    expect(plans.map((p) => p.slug)).toEqual(fixture.plans.map((p) => p.slug));
    for (const [i, plan] of plans.entries()) {
      const parsed = fixture.plans[i]!.plan;
      expect(plan).toEqual({ slug: fixture.plans[i]!.slug, title: parsed.meta.title, year: parsed.meta.year, url: `/${plan.slug}/`, measures: parsed.measures.length });
      expect(measures.filter((m) => m.plan === plan.slug)).toHaveLength(plan.measures);
    }
  });

  it('builds every page type of each plan under the plan’s segment, in both editions', () => {
    for (const plan of plans) {
      const scope = scopeOf(plan.slug);
      const mine = measures.filter((m) => m.plan === plan.slug);
      const first = mine[0]!;
      const bin = first.deadline.completed ? 'completed' : first.deadline.ongoing ? 'ongoing' : first.deadline.date!.slice(0, 7);
      const group = fixture.plans.find((p) => p.slug === plan.slug)!.plan.groups[0]!;
      const paths = [
        sitePaths.plan(scope),
        sitePaths.measures(scope),
        sitePaths.measure(scope, first.id),
        sitePaths.tasks(scope),
        sitePaths.task(scope, first.task.no),
        sitePaths.area(scope, first.area.no),
        sitePaths.groups(scope),
        sitePaths.group(scope, group.slug),
        sitePaths.network(scope),
        sitePaths.networkTask(scope, first.task.no),
        sitePaths.timeline(scope),
        sitePaths.deadlines(scope),
        sitePaths.deadline(scope, bin),
        sitePaths.source(scope),
      ];
      for (const locale of LOCALES) for (const sitePath of paths) expect(page(inLocale(sitePath, locale)), inLocale(sitePath, locale)).not.toBeNull();
    }
  });

  it('keeps departments, search, data and about site-wide, and lists the plans on the home page with the way into each', () => {
    for (const locale of LOCALES) {
      for (const sitePath of [sitePaths.home(), sitePaths.departments(), sitePaths.department(departments[0]!.slug), sitePaths.search(), sitePaths.data(), sitePaths.about()]) {
        expect(page(inLocale(sitePath, locale)), inLocale(sitePath, locale)).not.toBeNull();
      }
    }
    const home = mainOf(page('/')!);
    for (const plan of plans) {
      expect(home).toContain(`href="/${plan.slug}/"`);
      expect(textOf(home)).toContain(plan.title);
    }
  });

  it('names the plan in a plan page’s breadcrumb and leads its header to the plan’s own sections', () => {
    const plan = plans[1]!;
    const html = page(sitePaths.measure(scopeOf(plan.slug), 1))!;
    const crumbs = /<nav class="breadcrumb"[\s\S]*?<\/nav>/u.exec(html)?.[0] ?? '';
    expect(crumbs).toContain(`href="/${plan.slug}/"`);
    expect(html).toContain(`href="/${plan.slug}/measures/"`);
    expect(html).not.toContain('href="/measures/"');
  });

  it('gives every measure its plan and its page, and every department its page', () => {
    for (const measure of measures) {
      expect(measure.url).toBe(`/${measure.plan}/measures/${measure.id}/`);
      expect(page(measure.url), measure.url).not.toBeNull();
      expect(existsSync(path.join(out, `data/${measure.plan}/measures/${measure.id}.json`)), `data/${measure.plan}/measures/${measure.id}.json`).toBe(true);
    }
    for (const department of departments) {
      expect(department.url).toBe(`/departments/${department.slug}/`);
      expect(department.duties.length).toBeGreaterThan(0);
    }
    const csv = read('data/measures.csv').replace(/^\uFEFF/u, '').split('\r\n');
    expect(csv[0]!.split(',')[0]).toBe('plan');
    expect(csv.filter((line) => line.startsWith(`${plans[1]!.slug},`))).toHaveLength(plans[1]!.measures);
    expect(read('data/assignments.csv').replace(/^\uFEFF/u, '').split('\r\n')[0]!.split(',')[0]).toBe('plan');
  });

  it('gives a department on both plans one duty sheet, plan by plan, each in its plan’s role words for the body’s side', () => {
    const both = departments.find((d) => d.duties.length === plans.length && d.side === 'municipal')!;
    expect(both, 'a municipal body named in both plans').toBeDefined();
    const sheet = mainOf(page(sitePaths.department(both.slug))!);
    for (const [i, duty] of both.duties.entries()) {
      const section = new RegExp(`<section[^>]*data-plan="${duty.plan}"[\\s\\S]*?(?=<section[^>]*data-plan=|<div class="sheet-tables")`, 'u').exec(sheet)?.[0] ?? '';
      expect(section, `the ${duty.plan} section`).not.toBe('');
      // Each plan's 说明 names the first-listed municipal body in its own words.
      const term = /列明第一位的是(?:该[^，。；]*?的)?([^，。；]+?部门)/u.exec(fixture.plans[i]!.plan.meta.note!)![1]!;
      expect(textOf(section)).toContain(term);
      for (const id of duty.lead) expect(section).toContain(`href="/${duty.plan}/measures/${id}/"`);
      for (const id of duty.support) expect(section).toContain(`href="/${duty.plan}/measures/${id}/"`);
    }
    // It names (above the name, and in its citation) every plan that binds the body, each title in its own 《》.
    const titles = both.duties.map((duty) => `《${plans.find((p) => p.slug === duty.plan)!.title}》`).join('、');
    expect(textOf(/<p class="document[^"]*"[^>]*>[\s\S]*?<\/p>/u.exec(sheet)![0])).toBe(titles);
    expect(textOf(/<section class="citation"[\s\S]*?<\/section>/u.exec(sheet)![0])).toContain(`${titles}中${both.name}的分工`);
  });

  it('answers every address of the one-plan layout with a static redirect to the primary plan’s page, kept out of search engines', () => {
    const primary = [...plans].sort((a, b) => a.year - b.year)[0]!;
    const first = measures.find((m) => m.plan === primary.slug)!;
    for (const locale of LOCALES) {
      for (const [old, target] of [
        [sitePaths.measure({}, first.id), sitePaths.measure(scopeOf(primary.slug), first.id)],
        [sitePaths.tasks({}), sitePaths.tasks(scopeOf(primary.slug))],
        [sitePaths.source({}), sitePaths.source(scopeOf(primary.slug))],
        [sitePaths.network({}), sitePaths.network(scopeOf(primary.slug))],
      ] as const) {
        const html = page(inLocale(old, locale));
        expect(html, inLocale(old, locale)).not.toBeNull();
        const to = inLocale(target, locale);
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}"`);
        expect(html).toContain(`<link rel="canonical" href="${to}"`);
        expect(mainOf(html!)).toContain(`href="${to}"`);
        expect(html).toContain('<meta name="robots" content="noindex"');
      }
    }
  });

  it('files each measure page under its plan for search, and offers the plan as a filter', () => {
    const measure = measures.find((m) => m.plan === plans[1]!.slug)!;
    const html = page(measure.url)!;
    expect(html).toContain(`data-pagefind-filter="plan[data-value]" data-value="${plans[1]!.slug}"`);
    expect(html).toContain(`data-pagefind-filter="task[data-value]" data-value="${plans[1]!.slug}/${measure.task.no}"`);
    const search = page('/search/')!;
    for (const plan of plans) expect(search).toMatch(new RegExp(`<option value="${plan.slug}"[ >]`, 'u'));
    // The old addresses are not searchable: only the plans' own pages carry the search body.
    expect(page(sitePaths.measure({}, 1))).not.toContain('data-pagefind-body');
  });
});

/**
 * A plan's pages speak of roles in its own note's words, never in the real plan's (whose words
 * every string said before there were two plans), and name its columns as its note does, never
 * as the real plan's (市支持指导部门, 横琴新区牵头配合部门, which the UI said before). The words
 * checked for are all the real plan's forms (term, short form, the form a two-sided label uses)
 * and its columns' names. The made-up plan's note names its own columns (市级责任单位,
 * 横琴新区责任单位) and terms, which share characters with the real plan's (牵头指导部门): those
 * are taken out of the page first, and what is left must hold none of the real plan's words,
 * not even a short form (牵头, 配合). Not the other way round: the made-up plan's words (责任,
 * 协同) are everyday words the interface uses for itself (责任网络).
 */
describe('a plan’s pages in its own role words', () => {
  const forms = (roles: RoleWords) =>
    (['municipal', 'district'] as const).flatMap((side) => {
      const words = roles[side];
      return [words.lead, words.support, words.leadEither, words.supportEither, words.leadFull, words.supportFull];
    });
  const columnsOf = (roles: RoleWords) => [roles.municipal.column, roles.district.column];
  const rolesOf = (i: number) => planRoles(fixture.plans[i]!.plan.meta.note, fixture.decisions);
  const real = forms(rolesOf(0));
  const realColumns = columnsOf(rolesOf(0));
  /** What is left of the page once the plan's own words and columns' names are out (longest first, and <wbr> gone). */
  const withoutOwn = (html: string, own: readonly string[]) =>
    [...own].sort((a, b) => b.length - a.length).reduce((text, word) => text.split(word).join('·'), html.replace(/<wbr\s*\/?>/gu, ''));

  for (const [i, { slug }] of fixture.plans.entries()) {
    if (i === 0) continue;
    for (const locale of LOCALES) {
      const { tx } = createEdition({ locale, base: '/', overrides: fixture.decisions.traditional, punctuation: fixture.decisions.punctuation });
      const own = [...forms(rolesOf(i)), ...columnsOf(rolesOf(i))].map(tx);
      const realWords = [...new Set(real.map(tx))];
      const foreign = (html: string) => {
        const left = withoutOwn(html, own);
        return realWords.filter((word) => left.includes(word));
      };

      it(`${slug}, ${locale}: no page of the plan uses the real plan’s role words`, () => {
        expect(realWords.some((word) => !own.some((mine) => mine.includes(word))), 'a real plan word the fixture does not share').toBe(true);
        const prefix = inLocale(`/${slug}/`, locale);
        const pages = builtPages(out).filter((p) => p.startsWith(prefix));
        expect(pages.length).toBeGreaterThan(10);
        const offenders = pages.map((p) => [p, foreign(page(p)!)] as const).filter(([, words]) => words.length > 0);
        expect(offenders).toEqual([]);
      });

      it(`${slug}, ${locale}: no page of the plan names a column as the real plan does, and its measure pages head the two lists with its own names`, () => {
        const mineColumns = columnsOf(rolesOf(i)).map(tx);
        const theirs = realColumns.map(tx);
        expect(theirs.every((name) => !mineColumns.includes(name)), 'the fixture names its columns otherwise').toBe(true);
        const prefix = inLocale(`/${slug}/`, locale);
        const pages = builtPages(out).filter((p) => p.startsWith(prefix));
        expect(pages.length).toBeGreaterThan(10);
        const named = (p: string) => theirs.filter((name) => page(p)!.replace(/<wbr\s*\/?>/gu, '').includes(name));
        expect(pages.map((p) => [p, named(p)] as const).filter(([, names]) => names.length > 0)).toEqual([]);
        const mine = measures.filter((m) => m.plan === slug);
        expect(mine.length).toBeGreaterThan(0);
        for (const measure of mine) {
          const html = mainOf(page(inLocale(sitePaths.measure(scopeOf(slug), measure.id), locale))!);
          const heads = (['municipal', 'district'] as const).map((side) => textOf(new RegExp(`<h3 id="side-${side}"[^>]*>([\\s\\S]*?)</h3>`, 'u').exec(html)?.[1] ?? '').trim());
          expect(heads, `measure ${measure.id}`).toEqual(mineColumns);
        }
      });

      it(`${slug}, ${locale}: a department page’s section of the plan uses the plan’s role words only`, () => {
        const mine = departments.filter((d) => d.duties.some((duty) => duty.plan === slug));
        expect(mine.length).toBeGreaterThan(0);
        for (const department of mine) {
          const sheet = mainOf(page(inLocale(sitePaths.department(department.slug), locale))!);
          const section = new RegExp(`<section[^>]*data-plan="${slug}"[\\s\\S]*?(?=<section[^>]*data-plan=|<div class="sheet-tables")`, 'u').exec(sheet)?.[0] ?? '';
          expect(section, `${department.slug}: the ${slug} section`).not.toBe('');
          expect(foreign(section), department.slug).toEqual([]);
        }
      });
    }
  }
});

describe('site-wide pages over plans with different role words', () => {
  const rolesOf = (i: number) => planRoles(fixture.plans[i]!.plan.meta.note, fixture.decisions);
  const shortWords = (roles: RoleWords, side: 'municipal' | 'district') => [roles[side].lead, roles[side].support];

  it('count a body on both plans in neither plan’s words, but in the neutral ones', () => {
    const both = departments.find((d) => d.duties.length === plans.length && d.side === 'municipal')!;
    const html = page(sitePaths.department(both.slug))!.replace(/<wbr\s*\/?>/gu, '');
    const head = textOf(/<header class="sheet-head"[\s\S]*?<\/header>/u.exec(html)?.[0] ?? '');
    const description = /<meta name="description" content="([^"]*)"/u.exec(html)?.[1] ?? '';
    for (const said of [head, description]) {
      for (const i of fixture.plans.keys()) for (const word of shortWords(rolesOf(i), 'municipal')) expect(said, word).not.toContain(word);
      expect(said).toContain(`${UI.roles.neutral.municipal.lead}${both.lead.length}项`);
    }
  });

  it('head the departments index’s counts in neutral words and give each plan’s words under its title', () => {
    const index = mainOf(page(sitePaths.departments())!).replace(/<wbr\s*\/?>/gu, '');
    const heads = [...index.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/gu)].map((m) => textOf(m[1]!).trim());
    expect(heads).toContain(UI.roles.neutral.municipal.lead);
    for (const i of fixture.plans.keys()) {
      for (const side of ['municipal', 'district'] as const) {
        for (const word of shortWords(rolesOf(i), side)) expect(heads).not.toContain(word);
        expect(textOf(index)).toContain(`《${fixture.plans[i]!.plan.meta.title}》：${rolesOf(i)[side].leadMeaning}`);
      }
    }
  });

  it('head the departments index’s two sides with neutral names where the plans head their columns differently', () => {
    const index = mainOf(page(sitePaths.departments())!).replace(/<wbr\s*\/?>/gu, '');
    for (const side of ['municipal', 'district'] as const) {
      const names = fixture.plans.map((_, i) => rolesOf(i)[side].column);
      expect(new Set(names).size, side).toBe(names.length);
      expect(textOf(new RegExp(`<h2 id="${side}"[^>]*>([\\s\\S]*?)</h2>`, 'u').exec(index)?.[1] ?? '').trim()).toBe(UI.roles.neutral[side].column);
      for (const name of names) expect(index, name).not.toContain(name);
    }
  });

  it('offer the search page’s role filter in neutral words', () => {
    const options = [...page(sitePaths.search())!.matchAll(/<option value="(lead|support)"[^>]*>([^<]*)</gu)].map((m) => m[2]);
    expect(options).toEqual([UI.roles.neutralEither.lead, UI.roles.neutralEither.support]);
  });
});

describe('search across two plans', () => {
  it('finds a body’s measures, each result naming its plan, and keeps to one plan when the plan filter says so', { timeout: 60_000 }, async () => {
    const search = await openSearch('zh-CN', 'plans');
    try {
      const both = departments.find((d) => d.duties.length === plans.length && d.side === 'municipal')!;
      const all = await search.run(both.name);
      // The first page of results: its measures are of some plan, each under its plan's segment.
      expect(all.results.some((result) => plans.some((plan) => result.startsWith(`/${plan.slug}/measures/`)))).toBe(true);
      const facts = await search.page.$$eval('[data-results]:not([hidden]) [data-list] li', (items) => items.map((item) => item.textContent ?? ''));
      const planResults = facts.filter((text) => plans.some((plan) => text.includes(`《${plan.title}》`)));
      expect(planResults.length).toBeGreaterThan(0);
      const second = plans[1]!;
      const one = await search.run(both.name, { plan: second.slug });
      expect(one.results.length).toBeGreaterThan(0);
      expect(one.results.every((result) => result.startsWith(`/${second.slug}/`))).toBe(true);
      expect(new URL(search.page.url()).searchParams.get('plan')).toBe(second.slug);
    } finally {
      await search.close();
    }
  });
});

describe('the timeline’s department box across plans', () => {
  it('finds a body only the other plan names, says it has no measures here, and links the other plan’s timeline filtered to it', { timeout: 60_000 }, async () => {
    const [first, second] = plans as [PlanRecord, PlanRecord];
    const onlySecond = departments.find((d) => d.duties.length === 1 && d.duties[0]!.plan === second.slug)!;
    const { page, close } = await openPage(`${sitePaths.timeline(scopeOf(first.slug))}?dept=${onlySecond.slug}`, { site: 'plans' });
    try {
      await page.waitForSelector('deadline-timeline[data-ready]');
      // The status line (a live region) says so, and that links follow, for a screen reader.
      const status = (await page.textContent('deadline-timeline .status'))!;
      expect(status).toContain(`${onlySecond.name}在本表中没有分工`);
      const n = measures.filter((m) => m.plan === second.slug && [...m.municipal, ...m.district].includes(onlySecond.name)).length;
      expect(status).toContain(fill(UI.timeline.elsewhereNote, { n, plans: 1 }));
      const link = page.locator('deadline-timeline .elsewhere a');
      expect(await link.count()).toBe(1);
      expect(await link.textContent()).toContain(`《${second.title}》`);
      await link.click();
      await page.waitForURL((url) => url.pathname === sitePaths.timeline(scopeOf(second.slug)));
      await page.waitForSelector('deadline-timeline[data-ready]');
      // On its own plan's timeline the body is found and its measures shown.
      expect(await page.inputValue('input[name="dept"]')).toBe(onlySecond.name);
      const shown = await page.locator('deadline-timeline .view:not([hidden]) li:not([hidden]) > .mark').count();
      expect(shown).toBe(measures.filter((m) => m.plan === second.slug && [...m.municipal, ...m.district].includes(onlySecond.name)).length);
    } finally {
      await close();
    }
  });
});

describe('the one-plan site', () => {
  it('writes the files a build of main wrote, and /data/plans.json besides', () => {
    const expected = readFileSync('tests/fixtures/plans/one-plan-files.txt', 'utf8').trim().split('\n');
    const files = builtFiles(builtRoot('site'))
      .map((file) => `/${file}`)
      .filter((file) => !/^\/(?:zh-hant\/)?pagefind\/|^\/_astro\//u.test(file));
    expect(files.filter((file) => !expected.includes(file))).toEqual(['/data/plans.json']);
    expect(expected.filter((file) => !files.includes(file))).toEqual([]);
  });
});
