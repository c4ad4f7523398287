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

describe('scripts/parse.ts on a seeds folder of several plans', () => {
  const TWO_PLANS = 'tests/fixtures/plans';

  it('parses every plan as the build does and writes each into a folder named by its slug', { timeout: 60_000 }, () => {
    const out = mkdtempSync(path.join(tmpdir(), 'seed-cli-plans-'));
    outDirs.push(out);
    const run = parseCli(TWO_PLANS, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const slugs = readdirSync(path.join(ROOT, TWO_PLANS), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    expect(readdirSync(out).sort()).toEqual(slugs);
    for (const slug of slugs) {
      expect(readdirSync(path.join(out, slug)).sort()).toEqual(PLAN_FILES);
      const measures = JSON.parse(readFileSync(path.join(out, slug, 'measures.json'), 'utf8')) as { id: number }[];
      // Each plan numbered on its own, from 1.
      expect(measures.map((m) => m.id)).toEqual(measures.map((_, i) => i + 1));
      expect(run.stdout).toContain(`parsed ${measures.length} measures`);
    }
  });

  it('stops on a mistake across plans (two plans with one title) with its FILE:LINE: problem, writing nothing', { timeout: 60_000 }, () => {
    const out = goodOutput();
    const before = snapshot(out);
    const folder = `${FIXTURES}/errors/plans-same-title`;
    const bad = parseCli(folder, '--out', out);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toBe(readFileSync(path.join(ROOT, folder, 'expected.txt'), 'utf8').trim() + '\n');
    expect(bad.stdout).toBe('');
    expect(snapshot(out)).toEqual(before);
  });

  it.each([
    ['a folder with seed files', [TWO_PLANS, GOOD_SEED], `${TWO_PLANS} is a folder: name one seeds folder, or seed files`],
    ['a folder with --aliases', [TWO_PLANS, '--aliases', ALIASES], '--aliases goes with seed files: a seeds folder is parsed with its own aliases.yaml'],
  ])('refuses %s with one plain line, writing nothing', { timeout: 60_000 }, (_, args, message) => {
    const out = goodOutput();
    const before = snapshot(out);
    const bad = parseCli(...args, '--out', out);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toBe(`${message}\n`);
    expect(snapshot(out)).toEqual(before);
  });
});
