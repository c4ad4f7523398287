/**
 * The progress layer on built sites. The fixture site has a progress file
 * (tests/fixtures/site/progress.yaml, made-up reports): its measure pages show each measure's
 * status, history and 逾期, its duty sheets sum them up in the side's role words, /progress/
 * counts them and lists the overdue, filters its table in the URL (and shows it whole without
 * JavaScript), the feed carries every report, and the open data has them, in both editions. The
 * real site has none: no status, no /progress/ link, no empty column, no progress data.
 * What to expect is worked out from the fixture's files by the layer's own pure functions, never
 * typed in here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEdition, type Edition } from '../../src/lib/i18n/edition.ts';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { fill } from '../../src/lib/i18n/template.ts';
import { UI } from '../../src/lib/i18n/ui.ts';
import { txRoles } from '../../src/lib/model/planRoles.ts';
import { buildSiteModel } from '../../src/lib/model/siteModel.ts';
import { inLocale, sitePaths } from '../../src/lib/paths.ts';
import { dayLabel } from '../../src/lib/plan/dateLabels.ts';
import type { Measure } from '../../src/lib/plan/schema.ts';
import { departmentProgress, progressSummary, statusKey, type ProgressRow } from '../../src/lib/progress/index.ts';
import { progressView } from '../../src/lib/progress/progressView.ts';
import { locatePlans, readPlanProgress } from '../../src/lib/site/progressFiles.ts';
import { readSource } from '../../src/lib/site/readPlan.ts';
import { getBrowser, site } from './support/browser.ts';
import { builtFiles, builtRoot } from './support/builtSite.ts';
import { siteBuild } from './support/sites.ts';

// The fixture site's plan and progress, read as its build reads them.
const seeds = siteBuild('fixture').env['SEEDS_DIR']!;
const located = locatePlans(seeds)[0]!;
const source = readSource(located.source);
const file = readPlanProgress(located, source.plan)!;
// The fixture site is a one-plan site: its plan keeps the site's own paths.
const model = buildSiteModel([{ slug: located.slug, plan: source.plan, progress: file }], source.decisions).plans[0]!;
const progress = model.progress!;
const view = progressView(model, progress);
const editions = Object.fromEntries(LOCALES.map((locale) => [locale, createEdition({ locale, base: '/', overrides: source.decisions.traditional, punctuation: source.decisions.punctuation })])) as Record<Locale, Edition>;

const fixtureRoot = builtRoot('fixture');
const realRoot = builtRoot('site');
const read = (root: string, sitePath: string) => readFileSync(path.join(root, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath), 'utf8');
const mainOf = (html: string) => /<main\b[\s\S]*?<\/main>/u.exec(html)?.[0] ?? '';
/** The text a reader reads: tags dropped, attributes with them. */
const textOf = (html: string) => html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gu, '').replace(/<[^>]+>/gu, '').replace(/\s+/gu, ' ');

const withHistory = progress.measures.find((m) => m.history.length > 1 && m.history.some((r) => r.evidence.length > 0))!;
const overdue = progress.measures.filter((m) => m.overdue);
const notOverdueDated = progress.measures.find((m) => !m.overdue && m.current && model.measure(m.measure).deadline.date !== null)!;
const summarised = model.departments.find((d) => new Set(d.lead.map((m) => progress.measure(m.id).statusKey + progress.measure(m.id).overdue)).size >= 3)!;

describe('the fixture site\'s progress (the premise of the tests below)', () => {
  it('has a measure with a history and evidence, overdue measures and one that is not, every status, and a department whose lead measures differ', () => {
    expect(withHistory).toBeDefined();
    expect(overdue.length).toBeGreaterThan(0);
    expect(notOverdueDated).toBeDefined();
    expect(new Set(progress.measures.map((m) => m.statusKey))).toEqual(new Set(['notStarted', 'inProgress', 'done', 'adjusted', 'unreported']));
    expect(summarised).toBeDefined();
  });
});

