import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/lib/i18n/toTraditional.ts';
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { readSource } from '../../src/lib/site/readPlan.ts';
import { getBrowser, openPage, site } from './support/browser.ts';

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

const idsOf = (d: Department) => [...d.lead, ...d.support];
const sorted = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);

/** Ids of the measure marks a reader can see right now. */
const visibleMarks = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.view .mark'))
      .filter((el) => el.checkVisibility())
      .map((el) => Number(el.dataset['id'])),
  );

/** The reader's screens: a 360 px phone and a desktop. */
const SCREENS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const EDITIONS = [
  { name: 'Simplified', prefix: '' },
  { name: 'Traditional', prefix: '/zh-hant' },
] as const;

/** Opens a page at a screen size, waiting for the timeline's element when it has one. */
async function openAt(pagePath: string, screen: { width: number; height: number }) {
  const context = await (await getBrowser()).newContext({ viewport: { width: screen.width, height: screen.height }, hasTouch: screen.width < 600 });
  const page = await context.newPage();
  await page.goto(site(pagePath));
  if (await page.$('deadline-timeline')) {
    await page.waitForSelector('deadline-timeline[data-ready]');
    // On a phone the filters are folded under 筛选: a reader taps it first.
    const fold = page.locator('deadline-timeline [data-filters]');
    if (!(await fold.evaluate((details) => (details as HTMLDetailsElement).open))) await fold.locator('summary').click();
  }
  return { page, close: () => context.close() };
}

/** Screenshots for a person to look at (not compared): test-results/screenshots/timeline/. */
const SHOTS = path.resolve('test-results/screenshots/timeline');

