/**
 * `astro build` parses the seeds itself (the content loader, src/lib/plan/planLoader.ts): a bad
 * seed must stop it with the parser's FILE:LINE message before the output folder is touched.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.ts';

const work = mkdtempSync(path.join(tmpdir(), 'seed-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build on a bad seed', () => {
  it('exits non-zero with FILE:LINE: problem and leaves the previous build as it was', { timeout: 120_000 }, () => {
    const seeds = path.join(work, 'seeds');
    mkdirSync(seeds);
    copyFileSync(path.join(ROOT, FIXTURES, 'errors/measure-number-missing/seed.md'), path.join(seeds, 'seed.md'));
    copyFileSync(path.join(ROOT, FIXTURES, 'aliases.yaml'), path.join(seeds, 'aliases.yaml'));
    const out = path.join(work, 'dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'the previous build');

    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`, SEEDS_DIR: seeds, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    // Line 7 is the row of measure 4, as that case's expected.txt says (errors.test.ts).
    expect(`${run.stdout}${run.stderr}`).toContain(`${path.join(seeds, 'seed.md')}:7: measure numbers jump to 4`);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous build');
  });
});
