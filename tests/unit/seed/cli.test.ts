/** scripts/parse.ts, run as the build runs it: a failed parse must not touch earlier output. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');
const PLAN_FILES = ['areas.json', 'departments.json', 'groups.json', 'measures.json', 'plan.json', 'tasks.json'];
const GOOD_SEED = `${FIXTURES}/header-shifted.md`;
const ALIASES = `${FIXTURES}/aliases.yaml`;

function parseCli(...args: string[]) {
  const run = spawnSync(NODE, ['scripts/parse.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file in a folder with its bytes. */
function snapshot(dir: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name))]));
}

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh output folder holding a good parse of GOOD_SEED. */
function goodOutput(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'seed-cli-'));
  outDirs.push(out);
  const good = parseCli(GOOD_SEED, '--out', out, '--aliases', ALIASES);
  expect(good.stderr).toBe('');
  expect(good.status).toBe(0);
  expect(readdirSync(out).sort()).toEqual(PLAN_FILES);
  expect(JSON.parse(readFileSync(path.join(out, 'measures.json'), 'utf8'))).toHaveLength(2);
  return out;
}

/**
 * Error cases from tests/fixtures/seeds/errors/ (errors.test.ts runs them all in memory): a
 * seed mistake, an alias-table mistake, and the two ways a seed can lose text or a department
 * silently no more. The case's seed (or GOOD_SEED, when only its alias table is wrong) and its
 * alias table (or ALIASES) go to the CLI; it must print exactly the case's expected.txt.
 */
const CLI_CASES = ['measure-number-missing', 'aliases-alias-missing-why', 'table-rows-without-separator', 'municipal-departments-empty'];

function cliCase(name: string) {
  const folder = `${FIXTURES}/errors/${name}`;
  const files = readdirSync(path.join(ROOT, folder)).sort();
  const seeds = files.filter((file) => file.endsWith('.md')).map((file) => `${folder}/${file}`);
  return {
    args: [...(seeds.length > 0 ? seeds : [GOOD_SEED]), '--aliases', files.includes('aliases.yaml') ? `${folder}/aliases.yaml` : ALIASES],
    expected: readFileSync(path.join(ROOT, folder, 'expected.txt'), 'utf8').trim(),
  };
}

describe('scripts/parse.ts', () => {
  it.each(CLI_CASES)('on errors/%s exits non-zero, prints only its FILE:LINE: problem, and leaves earlier output byte-identical', { timeout: 60_000 }, (name) => {
    const out = goodOutput();
    const before = snapshot(out);

    const { args, expected } = cliCase(name);
    const bad = parseCli(...args, '--out', out);
    expect(bad.status).not.toBe(0);
    // One line, FILE:LINE: problem, no stack trace.
    expect(bad.stderr).toBe(`${expected}\n`);
    expect(bad.stdout).toBe('');

    // Same names (so no stray temp files) and the same bytes.
    expect(snapshot(out)).toEqual(before);
  });
});