/** Initials as the slug spells the pinyin: heng-qin-gong-shang-ju → hqgsj. */
const initialsOf = (d: Department) => d.slug.split('-').map((syllable) => syllable[0]).join('');

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

  for (const edition of EDITIONS) {
    for (const screen of SCREENS) {
      describe(`in the ${edition.name} edition on a ${screen.name} (${screen.width}×${screen.height})`, () => {
        it('typing 工商 in the department box shows the measures of every department whose name contains 工商 (横琴工商局 and 市工商局)', async () => {
          const departments = await data<Department[]>('departments.json');
          const holders = departments.filter((d) => d.name.includes('工商'));
          expect(new Set(holders.map((d) => d.side))).toEqual(new Set(['municipal', 'district']));
          const { page, close } = await openAt(`${edition.prefix}/timeline/`, screen);
          try {
            await page.fill('input[name="dept"]', '工商');
            expect(sorted(await visibleMarks(page))).toEqual(sorted(new Set(holders.flatMap(idsOf))));
            expect(await page.textContent('.status')).toMatch(new RegExp(`${holders.length}[个個]部`, 'u'));
            expect(new URL(page.url()).searchParams.get('dept')).toBe('工商');
          } finally {
            await close();
          }
        });

        it('typing a department’s pinyin initials (hqgsj) shows the measures of every department with those initials, and the address reopens the same view', async () => {
          const departments = await data<Department[]>('departments.json');
          const department = departments.find((d) => d.name === '横琴工商局') ?? departments.at(-1)!;
          const sameInitials = departments.filter((d) => initialsOf(d) === initialsOf(department));
          const { page, close } = await openAt(`${edition.prefix}/timeline/`, screen);
          try {
            await page.fill('input[name="dept"]', initialsOf(department));
            expect(sorted(await visibleMarks(page))).toEqual(sorted(new Set(sameInitials.flatMap(idsOf))));
            await page.goto(page.url());
            await page.waitForSelector('deadline-timeline[data-ready]');
            expect(await page.inputValue('input[name="dept"]')).toBe(initialsOf(department));
            expect(sorted(await visibleMarks(page))).toEqual(sorted(new Set(sameInitials.flatMap(idsOf))));
          } finally {
            await close();
          }
        });

        it('a department typed after another replaces it, and the status line says the same as the marks', async () => {
          const departments = await data<Department[]>('departments.json');
          const [first, second] = [...departments].sort((a, b) => idsOf(b).length - idsOf(a).length);
          const { page, close } = await openAt(`${edition.prefix}/timeline/`, screen);
          try {
            await page.fill('input[name="dept"]', first!.slug.replaceAll('-', ''));
            expect(sorted(await visibleMarks(page))).toEqual(sorted(idsOf(first!)));
            await page.fill('input[name="dept"]', second!.slug.replaceAll('-', ''));
            const shown = await visibleMarks(page);
            expect(sorted(shown)).toEqual(sorted(idsOf(second!)));
            const status = (await page.textContent('.status'))!;
            expect(status).toMatch(new RegExp(`${shown.length}[项項]措施`, 'u'));
            await page.fill('input[name="dept"]', '不存在的部门');
            expect(await visibleMarks(page)).toHaveLength((await data<Measure[]>('measures.json')).length);
            expect(await page.textContent('.status')).toContain('不存在的部门');
          } finally {
            await close();
          }
        });

        it('the count table follows the filters: each number is the shown measures of that task and deadline', async () => {
          const [measures, departments] = await Promise.all([data<Measure[]>('measures.json'), data<Department[]>('departments.json')]);
          const holders = departments.filter((d) => d.name.includes('工商'));
          const { page, close } = await openAt(`${edition.prefix}/timeline/`, screen);
          try {
            await page.fill('input[name="dept"]', '工商');
            await page.selectOption('select[name="role"]', 'lead');
            const shown = measures.filter((m) => holders.some((d) => d.lead.includes(m.id)));
            const cells = await page.$$eval('#timeline-table td[data-task][data-bin]', (els) => els.map((el) => [el.getAttribute('data-task'), el.getAttribute('data-bin'), Number(el.textContent)] as const));
            for (const [task, bin, n] of cells) {
              const expected = shown.filter((m) => (task === 'all' || m.task.no === Number(task)) && (bin === 'all' || binOf(m) === bin)).length;
              expect(n, `${task} × ${bin}`).toBe(expected);
            }
            expect(cells.find(([task, bin]) => task === 'all' && bin === 'all')![2]).toBe(shown.length);
            expect(await page.textContent('#timeline-table caption')).toContain(`${shown.length}`);
          } finally {
            await close();
          }
        });

        it('a mark’s card closes when focus moves on to the filters', async () => {
          const { page, close } = await openAt(`${edition.prefix}/timeline/`, screen);
          try {
            const mark = page.locator('.view[data-mode="task"] >> .mark[tabindex="0"]');
            await mark.focus();
            expect(await page.isVisible('#timeline-tip')).toBe(true);
            await page.focus('input[name="dept"]');
            expect(await page.isVisible('#timeline-tip')).toBe(false);
          } finally {
            await close();
          }
        });

        it('the page never scrolls sideways; the timeline scrolls in its own box', async () => {
          const { page, close } = await openAt(`${edition.prefix}/timeline/`, screen);
          try {
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
            mkdirSync(SHOTS, { recursive: true });
            await page.screenshot({ path: path.join(SHOTS, `timeline-${edition.name}-${screen.width}.png`), fullPage: true });
          } finally {
            await close();
          }
        });
      });
    }
  }

  it('a mark’s card closes when the pointer leaves it', async () => {
    const { page, close } = await openAt('/timeline/', SCREENS[1]);
    try {
      await page.hover('.view[data-mode="task"] >> .mark[data-id="1"]');
      expect(await page.isVisible('#timeline-tip')).toBe(true);
      await page.hover('h1');
      expect(await page.isVisible('#timeline-tip')).toBe(false);
    } finally {
      await close();
    }
  });

  it('switches lanes to the first-listed departments, where each measure sits in the lane of each side’s first, named in both sides’ terms', async () => {
    const [measures, departments] = await Promise.all([data<Measure[]>('measures.json'), data<Department[]>('departments.json')]);
    const { page, close } = await openPage('/timeline/');
    try {
      const link = page.locator('.lane-switch a[data-mode="lead"]');
      expect(await link.textContent()).toMatch(/主要支持指导.*牵头/u);
      await link.click();
      expect(new URL(page.url()).searchParams.get('lanes')).toBe('lead');
      const lanes = await page.$$eval('.view[data-mode="lead"] >> .lane', (els) =>
        els
          .filter((el) => el.querySelector('.lane-head')!.checkVisibility())
          .map((el) => [el.getAttribute('data-lane'), Array.from(el.querySelectorAll('.mark')).map((m) => Number(m.getAttribute('data-id'))).sort((a, b) => a - b)]),
      );
      expect(Object.fromEntries(lanes)).toEqual(Object.fromEntries(departments.filter((d) => d.lead.length > 0).map((d) => [d.slug, sorted(d.lead)])));
      expect(await page.isVisible('.view[data-mode="task"]')).toBe(false);
      expect(lanes.flatMap(([, ids]) => ids as number[])).toHaveLength(measures.reduce((n, m) => n + (m.municipal.length > 0 ? 1 : 0) + (m.district.length > 0 ? 1 : 0), 0));
      const sides = await page.$$eval('.view[data-mode="lead"] >> .side-row', (els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-side'), el.textContent!.trim()])));
      expect(sides['municipal']).toContain('主要支持指导部门');
      expect(sides['municipal']).not.toContain('牵头');
      expect(sides['district']).toContain('主要牵头落实部门');
    } finally {
      await close();
    }
  });

  it('never says a municipal department 牵头: cards and marks name each side’s first in its own terms', async () => {
    const measures = await data<Measure[]>('measures.json');
    const { page, close } = await openPage('/timeline/');
    try {
      const cards = await page.$$eval('deadline-timeline template', ([template]) =>
        Array.from((template as HTMLTemplateElement).content.querySelectorAll<HTMLElement>('[data-id]')).map((el) => [Number(el.dataset['id']), Array.from(el.querySelectorAll('.tip-leads')).map((p) => p.textContent!.trim())] as const),
      );
      const labels = new Map(await page.$$eval('.view[data-mode="task"] >> .mark', (els) => els.map((el) => [Number(el.getAttribute('data-id')), el.getAttribute('aria-label')!] as const)));
      for (const [id, lines] of cards) {
        const m = measures.find((x) => x.id === id)!;
        const expected = [...(m.municipal[0] ? [`主要支持指导：${m.municipal[0]}`] : []), ...(m.district[0] ? [`牵头：${m.district[0]}`] : [])];
        expect(lines).toEqual(expected);
        for (const line of expected) expect(labels.get(id)).toContain(line);
      }
    } finally {
      await close();
    }
  });

  it('writes the Traditional edition’s own spellings everywhere a reader gets them: cards, labels and the element’s config', async () => {
    const wrong = readSource()
      .decisions.traditional.flatMap((o) => [o.simplified, toTraditional(o.simplified)])
      .filter((form, i, all) => all.indexOf(form) === i && !readSource().decisions.traditional.some((o) => o.traditional === form));
    expect(wrong.length).toBeGreaterThan(0);
    for (const pagePath of ['/zh-hant/timeline/', '/zh-hant/deadlines/']) {
      const html = await (await fetch(site(pagePath))).text();
      for (const form of wrong) expect(html.includes(form), `${pagePath} has ${form}`).toBe(false);
    }
    const { page, close } = await openPage('/zh-hant/timeline/');
    try {
      await page.hover('.view[data-mode="task"] >> .mark[data-id="1"]');
      const tip = (await page.textContent('#timeline-tip'))!;
      expect(tip).toContain('牽頭');
      for (const form of wrong) expect(tip).not.toContain(form);
    } finally {
      await close();
    }
  });

  it('on keyboard focus tells a mark’s number, text and first-listed departments, and arrow keys move between marks', async () => {
    const measures = await data<Measure[]>('measures.json');
    const { page, close } = await openPage('/timeline/');
    try {
      const first = page.locator('.view[data-mode="task"] >> .mark[tabindex="0"]');
      const id = Number(await first.getAttribute('data-id'));
      const measure = measures.find((m) => m.id === id)!;
      await first.focus();
      const tip = page.locator('#timeline-tip');
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(measure.text);
      expect(await tip.textContent()).toContain(measure.municipal[0]);
      expect(await tip.textContent()).toContain(`第${id}项`);

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
        // Every shift so far, once a frame has been drawn after the script's work: a shift is
        // recorded when the frame it happens in is laid out, so two frames on it is recorded.
        const shift = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const observer = new PerformanceObserver(() => {});
                  observer.observe({ type: 'layout-shift', buffered: true });
                  const shifts = observer.takeRecords() as unknown as { value: number }[];
                  observer.disconnect();
                  resolve(shifts.reduce((total, entry) => total + entry.value, 0));
                }),
              );
            }),
        );
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
});

