/**
 * Reader tasks, tried the way a reader would: on a 360 × 740 phone and a 1280 × 800 desktop,
 * in both editions, on screen and on paper. Names and counts come from the built site's own
 * /data/ files. Screenshots for people to look at: `npm run screenshots` (scripts/screenshots.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createEdition } from '../../src/lib/i18n/edition.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { keywordContext } from '../../src/lib/search/keywordContext.ts';
import { matchStrength } from '../../src/lib/search/matchNames.ts';
import { nameSearchKeys } from '../../src/lib/search/nameMatcher.ts';
import { parseAliasTable } from '../../src/lib/seed/index.ts';
import { getBrowser, site } from './support/browser.ts';
import { builtRoot } from './support/builtSite.ts';

const PHONE = { width: 360, height: 740 } as const;
const DESKTOP = { width: 1280, height: 800 } as const;
const SIZES = [PHONE, DESKTOP] as const;
/** The A4 page's content box at 96 CSS px per inch, with print.css's margins (14 mm each side, 14 + 16 mm top and bottom). */
const A4_CONTENT = { width: Math.floor(((210 - 28) / 25.4) * 96), height: Math.floor(((297 - 30) / 25.4) * 96) };
/** A duty sheet this long or shorter must print on two pages. */
const TWO_PAGE_SHEET = 15;

const readData = <T,>(file: string): T => JSON.parse(readFileSync(path.join(builtRoot(), 'data', file), 'utf8')) as T;
const measures = readData<Measure[]>('measures.json');
const departments = readData<Department[]>('departments.json');
const decisions = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const context = keywordContext(decisions);

const EDITIONS = [
  { locale: 'zh-CN', prefix: '' },
  { locale: 'zh-Hant', prefix: '/zh-hant' },
] as const satisfies readonly { locale: Locale; prefix: string }[];
const editionOf = (locale: Locale) => createEdition({ locale, base: '/', overrides: decisions.traditional });

const total = (d: Department) => d.lead.length + d.support.length;
const mostBy = <T,>(items: readonly T[], score: (item: T) => number): T => items.reduce((best, item) => (score(item) > score(best) ? item : best));
/** The Hengqin department listed first on the most measures: the longest lead list a reader checks. */
const busiestLead = mostBy(
  departments.filter((d) => d.side === 'district'),
  (d) => d.lead.length,
);
/** The longest duty sheet that must still fit two pages. */
const twoPageSheet = mostBy(
  departments.filter((d) => total(d) <= TWO_PAGE_SHEET),
  total,
);
/** The measure whose task and area titles are longest: the hardest breadcrumb. */
const longestTrail = mostBy(measures, (m) => m.task.title.length + m.area.title.length);
const taskCount = new Set(measures.map((m) => m.task.no)).size;
const areaCount = new Set(measures.map((m) => m.area.no)).size;
const areasOfTask = (no: number) => new Set(measures.filter((m) => m.task.no === no).map((m) => m.area.no)).size;
const widestTask = mostBy([...new Set(measures.map((m) => m.task.no))], areasOfTask);

/** The key pages, as site paths. */
const KEY_PAGES = {
  home: '/',
  measures: '/measures/',
  departments: '/departments/',
  department: `/departments/${busiestLead.slug}/`,
  measure: `/measures/${longestTrail.id}/`,
  source: '/source/',
} as const;

