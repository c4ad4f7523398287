import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../scripts/bench/formatTable.ts';

describe('formatTable', () => {
  it('pads every column to its widest cell and right-aligns numbers', () => {
    expect(formatTable(['page', 'KB'], [['home', 12.5], ['department', 7]])).toBe(
      ['| page       |   KB |', '|------------|-----:|', '| home       | 12.5 |', '| department |    7 |'].join('\n'),
    );
  });

  it('counts a Chinese character as two columns, as a terminal shows it', () => {
    const [header, , row] = formatTable(['名称'], [['横琴']]).split('\n');
    expect(header).toBe('| 名称 |');
    expect(row).toBe('| 横琴 |');
  });
});
