/**
 * What the progress layer makes of a progress file: reports read and resolved, each measure's
 * history, current status and 逾期, computed as of the file's asOf. The fixture
 * (tests/fixtures/progress/seeds/progress.yaml) says in its comments what each measure must come
 * to; these tests hold the code to it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deadline } from '../../../src/lib/plan/schema.ts';
import { isOverdue, measureProgress } from '../../../src/lib/progress/measureProgress.ts';
import { parseProgress, type ProgressFile } from '../../../src/lib/progress/parseProgress.ts';
import { REPORTED_STATUSES } from '../../../src/lib/progress/schema.ts';
import { sourceFiles } from '../../support/messageContract.ts';
import { FIXTURE_PROGRESS, FIXTURE_SLUG, fixtureFile, fixtureProgress, planIn, readProjectFile, ROOT } from './fixture.ts';

const dated = (date: string): Deadline => ({ label: '8月底', date, completed: false, ongoing: false });
const ONGOING: Deadline = { label: '持续推进', date: null, completed: false, ongoing: true };
const COMPLETED: Deadline = { label: '已完成', date: null, completed: true, ongoing: false };

describe('parseProgress', () => {
  it('reads every report in file order, each at the line of its entry', () => {
    const text = readProjectFile(FIXTURE_PROGRESS);
    const entryLines = text.split('\n').flatMap((line, i) => (/^ {2}- measure:/u.test(line) ? [i + 1] : []));
    const file = fixtureFile();
    expect(file.reports.map((r) => r.source.line)).toEqual(entryLines);
    expect(file.reports.map((r) => r.order)).toEqual(entryLines.map((_, i) => i));
    expect(file.asOf).toBe('2018-06-30');
    expect(file.plan).toBe(FIXTURE_SLUG);
  });

  it('resolves a reporter written under its other name to the name the site uses (仲裁院 is 区仲裁院)', () => {
    const department = planIn().plan.departments.find((d) => d.aliases.includes('仲裁院'))!;
    const report = fixtureFile().reports.find((r) => r.measure === 10)!;
    expect(report.by).toEqual({ slug: department.slug, name: department.name, side: department.side });
  });

  it('keeps a report without `by` as reported by no one, and evidence in the order given', () => {
    const reports = fixtureFile().reports;
    expect(reports.find((r) => r.measure === 5)!.by).toBeNull();
    expect(reports.find((r) => r.measure === 1 && r.status === '已完成')!.evidence.map((e) => e.url)).toEqual(['https://example.gov.cn/notice/1', 'http://example.gov.cn/report/1']);
  });

  it('reads a file whose reports are empty, null or absent as a file with no reports', () => {
    const { plan } = planIn();
    for (const text of ['asOf: 2018-06-30\nreports: []\n', 'asOf: 2018-06-30\nreports:\n', 'asOf: 2018-06-30\n']) {
      expect(parseProgress(text, 'p.yaml', { slug: FIXTURE_SLUG, plan }).reports).toEqual([]);
    }
  });
});

describe('a measure\'s status', () => {
  it('is the latest report on or before asOf, its history sorted by date with one day\'s reports in file order', () => {
    const twelve = fixtureProgress().measure(12);
    expect(twelve.history.map((r) => [r.date, r.status])).toEqual([
      ['2018-02-01', '推进中'],
      ['2018-04-01', '已完成'],
      ['2018-04-01', '已调整'],
    ]);
    expect(twelve.current).toBe(twelve.history.at(-1));
    expect(twelve.status).toBe('已调整');
  });

  it('is 未报告 (null) when the measure has no report', () => {
    const six = fixtureProgress().measure(6);
    expect(six.history).toEqual([]);
    expect(six.current).toBeNull();
    expect(six.status).toBeNull();
    expect(six.statusKey).toBe('unreported');
  });

  it('leaves out a report dated after asOf from the current status, though it stays in the history', () => {
    const file = fixtureFile();
    const earlier: ProgressFile = { ...file, asOf: '2018-03-01' };
    const three = measureProgress(planIn().plan.measures.find((m) => m.id === 3)!, earlier);
    expect(three.history.map((r) => r.date)).toEqual(['2018-01-10', '2018-04-20']);
    expect(three.current?.date).toBe('2018-01-10');
  });

  it('takes every reported status and 未报告 in the fixture', () => {
    const keys = new Set(fixtureProgress().measures.map((m) => m.status));
    expect([...keys].sort()).toEqual([...REPORTED_STATUSES, null].sort());
  });

  it('is overdue exactly where the fixture says: past a dated deadline and neither 已完成 nor 已调整', () => {
    const overdue = fixtureProgress().measures.filter((m) => m.overdue).map((m) => m.measure);
    expect(overdue).toEqual([2, 3, 6]);
  });
});

describe('isOverdue', () => {
  it('counts a dated deadline before asOf as overdue while the measure is open, reported or not', () => {
    expect(isOverdue(dated('2017-08-31'), '推进中', '2018-06-30')).toBe(true);
    expect(isOverdue(dated('2017-08-31'), '未启动', '2018-06-30')).toBe(true);
    expect(isOverdue(dated('2017-08-31'), null, '2018-06-30')).toBe(true);
  });

  it('never counts a measure 已完成 or 已调整 as overdue', () => {
    expect(isOverdue(dated('2017-08-31'), '已完成', '2018-06-30')).toBe(false);
    expect(isOverdue(dated('2017-08-31'), '已调整', '2018-06-30')).toBe(false);
  });

  it('does not count a deadline on asOf itself, nor one after it', () => {
    expect(isOverdue(dated('2018-06-30'), null, '2018-06-30')).toBe(false);
    expect(isOverdue(dated('2018-12-31'), '未启动', '2018-06-30')).toBe(false);
  });

  it('never counts an ongoing deadline (持续推进, 长期) or one the document marks 已完成', () => {
    for (const status of [...REPORTED_STATUSES, null]) {
      expect(isOverdue(ONGOING, status, '2030-01-01')).toBe(false);
      expect(isOverdue(COMPLETED, status, '2030-01-01')).toBe(false);
    }
  });
});

describe('nothing reads the clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('computes the same statuses whatever the date is today', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2000-01-01T00:00:00Z'));
    const before = JSON.stringify(fixtureProgress().measures);
    vi.setSystemTime(new Date('2100-01-01T00:00:00Z'));
    expect(JSON.stringify(fixtureProgress().measures)).toBe(before);
  });

  it('has no Date.now() or argument-less new Date() in src/lib/progress/', () => {
    const readers = sourceFiles(ROOT, 'src/lib/progress').filter((file) => /Date\.now\(|new Date\(\)/u.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(readers).toEqual([]);
  });
});
