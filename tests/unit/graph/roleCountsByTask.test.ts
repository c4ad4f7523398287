import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/lib/graph/buildGraph.ts';
import { roleCountsByTask } from '../../../src/lib/graph/roleCountsByTask.ts';
import { realModel, realPlan, smallModel } from './smallPlan.ts';

describe('roleCountsByTask', () => {
  it('counts lead and support per task for each department', () => {
    const rows = roleCountsByTask(buildGraph(smallModel()));
    const row = rows.find((r) => r.name === '区商务局')!;
    expect([...row.byTask]).toEqual([[1, { lead: 2, support: 1 }], [2, { lead: 0, support: 1 }]]);
    expect([row.lead, row.support]).toEqual([2, 2]);
  });

  it('adds up, per department, to the measures it leads and supports in the real plan', () => {
    const plan = realPlan();
    const rows = roleCountsByTask(buildGraph(realModel()));
    expect(rows).toHaveLength(plan.departments.length);
    for (const d of plan.departments) {
      const row = rows.find((r) => r.slug === d.slug)!;
      const sum = (role: 'lead' | 'support') => [...row.byTask.values()].reduce((s, c) => s + c[role], 0);
      expect([sum('lead'), sum('support')]).toEqual([d.lead.length, d.support.length]);
    }
  });

  it('lists municipal departments first, each side by lead count then support count', () => {
    const rows = roleCountsByTask(buildGraph(realModel()));
    const firstDistrict = rows.findIndex((r) => r.side === 'district');
    expect(rows.slice(firstDistrict).every((r) => r.side === 'district')).toBe(true);
    for (const side of [rows.slice(0, firstDistrict), rows.slice(firstDistrict)]) {
      side.slice(1).forEach((row, i) => {
        const before = side[i]!;
        expect(before.lead > row.lead || (before.lead === row.lead && before.support >= row.support)).toBe(true);
      });
    }
  });
});
