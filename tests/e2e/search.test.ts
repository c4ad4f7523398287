/**
 * The search page and the header search box in a real browser: the URL holds the search,
 * results say what they are, the count is announced, the keyboard is enough, nothing breaks
 * without JavaScript, and pages nobody searches from load no search code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathInLocale } from '../../src/lib/i18n/locales.ts';
import { toTraditional } from '../../src/lib/i18n/toTraditional.ts';
import { UI } from '../../src/lib/i18n/ui.ts';
import { fill } from '../../src/lib/i18n/template.ts';
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { parseAliasTable } from '../../src/lib/seed/index.ts';
import { pinyinSyllables } from '../../src/lib/seed/slugify.ts';
import { openPage } from './support/browser.ts';
import { openSearch } from './support/searchDriver.ts';
import { realPlan } from '../support/realPlan.ts';
import { realRoles } from '../support/realRoles.ts';

const measures: Measure[] = realPlan().measures;
const departments: Department[] = realPlan().departments;
const aliases = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const shownState = (page: import('playwright-core').Page, state: string) =>
  page.waitForFunction((s) => document.querySelector<HTMLElement>('site-search')?.dataset['shown'] === s, state);

describe('the search page', () => {
  it('reads ?q= into the box, searches, and writes the query back to the URL as the reader types', async () => {
    const { page, close, externalRequests } = await openPage('/search/?q=工商局');
    try {
      await shownState(page, `?q=${encodeURIComponent('工商局')}`);
      expect(await page.inputValue('#search-q')).toBe('工商局');
      expect(await page.locator('[data-list] li').count()).toBeGreaterThan(0);

      await page.fill('#search-q', '');
      await page.locator('#search-q').pressSequentially('仲裁', { delay: 30 });
      await shownState(page, `?q=${encodeURIComponent('仲裁')}`);
      expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=仲裁');
      expect(await page.locator('[data-list] li a').first().textContent()).toContain('仲裁');
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('restores filters from the URL and writes changed filters back', async () => {
    const { page, close } = await openPage('/search/?q=工商局&side=district');
    try {
      await shownState(page, `?q=${encodeURIComponent('工商局')}&side=district`);
      expect(await page.inputValue('#search-side')).toBe('district');
      await page.selectOption('#search-role', 'lead');
      await shownState(page, `?q=${encodeURIComponent('工商局')}&side=district&role=lead`);
      expect(new URL(page.url()).searchParams.get('role')).toBe('lead');
      const hengqin = departments.find((d) => d.name === '横琴工商局')!;
      const shown = await page.locator('[data-list] a.result-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(shown.sort()).toEqual(hengqin.lead.map((id) => `/measures/${id}/`).sort());
    } finally {
      await close();
    }
  });

  it('announces the number of all results in a live region', async () => {
    const { page, close } = await openPage('/search/?q=调解');
    try {
      await shownState(page, `?q=${encodeURIComponent('调解')}`);
      const status = page.locator('[data-status]');
      expect(await status.getAttribute('role')).toBe('status');
      // Every result is counted; the list shows the first of them, and "more" the rest.
      const shown = await page.locator('[data-results] li').count();
      const [before, after] = UI.search.count.split('{n}') as [string, string];
      const said = new RegExp(`${before}(\\d+)${after.split('。')[0]}`, 'u').exec((await status.textContent())!);
      expect(said).not.toBeNull();
      expect(Number(said![1])).toBeGreaterThanOrEqual(shown);
      if (await page.locator('[data-more]').isHidden()) expect(Number(said![1])).toBe(shown);
    } finally {
      await close();
    }
  });

  it('titles a measure result 第N项 with the start of its text, marks the query in its own text, and names who is first on each side in the document’s terms', async () => {
    const { page, close } = await openPage('/search/?q=调解');
    try {
      await shownState(page, `?q=${encodeURIComponent('调解')}`);
      const first = page.locator('[data-list] li').first();
      const href = (await first.locator('a.result-title').getAttribute('href'))!;
      const measure = measures.find((m) => href.endsWith(`/measures/${m.id}/`))!;
      expect(measure.text).toContain('调解');
      const title = (await first.locator('a.result-title').textContent())!;
      expect(title.startsWith(`第${measure.id}项`)).toBe(true);
      expect(measure.text.startsWith(title.replace(/^第\d+项　/u, '').replace(/…$/u, '').slice(0, 6))).toBe(true);
      expect(await first.locator('.excerpt mark').first().textContent()).toBe('调解');
      const excerpt = (await first.locator('.excerpt').textContent())!;
      expect(excerpt).not.toMatch(/[,;:]|\. /u);
      const facts = (await first.locator('.facts').textContent())!;
      if (measure.municipal[0]) expect(facts).toContain(`${realRoles().municipal.lead}：${measure.municipal[0]}`);
      if (measure.district[0]) expect(facts).toContain(`${realRoles().district.lead}：${measure.district[0]}`);
      expect(facts).not.toContain(`${realRoles().district.lead}：${measure.municipal[0]}`);
      expect(facts).toContain(measure.deadline.label);
    } finally {
      await close();
    }
  });

  it('shows why each page matched, and folds the pages that name a department only in their lists into one line after the rest', async () => {
    // The department with the most co-workers: the most pages that name it only in a list.
    const coWorkers = (d: Department) => new Set(measures.filter((m) => [...m.municipal, ...m.district].includes(d.name)).flatMap((m) => [...m.municipal, ...m.district])).size;
    const department = departments.reduce((best, d) => (coWorkers(d) > coWorkers(best) ? d : best));
    const { page, close } = await openPage(`/search/?q=${encodeURIComponent(department.name)}`);
    try {
      await shownState(page, `?q=${encodeURIComponent(department.name)}`);
      const slugOf = (href: string) => /\/departments\/([^/]+)\/$/u.exec(new URL(href, 'http://x').pathname)?.[1];
      const main = await page.locator('[data-list] li').evaluateAll((items) =>
        items.map((li) => ({ href: li.querySelector('a.result-title')!.getAttribute('href')!, marked: li.querySelector('.excerpt mark')?.textContent ?? null, facts: li.querySelector('.facts')?.textContent ?? '' })),
      );
      // In the main list, the only department pages are those the name is in.
      const named = departments.filter((d) => d.name.includes(department.name)).map((d) => d.slug);
      expect(main.map((r) => slugOf(r.href)).filter((slug) => slug !== undefined).every((slug) => named.includes(slug!))).toBe(true);
      // Every measure found says why: the name marked in its text or in its list of bodies.
      const measureResults = main.filter((r) => /\/measures\/\d+\/$/u.test(r.href));
      expect(measureResults.length).toBeGreaterThan(0);
      for (const r of measureResults) expect(r.marked ?? r.facts).toContain(department.name);

      const fold = page.locator('details[data-mentions]');
      const label = (await fold.locator('summary').textContent())!;
      const [before] = UI.search.mentions.split('{n}') as [string, string];
      const n = Number(label.slice(before.length).match(/^\d+/u)?.[0]);
      expect(n).toBeGreaterThan(0);
      expect(label).toContain(department.name);
      await fold.locator('summary').click();
      await page.locator('[data-mentions-list] li').first().waitFor();
      const folded = await page.locator('[data-mentions-list] li').evaluateAll((items) => items.map((li) => ({ href: li.querySelector('a.result-title')!.getAttribute('href')!, marked: li.querySelector('.excerpt mark')?.textContent ?? '' })));
      const partners = departments.filter((d) => d.slug !== department.slug && coWorkers(d) > 0 && measures.some((m) => [...m.municipal, ...m.district].includes(d.name) && [...m.municipal, ...m.district].includes(department.name)));
      expect(folded.some((r) => partners.some((p) => slugOf(r.href) === p.slug))).toBe(true);
      for (const r of folded) expect(r.marked).toBe(department.name);
    } finally {
      await close();
    }
  });

  it('shows a department result with its name, its side and its counts by role in that side’s terms', async () => {
    for (const side of ['municipal', 'district'] as const) {
      const department = departments.find((d) => d.side === side && d.lead.length > 0)!;
      const { page, close } = await openPage(`/search/?q=${encodeURIComponent(department.name)}`);
      try {
        await shownState(page, `?q=${encodeURIComponent(department.name)}`);
        const first = page.locator('[data-list] li').first();
        expect(await first.locator('a.result-title').textContent()).toBe(department.name);
        const facts = (await first.locator('.facts').textContent())!;
        expect(facts).toContain(UI.sides.column[side]);
        expect(facts).toContain(`${realRoles()[side].lead}${department.lead.length}项`);
        expect(facts).toContain(`${realRoles()[side].support}${department.support.length}项`);
      } finally {
        await close();
      }
    }
  });

  it('loads only the results it shows: a broad query fetches about one screen of page fragments', async () => {
    const { page, close } = await openPage('/search/');
    try {
      const fragments: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/fragment/')) fragments.push(request.url());
      });
      await page.fill('#search-q', '区商务局');
      await shownState(page, `?q=${encodeURIComponent('区商务局')}`);
      const shown = await page.locator('[data-results] li').count();
      expect(fragments.length).toBeLessThanOrEqual(shown);
      expect(shown).toBeLessThanOrEqual(10);
      const more = page.locator('[data-more]');
      expect(await more.isVisible()).toBe(true);
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length > n, shown);
    } finally {
      await close();
    }
  });

  it('moves from the box to the results and back with the arrow keys and Escape, and opens one with Enter', async () => {
    const { page, close } = await openPage('/search/');
    try {
      await page.focus('#search-q');
      await page.keyboard.type('hqgsj');
      await shownState(page, '?q=hqgsj');
      await page.keyboard.press('ArrowDown');
      const first = page.locator('[data-list] a.result-title').first();
      expect(await first.evaluate((a) => a === document.activeElement)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      await page.keyboard.press('ArrowDown');
      const href = (await first.getAttribute('href'))!;
      await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
    } finally {
      await close();
    }
  });

  it('searches only its own edition: the Traditional page links Traditional pages', async () => {
    const search = await openSearch('zh-Hant');
    try {
      const { results } = await search.run('工商局');
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((p) => p.startsWith('/zh-hant/'))).toBe(true);
    } finally {
      await search.close();
    }
  });

  it('says so when a role is asked for but the query names no department', async () => {
    const search = await openSearch('zh-CN');
    try {
      const { status } = await search.run('调解', { role: 'lead' });
      expect(status).toContain(UI.search.roleIgnored);
    } finally {
      await search.close();
    }
  });
});

describe('the search page on a phone (360 × 740)', () => {
  it('folds the filters into a 筛选 disclosure that says how many are set, and shows the first result on the first screen after typing', async () => {
    const { page, close } = await openPage('/search/', { width: 360 });
    try {
      await page.setViewportSize({ width: 360, height: 740 });
      const details = page.locator('details[data-filters]');
      expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await details.locator('summary').textContent()).toBe(UI.filters.label);
      const query = departments.find((d) => d.side === 'district')!.name;
      await page.locator('#search-q').pressSequentially(query, { delay: 20 });
      await shownState(page, `?q=${encodeURIComponent(query)}`);
      const top = await page.locator('[data-list] li').first().evaluate((li) => li.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(0);
      expect(top).toBeLessThan(740);

      await details.locator('summary').click();
      await page.selectOption('#search-side', 'district');
      expect(await details.locator('summary').textContent()).toBe(fill(UI.filters.active, { n: 1, list: UI.sides.column.district }));
    } finally {
      await close();
    }
  });
});

describe('the search page without JavaScript', () => {
  it('lists every department A to Z by pinyin, linking to its page, and links to the measures list', async () => {
    const { page, close } = await openPage('/search/', { javaScript: false });
    try {
      const links = await page.locator('.az .names a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const byPinyin = [...departments].sort((a, b) => {
        const [ka, kb] = [a, b].map((d) => pinyinSyllables(d.name, aliases.readings).join(' '));
        return ka! < kb! ? -1 : ka! > kb! ? 1 : 0;
      });
      expect(links).toEqual(byPinyin.map((d) => `/departments/${d.slug}/`));
      const letters = await page.locator('.az h3').allTextContents();
      expect(letters).toEqual([...letters].sort());
      expect(await page.locator('.az a[href="/measures/"]').count()).toBe(1);
      expect(await page.locator('.filters').evaluate((f) => (f as HTMLFieldSetElement).disabled)).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('task, area and working group pages', () => {
  it('are found by their heading typed in the other script, before any other page', async () => {
    const task = realPlan().tasks[0]!;
    const cases = [
      { edition: 'zh-CN', query: toTraditional(task.title, aliases.traditional) },
      { edition: 'zh-Hant', query: task.title },
    ] as const;
    for (const { edition, query } of cases) {
      const search = await openSearch(edition);
      try {
        const { results } = await search.run(query);
        expect(results[0], `${edition}: ${query}`).toBe(pathInLocale(`/tasks/${task.no}/`, edition));
      } finally {
        await search.close();
      }
    }
  });
});

describe('the header search box', () => {
  it('is a plain form that takes the reader to /search/?q= without JavaScript', async () => {
    const { page, close } = await openPage('/measures/1/', { javaScript: false });
    try {
      await page.fill('#header-search-q', '横琴工商局');
      await Promise.all([page.waitForURL((u) => u.pathname === '/search/'), page.press('#header-search-q', 'Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('横琴工商局');
    } finally {
      await close();
    }
  });

  it('leads to results on the search page with JavaScript', async () => {
    const { page, close } = await openPage('/departments/');
    try {
      await page.fill('#header-search-q', '區商務局');
      await Promise.all([page.waitForURL((u) => u.pathname === '/search/'), page.press('#header-search-q', 'Enter')]);
      await shownState(page, `?q=${encodeURIComponent('區商務局')}`);
      const slug = departments.find((d) => d.name === '区商务局')!.slug;
      expect(await page.locator('[data-list] a.result-title').first().getAttribute('href')).toBe(`/departments/${slug}/`);
    } finally {
      await close();
    }
  });

  it('loads no search code on reading pages, even when the header box is focused: search loads on /search/ only', async () => {
    for (const path of ['/', '/measures/1/', `/departments/${departments[0]!.slug}/`]) {
      const { page, close } = await openPage(path, { javaScript: true });
      try {
        // openPage has already loaded the page; reload with a listener to see every request.
        const requested: string[] = [];
        page.on('request', (request) => requested.push(new URL(request.url()).pathname));
        await page.reload({ waitUntil: 'networkidle' });
        await page.focus('#header-search-q');
        // Whatever the focus set off (at once or when the page is next idle) has been asked
        // for once the page has been idle and a request sent after it has been seen: the
        // browser reports requests in the order they are made.
        await Promise.all([
          page.waitForRequest((request) => request.url().endsWith('/?after-focus')),
          page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => requestAnimationFrame(() => void fetch('/?after-focus').then(() => resolve()))))),
        ]);
        // A reading page may carry its own small controls (copy link, print: their weight is
        // the reader tasks' budget), never Pagefind or the search page's script.
        expect(requested.filter((p) => p.includes('/pagefind/') || /search/iu.test(p)), path).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});
