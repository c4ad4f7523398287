import { describe, expect, it } from 'vitest';
import { openPage, site } from './support/browser.ts';
import { departmentsJson, EDITIONS, measuresJson } from './pagesSupport.ts';

describe('the reading pages without JavaScript', () => {
  it('render their full content: every measure on /measures/, every department on /departments/', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    for (const edition of EDITIONS) {
      const list = await openPage(`${edition}/measures/`, { javaScript: false });
      try {
        const ids = await list.page.$$eval('[data-measure-id]', (lis) => lis.map((li) => Number(li.getAttribute('data-measure-id'))));
        expect(ids).toEqual(measures.map((m) => m.id));
        expect(list.externalRequests).toEqual([]);
      } finally {
        await list.close();
      }
      const table = await openPage(`${edition}/departments/`, { javaScript: false });
      try {
        const rows = await table.page.$$eval('tbody tr', (trs) =>
          trs.map((tr) => [
            tr.querySelector('a')!.getAttribute('href'),
            Number(tr.querySelector('[data-count="lead"]')!.textContent),
            Number(tr.querySelector('[data-count="support"]')!.textContent),
          ]),
        );
        expect(rows).toEqual(departments.map((d) => [`${edition}/departments/${d.slug}/`, d.lead.length, d.support.length]));
      } finally {
        await table.close();
      }
    }
  });

  it('give every kind of page one h1, landmarks, headings that never skip a level, and no outside request', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const paths = [
      '/',
      '/measures/',
      `/measures/${measures[0]!.id}/`,
      '/departments/',
      `/departments/${departments[0]!.slug}/`,
      '/tasks/',
      `/tasks/${measures[0]!.task.no}/`,
      `/areas/${measures[0]!.area.no}/`,
      '/groups/',
      '/no-such-page/',
    ];
    const { page, externalRequests, close } = await openPage('/', { javaScript: false });
    try {
      for (const path of EDITIONS.flatMap((edition) => paths.map((p) => `${edition}${p}`))) {
        await page.goto(site(path));
        const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
        expect({ path, h1: levels.filter((l) => l === 1).length }).toEqual({ path, h1: 1 });
        const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
        expect({ path, skips }).toEqual({ path, skips: [] });
        expect(await page.$$eval('header, nav, main, footer', (els) => els.length)).toBeGreaterThanOrEqual(4);
      }
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('show a helpful 404 for a missing address, linking back into the site', async () => {
    const { page, close } = await openPage('/no-such-page/', { javaScript: false });
    try {
      const links = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(expect.arrayContaining(['/', '/measures/', '/departments/', '/tasks/']));
      expect(await page.$('.language-switch')).toBeNull();
    } finally {
      await close();
    }
  });

  it('fit a 360 px phone screen without sideways scrolling', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    for (const path of ['/', `/measures/${measures[0]!.id}/`, '/departments/', `/departments/${departments[0]!.slug}/`]) {
      const { page, close } = await openPage(path, { width: 360 });
      try {
        expect({ path, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, width: 360 });
      } finally {
        await close();
      }
    }
  });
});
