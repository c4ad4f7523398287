/**
 * One saved fixture per error message: tests/fixtures/seeds/errors/<case>/ holds the seed
 * file(s) (*.md, read in name order as one document, as in seeds/), an alias table if the case
 * needs one (aliases.yaml), and expected.txt, the exact `FILE:LINE: message` the parser must
 * stop with. Adding a case is adding a folder. The message contract (tests/support/
 * messageContract.ts) reads the parser's source for every SeedError message it can make and
 * fails when one has no case.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_ALIAS_TABLE, parseAliasTable } from '../../../src/lib/seed/aliasTable.ts';
import { parsePlan } from '../../../src/lib/seed/parsePlan.ts';
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
  const seeds = files.filter((file) => file.endsWith('.md')).map((file) => ({ file: `${folder}/${file}`, text: readProjectFile(`${folder}/${file}`) }));
  const aliases = `${folder}/aliases.yaml`;
  return {
    name,
    expected: readProjectFile(`${folder}/expected.txt`).trim(),
    parse: () => {
      const table = existsSync(path.join(ROOT, aliases)) ? parseAliasTable(readProjectFile(aliases), aliases) : EMPTY_ALIAS_TABLE;
      return parsePlan(seeds, table);
    },
  };
}

const cases = readdirSync(path.join(ROOT, CASES), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => errorCase(entry.name))
  .sort((a, b) => a.name.localeCompare(b.name));

/** A message without its `FILE:LINE: ` prefix. */
const problemOf = (message: string) => message.replace(/^[^\n]*?:\d+: /u, '');

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
