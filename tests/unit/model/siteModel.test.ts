import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../../src/lib/model/siteModel.ts';
import { readSource } from '../../../src/lib/site/readPlan.ts';

const { plan, decisions } = readSource();
const site = buildSiteModel(plan, decisions);
const model = site.plans[0]!;

describe('the site model of the real seed', () => {
  it('holds every measure once, in document order, linked to its neighbours', () => {
    expect(model.measures.map((m) => m.id)).toEqual(plan.measures.map((m) => m.id).sort((a, b) => a - b));
    for (const [i, measure] of model.measures.entries()) {
      expect(measure.previous).toBe(model.measures[i - 1]);
      expect(measure.next).toBe(model.measures[i + 1]);
    }
  });

  it("resolves each measure's lists to department objects in the document's order, the first on each side as lead", () => {
    for (const record of plan.measures) {
      const measure = model.measure(record.id);
      for (const side of ['municipal', 'district'] as const) {
        expect(measure[side].map((a) => a.department.name)).toEqual(record[side]);
        expect(measure[side].map((a) => a.role)).toEqual(record[side].map((_, i) => (i === 0 ? 'lead' : 'support')));
        expect(measure[side].map((a) => a.position)).toEqual(record[side].map((_, i) => i + 1));
        for (const a of measure[side]) expect(a.department.side).toBe(side);
      }
    }
  });

  it("gives each department the measures the parser's records list for it, by role", () => {
    for (const record of plan.departments) {
      const department = site.department(record.slug);
      expect(department.lead.map((m) => m.id)).toEqual([...record.lead].sort((a, b) => a - b));
      expect(department.support.map((m) => m.id)).toEqual([...record.support].sort((a, b) => a - b));
    }
  });

  it('lists municipal departments before district ones', () => {
    const sides = model.departments.map((d) => d.side);
    expect(sides.indexOf('district')).toBeGreaterThan(sides.lastIndexOf('municipal'));
  });

  it("counts a department's co-workers by shared measures, most shared first, never itself", () => {
    for (const department of model.departments) {
      const counts = department.coWorkers.map((c) => c.measures.length);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      expect(department.coWorkers.some((c) => c.department === department)).toBe(false);
      for (const { department: partner, measures } of department.coWorkers) {
        for (const m of measures) expect(m.assignments.some((a) => a.department === partner)).toBe(true);
        const expected = model.measures.filter(
          (m) => m.assignments.some((a) => a.department === department) && m.assignments.some((a) => a.department === partner),
        );
        expect(measures).toEqual(expected);
      }
    }
  });

  it('puts each measure under its task, area and working group', () => {
    for (const measure of model.measures) {
      expect(measure.task.measures).toContain(measure);
      expect(measure.area.measures).toContain(measure);
      expect(measure.group.measures).toContain(measure);
      expect(measure.area.task).toBe(measure.task);
      expect(measure.task.areas).toContain(measure.area);
    }
    expect(model.tasks.flatMap((t) => t.measures)).toHaveLength(model.measures.length);
  });

  it('is frozen, so no page can reorder what another page reads', () => {
    expect(Object.isFrozen(model.measures)).toBe(true);
    expect(Object.isFrozen(model.measures[0])).toBe(true);
    expect(() => (model.measures as unknown as number[]).push(1)).toThrow();
  });

  it('says which lookup failed when asked for something the plan does not have', () => {
    expect(() => site.department('no-such-body')).toThrow(/department no-such-body/u);
    expect(() => model.measure(model.measures.length + 1)).toThrow(/measure/u);
  });
});