describe.each(LOCALES)('the fixture site with a progress file, %s edition', (locale) => {
  const edition = editions[locale];
  const words = edition.ui.progress;
  const page = (sitePath: string) => read(fixtureRoot, inLocale(sitePath, locale));

  it('shows a measure\'s status with its report\'s date, and its history with who reported, the notes and the evidence links', () => {
    const main = mainOf(page(sitePaths.measure(model, withHistory.measure)));
    const section = /<section[^>]*class="measure-progress"[\s\S]*?<\/section>/u.exec(main)?.[0] ?? '';
    expect(textOf(section)).toContain(words.status[withHistory.statusKey]);
    expect(textOf(section)).toContain(fill(words.measure.reported, { date: dayLabel(withHistory.current!.date) }));
    const rows = [...section.matchAll(/<tr id="report-\d+"[\s\S]*?<\/tr>/gu)].map((m) => m[0]);
    expect(rows).toHaveLength(withHistory.history.length);
    withHistory.history.forEach((report, i) => {
      expect(rows[i]).toContain(`datetime="${report.date}"`);
      expect(textOf(rows[i]!)).toContain(words.status[statusKey(report.status)]);
      if (report.by) expect(rows[i]).toContain(`href="${edition.paths.department(report.by.slug)}"`);
      if (report.note) expect(textOf(rows[i]!)).toContain(edition.tx(report.note));
      for (const evidence of report.evidence) expect(rows[i]).toContain(`href="${evidence.url}"`);
    });
  });

  it('says 逾期 on an overdue measure, and not on one whose deadline has not passed', () => {
    for (const measure of overdue) {
      const section = textOf(mainOf(page(sitePaths.measure(model, measure.measure))));
      expect(section, `measure ${measure.measure}`).toContain(words.status.overdue);
    }
    const text = textOf(mainOf(page(sitePaths.measure(model, notOverdueDated.measure))));
    expect(text).toContain(words.status[notOverdueDated.statusKey]);
    expect(text).not.toContain(words.status.overdue);
  });

  it('sums a department\'s measures up on its duty sheet in its side\'s role words, and marks each measure', () => {
    const html = mainOf(page(sitePaths.department(summarised.slug)));
    const counts = departmentProgress(summarised, (m) => progress.measure(m.id));
    const expected = progressSummary(counts.lead, txRoles(model.roles, edition.tx)[summarised.side].lead, words);
    expect(html).toContain(`data-summary="${expected}"`);
    expect(textOf(html).replace(/\s/gu, '')).toContain(expected.replace(/\s/gu, ''));
    for (const measure of summarised.lead) expect(html).toMatch(new RegExp(`data-measure-id="${measure.id}"[\\s\\S]*?class="measure-status" data-status="${progress.measure(measure.id).statusKey}"`, 'u'));
  });

  it('has /progress/: as of when, counts by task, working group and department (both sides), the overdue list and every measure\'s row', () => {
    const html = mainOf(page(sitePaths.progress(model)));
    expect(textOf(html)).toContain(dayLabel(progress.asOf));
    for (const { key } of view.byTask) expect(html).toContain(`href="${edition.paths.task(model, key.no)}"`);
    for (const { key } of view.byGroup) expect(html).toContain(`href="${edition.paths.group(model, key.slug)}"`);
    for (const side of ['municipal', 'district'] as const) {
      expect(html).toContain(`data-side="${side}"`);
      for (const { key, counts } of view.byDepartment[side]) expect(html).toMatch(new RegExp(`<tr data-key="${key.slug}"[^>]*>[\\s\\S]*?class="num total"[^>]*>${counts.total}<`, 'u'));
    }
    const overdueSection = /<section aria-labelledby="overdue"[^>]*>[\s\S]*?<\/section>/u.exec(html)?.[0] ?? '';
    const listed = [...overdueSection.matchAll(/data-measure-id="(\d+)"/gu)].map((m) => Number(m[1]));
    expect(listed).toEqual(view.overdue.map((m) => m.id));
    const tableRows = [...html.matchAll(/<tr data-status="(\w+)" data-overdue="(true|false)"[^>]*data-measure-id="(\d+)"/gu)];
    expect(tableRows.map((m) => Number(m[3]))).toEqual(model.measures.map((m) => m.id));
  });

  it('names the statuses in the edition\'s words', () => {
    const text = textOf(mainOf(page(sitePaths.progress(model))));
    const expected = locale === 'zh-Hant' ? ['未啟動', '推進中', '已完成', '已調整', '逾期', '未報告'] : ['未启动', '推进中', '已完成', '已调整', '逾期', '未报告'];
    for (const word of expected) expect(text).toContain(word);
  });

  it('offers 进展 in the header, and says where the reports come from and as of when instead of "does not track progress"', () => {
    const html = page(sitePaths.home());
    const nav = /<nav class="main-nav"[\s\S]*?<\/nav>/u.exec(html)?.[0] ?? '';
    expect(nav).toContain(`href="${edition.paths.progress(model)}"`);
    expect(nav).toContain(`>${edition.ui.nav.progress}<`);
    const asOf = dayLabel(progress.asOf);
    expect(textOf(html)).toContain(fill(words.tracking, { asOf }));
    expect(textOf(html)).not.toContain(edition.ui.site.noTracking);
    const about = textOf(page(sitePaths.about()));
    expect(about).toContain(fill(words.trackingAbout, { year: model.meta.year, asOf }));
    expect(about).not.toContain(fill(edition.ui.trust.about.siteIsNot, { year: model.meta.year }));
  });

  it('publishes a valid Atom feed of every report, newest first, with absolute URLs', async () => {
    const response = await fetch(site(inLocale(sitePaths.progressFeed(model), locale), 'fixture'));
    expect(response.headers.get('content-type') ?? '').toMatch(/xml/u);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await response.text()).feed;
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(progress.reports.length);
    const dates = entries.map((e: { updated: string }) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const entry of entries) {
      expect(entry.id).toBeTruthy();
      expect(entry.title).toBeTruthy();
      expect(entry.link['@_href']).toMatch(new RegExp(`^https://plan\\.example${edition.paths.measure(model, 0).replace('/0/', '/')}\\d+/#report-\\d+$`, 'u'));
    }
    expect(feed.updated).toBe(`${progress.asOf}T00:00:00Z`);
  });
});

