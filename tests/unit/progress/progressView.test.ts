/**
 * /progress/'s view model and its filters, on the progress fixture (tests/fixtures/progress/,
 * made-up reports whose comments say what each measure must come to as of its asOf): measures
 * 2, 3 and 6 are overdue, the rest are not.
 */
import { describe, expect, it } from 'vitest';
import { sortByDeadline } from '../../../src/lib/plan/sortByDeadline.ts';
import {
  factsAttributes, factsOf, formatFilter, NO_FILTER, parseFilter, partCount, partOf, progressView, rowMatches, type ProgressFilter,
} from '../../../src/lib/progress/progressView.ts';
import { fixturePlanWithProgress } from './fixture.ts';

const model = fixturePlanWithProgress();
const view = progressView(model, model.progress!);
const shown = (filter: Partial<ProgressFilter>) => view.rows.filter((row) => rowMatches(row.facts, { ...NO_FILTER, ...filter })).map((row) => row.measure.id);

describe('progressView', () => {
  it('is as of the file\'s asOf, and counts its reports and the measures they are on', () => {
    expect(view.asOf).toBe('2018-06-30');
    expect(view.reports).toBe(model.progress!.reports.length);
    expect(view.reported).toBe(new Set(model.progress!.reports.map((r) => r.measure)).size);
  });

  it('lists the overdue measures, earliest deadline first', () => {
    const overdue = model.measures.filter((m) => [2, 3, 6].includes(m.id));
    expect(view.overdue.map((m) => m.id)).toEqual(sortByDeadline(overdue).map((m) => m.id));
  });

  it('counts each task and working group over its own measures, the parts adding up to the total', () => {
    for (const rows of [view.byTask, view.byGroup]) {
      expect(rows.reduce((sum, row) => sum + row.counts.total, 0)).toBe(model.measures.length);
      for (const row of rows) expect(row.counts.parts.reduce((sum, part) => sum + part.count, 0)).toBe(row.counts.total);
    }
    expect(view.byTask.map((row) => row.key)).toEqual(model.tasks);
    expect(view.byGroup.map((row) => row.key)).toEqual(model.groups);
  });

  it('counts each department over the measures it is listed first on, each side apart, and only departments listed first somewhere', () => {
    for (const side of ['municipal', 'district'] as const) {
      const leads = model.departments.filter((d) => d.side === side && d.lead.length > 0);
      expect(view.byDepartment[side].map((row) => row.key)).toEqual(leads);
      for (const row of view.byDepartment[side]) expect(row.counts.total).toBe(row.key.lead.length);
    }
  });

  it('counts an overdue measure under 逾期 only (partCount), so a table row adds up to its total', () => {
    const total = view.total;
    expect(partCount(total, 'overdue')).toBe(3);
    expect(['done', 'adjusted', 'inProgress', 'notStarted', 'unreported', 'overdue'].reduce((sum, key) => sum + partCount(total, key as never), 0)).toBe(total.total);
  });

  it('gives every measure a table row with its status, task, group and every department on it', () => {
    expect(view.rows.map((row) => row.measure.id)).toEqual(model.measures.map((m) => m.id));
    const row = view.rows.find((r) => r.measure.id === 3)!;
    expect(row.facts).toEqual({
      status: 'inProgress',
      overdue: true,
      task: row.measure.task.no,
      group: row.measure.group.slug,
      departments: row.measure.assignments.map((a) => a.department.slug),
    });
  });
});

describe('the filters', () => {
  it('read a query string and write it back in a fixed order, "all" left out', () => {
    const filter = parseFilter('?task=1&status=overdue&x=y');
    expect(filter).toEqual({ status: 'overdue', task: '1', group: '', department: '' });
    expect(formatFilter(filter)).toBe('?status=overdue&task=1');
    expect(formatFilter(NO_FILTER)).toBe('');
  });

  it('ignore a status no measure can have, rather than hide every row', () => {
    expect(parseFilter('?status=finished').status).toBe('');
  });

  it('pick by status the rows counted under it: 逾期 the overdue ones, 推进中 those in progress and not overdue', () => {
    expect(shown({ status: 'overdue' })).toEqual([2, 3, 6]);
    expect(shown({ status: 'inProgress' })).toEqual(view.rows.filter((r) => r.facts.status === 'inProgress' && !r.facts.overdue).map((r) => r.measure.id));
    expect(shown({ status: 'inProgress' })).not.toContain(3);
    for (const part of view.total.parts) expect(shown({ status: part.key })).toHaveLength(part.count);
  });

  it('pick by task, working group and department, and combine', () => {
    const task = model.tasks[0]!;
    expect(shown({ task: String(task.no) })).toEqual(task.measures.map((m) => m.id));
    const group = model.groups[0]!;
    expect(shown({ group: group.slug })).toEqual(group.measures.map((m) => m.id));
    const department = model.departments.find((d) => d.slug === 'qu-jia-ju')!;
    expect(shown({ department: department.slug })).toEqual(department.assignments.map((a) => a.measure.id));
    expect(shown({ department: department.slug, status: 'overdue' })).toEqual(department.assignments.map((a) => a.measure.id).filter((id) => [2, 3, 6].includes(id)));
  });

  it('read a row\'s facts back from the data-* attributes written for it', () => {
    for (const row of view.rows) {
      const dataset = Object.fromEntries(Object.entries(factsAttributes(row.facts)).map(([name, value]) => [name.slice('data-'.length), value]));
      expect(factsOf(dataset)).toEqual(row.facts);
      expect(partOf(factsOf(dataset))).toBe(row.facts.overdue ? 'overdue' : row.facts.status);
    }
  });
});
