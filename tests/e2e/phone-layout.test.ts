/**
 * Every kind of page reads on a phone, in both editions: each page template under src/pages
 * is set at 360 × 740 (READING_VIEWPORTS adds sizes, e.g. "320x640,360x740,768x1024") with its
 * extremes (the largest and the smallest page it builds, and the one with the longest heading),
 * plus a search with results, and measured from its own line boxes (support/readingLayout.ts):
 * no run of text a character or two a line, no number or word broken across lines, no page
 * wider than the screen, no caption cut at the edge, no table frame that loses its first
 * column, the header's current section in view, and a chart at the top of a page showing on
 * the first screen. The rules name no page and no component, so a new page is held to them.
 *
 * Cheap by design: one browser context per edition and size, a few tabs at once, each page
 * waited on until it has settled (fonts loaded, its elements defined, nothing busy), never on a timer.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, localeOfPath, pathInLocale, type Locale } from '../../src/lib/i18n/locales.ts';
import type { Department } from '../../src/lib/plan/schema.ts';
import { getBrowser, site } from './support/browser.ts';
import { builtPages, builtRoot } from './support/builtSite.ts';
import { probeReadingLayout, READING_THRESHOLDS, type ReadingProblem } from './support/readingLayout.ts';
import { routeTemplates, templateOf } from './support/routeTemplates.ts';

const VIEWPORTS = (process.env['READING_VIEWPORTS'] ?? '360x740').split(',').map((size) => {
  const [width, height] = size.trim().split('x').map(Number);
  if (!width || !height) throw new Error(`READING_VIEWPORTS: "${size}" is not WIDTHxHEIGHT`);
  return { width, height };
});
/** Pages measured at once in one context. */
const TABS = 3;

const root = builtRoot();
const templates = routeTemplates();
const pages = builtPages(root);
const htmlFile = (sitePath: string) => path.join(root, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
const headingLength = (sitePath: string) => (/<h1[^>]*>([\s\S]*?)<\/h1>/u.exec(readFileSync(htmlFile(sitePath), 'utf8'))?.[1] ?? '').replace(/<[^>]+>/gu, '').length;

/** A page to set, and what says it has settled beyond the generic conditions. */
interface Sample {
  path: string;
  /** Why this page: its template and which extreme it is. */
  why: string;
  /** A selector that appears once the page has done what its address asks (a search shown). */
  ready?: string;
}

/** Per template and edition: the largest, the smallest and the longest-headed page it builds. */
function extremes(locale: Locale): Sample[] {
  const byTemplate = new Map<string, string[]>();
  for (const page of pages.filter((p) => localeOfPath(p) === locale)) {
    const template = templateOf(page, templates);
    if (template) byTemplate.set(template.file, [...(byTemplate.get(template.file) ?? []), page]);
  }
  const samples: Sample[] = [];
  for (const [file, built] of byTemplate) {
    const size = (p: string) => statSync(htmlFile(p)).size;
    const picks: [string, string][] = [
      ['largest', built.reduce((a, b) => (size(b) > size(a) ? b : a))],
      ['smallest', built.reduce((a, b) => (size(b) < size(a) ? b : a))],
      ['longest heading', built.reduce((a, b) => (headingLength(b) > headingLength(a) ? b : a))],
    ];
    for (const [which, page] of picks) {
      const known = samples.find((s) => s.path === page);
      if (built.length === 1 && known) continue;
      if (known) known.why += `, ${which}`;
      else samples.push({ path: page, why: built.length === 1 ? file : `${file}, ${which}` });
    }
  }
  return samples;
}

/** A search with many results: the name of the department on the most measures, from the built open data. */
function searchSample(locale: Locale): Sample {
  const departments = JSON.parse(readFileSync(path.join(root, 'data', 'departments.json'), 'utf8')) as Department[];
  const busiest = departments.reduce((a, b) => (b.lead.length + b.support.length > a.lead.length + a.support.length ? b : a));
  const query = `?q=${encodeURIComponent(busiest.name)}`;
  return { path: `${pathInLocale('/search/', locale)}${query}`, why: 'a search with results', ready: `site-search[data-shown="${query}"]` };
}

/**
 * Waits until the page has settled: loaded, fonts in, every custom element defined, nothing
 * aria-busy, and its own sign if it has one. The condition is synchronous: waitForFunction
 * does not await a promise a predicate returns, it takes the promise for a truthy answer.
 */
async function settle(page: Page, ready: string | undefined): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    (selector) => {
      if (document.readyState !== 'complete' || document.fonts.status !== 'loaded') return false;
      const tags = new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.includes('-')));
      if ([...tags].some((tag) => !customElements.get(tag))) return false;
      if (document.querySelector('[aria-busy="true"]')) return false;
      return selector === null || document.querySelector(selector) !== null;
    },
    ready ?? null,
    { timeout: 30_000 },
  );
}

const describeProblems = (problems: ReadingProblem[]) => problems.map((p) => `${p.rule}: ${p.where}: ${p.detail}`);

describe('the built site', () => {
  it('has a page template for every built page, so every kind of page is sampled', () => {
    const orphans = pages.filter((page) => !templateOf(page, templates));
    expect(orphans).toEqual([]);
    expect(templates.length).toBeGreaterThan(0);
  });
});

for (const viewport of VIEWPORTS) {
  for (const locale of LOCALES) {
    const samples = [...extremes(locale), searchSample(locale)];

    describe.concurrent(`at ${viewport.width} × ${viewport.height}, the ${locale} edition`, () => {
      let context: BrowserContext;
      const idle: Page[] = [];
      const waiting: ((page: Page) => void)[] = [];
      let open = 0;
      /** A tab of the shared context: a free one, a new one while fewer than TABS are open, or the next one handed back. */
      const take = async (): Promise<Page> => {
        const free = idle.pop();
        if (free) return free;
        if (open < TABS) {
          open += 1;
          return context.newPage();
        }
        return new Promise((resolve) => waiting.push(resolve));
      };
      const give = (page: Page) => {
        const next = waiting.shift();
        if (next) next(page);
        else idle.push(page);
      };

      beforeAll(async () => {
        context = await (await getBrowser()).newContext({ viewport, colorScheme: 'light' });
      });
      afterAll(() => context?.close());

      for (const sample of samples) {
        it(`reads ${sample.path} (${sample.why})`, async () => {
          const page = await take();
          try {
            await page.goto(site(sample.path));
            await settle(page, sample.ready);
            const problems = await page.evaluate(probeReadingLayout, READING_THRESHOLDS);
            expect(describeProblems(problems)).toEqual([]);
          } finally {
            give(page);
          }
        });
      }
    });
  }
}
