import { describe, expect, it } from 'vitest';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { binLabel, binLabelWithYear } from '../../../src/lib/timeline/binLabel.ts';
import { deadlineBin } from '../../../src/lib/timeline/deadlineBin.ts';
import { departmentDeadlines } from '../../../src/lib/timeline/departmentDeadlines.ts';
import { timelineColumns } from '../../../src/lib/timeline/timelineColumns.ts';
import { DUE, measure, smallModel } from './measures.ts';

const words = UI.timeline;
const keys = (columns: ReturnType<typeof timelineColumns>) => columns.map((c) => c.bin.key);

describe('deadlineBin', () => {
  it('puts "8月底" in the month 2017-08', () => {
    expect(deadlineBin(DUE.august)).toEqual({ kind: 'month', key: '2017-08', year: 2017, month: 8 });
  });

  it('puts a year-end deadline ("年底") in December', () => {
    expect(deadlineBin(DUE.yearEnd).key).toBe('2017-12');
  });

  it('puts "2018年3月底" in a 2017 plan in 2018-03, not in the plan year', () => {
    expect(deadlineBin(DUE.march2018)).toEqual({ kind: 'month', key: '2018-03', year: 2018, month: 3 });
  });

  it('gives completed and ongoing measures their own bins instead of a date', () => {
    expect(deadlineBin(DUE.completed)).toEqual({ kind: 'completed', key: 'completed' });
    expect(deadlineBin(DUE.ongoing)).toEqual({ kind: 'ongoing', key: 'ongoing' });
  });
});

describe('binLabel', () => {
  it('names a month of the plan year as the document does, "8月底", with no day', () => {
    const label = binLabel(deadlineBin(DUE.august), 2017, words);
    expect(label).toBe('8月底');
    expect(label).not.toMatch(/31|日/u);
  });

  it('spells out the year of a deadline outside the plan year: "2018年3月底"', () => {
    expect(binLabel(deadlineBin(DUE.march2018), 2017, words)).toBe('2018年3月底');
  });

  it('spells the year out on request, for a page that must be clear on its own: "2017年8月底"', () => {
    expect(binLabelWithYear(deadlineBin(DUE.august), words)).toBe('2017年8月底');
    expect(binLabelWithYear(deadlineBin(DUE.completed), words)).toBe('已完成');
  });

  it('labels the undated bins in words', () => {
    expect(binLabel(deadlineBin(DUE.completed), 2017, words)).toBe('已完成');
    expect(binLabel(deadlineBin(DUE.ongoing), 2017, words)).toBe('持续推进');
  });
});

describe('timelineColumns', () => {
  it('orders completed first, then months in time, then ongoing, whatever the measures order', () => {
    const columns = timelineColumns([
      measure(1, DUE.ongoing),
      measure(2, DUE.august),
      measure(3, DUE.completed),
      measure(4, DUE.may),
    ]);
    expect(keys(columns)).toEqual(['completed', '2017-05', '2017-06', '2017-07', '2017-08', 'ongoing']);
  });

  it('keeps months with nothing due inside the span as empty columns', () => {
    const columns = timelineColumns([measure(1, DUE.may), measure(2, DUE.august)]);
    expect(columns.map((c) => c.ids)).toEqual([[1], [], [], [2]]);
  });

  it('runs the months on into the next year for a cross-year deadline', () => {
    const columns = timelineColumns([measure(1, DUE.november), measure(2, DUE.march2018)]);
    expect(keys(columns)).toEqual(['2017-11', '2017-12', '2018-01', '2018-02', '2018-03']);
    expect(columns.at(-1)!.ids).toEqual([2]);
  });

  it('collects every measure of a month in ascending order', () => {
    const columns = timelineColumns([measure(9, DUE.august), measure(3, DUE.august), measure(5, DUE.august)]);
    expect(columns).toEqual([{ bin: deadlineBin(DUE.august), ids: [3, 5, 9] }]);
  });

  it('has no completed or ongoing column when no measure is in them', () => {
    expect(keys(timelineColumns([measure(1, DUE.august)]))).toEqual(['2017-08']);
  });

  it('has only the undated columns when no measure has a date', () => {
    expect(keys(timelineColumns([measure(1, DUE.ongoing), measure(2, DUE.completed)]))).toEqual(['completed', 'ongoing']);
  });
});

describe('departmentDeadlines', () => {
  it('splits a department’s measures in each column into those it is listed first on and those it is listed after', () => {
    const measures = [
      measure(1, DUE.may, { municipal: ['市甲局'], district: ['区甲局', '区乙局'] }),
      measure(2, DUE.may, { municipal: ['市甲局'], district: ['区乙局'] }),
      measure(3, DUE.august, { municipal: ['市甲局'], district: ['区甲局', '区乙局'] }),
      measure(4, DUE.completed, { municipal: ['市甲局'], district: ['区乙局'] }),
    ];
    const model = smallModel(measures);
    const department = model.departments.find((d) => d.name === '区乙局')!;
    const strip = departmentDeadlines(department, timelineColumns(model.measures));
    expect(strip.map(({ column, led, supported }) => [column.bin.key, led, supported])).toEqual([
      ['completed', [4], []],
      ['2017-05', [2], [1]],
      ['2017-06', [], []],
      ['2017-07', [], []],
      ['2017-08', [], [3]],
    ]);
  });
});
