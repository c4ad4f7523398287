/**
 * One saved case per message the progress layer can stop with, found by listing the folders:
 *
 * - tests/fixtures/progress/errors/<case>/: a progress file (progress.yaml), checked against the
 *   fixture plan (or against the case's own plan.md and aliases.yaml), and expected.txt, the
 *   exact `FILE:LINE: message`;
 * - tests/fixtures/progress/sheet-errors/<case>/: a filled sheet to read back (sheetCases.ts)
 *   and expected.txt, the messages `npm run progress -- read` prints, one a line.
 *
 * The message contract (tests/support/messageContract.ts) then reads src/lib/progress/ for every
 * message a ProgressError or SheetError can carry and fails when one has no case.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../../src/lib/progress/parseProgress.ts';
import { ProgressError } from '../../../src/lib/progress/ProgressError.ts';
import { describeMessageContract } from '../../support/messageContract.ts';
import { FIXTURE, FIXTURE_SEEDS, FIXTURE_SLUG, planIn, readProjectFile, ROOT } from './fixture.ts';
import { SHEET_CASES, sheetCaseMessages } from './sheetCases.ts';

const FILE_CASES = `${FIXTURE}/errors`;
const folders = (dir: string) => readdirSync(path.join(ROOT, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const expectedOf = (folder: string) => readProjectFile(`${folder}/expected.txt`).trim();

/** A message without its place: `FILE:LINE: ` for a progress file, `file: sheet!cell: ` or `file: ` for a sheet. */
const problemOf = (message: string) => message.replace(/^\S+?:\d+: /u, '').replace(/^\S+?\.(?:xlsx|yaml): (?:[^\s!:]+!?[A-Z]*\d*: )?/u, '');

function parseCase(name: string): unknown {
  const folder = `${FILE_CASES}/${name}`;
  const own = existsSync(path.join(ROOT, folder, 'plan.md'));
  const file = `${folder}/progress.yaml`;
  return parseProgress(readProjectFile(file), file, { slug: FIXTURE_SLUG, plan: planIn(own ? folder : FIXTURE_SEEDS).plan });
}

function thrownBy(action: () => unknown): ProgressError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ProgressError);
    return error as ProgressError;
  }
  throw new Error('expected a ProgressError, but nothing was thrown');
}

describe('a progress file with a mistake stops the read with FILE:LINE: and what is wrong', () => {
  const cases = folders(FILE_CASES);
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.each(cases)('errors/%s stops at its line with the saved message', (name) => {
    expect(thrownBy(() => parseCase(name)).message).toBe(expectedOf(`${FILE_CASES}/${name}`));
  });
});

describe('a filled sheet with a mistake is refused with file, sheet and cell', () => {
  const cases = folders(SHEET_CASES);
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(0);
  });
  it.each(cases)('sheet-errors/%s gives the saved messages', async (name) => {
    expect((await sheetCaseMessages(name)).join('\n')).toBe(expectedOf(`${SHEET_CASES}/${name}`));
  });
});

const saved = [...folders(FILE_CASES).map((name) => `${FILE_CASES}/${name}`), ...folders(SHEET_CASES).map((name) => `${SHEET_CASES}/${name}`)];
describeMessageContract(
  { root: ROOT, dir: 'src/lib/progress', errorClasses: ['ProgressError', 'SheetError'] },
  saved.flatMap((folder) => expectedOf(folder).split('\n').map((message) => ({ name: folder, problem: problemOf(message) }))),
  `${FIXTURE}/errors/ and sheet-errors/`,
);