describe('the fixture site\'s open data with a progress file', () => {
  const data = (file: string) => readFileSync(path.join(fixtureRoot, 'data', file), 'utf8');

  it('publishes every report in progress.json and progress.csv', () => {
    const rows = JSON.parse(data('progress.json')) as ProgressRow[];
    expect(rows).toHaveLength(progress.reports.length);
    expect(rows.every((row) => row.plan === progress.plan)).toBe(true);
    const csv = data('progress.csv');
    expect(csv.startsWith('\uFEFFplan,measure,date,status,by,note,evidence_titles,evidence_urls\r\n')).toBe(true);
  });

  it('gives every measure record its status and overdue, in measures.json and each measure\'s own file', () => {
    const measures = JSON.parse(data('measures.json')) as (Measure & { status: string | null; overdue: boolean })[];
    for (const measure of measures) {
      expect({ id: measure.id, status: measure.status, overdue: measure.overdue }).toEqual({ id: measure.id, status: progress.measure(measure.id).status, overdue: progress.measure(measure.id).overdue });
    }
    const one = JSON.parse(data(`measures/${withHistory.measure}.json`));
    expect(one.status).toBe(withHistory.status);
    expect(data('measures.csv').split('\r\n')[0]).toMatch(/,status,overdue$/u);
  });

  it('describes them on /data/', () => {
    const html = mainOf(read(fixtureRoot, sitePaths.data()));
    expect(html).toContain('href="/data/progress.json"');
    expect(html).toContain('href="/data/progress.csv"');
  });
});

describe('the real site, which has no progress file', () => {
  const pages = builtFiles(realRoot).filter((f) => f.endsWith('.html'));

  it('builds no /progress/ page, feed or progress data', () => {
    for (const sitePath of ['progress', 'zh-hant/progress', 'data/progress.json', 'data/progress.csv']) expect(existsSync(path.join(realRoot, sitePath)), sitePath).toBe(false);
  });

  it('shows no status, no link to /progress/ and no 进展 section on any page', () => {
    expect(pages.length).toBeGreaterThan(0);
    const traces = pages.filter((f) => {
      const html = readFileSync(path.join(realRoot, f), 'utf8');
      return /class="(?:status-mark|measure-status|measure-progress|duty-progress)"|href="[^"]*\/progress\/|data-progress-status/u.test(html);
    });
    expect(traces).toEqual([]);
    const nav = /<nav class="main-nav"[\s\S]*?<\/nav>/u.exec(read(realRoot, '/'))?.[0] ?? '';
    expect(nav).not.toContain(`>${UI.nav.progress}<`);
  });

  it('still says the site does not track progress', () => {
    expect(textOf(read(realRoot, '/'))).toContain(UI.site.noTracking);
  });

  it('publishes measure records without status or overdue, and measures.csv without their columns', () => {
    const measures = JSON.parse(readFileSync(path.join(realRoot, 'data/measures.json'), 'utf8')) as Record<string, unknown>[];
    expect(measures.filter((m) => 'status' in m || 'overdue' in m)).toEqual([]);
    expect(readFileSync(path.join(realRoot, 'data/measures.csv'), 'utf8').split('\r\n')[0]).not.toMatch(/status|overdue/u);
    expect(read(realRoot, sitePaths.data())).not.toContain('progress.json');
  });
});

