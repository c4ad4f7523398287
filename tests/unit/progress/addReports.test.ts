/** Adding reports to a progress file keeps what is there: comments, order, wording. */
import { describe, expect, it } from 'vitest';
import { addReports } from '../../../src/lib/progress/addReports.ts';
import { parseProgress } from '../../../src/lib/progress/parseProgress.ts';
import type { WrittenReport } from '../../../src/lib/progress/schema.ts';
import { FIXTURE_PROGRESS, FIXTURE_SLUG, planIn, readProjectFile } from './fixture.ts';

const NEW: WrittenReport[] = [
  { measure: 6, date: '2018-06-15', status: '推进中', by: '区甲局', note: '已启动起草。', evidence: [{ title: '起草工作方案', url: 'https://example.gov.cn/plan/6' }] },
  { measure: 7, date: '2018-06-20', status: '未启动' },
];
const read = (text: string) => parseProgress(text, 'p.yaml', { slug: FIXTURE_SLUG, plan: planIn().plan });

describe('addReports', () => {
  const original = readProjectFile(FIXTURE_PROGRESS);

  it('leaves every line of the file as it was, comments included, and adds the reports after the last', () => {
    const text = addReports(original, [{ from: 'a.xlsx', reports: NEW }], '2018-06-30', '');
    expect(text.startsWith(original)).toBe(true);
    expect(text.slice(original.length)).toContain('# added by npm run progress -- read from a.xlsx');
  });

  it('changes only the asOf line when asOf moves', () => {
    const text = addReports(original, [{ from: 'a.xlsx', reports: NEW }], '2018-12-31', '');
    const before = original.trimEnd().split('\n');
    const after = text.split('\n').slice(0, before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
    expect(changed).toEqual([['asOf: 2018-06-30', 'asOf: 2018-12-31']]);
  });

  it('gives back a file that reads as the old reports and then the new, in order, with every field', () => {
    const before = read(original).reports;
    const after = read(addReports(original, [{ from: 'a.xlsx', reports: NEW.slice(0, 1) }, { from: 'b.xlsx', reports: NEW.slice(1) }], '2018-06-30', '')).reports;
    expect(after.slice(0, before.length).map((r) => [r.measure, r.date, r.status, r.note])).toEqual(before.map((r) => [r.measure, r.date, r.status, r.note]));
    expect(after.slice(before.length).map((r) => ({ measure: r.measure, date: r.date, status: r.status, by: r.by?.name, note: r.note ?? undefined, evidence: r.evidence.length > 0 ? r.evidence : undefined }))).toEqual(
      NEW.map((r) => ({ measure: r.measure, date: r.date, status: r.status, by: r.by, note: r.note, evidence: r.evidence })),
    );
  });

  it('makes a new file with its header comment when there is none', () => {
    const text = addReports(null, [{ from: 'a.xlsx', reports: NEW }], '2018-06-30', ' Progress reports on the fixture plan.');
    expect(text.startsWith('# Progress reports on the fixture plan.\n')).toBe(true);
    expect(read(text).reports).toHaveLength(NEW.length);
  });

  it('fills a file whose reports are still empty (`reports:` with nothing under it) as a block list', () => {
    const text = addReports('# kept\nasOf: 2018-06-30\nreports:\n', [{ from: 'a.xlsx', reports: NEW }], '2018-06-30', '');
    expect(text.startsWith('# kept\nasOf: 2018-06-30\nreports:\n  # added by')).toBe(true);
    expect(read(text).reports.map((r) => r.measure)).toEqual([6, 7]);
  });
});
