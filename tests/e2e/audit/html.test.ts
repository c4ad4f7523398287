/**
 * The Nu HTML Checker (vnu.jar, on the machine's Java) over every built page: zero errors.
 * One run of the checker for the whole build, then one test per page so a failure names it.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, builtRoot } from '../support/builtSite.ts';

const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const root = builtRoot();
const pages = builtFiles(root).filter((file) => file.endsWith('.html'));

describe('every built page is valid HTML (Nu HTML Checker)', () => {
  const errorsByFile = new Map<string, string[]>();

  beforeAll(() => {
    const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...pages.map((file) => path.join(root, file))], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.error) throw new Error(`cannot run java (${run.error.message}): install a JRE, e.g. apt-get install -y default-jre-headless`);
    // vnu writes its JSON report to stderr, and exits 1 when it found errors.
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    for (const { type, url, lastLine, message, extract } of messages) {
      if (type !== 'error' && type !== 'non-document-error') continue;
      const file = url ? path.relative(root, new URL(url).pathname).split(path.sep).join('/') : '(checker)';
      errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), `line ${lastLine ?? '?'}: ${message}${extract ? ` — ${extract.trim().slice(0, 120)}` : ''}`]);
    }
  }, 300_000);

  it('the checker ran and reported nothing outside the pages', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(errorsByFile.get('(checker)') ?? []).toEqual([]);
  });

  it.for(pages)('%s', (file) => {
    const errors = errorsByFile.get(file) ?? [];
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
