import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';
import { departmentsJson, measuresJson } from './pagesSupport.ts';

describe('the home page', () => {
  it('shows the headline figures counted from /data/measures.json and /data/departments.json', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const { page, close } = await openPage('/');
    try {
      const figure = async (key: string) => Number(await page.textContent(`[data-figure="${key}"]`));
      expect(await figure('measures')).toBe(measures.length);
      expect(await figure('municipal')).toBe(departments.filter((d) => d.side === 'municipal').length);
      expect(await figure('district')).toBe(departments.filter((d) => d.side === 'district').length);
      expect(await figure('groups')).toBe(new Set(measures.map((m) => m.group)).size);
    } finally {
      await close();
    }
  });

  it('counts measures per task and per deadline month as the data does', async () => {
    const measures = await measuresJson();
    const perTask = new Map<string, number>();
    const perMonth = new Map<string, number>();
    for (const m of measures) {
      perTask.set(`task-${m.task.no}`, (perTask.get(`task-${m.task.no}`) ?? 0) + 1);
      const key = m.deadline.date?.slice(0, 7) ?? (m.deadline.completed ? 'completed' : 'ongoing');
      perMonth.set(key, (perMonth.get(key) ?? 0) + 1);
    }
    const { page, close } = await openPage('/');
    try {
      const rows = await page.$$eval('tr[data-key]', (trs) =>
        trs.map((tr) => [tr.getAttribute('data-key'), Number(tr.querySelector('.value')?.textContent)] as const),
      );
      const shown = new Map(rows);
      for (const [key, count] of [...perTask, ...perMonth]) expect({ key, count: shown.get(key) }).toEqual({ key, count });
      expect(rows).toHaveLength(perTask.size + perMonth.size);
    } finally {
      await close();
    }
  });

  it('says plainly that the site reproduces the document and tracks no progress', async () => {
    const { page, close } = await openPage('/');
    try {
      expect(await page.textContent('main')).toContain('不跟踪此后的落实进展');
    } finally {
      await close();
    }
  });
});
