import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { getBrowser, openPage, site } from './support/browser.ts';
import { realPlan } from '../support/realPlan.ts';

/** The published data, as a reader would download it. */
async function data<T>(file: string): Promise<T> {
  const response = await fetch(site(`/data/${file}`));
  if (!response.ok) throw new Error(`/data/${file}: ${response.status}`);
  return (await response.json()) as T;
}

/** A measure's timeline column: `completed`, `ongoing` or `YYYY-MM`. */
const binOf = (m: Measure) => (m.deadline.completed ? 'completed' : m.deadline.date === null ? 'ongoing' : m.deadline.date.slice(0, 7));

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Ids of the measure marks a reader can see right now. */
const visibleMarks = `Array.from(document.querySelectorAll('.view .mark'))
  .filter((el) => el.checkVisibility())
  .map((el) => Number(el.dataset.id))`;

describe('the deadline timeline', () => {
  it('shows, for every deadline, as many measures as /data/measures.json has, in time order', async () => {
    const measures = await data<Measure[]>('measures.json');
    const expected = countBy(measures, binOf);
    const { page, externalRequests, close } = await openPage('/timeline/');
    try {
      const heads = await page.$$eval('.view[data-mode="task"] >> .col-head', (els) =>
        els.map((el) => ({ bin: el.getAttribute('data-bin')!, total: Number(el.querySelector('.count')!.getAttribute('data-total')), text: el.textContent!.replace(/\s+/gu, '') })),
      );
      const nonEmpty = Object.fromEntries(heads.filter((h) => h.total > 0).map((h) => [h.bin, h.total]));
      expect(nonEmpty).toEqual(expected);
      for (const head of heads) expect(head.text).toContain(`${head.total}项`);
      const months = heads.map((h) => h.bin).filter((bin) => /^\d{4}-\d{2}$/u.test(bin));
      expect(months).toEqual([...months].sort());
      // Every measure has exactly one mark in the task lanes, in its deadline's column.
      const marks = await page.$$eval('.view[data-mode="task"] >> .cell .mark', (els) => els.map((el) => [Number(el.getAttribute('data-id')), el.closest('.cell')!.getAttribute('data-bin')]));
      expect(new Map(marks as [number, string][])).toEqual(new Map(measures.map((m) => [m.id, binOf(m)])));
      expect(marks).toHaveLength(measures.length);
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('labels months as month-ends ("8月底"), never as a precise day', async () => {
    const { page, close } = await openPage('/timeline/');
    try {
      const labels = await page.$$eval('.view[data-mode="task"] >> .col-head .when', (els) => els.map((el) => el.textContent!.trim()));
      for (const label of labels) expect(label).toMatch(/^(?:\d{4}年)?\d{1,2}月底$|^已完成$|^持续推进$/u);
    } finally {
      await close();
    }
  });

  it('filtered by the department with the most measures, shows exactly the measures it leads or supports, and keeps the filter in the URL', async () => {
    const departments = await data<Department[]>('departments.json');
    const busiest = departments.reduce((a, b) => (b.lead.length + b.support.length > a.lead.length + a.support.length ? b : a));
    const { page, close } = await openPage('/timeline/');
    try {
      await page.fill('input[name="dept"]', busiest.name);
      const shown = (await page.evaluate(visibleMarks)) as number[];
      expect(new Set(shown)).toEqual(new Set([...busiest.lead, ...busiest.support]));
      expect(shown).toHaveLength(busiest.lead.length + busiest.support.length);
      expect(await page.textContent('.status')).toContain(`显示${busiest.lead.length + busiest.support.length}项`);
      expect(new URL(page.url()).searchParams.get('dept')).toBe(busiest.slug);

      // Its role shows in each mark's fill, and the status line says which fill means what.
      const roles = await page.$$eval('.mark[data-dept-role]', (els) => els.map((el) => [Number(el.getAttribute('data-id')), el.getAttribute('data-dept-role')]));
      for (const [id, role] of roles) expect(role).toBe(busiest.lead.includes(id as number) ? 'lead' : 'support');
      expect(await page.textContent('.status')).toContain(`实心方块为${busiest.name}牵头`);

      await page.selectOption('select[name="role"]', 'lead');
      expect(new Set((await page.evaluate(visibleMarks)) as number[])).toEqual(new Set(busiest.lead));

      // The same address opens the same view.
      await page.goto(page.url());
      expect(await page.inputValue('input[name="dept"]')).toBe(busiest.name);
      expect(new Set((await page.evaluate(visibleMarks)) as number[])).toEqual(new Set(busiest.lead));
    } finally {
      await close();
    }
  });

  it('says so when a typed name is no department, and shows everything meanwhile', async () => {
    const measures = await data<Measure[]>('measures.json');
    const { page, close } = await openPage('/timeline/');
    try {
      await page.fill('input[name="dept"]', '不存在的局');
      await page.press('input[name="dept"]', 'Tab');
      expect(await page.textContent('.status')).toContain('没有找到“不存在的局”');
      expect(((await page.evaluate(visibleMarks)) as number[]).length).toBe(measures.length);
    } finally {
      await close();
    }
  });

  it('switches lanes to lead departments, where each measure sits in the lane of each of its leads', async () => {
    const [measures, departments] = await Promise.all([data<Measure[]>('measures.json'), data<Department[]>('departments.json')]);
    const { page, close } = await openPage('/timeline/');
    try {
      await page.click('.lane-switch a[data-mode="lead"]');
      expect(new URL(page.url()).searchParams.get('lanes')).toBe('lead');
      const lanes = await page.$$eval('.view[data-mode="lead"] >> .lane', (els) =>
        els
          .filter((el) => el.querySelector('.lane-head')!.checkVisibility())
          .map((el) => [el.getAttribute('data-lane'), Array.from(el.querySelectorAll('.mark')).map((m) => Number(m.getAttribute('data-id'))).sort((a, b) => a - b)]),
      );
      expect(Object.fromEntries(lanes)).toEqual(Object.fromEntries(departments.filter((d) => d.lead.length > 0).map((d) => [d.slug, [...d.lead].sort((a, b) => a - b)])));
      expect(await page.isVisible('.view[data-mode="task"]')).toBe(false);
      expect(lanes.flatMap(([, ids]) => ids as number[])).toHaveLength(measures.reduce((n, m) => n + (m.municipal.length > 0 ? 1 : 0) + (m.district.length > 0 ? 1 : 0), 0));
    } finally {
      await close();
    }
  });

  it('on hover and keyboard focus tells a mark’s number, text and leads, and arrow keys move between marks', async () => {
    const measures = await data<Measure[]>('measures.json');
    const { page, close } = await openPage('/timeline/');
    try {
      const first = page.locator('.view[data-mode="task"] >> .mark[tabindex="0"]');
      const id = Number(await first.getAttribute('data-id'));
      const measure = measures.find((m) => m.id === id)!;
      await first.hover();
      const tip = page.locator('#timeline-tip');
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(measure.text);
      expect(await tip.textContent()).toContain(measure.municipal[0]);
      expect(await tip.textContent()).toContain(`第${id}项`);

      await first.focus();
      await page.keyboard.press('ArrowRight');
      const next = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
      expect(Number(next)).not.toBe(id);
      expect(await page.getAttribute(`.view[data-mode="task"] >> .mark[data-id="${next}"]`, 'tabindex')).toBe('0');
      expect(await page.getAttribute(`.view[data-mode="task"] >> .mark[data-id="${id}"]`, 'tabindex')).toBe('-1');
      expect(await tip.textContent()).toContain(measures.find((m) => m.id === Number(next))!.text);

      await page.keyboard.press('Enter');
      await page.waitForURL(`**/measures/${next}/`);
    } finally {
      await close();
    }
  });

  it('works without JavaScript: every measure is a link, lanes switch by anchor, filters are plainly off', async () => {
    const measures = await data<Measure[]>('measures.json');
    const { page, close } = await openPage('/timeline/', { javaScript: false });
    try {
      const links = await page.$$eval('.view[data-mode="task"] >> .mark', (els) => els.map((el) => (el as HTMLAnchorElement).pathname));
      expect(links.sort()).toEqual(measures.map((m) => `/measures/${m.id}/`).sort());
      expect(await page.isDisabled('select[name="task"]')).toBe(true);
      expect(await page.isVisible('.view[data-mode="task"]')).toBe(true);
      expect(await page.isVisible('.view[data-mode="lead"]')).toBe(false);
      await page.click('.lane-switch a[data-mode="lead"]');
      expect(await page.isVisible('.view[data-mode="lead"]')).toBe(true);
      expect(await page.isVisible('.view[data-mode="task"]')).toBe(false);
      // Every column with measures links to its deadline page, and that page exists.
      const hrefs = await page.$$eval('.view[data-mode="task"] >> .col-head a', (els) => els.map((el) => (el as HTMLAnchorElement).href));
      for (const href of hrefs) expect((await fetch(href)).status).toBe(200);
    } finally {
      await close();
    }
  });

  it('does not move when its script loads: the same boxes as the server render, and no layout shift', async () => {
    const boxes = async (enhance: boolean) => {
      const context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        // JavaScript stays on (so <noscript> stays out); without `enhance` only the timeline's own script is refused.
        if (!enhance) await page.route(/Timeline\.astro.*\.js$/u, (route) => route.abort());
        await page.goto(site('/timeline/'));
        if (enhance) await page.waitForSelector('deadline-timeline[data-ready]');
        else expect(await page.evaluate(() => customElements.get('deadline-timeline'))).toBeUndefined();
        const shift = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let total = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(total), 300);
            }),
        );
        // Native querySelectorAll: these boxes must be the same elements in both runs.
        const rects = await page.evaluate(() =>
          Array.from(document.querySelectorAll('.filters, .status, .lane-switch, #lanes-task, #lanes-task .mark, #timeline-table')).map((el) => {
            const r = el.getBoundingClientRect();
            return `${el.className || el.id} ${[r.x, r.y, r.width, r.height].map(Math.round).join(',')}`;
          }),
        );
        return { shift, rects };
      } finally {
        await context.close();
      }
    };
    const [server, enhanced] = [await boxes(false), await boxes(true)];
    expect(enhanced.rects.length).toBeGreaterThan(10);
    expect(enhanced.rects).toEqual(server.rects);
    expect(enhanced.shift).toBe(0);
  });

  it('loads at most 40 KB of gzipped JavaScript (scripts/js-budget.ts over the built page)', () => {
    const run = spawnSync(process.execPath, ['scripts/js-budget.ts', '/timeline/', '40'], { encoding: 'utf8', env: process.env });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/Timeline[^\n]*\.js/u);
  });

  it('fits a 360px phone: the page does not scroll sideways, the timeline scrolls in its own box', async () => {
    const { page, close } = await openPage('/timeline/', { width: 360 });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const scroller = await page.$eval('.view[data-mode="task"] >> .scroller', (el) => [el.scrollWidth, el.clientWidth]);
      expect(scroller[0]).toBeGreaterThan(scroller[1]!);
    } finally {
      await close();
    }
  });

  it('keeps the Traditional edition Traditional in its tooltips', async () => {
    const zhCn = await openPage('/timeline/');
    const zhHant = await openPage('/zh-hant/timeline/');
    try {
      const tipOf = async (page: typeof zhCn.page) => {
        await page.hover('.view[data-mode="task"] >> .mark[data-id="1"]');
        return page.textContent('#timeline-tip');
      };
      const [simplified, traditional] = [await tipOf(zhCn.page), await tipOf(zhHant.page)];
      expect(traditional).not.toBe(simplified);
      expect(traditional).toContain('牽頭');
    } finally {
      await zhCn.close();
      await zhHant.close();
    }
  });
});

