/**
 * One saved fixture per error message: tests/fixtures/seeds/errors/<case>/ holds the seed
 * file(s) (*.md, read in name order as one document, as in seeds/), an alias table if the case
 * needs one (aliases.yaml), the original an imported seed names if the case needs it, and expected.txt, the exact `FILE:LINE: message` the parser must
 * stop with. A case with a sub-folder, or with no seed at all, is a seeds folder's layout (a
 * folder per plan): it is read as the build reads seeds/ (readSite), and its expected.txt
 * may name a path without a line (`FOLDER/: message`). Adding a case is adding a folder. The message contract (tests/support/
 * messageContract.ts) reads the parser's source for every SeedError message it can make and
 * fails when one has no case.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_ALIAS_TABLE, parseAliasTable } from '../../../src/lib/seed/aliasTable.ts';
import { parsePlan } from '../../../src/lib/seed/parsePlan.ts';
import { fileBeside, readSite } from '../../../src/lib/site/readPlan.ts';
import { FIXTURES, readProjectFile, ROOT, seedErrorFrom } from './helpers.ts';
import { describeMessageContract } from '../../support/messageContract.ts';

const CASES = `${FIXTURES}/errors`;
const SEED_SOURCE = 'src/lib/seed';

interface ErrorCase {
  name: string;
  /** The `FILE:LINE: message` the parse must stop with. */
  expected: string;
  /** Parses the case as `npm run parse` would: the alias table first, then the seeds. */
  parse: () => unknown;
}

function errorCase(name: string): ErrorCase {
  const folder = `${CASES}/${name}`;
  const files = readdirSync(path.join(ROOT, folder)).sort();
  const isLayout = files.some((file) => statSync(path.join(ROOT, folder, file)).isDirectory()) || !files.some((file) => file.endsWith('.md'));
  if (isLayout) {
    // The build reads seeds/ from the project root, so the case is read from there too.
    return { name, expected: readProjectFile(`${folder}/expected.txt`).trim(), parse: () => readSite(folder) };
  }
  const seeds = files.filter((file) => file.endsWith('.md')).map((file) => ({ file: `${folder}/${file}`, text: readProjectFile(`${folder}/${file}`) }));
  const aliases = `${folder}/aliases.yaml`;
  return {
    name,
    expected: readProjectFile(`${folder}/expected.txt`).trim(),
    parse: () => {
      const table = existsSync(path.join(ROOT, aliases)) ? parseAliasTable(readProjectFile(aliases), aliases) : EMPTY_ALIAS_TABLE;
      // The original an imported seed names is checked against the file beside it, as the build does.
      return parsePlan(seeds, table, { fileBeside: (seed, name) => fileBeside(path.join(ROOT, seed), name) });
    },
  };
}

const cases = readdirSync(path.join(ROOT, CASES), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => errorCase(entry.name))
  .sort((a, b) => a.name.localeCompare(b.name));

/** A message without its `FILE:LINE: ` prefix. */
const problemOf = (message: string) => message.replace(/^[^\n]*?(?::\d+|\/): /u, '');

describe('a seed with a mistake stops the parse with FILE:LINE: and what is wrong', () => {
  it('has error cases to run', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((errorCase) => [errorCase.name, problemOf(errorCase.expected), errorCase] as const))('errors/%s stops the parse at its line with "%s"', (_, __, { parse, expected }) => {
    expect(seedErrorFrom(parse).message).toBe(expected);
  });
});

describeMessageContract(
  { root: ROOT, dir: SEED_SOURCE, errorClasses: ['SeedError'] },
  cases.map(({ name, expected }) => ({ name, problem: problemOf(expected) })),
  `${CASES}/`,
);
