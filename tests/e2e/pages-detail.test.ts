import { describe, expect, it } from 'vitest';
import type { Measure } from '../../src/lib/plan/schema.ts';
import { displayText } from '../../src/lib/i18n/displayText.ts';
import { sitePaths } from '../../src/lib/paths.ts';
import { sourceAnchor } from '../../src/lib/sourceAnchor.ts';
import { realModel } from '../support/realModel.ts';
import { openPage, site } from './support/browser.ts';
import { departmentsJson, measuresJson } from './pagesSupport.ts';

/** The one plan of a one-plan site: its pages keep the site's own paths. */
const ONE = { segment: undefined };

/** A few measures worth a look: the first, the last, and the one naming the most departments. */
function sampleMeasures(measures: Measure[]): Measure[] {
  const crowded = [...measures].sort((a, b) => b.municipal.length + b.district.length - (a.municipal.length + a.district.length))[0]!;
  return [...new Map([measures[0]!, crowded, measures.at(-1)!].map((m) => [m.id, m])).values()];
}

describe('a measure page', () => {
  it('lists its departments on each side in order, links each to its duty sheet, and marks the first as lead', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const slugOf = (side: string, name: string) => departments.find((d) => d.side === side && d.name === name)!.slug;
    for (const measure of sampleMeasures(measures)) {
      const { page, close } = await openPage(`/measures/${measure.id}/`, {
        javaScript: false,
      });
      try {
        // Reading pages set the PDF's ASCII punctuation full-width (the decisions file says why).
        expect(await page.textContent('main')).toContain(displayText(measure.text, realModel().decisions.punctuation));
        for (const side of ['municipal', 'district'] as const) {
          const items = await page.$$eval(`section[data-side="${side}"] .department-list > li`, (lis) =>
            lis.map((li) => ({
              name: li.querySelector('a')!.textContent,
              href: li.querySelector('a')!.getAttribute('href'),
              lead: li.querySelector('strong a') !== null && li.querySelector('.badge') !== null,
            })),
          );
          expect(items).toEqual(
            measure[side].map((name, i) => ({
              name,
              href: `/departments/${slugOf(side, name)}/`,
              lead: i === 0,
            })),
          );
        }
        const linked = await page.$$eval('main a[href^="/departments/"]', (as) => as.map((a) => a.getAttribute('href')));
        for (const side of ['municipal', 'district'] as const)
          for (const name of measure[side]) expect(linked).toContain(`/departments/${slugOf(side, name)}/`);
      } finally {
        await close();
      }
    }
  });

  it('shows the deadline label with its date, and links to its row in the document as published', async () => {
    const measures = await measuresJson();
    const dated = measures.find((m) => m.deadline.date !== null)!;
    const { page, close } = await openPage(`/measures/${dated.id}/`, {
      javaScript: false,
    });
    try {
      expect(await page.getAttribute('.facts time', 'datetime')).toBe(dated.deadline.date);
      expect(await page.textContent('.facts time')).toBe(dated.deadline.label);
      expect(await page.getAttribute('.source-link a', 'href')).toBe(`${sitePaths.source(ONE)}#${sourceAnchor(dated)}`);
      expect(await page.textContent('main')).not.toContain('seeds/');
    } finally {
      await close();
    }
  });
});

describe('a department page', () => {
  it('lists exactly the measures of its lead and support lists, for every department', async () => {
    const departments = await departmentsJson();
    // Every duty sheet as served, read by the browser's own HTML parser in one go: loading
    // each page in a tab (its styles, its layout) would add nothing to what its lists hold.
    const { page, close } = await openPage('/departments/', { javaScript: false });
    try {
      const htmls = await Promise.all(departments.map(async (d) => (await fetch(site(`/departments/${d.slug}/`))).text()));
      const listed = await page.evaluate((htmls) =>
        htmls.map((html) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const ids = (section: string) => [...doc.querySelectorAll(`#${section} [data-measure-id]`)].map((li) => Number(li.getAttribute('data-measure-id')));
          return { lead: ids('lead'), support: ids('support') };
        }),
      htmls);
      const sorted = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);
      departments.forEach((department, i) => {
        expect({ slug: department.slug, lead: sorted(listed[i]!.lead) }).toEqual({ slug: department.slug, lead: sorted(department.lead) });
        expect({ slug: department.slug, support: sorted(listed[i]!.support) }).toEqual({ slug: department.slug, support: sorted(department.support) });
      });
    } finally {
      await close();
    }
  });

  it('orders its measures by deadline, earliest first', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const busiest = [...departments].sort((a, b) => b.support.length - a.support.length)[0]!;
    const { page, close } = await openPage(`/departments/${busiest.slug}/`, {
      javaScript: false,
    });
    try {
      const ids = await page.$$eval('#support [data-measure-id]', (lis) => lis.map((li) => Number(li.getAttribute('data-measure-id'))));
      // Completed work first, dated deadlines in order, open-ended ones last.
      const rank = (id: number) => {
        const { deadline } = measures.find((m) => m.id === id)!;
        return deadline.completed ? '0' : deadline.date === null ? '2' : `1${deadline.date}`;
      };
      const ranks = ids.map(rank);
      expect(ids.length).toBe(busiest.support.length);
      expect(ranks).toEqual([...ranks].sort());
    } finally {
      await close();
    }
  });
});

describe('the departments index', () => {
  it('sorts a side’s table by a count column when its header is pressed, largest first, then the other way', async () => {
    const { page, close } = await openPage('/departments/');
    try {
      const table = page.locator('section').filter({ has: page.locator('#municipal') }).locator('table');
      const header = table.locator('thead th').nth(1);
      const counts = () => table.locator('tbody [data-count="lead"]').allTextContents().then((cells) => cells.map(Number));
      const before = await counts();
      await header.getByRole('button').click();
      expect(await header.getAttribute('aria-sort')).toBe('descending');
      expect(await counts()).toEqual([...before].sort((a, b) => b - a));
      await header.getByRole('button').press('Enter');
      expect(await header.getAttribute('aria-sort')).toBe('ascending');
      expect(await counts()).toEqual([...before].sort((a, b) => a - b));
    } finally {
      await close();
    }
  });

  it('shows plain headers without JavaScript', async () => {
    const { page, close } = await openPage('/departments/', { javaScript: false });
    try {
      expect(await page.locator('thead button').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
