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

describe('scripts/parse.ts', () => {
  it('on a bad seed exits non-zero, prints only FILE:LINE: problem, and leaves earlier output byte-identical', { timeout: 60_000 }, () => {
    const out = goodOutput();
    const before = snapshot(out);

    const badSeed = `${FIXTURES}/err-missing-number.md`;
    const bad = parseCli(badSeed, '--out', out, '--aliases', ALIASES);
    expect(bad.status).not.toBe(0);
    // One line, FILE:LINE: problem, no stack trace. Line 7 is the row of measure 4.
    expect(bad.stderr).toMatch(new RegExp(`^${badSeed.replaceAll('.', '\\.')}:7: measure numbers jump to 4[^\\n]*\\n$`));
    expect(bad.stderr).not.toMatch(/^\s+at /m);
    expect(bad.stdout).toBe('');

    // Same names (so no stray temp files) and the same bytes.
    expect(snapshot(out)).toEqual(before);
  });

  it('on a bad alias table exits non-zero with FILE:LINE: and leaves earlier output byte-identical', { timeout: 60_000 }, () => {
    const out = goodOutput();
    const before = snapshot(out);

    const badAliases = `${FIXTURES}/aliases-missing-why.yaml`;
    const bad = parseCli(GOOD_SEED, '--out', out, '--aliases', badAliases);
    expect(bad.status).not.toBe(0);
    // Line 7 is where the alias without `why` begins.
    expect(bad.stderr).toMatch(new RegExp(`^${badAliases.replaceAll('.', '\\.')}:7: aliases\\.1\\.why: [^\\n]*\\n$`));
    expect(bad.stderr).not.toMatch(/^\s+at /m);
    expect(snapshot(out)).toEqual(before);
  });
});
