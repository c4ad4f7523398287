/**
 * The Nu HTML Checker (vnu.jar, on the machine's Java) over every built page: zero errors.
 * One run of the checker (one JVM) for the whole build, then one test per page so a failure
 * names it.
 */
import { execFile } from 'node:child_process';
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

/**
 * JVM settings for one short batch run: the client compiler only and the serial collector,
 * which halve the checker's CPU time against the defaults (JIT and GC threads that would pay
 * off only over minutes); the checker needs a deeper thread stack than C1's default.
 */
const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss8m'];

const root = builtRoot();
const pages = builtFiles(root).filter((file) => file.endsWith('.html'));

describe('every built page is valid HTML (Nu HTML Checker)', () => {
  const errorsByFile = new Map<string, string[]>();

  beforeAll(async () => {
    // vnu writes its JSON report to stderr, and exits 1 when it found errors.
    const report = await new Promise<string>((resolve, reject) => {
      execFile('java', [...JVM_FLAGS, '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...pages.map((file) => path.join(root, file))], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, _stdout, stderr) => {
        if (error && typeof error.code === 'string') reject(new Error(`cannot run java (${error.message}): install a JRE, e.g. apt-get install -y default-jre-headless`));
        else resolve(stderr);
      });
    });
    const { messages } = JSON.parse(report) as { messages: VnuMessage[] };
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