interface Opened {
  page: Page;
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Opens a site path at a size, in a scheme, with or without JavaScript; a phone gets touch. */
async function open(
  sitePath: string,
  options: { size?: { width: number; height: number }; scheme?: 'light' | 'dark'; javaScript?: boolean; before?: (page: Page) => Promise<unknown> | void } = {},
): Promise<Opened> {
  const size = options.size ?? DESKTOP;
  const phone = size.width < 600;
  const context = await (await getBrowser()).newContext({
    viewport: size,
    colorScheme: options.scheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
    hasTouch: phone,
    isMobile: phone,
  });
  const page = await context.newPage();
  await options.before?.(page);
  const response = await page.goto(site(sitePath), { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${sitePath} answered ${response?.status()}`);
  return { page, context, close: () => context.close() };
}

/** Runs `body` on an opened page and closes it whatever happens. */
async function onPage<T>(sitePath: string, options: Parameters<typeof open>[1], body: (page: Page) => Promise<T>): Promise<T> {
  const opened = await open(sitePath, options);
  try {
    return await body(opened.page);
  } finally {
    await opened.close();
  }
}

/** Pages in a PDF, counted by its page objects. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/gu) ?? []).length;
}

/** The department slugs the filter leaves showing. */
const shownRows = (page: Page) => page.$$eval('tr[data-filter-key]', (rows) => rows.filter((row) => !(row as HTMLElement).hidden && (row as HTMLElement).offsetParent !== null).map((row) => (row as HTMLElement).dataset['filterKey']));

describe.each(EDITIONS)('reader tasks in the $locale edition', ({ locale, prefix }) => {
  const edition = editionOf(locale);
  const name = edition.tx(busiestLead.name);

  it(`On a phone, a reader reaches ${busiestLead.name}'s duty sheet (the Hengqin department listed first on the most measures) from the home page in at most 3 taps and sees every lead measure's number and deadline without scrolling sideways`, async () => {
    await onPage(`${prefix}/`, { size: PHONE }, async (page) => {
      let taps = 0;
      await page.locator(`header nav a[href="${prefix}/departments/"]`).tap();
      taps += 1;
      await page.waitForURL(`**${prefix}/departments/`);
      await page.locator(`main a[href="${prefix}/departments/${busiestLead.slug}/"]`).first().tap();
      taps += 1;
      await page.waitForURL(`**${prefix}/departments/${busiestLead.slug}/`);
      expect(taps).toBeLessThanOrEqual(3);
      expect((await page.textContent('h1'))?.trim()).toBe(name);

      const boxes = await page.$$eval('#lead [data-measure-id]', (cards) =>
        cards.map((card) => {
          const box = (selector: string) => {
            const rect = card.querySelector(selector)!.getBoundingClientRect();
            return { left: rect.left, right: rect.right };
          };
          return { id: Number((card as HTMLElement).dataset['measureId']), number: box('.number'), due: box('.due') };
        }),
      );
      expect(boxes.map((b) => b.id).sort((a, b) => a - b)).toEqual([...busiestLead.lead].sort((a, b) => a - b));
      for (const { number, due } of boxes)
        for (const rect of [number, due]) {
          expect(rect.left).toBeGreaterThanOrEqual(0);
          expect(rect.right).toBeLessThanOrEqual(PHONE.width);
        }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  });

  it.each(Object.entries(KEY_PAGES))('On a phone the header of the %s page is at most 120 px tall, and one row on a desktop', async (_, sitePath) => {
    await onPage(`${prefix}${sitePath}`, { size: PHONE }, async (page) => {
      expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(120);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
    await onPage(`${prefix}${sitePath}`, { size: DESKTOP }, async (page) => {
      // What the header shows (a phone-only link is not drawn on a desktop).
      const middles = await page.$$eval('.site-header .site-name, .site-header nav a, .site-header .language-switch, .site-header form', (els) =>
        els.filter((el) => el.getClientRects().length > 0).map((el) => {
          const rect = el.getBoundingClientRect();
          return rect.top + rect.height / 2;
        }),
      );
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(16);
    });
  });

  it(`Breadcrumbs on a measure page take at most 2 lines on a phone (measure ${longestTrail.id}, whose task and area titles are the longest, the first and the last)`, async () => {
    for (const measure of new Set([longestTrail, measures[0]!, measures.at(-1)!])) {
      await onPage(`${prefix}/measures/${measure.id}/`, { size: PHONE }, async (page) => {
        const lines = await page.$$eval('.breadcrumb li', (items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size);
        expect(lines).toBeLessThanOrEqual(2);
        // A shortened step still says its full title, to a pointer (title) and to a screen reader (its text).
        const steps = await page.$$eval('.breadcrumb a', (links) => links.map((a) => ({ text: a.textContent, title: a.getAttribute('title') })));
        for (const step of steps) expect(step.title).toBe(step.text);
      });
    }
  });

  it(`A duty sheet of ${total(twoPageSheet)} measures (${twoPageSheet.name}, the longest of at most ${TWO_PAGE_SHEET}) prints on 2 A4 pages`, async () => {
    await onPage(`${prefix}/departments/${twoPageSheet.slug}/`, { size: DESKTOP }, async (page) => {
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
    });
  });

  it('The printed duty sheet shows no link paths and no screen-only links or controls, and names the document, the department and its side on page 1', async () => {
    const department = twoPageSheet;
    await onPage(`${prefix}/departments/${department.slug}/`, { size: { width: A4_CONTENT.width, height: A4_CONTENT.height } }, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const shown = (el: Element) => el.checkVisibility();
        const citation = document.querySelector('.citation');
        const afterLinks = [...document.querySelectorAll('a[href]')].filter((a) => shown(a)).map((a) => getComputedStyle(a, '::after').content).filter((c) => c !== 'none' && c !== 'normal');
        const clone = document.body.cloneNode(true) as HTMLElement;
        clone.querySelector('.citation')?.remove();
        const top = (selector: string) => {
          const el = document.querySelector(selector);
          return el && shown(el) ? el.getBoundingClientRect().bottom + window.scrollY : Infinity;
        };
        return {
          afterLinks,
          text: document.body.innerText.replace(citation instanceof HTMLElement ? citation.innerText : '', ''),
          screenOnly: [...document.querySelectorAll('a[href*="/network/"], button, input, .site-header, .breadcrumb')].filter(shown).map((el) => el.outerHTML.slice(0, 80)),
          h1: document.querySelector('h1')?.textContent?.trim(),
          document: document.querySelector('.sheet-head .document')?.textContent?.trim(),
          footerTitle: /《[^》]+》/u.exec(document.querySelector('.site-footer')?.textContent ?? '')?.[0],
          bottoms: { document: top('.sheet-head .document'), h1: top('h1'), summary: top('.sheet-head h1 ~ p') },
          summary: document.querySelector('.sheet-head h1 ~ p')?.textContent ?? '',
        };
      });
      expect(printed.afterLinks).toEqual([]);
      expect(printed.text).not.toMatch(/<\/|\/(?:departments|measures|network|groups)\//u);
      expect(printed.screenOnly).toEqual([]);
      expect(printed.h1).toBe(edition.tx(department.name));
      expect(printed.document).toBe(printed.footerTitle);
      expect(printed.summary).toContain(edition.ui.sides.column[department.side]);
      for (const bottom of Object.values(printed.bottoms)) expect(bottom).toBeLessThanOrEqual(A4_CONTENT.height);
    });
  });

  it('The duty sheet\'s print button is disabled without JavaScript and prints the page with it', async () => {
    const path = `${prefix}/departments/${busiestLead.slug}/`;
    await onPage(path, { javaScript: false }, async (page) => {
      expect(await page.locator('print-button button').isDisabled()).toBe(true);
    });
    const stubPrint = (page: Page) =>
      page.addInitScript(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
      });
    await onPage(path, { before: stubPrint }, async (page) => {
      const button = page.locator('print-button button');
      await expect.poll(() => button.isEnabled()).toBe(true);
      await button.click();
      expect(await page.getAttribute('html', 'data-printed')).toBe('yes');
    });
  });

  it('A department page cites the document, the department and its URL, with a copy-link button', async () => {
    await onPage(`${prefix}/departments/${busiestLead.slug}/`, {}, async (page) => {
      const line = (await page.textContent('.citation .line')) ?? '';
      expect(line).toContain(name);
      expect(line).toContain(`${prefix}/departments/${busiestLead.slug}/`);
      await expect.poll(() => page.locator('.citation copy-link button').isEnabled()).toBe(true);
    });
  });

  it('The reading pages (a measure, a duty sheet) load no script beyond their small controls: under 4 KB in all', async () => {
    for (const sitePath of [KEY_PAGES.measure, KEY_PAGES.department]) {
      const loaded: Promise<number>[] = [];
      const countScripts = (page: Page) => {
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script') loaded.push(response.body().then((body) => body.length));
        });
      };
      await onPage(`${prefix}${sitePath}`, { before: countScripts }, async (page) => {
        const inline = await page.$$eval('script:not([src])', (scripts) => scripts.reduce((n, s) => n + (s.textContent?.length ?? 0), 0));
        const bytes = inline + (await Promise.all(loaded)).reduce((a, b) => a + b, 0);
        expect(bytes, sitePath).toBeLessThan(4096);
      });
    }
  });

  it('The footer of every key page leads to the document as published and to the about page', async () => {
    for (const sitePath of Object.values(KEY_PAGES)) {
      const html = await (await fetch(site(`${prefix}${sitePath}`))).text();
      const footer = html.slice(html.indexOf('<footer'));
      for (const target of [`${prefix}/source/`, `${prefix}/about/`]) expect(footer, sitePath).toContain(`href="${target}"`);
    }
    for (const target of [`${prefix}/source/`, `${prefix}/about/`]) expect((await fetch(site(target))).status).toBe(200);
  });

  describe('the departments filter', () => {
    const keysOf = (d: Department) => nameSearchKeys([d.name, ...d.aliases], context);
    const ascii = keysOf(busiestLead).filter((key) => /^[a-z]+$/u.test(key));
    const pinyin = mostBy(ascii, (key) => key.length);
    const initials = mostBy(ascii, (key) => -key.length);
    // Part of the name: its middle, so neither the start nor the whole of it.
    const part = edition.tx(busiestLead.name.slice(1, -1));
    const queries = [
      { kind: 'part of a name', query: part, expected: departments.filter((d) => [d.name, ...d.aliases].some((n) => edition.tx(n).includes(part))) },
      { kind: 'full pinyin', query: pinyin, expected: departments.filter((d) => matchStrength(pinyin, keysOf(d)) > 0) },
      { kind: 'initials', query: initials, expected: departments.filter((d) => matchStrength(initials, keysOf(d)) > 0) },
    ];

    it.each(SIZES)('Typing part of a name, its pinyin or initials in the departments filter leaves only matching departments ($width px)', async (size) => {
      await onPage(`${prefix}/departments/`, { size }, async (page) => {
        const box = page.locator('#name-filter-q');
        await expect.poll(() => box.isEnabled()).toBe(true);
        for (const { kind, query, expected } of queries) {
          await box.fill(query);
          const shown = await shownRows(page);
          expect(shown, `${kind}: ${query}`).toContain(busiestLead.slug);
          expect(new Set(shown), `${kind}: ${query}`).toEqual(new Set(expected.map((d) => d.slug)));
          expect(shown.length).toBeLessThan(departments.length);
          expect(await page.textContent('name-filter [role="status"]')).toContain(String(shown.length));
          expect(new URL(page.url()).searchParams.get('q')).toBe(query);
        }
        await box.fill('');
        expect(await shownRows(page)).toHaveLength(departments.length);
        if (size === PHONE) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      });
    });

    it('Without JavaScript the departments filter is disabled and every department shows', async () => {
      await onPage(`${prefix}/departments/?q=${initials}`, { javaScript: false }, async (page) => {
        expect(await page.locator('#name-filter-q').isDisabled()).toBe(true);
        expect(await shownRows(page)).toHaveLength(departments.length);
      });
    });

    it(`The language switch on /departments/?q=${initials} keeps the query`, async () => {
      const other = EDITIONS.find((e) => e.prefix !== prefix)!;
      await onPage(`${prefix}/departments/?q=${initials}`, { size: PHONE }, async (page) => {
        await expect.poll(async () => (await shownRows(page)).length).toBeLessThan(departments.length);
        const before = await shownRows(page);
        await page.locator('a.language-switch').tap();
        await page.waitForURL((url) => url.pathname === `${other.prefix}/departments/`);
        expect(new URL(page.url()).searchParams.get('q')).toBe(initials);
        await expect.poll(() => shownRows(page)).toEqual(before);
      });
    });
  });

  it.each(SIZES)(`The measures index has contents linking every task and area heading (${taskCount} and ${areaCount}); on a phone they fold away under the first screen's measures ($width px)`, async (size) => {
    await onPage(`${prefix}/measures/`, { size }, async (page) => {
      const targets = await page.$$eval('nav.contents a', (links) => links.map((a) => a.getAttribute('href')!));
      expect(targets).toHaveLength(taskCount + areaCount);
      for (const target of targets) expect(await page.locator(target).count(), target).toBe(1);
      const firstArea = page.locator('nav.contents a[href^="#area-"]').first();
      if (size === PHONE) {
        expect(await firstArea.isVisible()).toBe(false);
        const firstMeasure = (await page.locator('main [data-measure-id]').first().boundingBox())!;
        expect(firstMeasure.y).toBeLessThan(PHONE.height);
        await page.locator('nav.contents summary').tap();
        expect(await firstArea.isVisible()).toBe(true);
      } else {
        expect(await firstArea.isVisible()).toBe(true);
      }
      await firstArea.click();
      const target = (await firstArea.getAttribute('href'))!;
      expect(await page.evaluate(() => location.hash)).toBe(target);
      const heading = (await page.locator(target).boundingBox())!;
      expect(heading.y).toBeGreaterThanOrEqual(-1);
      expect(heading.y).toBeLessThan(size.height / 2);
    });
  });

  it(`A task page (task ${widestTask}, with the most areas) lists its ${areasOfTask(widestTask)} areas at the top, each linked to its heading`, async () => {
    await onPage(`${prefix}/tasks/${widestTask}/`, { size: PHONE }, async (page) => {
      const targets = await page.$$eval('nav.contents a', (links) => links.map((a) => a.getAttribute('href')!));
      expect(targets).toHaveLength(areasOfTask(widestTask));
      for (const target of targets) expect(await page.locator(target).count(), target).toBe(1);
      expect(await page.locator('nav.contents a').first().isVisible()).toBe(true);
    });
  });
});