describe('the deadline pages', () => {
  it('answer "what falls due at the end of August, and who leads it?": each measure with its working group and its lead on each side', async () => {
    const measures = await data<Measure[]>('measures.json');
    const { year } = realPlan().meta;
    const key = `${year}-08`;
    const due = measures.filter((m) => binOf(m) === key);
    const { page, close } = await openPage('/timeline/');
    try {
      await page.click(`.view[data-mode="task"] >> .col-head[data-bin="${key}"] a`);
      await page.waitForURL(`**/deadlines/${key}/`);
      expect(await page.textContent('h1')).toContain('8月底');
      const items = await page.$$eval('[data-measure-id]', (els) =>
        els.map((el) => ({
          id: Number(el.getAttribute('data-measure-id')),
          group: el.querySelector('.head .group')?.textContent ?? '',
          leads: Array.from(el.querySelectorAll('.leads .lead')).map((lead) => lead.textContent!.trim()),
        })),
      );
      expect(items.map((i) => i.id).sort((a, b) => a - b)).toEqual(due.map((m) => m.id));
      for (const m of due) {
        const leads = [m.municipal[0], m.district[0]].filter((name): name is string => name !== undefined);
        const item = items.find((i) => i.id === m.id)!;
        expect(item.leads.map((text) => text.replace(/牵头$/u, ''))).toEqual(leads);
        expect(item.group).toContain(m.group);
      }
    } finally {
      await close();
    }
  });

  it('exist for exactly the deadlines some measure has, and the index links to each', async () => {
    const measures = await data<Measure[]>('measures.json');
    const bins = [...new Set(measures.map(binOf))].sort();
    const { page, close } = await openPage('/deadlines/');
    try {
      const listed = await page.$$eval('.bins li', (els) => els.map((el) => el.getAttribute('data-bin')!));
      expect([...listed].sort()).toEqual(bins);
      for (const bin of ['ongoing', 'completed']) {
        const status = (await fetch(site(`/deadlines/${bin}/`))).status;
        expect(status).toBe(bins.includes(bin) ? 200 : 404);
      }
    } finally {
      await close();
    }
  });
});