describe('the deadline pages', () => {
  it('answer "what falls due at the end of August, and who is listed first?": each measure with its working group and its first-listed body on each side', async () => {
    const measures = await data<Measure[]>('measures.json');
    const { year } = readSource().plan.meta;
    const key = `${year}-08`;
    const due = measures.filter((m) => binOf(m) === key);
    const { page, close } = await openPage('/timeline/');
    try {
      await page.click(`.view[data-mode="task"] >> .col-head[data-bin="${key}"] a`);
      await page.waitForURL(`**/deadlines/${key}/`);
      expect(await page.textContent('h1')).toContain('8月底');
      const items = await page.$$eval('[data-measure-id]', (els) =>
        els.map((el) => ({ id: Number(el.getAttribute('data-measure-id')), group: el.querySelector('.head .group')?.textContent ?? '', leads: el.querySelector('.leads')?.textContent ?? '' })),
      );
      expect(sorted(items.map((i) => i.id))).toEqual(due.map((m) => m.id));
      for (const m of due) {
        const item = items.find((i) => i.id === m.id)!;
        for (const name of [m.municipal[0], m.district[0]]) if (name) expect(item.leads).toContain(name);
        expect(item.group).toContain(m.group);
      }
      expect(await page.getAttribute('meta[name="description"]', 'content')).toContain('主要支持指导部门和牵头部门');
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

/** The strip's marks as a reader sees them: where each is, in which deadline row or column, by role. */
const stripMarks = (page: Page) =>
  page.$$eval('.deadline-strip .mark', (els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const when = el.closest('.deadline')!.querySelector('.when')!;
      const w = when.getBoundingClientRect();
      return {
        id: Number(el.getAttribute('data-id')),
        role: el.getAttribute('data-role')!,
        bin: el.closest('.deadline')!.getAttribute('data-bin')!,
        label: el.getAttribute('aria-label')!,
        visible: el.checkVisibility(),
        box: { left: r.left, right: r.right, top: Math.round(r.top) },
        when: { text: when.textContent!.trim(), left: w.left, right: w.right, visible: when.checkVisibility() },
      };
    }),
  );

describe('the department duty sheet’s deadline strip', () => {
  /** The departments the issue names, and the one with the most measures: derived from the data. */
  const chosen = (departments: Department[]) => {
    const busiest = [...departments].sort((a, b) => idsOf(b).length - idsOf(a).length)[0]!;
    return [...new Set([...departments.filter((d) => d.name.includes('工商')), busiest])];
  };

  for (const edition of EDITIONS) {
    it(`on a phone (${edition.name}), shows every lead measure’s number and deadline without scrolling sideways, marks side by side`, async () => {
      const [measures, departments] = await Promise.all([data<Measure[]>('measures.json'), data<Department[]>('departments.json')]);
      for (const department of chosen(departments)) {
        const { page, close } = await openAt(`${edition.prefix}/departments/${department.slug}/`, SCREENS[0]);
        try {
          expect(await page.evaluate(() => document.documentElement.scrollWidth), department.name).toBeLessThanOrEqual(SCREENS[0].width);
          const marks = (await stripMarks(page)).filter((m) => m.visible);
          expect(sorted(marks.filter((m) => m.role === 'lead').map((m) => m.id))).toEqual(sorted(department.lead));
          expect(sorted(marks.filter((m) => m.role === 'support').map((m) => m.id))).toEqual(sorted(department.support));
          for (const mark of marks) {
            expect(mark.box.left, `${department.name} ${mark.id}`).toBeGreaterThanOrEqual(0);
            expect(mark.box.right, `${department.name} ${mark.id}`).toBeLessThanOrEqual(SCREENS[0].width);
            expect(mark.bin).toBe(binOf(measures.find((m) => m.id === mark.id)!));
            expect(mark.when.visible && mark.when.left >= 0 && mark.when.right <= SCREENS[0].width).toBe(true);
          }
          // Every deadline row the strip shows holds a mark: none looks empty.
          const rows = await page.$$eval('.deadline-strip .deadline', (els) => els.filter((el) => el.checkVisibility()).map((el) => el.querySelectorAll('.mark').length));
          expect(rows.every((n) => n > 0)).toBe(true);
          // A role with several measures in one deadline sets them side by side, not one per line.
          const byRow = countBy(marks, (m) => `${m.bin}:${m.role}:${m.box.top}`);
          const crowded = countBy(marks, (m) => `${m.bin}:${m.role}`);
          for (const [key, n] of Object.entries(crowded)) if (n > 1) expect(Object.entries(byRow).some(([row, k]) => row.startsWith(`${key}:`) && k > 1), key).toBe(true);
          if (department.name === '横琴工商局') {
            mkdirSync(SHOTS, { recursive: true });
            await page.locator('#deadlines').scrollIntoViewIfNeeded();
            await page.screenshot({ path: path.join(SHOTS, `strip-${edition.name}-360.png`) });
          }
        } finally {
          await close();
        }
      }
    });

    it(`on a desktop (${edition.name}), reads as a table: the plan’s deadlines as columns, the listed-first row above the other`, async () => {
      const [measures, departments] = await Promise.all([data<Measure[]>('measures.json'), data<Department[]>('departments.json')]);
      const bins = new Set(measures.map(binOf));
      for (const department of chosen(departments)) {
        const { page, close } = await openAt(`${edition.prefix}/departments/${department.slug}/`, SCREENS[1]);
        try {
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SCREENS[1].width);
          const columns = await page.$$eval('.deadline-strip .deadline', (els) => els.filter((el) => el.checkVisibility()).map((el) => el.getAttribute('data-bin')));
          expect(new Set(columns)).toEqual(bins);
          const marks = await stripMarks(page);
          for (const mark of marks) {
            expect(mark.visible).toBe(true);
            expect(mark.box.left).toBeGreaterThanOrEqual(mark.when.left - 1);
            expect(mark.box.right).toBeLessThanOrEqual(mark.when.right + 1);
          }
          const lowestLead = Math.max(...marks.filter((m) => m.role === 'lead').map((m) => m.box.top));
          const highestSupport = Math.min(...marks.filter((m) => m.role === 'support').map((m) => m.box.top));
          if (department.lead.length > 0 && department.support.length > 0) expect(lowestLead).toBeLessThan(highestSupport);
          if (department.name === '横琴工商局') {
            mkdirSync(SHOTS, { recursive: true });
            await page.locator('#deadlines').scrollIntoViewIfNeeded();
            await page.screenshot({ path: path.join(SHOTS, `strip-${edition.name}-1280.png`) });
          }
        } finally {
          await close();
        }
      }
    });
  }

  it('names roles in each side’s own terms: 主要支持指导 / 支持配合 for a municipal department, 牵头 / 配合 for a Hengqin one', async () => {
    const departments = await data<Department[]>('departments.json');
    for (const side of ['municipal', 'district'] as const) {
      const department = departments.find((d) => d.side === side && d.lead.length > 0 && d.support.length > 0)!;
      const { page, close } = await openPage(`/departments/${department.slug}/`);
      try {
        const [lead, support] = side === 'municipal' ? ['主要支持指导', '支持配合'] : ['牵头', '配合'];
        const marks = await stripMarks(page);
        for (const mark of marks) expect(mark.label).toContain(mark.role === 'lead' ? `（${lead}，` : `（${support}，`);
        const text = await page.$eval('.deadline-strip', (el) => `${el.textContent} ${Array.from(el.querySelectorAll('[aria-label]')).map((e) => e.getAttribute('aria-label')).join(' ')}`);
        expect(text).toContain(lead);
        if (side === 'municipal') expect(text).not.toContain('牵头');
      } finally {
        await close();
      }
    }
  });
});
