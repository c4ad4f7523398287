import { describe, expect, it } from 'vitest';
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { site } from './support/browser.ts';
import { realPlan } from '../support/realPlan.ts';

const { measures: parsedMeasures, departments: parsedDepartments } = realPlan();
const download = async (path: string) => {
  const response = await fetch(site(path));
  expect(response.status, path).toBe(200);
  // Keep the byte-order mark: it is part of what is published.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
};

/** A minimal RFC 4180 reader, enough to check the published CSV files round-trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += char;
  }
  return rows;
}

describe('the published data files', () => {
  it('serve measures.json and departments.json exactly as parsed', async () => {
    // As parsed, with each measure's plan and page, and each department's page and duties plan by plan.
    const [plan] = JSON.parse(await download('/data/plans.json')) as { slug: string }[];
    expect(JSON.parse(await download('/data/measures.json'))).toEqual(parsedMeasures.map((m) => ({ ...m, plan: plan!.slug, url: `/measures/${m.id}/` })));
    expect(JSON.parse(await download('/data/departments.json'))).toEqual(
      parsedDepartments.map((d) => ({ ...d, url: `/departments/${d.slug}/`, duties: [{ plan: plan!.slug, lead: d.lead, support: d.support }] })),
    );
  });

  it('serve measures.csv with a byte-order mark and one row per measure that matches measures.json', async () => {
    const measures: Measure[] = parsedMeasures;
    const text = await download('/data/measures.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(rows).toHaveLength(measures.length);
    const column = (name: string) => header!.indexOf(name);
    rows.forEach((row, i) => {
      const measure = measures[i]!;
      expect(Number(row[column('id')])).toBe(measure.id);
      expect(row[column('text')]).toBe(measure.text);
      expect(row[column('district')]).toBe(measure.district.join('、'));
      expect(row[column('deadline_date')]).toBe(measure.deadline.date ?? '');
    });
  });

  it('serve assignments.csv whose rows agree with every department’s lead and support lists', async () => {
    const departments: Department[] = parsedDepartments;
    const [header, ...rows] = parseCsv((await download('/data/assignments.csv')).slice(1));
    const at = (name: string) => header!.indexOf(name);
    for (const d of departments) {
      const mine = rows.filter((r) => r[at('slug')] === d.slug);
      expect(mine.filter((r) => r[at('role')] === 'lead').map((r) => Number(r[at('measure')])), d.name).toEqual(d.lead);
      expect(mine.filter((r) => r[at('role')] === 'support').map((r) => Number(r[at('measure')])), d.name).toEqual(d.support);
      expect(new Set(mine.map((r) => r[at('side')]))).toEqual(new Set([d.side]));
    }
  });

  it('serve a JSON slice for every measure and department that matches the whole files', async () => {
    const measures: Measure[] = parsedMeasures;
    const departments: Department[] = parsedDepartments;
    for (const measure of measures) {
      const slice = JSON.parse(await download(`/data/measures/${measure.id}.json`));
      expect({ ...slice, departments: undefined, plan: undefined, url: undefined }).toEqual({ ...measure, departments: undefined });
    }
    for (const department of departments) {
      const slice = JSON.parse(await download(`/data/departments/${department.slug}.json`));
      expect(slice.lead).toEqual(department.lead);
      expect(slice.measures.support.map((m: Measure) => m.id)).toEqual(department.support);
    }
  });

  it('are documented on the /data/ page, each linked for download', async () => {
    const page = await download('/data/');
    for (const file of ['measures.json', 'departments.json', 'measures.csv', 'assignments.csv']) {
      expect(page).toContain(`href="/data/${file}"`);
    }
  });
});