describe('the /progress/ table in a browser', () => {
  let pages: Page[] = [];
  const open = async (sitePath: string, javaScript = true) => {
    const context = await (await getBrowser()).newContext({ javaScriptEnabled: javaScript, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    pages.push(page);
    await page.goto(site(sitePath, 'fixture'));
    return page;
  };
  const visibleRows = (page: Page) =>
    page.$$eval('progress-filter tbody tr', (rows) => rows.filter((row) => (row as HTMLElement).checkVisibility()).map((row) => Number((row as HTMLElement).dataset['measureId'])));

  beforeAll(() => {
    pages = [];
  });
  afterAll(async () => {
    await Promise.all(pages.map((page) => page.context().close()));
  });

  it.each(LOCALES)('shows every measure without JavaScript, the filters disabled (%s)', async (locale) => {
    const page = await open(`${inLocale(sitePaths.progress(model), locale)}?status=overdue`, false);
    expect(await visibleRows(page)).toEqual(model.measures.map((m) => m.id));
    expect(await page.$eval('progress-filter fieldset', (f) => (f as HTMLFieldSetElement).disabled)).toBe(true);
  });

  it.each(LOCALES)('applies the filter the URL asks for, and writes a chosen one into the URL (%s)', async (locale) => {
    const page = await open(`${inLocale(sitePaths.progress(model), locale)}?status=overdue`);
    await page.waitForSelector('progress-filter[data-shown="?status=overdue"]');
    expect(await visibleRows(page)).toEqual(model.measures.filter((m) => progress.measure(m.id).overdue).map((m) => m.id));
    const task = model.tasks[0]!;
    await page.selectOption('select[name="task"]', String(task.no));
    await page.waitForURL((url) => url.search === `?status=overdue&task=${task.no}`);
    expect(await visibleRows(page)).toEqual(task.measures.filter((m) => progress.measure(m.id).overdue).map((m) => m.id));
    await page.selectOption('select[name="status"]', '');
    await page.waitForURL((url) => url.search === `?task=${task.no}`);
    expect(await visibleRows(page)).toEqual(task.measures.map((m) => m.id));
  });
});

describe('the status layer of the timeline and the network in a browser', () => {
  const contexts: { close: () => Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
  });
  const open = async (sitePath: string) => {
    const context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(site(sitePath, 'fixture'));
    await page.waitForSelector('status-layer[data-ready]');
    return page;
  };
  const overdueId = overdue[0]!.measure;
  /** The character drawn at a timeline mark's corner ('none' when the layer is off). */
  const timelineMark = (page: Page) => page.$eval(`.view:not([hidden]) .mark[data-id="${overdueId}"]`, (mark) => getComputedStyle(mark, '::after').content);

  it.each(LOCALES)('shows each timeline mark\'s status as a colour and a character, switched off and on, and kept in the URL (%s)', async (locale) => {
    const words = editions[locale].ui.progress;
    const page = await open(inLocale(sitePaths.timeline(model), locale));
    expect(await timelineMark(page)).toBe(`"${words.layer.marks.overdue}"`);
    expect(await page.$eval(`.mark[data-id="${overdueId}"]`, (mark) => mark.getAttribute('aria-label'))).toContain(words.status.overdue);
    await page.uncheck('.status-layer-toggle');
    expect(await timelineMark(page)).toBe('none');
    await page.waitForURL((url) => url.searchParams.get('progress') === 'off');
    await page.reload();
    await page.waitForSelector('status-layer[data-ready]');
    expect(await page.isChecked('.status-layer-toggle')).toBe(false);
    expect(await timelineMark(page)).toBe('none');
    await page.check('.status-layer-toggle');
    expect(await timelineMark(page)).toBe(`"${words.layer.marks.overdue}"`);
    await page.waitForURL((url) => !url.searchParams.has('progress'));
  });

  it('tags each measure of the network with its status, and hides the tags when switched off', async () => {
    // The fixture's first task is too big to draw whole: its areas are drawn one by one.
    const page = await open(sitePaths.networkArea(model, model.measure(overdueId).area.no));
    const tag = `.node-measure[data-node="m:${overdueId}"] .status-tag`;
    expect(await page.$eval(tag, (g) => [getComputedStyle(g).display, g.textContent])).toEqual(['inline', UI.progress.layer.marks.overdue]);
    await page.uncheck('.status-layer-toggle');
    expect(await page.$eval(tag, (g) => getComputedStyle(g).display)).toBe('none');
  });

  it('is not on the real site\'s timeline or network', () => {
    for (const sitePath of [sitePaths.timeline(model), sitePaths.network(model)]) {
      const html = read(realRoot, sitePath);
      expect(html, sitePath).not.toContain('<status-layer');
      expect(html, sitePath).not.toMatch(/data-part="/u);
    }
  });
});
