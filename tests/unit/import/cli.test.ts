/**
 * `npm run import` as a maintainer runs it: a good file gives a seed and its original in
 * --out, which `npm run parse` reads like any seed; a bad one gives one line naming the file
 * and the problem, exit 1, no stack, and nothing in --out.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { planAsDocx } from '../../support/originals.ts';
import { realPlan } from '../../support/realPlan.ts';

const run = (script: string, args: string[]) =>
  promisify(execFile)(process.execPath, [script, ...args], { encoding: 'utf8' }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
const work = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run import', () => {
  it('writes the seed and keeps the original beside it, and npm run parse reads the seed', { timeout: 120_000 }, async () => {
    const full = realPlan();
    const file = path.join(work, 'small-plan.docx');
    writeFileSync(file, await planAsDocx({ ...full, measures: full.measures.slice(0, 3) }));
    const out = path.join(work, 'seeds');
    const imported = await run('scripts/import.ts', [file, '--out', out]);
    expect(imported.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['small-plan.docx', 'small-plan.md']);
    expect(readFileSync(path.join(out, 'small-plan.docx'))).toEqual(readFileSync(file));
    expect(imported.stdout).toMatch(/read 1 table, 3 rows: 3 measures/u);
    const parsed = await run('scripts/parse.ts', [path.join(out, 'small-plan.md'), '--out', path.join(work, 'parsed')]);
    expect(parsed.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(work, 'parsed', 'plan.json'), 'utf8')).originals).toHaveLength(1);
  });

  it('stops at a bad file with its one message, exit 1, no stack trace and nothing in --out', { timeout: 60_000 }, async () => {
    const folder = 'tests/fixtures/import/errors/table-does-not-parse';
    const out = path.join(work, 'not-written');
    const result = await run('scripts/import.ts', [`${folder}/plan.docx`, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(readFileSync(`${folder}/expected.txt`, 'utf8').trim());
    expect(existsSync(out)).toBe(false);
  });
});
