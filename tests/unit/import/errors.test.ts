/**
 * One saved case per import error message, as the parser has (tests/unit/seed/errors.test.ts):
 * tests/fixtures/import/errors/<case>/ holds the file to import (any name but expected.txt and
 * options.json), expected.txt with the exact `FILE: problem` the import must stop with, and,
 * if the case needs it, options.json: `limits` lowered so that a small file goes past them,
 * `libreOffice: false` for a machine without LibreOffice, `input` naming a file that is not
 * there. Adding a case is adding a folder. The message contract (tests/support/
 * messageContract.ts) reads the importer's source for every ImportError message it can make
 * and fails when one has no case.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/ImportError.ts';
import { DEFAULT_LIMITS } from '../../../src/lib/import/limits.ts';
import { importFile } from '../../../src/lib/site/import/importFile.ts';
import { readProjectFile, ROOT } from '../seed/helpers.ts';
import { describeMessageContract } from '../../support/messageContract.ts';

const CASES = 'tests/fixtures/import/errors';
/** Where ImportErrors are made: the pure importer (its PDF logic in a subfolder) and its readers. */
const SOURCES = ['src/lib/import', 'src/lib/site/import'];
const out = mkdtempSync(path.join(tmpdir(), 'import-errors-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Options {
  input?: string;
  limits?: Partial<typeof DEFAULT_LIMITS>;
  libreOffice?: false;
  /** A stand-in for soffice: `/bin/true` converts nothing. */
  soffice?: string;
}

const cases = readdirSync(path.join(ROOT, CASES), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const folder = `${CASES}/${entry.name}`;
    const files = readdirSync(path.join(ROOT, folder)).filter((name) => name !== 'expected.txt' && name !== 'options.json');
    const options: Options = existsSync(path.join(ROOT, folder, 'options.json')) ? JSON.parse(readProjectFile(`${folder}/options.json`)) : {};
    const input = options.input ?? files[0];
    if (!input || (files.length > 1 && !options.input)) throw new Error(`${folder}: a case holds one file to import (or names it as options.json's input)`);
    return { name: entry.name, input: `${folder}/${input}`, expected: readProjectFile(`${folder}/expected.txt`).trim(), options };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

/** The message without its `FILE: ` prefix. */
const problemOf = (message: string) => message.replace(/^\S+?: /u, '').replace(/^(?:(?:page|table) \d+(?:, row \d+)?|sheet [^:]+|[^\s:]+![A-Z]+\d+(?::[A-Z]+\d+)?): /u, '');

describe('a file the importer cannot read stops it with FILE: and what is wrong', () => {
  it('has error cases to run', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.name, c] as const))('errors/%s', async (_, { input, expected, options }) => {
    const error = await importFile(input, {
      outDir: out,
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      ...(options.libreOffice === false ? { libreOffice: { soffice: null } } : options.soffice ? { libreOffice: { soffice: options.soffice } } : {}),
    }).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(expected);
  });
});

describeMessageContract(
  { root: ROOT, dir: SOURCES, errorClasses: ['ImportError'] },
  cases.map(({ name, expected }) => ({ name, problem: problemOf(expected) })),
  `${CASES}/`,
);
