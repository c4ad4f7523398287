/** The progress layer's open data: one row per report, and the measure records' status fields only where a progress file exists. */
import { describe, expect, it } from 'vitest';
import { PROGRESS_CSV_COLUMNS, progressCsv, progressRows, withProgressFields } from '../../../src/lib/progress/openData.ts';
import { fixtureProgress, planIn } from './fixture.ts';

describe('progressRows', () => {
  const progress = fixtureProgress();
  const rows = progressRows([progress]);

  it('has one row per report of the file', () => {
    expect(rows).toHaveLength(progress.reports.length);
  });

  it('orders the rows by measure, each measure\'s history oldest first', () => {
    const expected = [...progress.measures].sort((a, b) => a.measure - b.measure).flatMap((m) => m.history.map((r) => [r.measure, r.date, r.status]));
    expect(rows.map((r) => [r.measure, r.date, r.status])).toEqual(expected);
  });

  it('publishes names, not objects: the reporter by the name the site uses, or null', () => {
    for (const row of rows) expect(row.by === null || typeof row.by === 'string').toBe(true);
    expect(rows.find((r) => r.measure === 10)!.by).toBe(planIn().plan.departments.find((d) => d.aliases.includes('仲裁院'))!.name);
    expect(rows.find((r) => r.measure === 5)!.by).toBeNull();
  });
});

describe('progressCsv', () => {
  const rows = progressRows([fixtureProgress()]);
  const csv = progressCsv(rows);

  it('opens with a byte-order mark and the column names, one CRLF line per report after them', () => {
    expect(csv.startsWith(`\uFEFF${PROGRESS_CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`)).toBe(true);
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(rows.length + 1);
  });

  it('puts several evidence titles and links one a line in one quoted field each, so they pair up', () => {
    const withTwo = rows.find((r) => r.evidence.length > 1)!;
    expect(csv).toContain(`"${withTwo.evidence.map((e) => e.title).join('\n')}","${withTwo.evidence.map((e) => e.url).join('\n')}"`);
  });
});

describe('withProgressFields', () => {
  const record = planIn().plan.measures[0]!;

  it('leaves a measure record exactly as it was when its plan has no progress file', () => {
    const same = withProgressFields(record, undefined);
    expect(same).toBe(record);
    expect(Object.keys(same)).not.toContain('status');
  });

  it('adds the current status (null for 未报告) and overdue when it has one', () => {
    const progress = fixtureProgress();
    for (const measure of planIn().plan.measures) {
      const mp = progress.measure(measure.id);
      expect(withProgressFields(measure, mp)).toEqual({ ...measure, status: mp.status, overdue: mp.overdue });
    }
  });
});
