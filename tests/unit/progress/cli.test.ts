/** scripts/progress.ts run as a person runs it, on a copy of the fixture's seeds folder. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIRST_ROW } from '../../../src/lib/progress/sheet/layout.ts';
import { changeSheet, FIXTURE_SEEDS, planIn, ROOT } from './fixture.ts';

const NODE = path.join(ROOT, 'node_modules/.bin/node');
const work = mkdtempSync(path.join(tmpdir(), 'progress-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const seeds = path.join(work, 'seeds');
cpSync(path.join(ROOT, FIXTURE_SEEDS), seeds, { recursive: true });
const progressFile = path.join(seeds, 'progress.yaml');

function progress(...args: string[]) {
  const run = spawnSync(NODE, [path.join(ROOT, 'scripts/progress.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, SEEDS_DIR: seeds } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run progress', { timeout: 120_000 }, () => {
  const sheet = path.join(work, 'qu-jia-ju.xlsx');

  it('sheet writes the department\'s sheet where --out says', () => {
    const run = progress('sheet', 'qu-jia-ju', '--out', sheet);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*qu-jia-ju\.xlsx: \d+ measures of 区甲局, status as of 2018-06-30\n$/u);
    expect(existsSync(sheet)).toBe(true);
  });

  it('read of a good and a bad sheet prints every problem, exits 1 and leaves the progress file byte-identical', async () => {
    const before = readFileSync(progressFile);
    const good = path.join(work, 'good.xlsx');
    const bad = path.join(work, 'bad.xlsx');
    writeFileSync(good, await changeSheet(new Uint8Array(readFileSync(sheet)), { fill: [{ measure: 6, status: '推进中', date: '2018-06-01' }] }));
    writeFileSync(bad, await changeSheet(new Uint8Array(readFileSync(sheet)), { fill: [{ measure: 7, status: '推进中', dateText: '下个月' }] }));
    const run = progress('read', good, bad);
    expect(run.status).toBe(1);
    const department = planIn().model.department('qu-jia-ju');
    const row = FIRST_ROW + [...department.lead, ...department.support].map((m) => m.id).sort((a, b) => a - b).indexOf(7);
    expect(run.stderr.split('\n')[0]).toBe(`${bad}: 进展填报!H${row}: "下个月" is not a date: write it as YYYY-MM-DD`);
    expect(run.stderr).toContain('nothing was written');
    expect(readFileSync(progressFile).equals(before)).toBe(true);
  });

  it('read of a good sheet adds its report and says so', () => {
    const run = progress('read', path.join(work, 'good.xlsx'), '--as-of', '2018-07-31');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`added 1 report to ${progressFile} (as of 2018-07-31)`);
    expect(readFileSync(progressFile, 'utf8')).toMatch(/asOf: 2018-07-31\n[\s\S]*- measure: 6\n {4}date: 2018-06-01\n {4}status: 推进中\n {4}by: 区甲局\n$/u);
  });

  it('names an unknown department and shows how to call it, without a stack', () => {
    const run = progress('sheet', 'jia-ju');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^no department has the slug "jia-ju" \(did you mean .*qu-jia-ju.*\)\nusage: /u);
    expect(run.stderr).not.toMatch(/ at /u);
  });
});
