import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataUi } from '../../src/lib/i18n/ui/data.ts';
import { assignmentRows, ASSIGNMENTS_CSV_COLUMNS, assignmentsCsv } from '../../src/lib/plan/assignments.ts';
import { toCsv } from '../../src/lib/plan/csv.ts';
import { departmentSlice, measureSlice } from '../../src/lib/plan/dataSlices.ts';
import { MEASURES_CSV_COLUMNS, measuresCsv } from '../../src/lib/plan/measuresCsv.ts';
import { departmentSchema, measureSchema, type Department, type Measure } from '../../src/lib/plan/schema.ts';
import { buildSiteModel } from '../../src/lib/model/siteModel.ts';
import { measureRecord, planRecord } from '../../src/lib/plan/openRecords.ts';
import { readSource } from '../../src/lib/site/readPlan.ts';
import { realModel } from '../support/realModel.ts';
import { realPlan } from '../support/realPlan.ts';

const measures: Measure[] = realPlan().measures;
const departments: Department[] = realPlan().departments;
const model = realModel();

/** Field paths of an object schema, nested objects as "a.b". */
function fieldPaths(schema: z.ZodObject, prefix = ''): string[] {
  return Object.entries(schema.shape).flatMap(([key, inner]) =>
    inner instanceof z.ZodObject ? fieldPaths(inner, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('toCsv', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv([['a', (n: number) => n]], [1, 2]);
    expect(csv).toBe('\uFEFFa\r\n1\r\n2\r\n');
  });

  it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    const csv = toCsv([['text', (s: string) => s]], ['a,b', 'say "hi"', 'two\nlines', '，全角不需要']);
    expect(csv.split('\r\n').slice(1, 5)).toEqual(['"a,b"', '"say ""hi"""', '"two\nlines"', '，全角不需要']);
  });

  it('writes null as an empty field', () => {
    expect(toCsv([['x', () => null]], [0])).toBe('\uFEFFx\r\n\r\n');
  });
});

describe('measures.csv', () => {
  it('has one row per measure, with department lists joined by 、 in order', () => {
    const lines = measuresCsv(model.measures.map(measureRecord)).trimEnd().split('\r\n');
    expect(lines).toHaveLength(measures.length + 1);
    const withMany = measures.find((m) => m.municipal.length > 1)!;
    expect(measuresCsv([measureRecord(model.plans[0]!.measure(withMany.id))])).toContain(withMany.municipal.join('、'));
  });
});

describe('assignments', () => {
  const rows = assignmentRows(model.assignments);

  it('has one row per name in every measure list', () => {
    expect(rows).toHaveLength(measures.reduce((n, m) => n + m.municipal.length + m.district.length, 0));
  });

  it('marks exactly the first name on each side as the lead', () => {
    const leads = rows.filter((r) => r.role === 'lead');
    expect(leads.every((r) => r.position === 1)).toBe(true);
    expect(leads).toHaveLength(measures.reduce((n, m) => n + (m.municipal.length > 0 ? 1 : 0) + (m.district.length > 0 ? 1 : 0), 0));
  });

  it('agrees with every department’s lead and support lists', () => {
    for (const d of departments) {
      const mine = rows.filter((r) => r.slug === d.slug);
      expect(mine.filter((r) => r.role === 'lead').map((r) => r.measure), d.name).toEqual(d.lead);
      expect(mine.filter((r) => r.role === 'support').map((r) => r.measure), d.name).toEqual(d.support);
    }
  });

  it('writes a CSV with one line per assignment', () => {
    expect(assignmentsCsv(rows).trimEnd().split('\r\n')).toHaveLength(rows.length + 1);
  });

  it('publishes the names the measures list, in their order', () => {
    const listed = measures.flatMap((m) => [...m.municipal, ...m.district]);
    expect(rows.map((r) => r.department)).toEqual(listed);
  });
});

describe('the published lists', () => {
  it('hold the parsed records in the model’s order: measures by id, departments municipal first in order of first mention', () => {
    expect(model.plans[0]!.plan.measures.map((m) => m.id)).toEqual([...measures].map((m) => m.id).sort((a, b) => a - b));
    expect(model.plans[0]!.plan.departments.map((d) => d.slug)).toEqual(model.departments.map((d) => d.slug));
  });
});

describe('per-page slices', () => {
  it('resolves a measure’s departments to slugs, lead first on each side', () => {
    const measure = measures.find((m) => m.district.length > 1)!;
    const slice = measureSlice(model.plans[0]!.measure(measure.id));
    expect({ ...slice, departments: undefined }).toEqual({ ...measure, plan: model.plans[0]!.slug, url: `/measures/${measure.id}/`, departments: undefined });
    expect(slice.departments.filter((d) => d.side === 'district').map((d) => d.name)).toEqual(measure.district);
    expect(slice.departments.filter((d) => d.role === 'lead').map((d) => d.name)).toEqual([measure.municipal[0], measure.district[0]]);
  });

  it('gives a department the full measures it leads and supports', () => {
    const department = departments.find((d) => d.lead.length > 0 && d.support.length > 0)!;
    const slice = departmentSlice(model.department(department.slug), model);
    expect(slice.measures.lead[0]).toMatchObject(measures.find((m) => m.id === department.lead[0])!);
    expect(slice.url).toBe(`/departments/${department.slug}/`);
    expect(slice.measures.lead.map((m) => m.id)).toEqual(department.lead);
    expect(slice.measures.support.map((m) => m.id)).toEqual(department.support);
  });
});

describe('the /data/ page documents exactly the published fields', () => {
  it('for measures.json', () => expect(Object.keys(dataUi.fields.measures).sort()).toEqual([...fieldPaths(measureSchema), 'plan', 'url'].sort()));
  it('for departments.json', () => expect(Object.keys(dataUi.fields.departments).sort()).toEqual([...fieldPaths(departmentSchema), 'url', 'duties.plan', 'duties.lead', 'duties.support'].sort()));
  it('for plans.json', () => expect(Object.keys(dataUi.fields.plans).sort()).toEqual(Object.keys(planRecord(model.plans[0]!)).sort()));
  it('for measures.csv', () => expect(Object.keys(dataUi.fields['measures.csv'])).toEqual(MEASURES_CSV_COLUMNS.map(([name]) => name)));
  it('for assignments.csv', () => expect(Object.keys(dataUi.fields['assignments.csv'])).toEqual(ASSIGNMENTS_CSV_COLUMNS.map(([name]) => name)));
});

describe('the site model’s order', () => {
  it('does not depend on the order the collections hand the measures over in', () => {
    const { plan, decisions } = readSource();
    const shuffled = buildSiteModel({ ...plan, measures: [...plan.measures].sort((a, b) => String(a.id).localeCompare(String(b.id))) }, decisions);
    expect(shuffled.departments.map((d) => d.slug)).toEqual(model.departments.map((d) => d.slug));
    expect(shuffled.plans[0]!.plan.departments).toEqual(realPlan().departments);
  });
});
