/**
 * One fixture per error: the parser stops at the first problem and its message opens with the
 * FILE:LINE: a reader should open to fix it.
 */
import { describe, expect, it } from 'vitest';
import { parseAliasTable } from '../../../src/lib/seed/aliasTable.ts';
import { expectLocation, fixture, FIXTURES, lineOf, parseFixture, readProjectFile, seedErrorFrom } from './helpers.ts';

/** Parses a fixture that must fail; returns its path, text and the error's message. */
function failing(name: string) {
  const { file, text } = fixture(name);
  const error = seedErrorFrom(() => parseFixture(name));
  return { file, text, message: error.message };
}

describe('errors in a seed name the file and line of the offending row', () => {
  it('a row with a missing cell is reported at that row', () => {
    const { file, text, message } = failing('err-missing-cell.md');
    expectLocation(message, file, lineOf(text, '| 2. '));
    expect(message).toContain('a cell is missing');
  });

  it('an empty deadline is reported at its row', () => {
    const { file, text, message } = failing('err-empty-deadline.md');
    expectLocation(message, file, lineOf(text, '| 2. '));
    expect(message).toContain('measure 2 has no deadline');
  });

  it('a measure with no department on either side is reported at its row', () => {
    const { file, text, message } = failing('err-no-department.md');
    expectLocation(message, file, lineOf(text, '| 2. '));
    expect(message).toContain('measure 2 names no department on either side');
  });

  it('a duplicated measure number is reported at its second row, naming the first', () => {
    const { file, text, message } = failing('err-duplicate-number.md');
    expectLocation(message, file, lineOf(text, '| 2. ', 2));
    expect(message).toContain(`measure 2 appears twice (first at ${file}:${lineOf(text, '| 2. ', 1)})`);
  });

  it('a missing measure number (1, 2, 4) is reported at the row of 4', () => {
    const { file, text, message } = failing('err-missing-number.md');
    expectLocation(message, file, lineOf(text, '| 4. '));
    expect(message).toContain('3 is missing');
  });

  it('an unreadable deadline ("下半年") is reported at its row', () => {
    const { file, text, message } = failing('err-unreadable-deadline.md');
    expectLocation(message, file, lineOf(text, '| 2. '));
    expect(message).toContain('cannot read the deadline "下半年"');
  });

  it('a document with no task table is reported at line 1', () => {
    const { file, message } = failing('err-no-table.md');
    expectLocation(message, file, 1);
    expect(message).toContain('no task table');
  });

  it('a table whose columns cannot be understood is reported at its header row', () => {
    const { file, text, message } = failing('err-columns.md');
    expectLocation(message, file, lineOf(text, '| 主要任务 '));
    expect(message).toContain('cannot read this table');
  });
});

describe('errors in the alias table name the file and line', () => {
  const aliasError = (name: string) => {
    const file = `${FIXTURES}/${name}`;
    const text = readProjectFile(file);
    return { file, text, message: seedErrorFrom(() => parseAliasTable(text, file)).message };
  };

  it('bad YAML (an unclosed list) is reported at the file and a line of the list', () => {
    const { file, text, message } = aliasError('aliases-bad-yaml.yaml');
    // The YAML library notices the unclosed "[" when the next key begins.
    expectLocation(message, file, lineOf(text, 'why:'));
  });

  it('an alias without `why` is reported at the line where that alias begins', () => {
    const { file, text, message } = aliasError('aliases-missing-why.yaml');
    expectLocation(message, file, lineOf(text, '- side: district', 2));
    expect(message).toContain('aliases.1.why');
  });
});
