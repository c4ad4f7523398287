/**
 * Progress in a site of several plans (tests/fixtures/plans/): the made-up second plan has a
 * progress file (hengqin-2018-test/progress.yaml, test data), the real one has none. The plan
 * that reports shows the layer under its own segment; the other plan's pages show no trace of
 * it; the site-wide pages (a duty sheet across both plans, the open data) hold each plan's part.
 * What to expect comes from the fixture's files as the build reads them, not from numbers typed in.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { UI } from '../../src/lib/i18n/ui.ts';
import { buildSiteModel, dutiesIn } from '../../src/lib/model/siteModel.ts';
import { inLocale, sitePaths } from '../../src/lib/paths.ts';
import type { ProgressRow } from '../../src/lib/progress/index.ts';
import { readSite } from '../../src/lib/site/readPlan.ts';
import { builtRoot } from './support/builtSite.ts';
import { siteBuild } from './support/sites.ts';

const out = builtRoot('plans');
const parsed = readSite(siteBuild('plans').env['SEEDS_DIR']);
const model = buildSiteModel(parsed.plans, parsed.decisions);
const reporting = model.plans.find((plan) => plan.progress)!;
const silent = model.plans.find((plan) => !plan.progress)!;
/** A body named by both plans: its duty sheet has a section per plan, one with progress. */
const shared = model.departments.find((d) => d.duties.length > 1 && dutiesIn(d, reporting).lead.length > 0)!;

const file = (sitePath: string) => path.join(out, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
const read = (sitePath: string) => readFileSync(file(sitePath), 'utf8');
const mainOf = (html: string) => /<main\b[\s\S]*?<\/main>/u.exec(html)?.[0] ?? '';
const navOf = (html: string) => /<nav class="main-nav"[\s\S]*?<\/nav>/u.exec(html)?.[0] ?? '';

describe('the two-plan fixture (the premise of the tests below)', () => {
  it('has one plan with a progress file, one without, and a body with duties under both', () => {
    expect(reporting.progress!.reports.length).toBeGreaterThan(0);
    expect(silent).toBeDefined();
    expect(shared).toBeDefined();
  });
});

describe.each(LOCALES)('progress in a site of two plans, %s edition', (locale) => {
  const at = (sitePath: string) => inLocale(sitePath, locale);

  it("builds /progress/ and its feed under the reporting plan's segment only", () => {
    expect(existsSync(file(at(sitePaths.progress(reporting))))).toBe(true);
    expect(existsSync(file(at(sitePaths.progressFeed(reporting))))).toBe(true);
    expect(existsSync(file(at(sitePaths.progress(silent))))).toBe(false);
    expect(existsSync(file(at(sitePaths.progressFeed(silent))))).toBe(false);
    expect(existsSync(file(at('/progress/')))).toBe(false);
  });

  it("offers 进展 in the header on the reporting plan's pages, leading to its own /progress/, and nowhere else", () => {
    const nav = navOf(read(at(sitePaths.measures(reporting))));
    expect(nav).toContain(`href="${at(sitePaths.progress(reporting))}"`);
    expect(navOf(read(at(sitePaths.measures(silent))))).not.toContain('/progress/');
    expect(navOf(read(at(sitePaths.home())))).not.toContain('/progress/');
  });

  it("shows a reported measure's status on its page in the reporting plan, and none on the other plan's pages", () => {
    const reported = reporting.progress!.measures.find((m) => m.current)!;
    const main = mainOf(read(at(sitePaths.measure(reporting, reported.measure))));
    expect(main).toContain(`data-progress-status="${reported.statusKey}"`);
    for (const measure of silent.measures.slice(0, 3)) expect(mainOf(read(at(sitePaths.measure(silent, measure.id))))).not.toContain('data-progress-status');
  });

  it("sums up progress on a shared body's duty sheet in the reporting plan's section only", () => {
    const main = mainOf(read(at(sitePaths.department(shared.slug))));
    expect(main).toContain(`id="duty-progress-${reporting.slug}"`);
    expect(main).not.toContain(`id="duty-progress-${silent.slug}"`);
    expect(main.match(/class="duty-progress"/gu)).toHaveLength(1);
  });
});

describe('open data of a two-plan site with one reporting plan', () => {
  it("gives status and overdue to the reporting plan's measure records only", () => {
    const records = JSON.parse(read('/data/measures.json')) as { plan: string; status?: unknown; overdue?: unknown }[];
    const mine = records.filter((r) => r.plan === reporting.slug);
    const others = records.filter((r) => r.plan === silent.slug);
    expect(mine.length).toBe(reporting.measures.length);
    expect(mine.every((r) => 'status' in r && typeof r.overdue === 'boolean')).toBe(true);
    expect(others.some((r) => 'status' in r || 'overdue' in r)).toBe(false);
  });

  it("publishes every report in progress.json, each naming its plan, and a status column in measures.csv", () => {
    const rows = JSON.parse(read('/data/progress.json')) as ProgressRow[];
    expect(rows).toHaveLength(reporting.progress!.reports.length);
    expect(new Set(rows.map((row) => row.plan))).toEqual(new Set([reporting.slug]));
    const header = read('/data/measures.csv').replace(/^\uFEFF/u, '').split('\r\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['plan', 'status', 'overdue']));
  });

  it('does not claim on a site-wide page that the site tracks no progress', () => {
    expect(read(sitePaths.departments())).not.toContain(UI.site.noTracking);
    expect(mainOf(read(sitePaths.home()))).not.toContain(UI.site.noTracking);
  });

  it('names on the site’s home the plan that reports progress, linked to its progress page, and no other', () => {
    const main = mainOf(read(sitePaths.home()));
    expect(main).toContain(`href="${sitePaths.progress(reporting)}"`);
    expect(main).toContain(`《${reporting.meta.title}》的落实进展`);
    expect(main).not.toContain(`href="${sitePaths.progress(silent)}"`);
  });
});