describe('the department deadline strip', () => {
  it('shows every measure a department leads or supports once, in the right row and column, marked by role in text too', async () => {
    const [measures, departments] = await Promise.all([data<Measure[]>('measures.json'), data<Department[]>('departments.json')]);
    const department = departments.find((d) => d.lead.length > 0 && d.support.length > 0)!;
    const { page, close } = await openPage(`/departments/${department.slug}/`);
    try {
      const marks = await page.$$eval('.deadline-strip .mark', (els) =>
        els.map((el) => ({ id: Number(el.getAttribute('data-id')), role: el.getAttribute('data-role'), bin: el.closest('td')!.getAttribute('data-bin'), label: el.getAttribute('aria-label') })),
      );
      const byId = new Map(measures.map((m) => [m.id, m]));
      expect(marks.filter((m) => m.role === 'lead').map((m) => m.id).sort((a, b) => a - b)).toEqual([...department.lead].sort((a, b) => a - b));
      expect(marks.filter((m) => m.role === 'support').map((m) => m.id).sort((a, b) => a - b)).toEqual([...department.support].sort((a, b) => a - b));
      for (const mark of marks) {
        expect(mark.bin).toBe(binOf(byId.get(mark.id)!));
        expect(mark.label).toContain(mark.role === 'lead' ? '牵头' : '配合');
      }
    } finally {
      await close();
    }
  });
});
