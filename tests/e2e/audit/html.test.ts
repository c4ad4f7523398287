/**
 * The Nu HTML Checker (vnu.jar, on the machine's Java) over the audited pages of every audited
 * site (tests/e2e/support/auditScope.ts: a sample of every route in `npm test`, every page in
 * `npm run audit`): zero errors. One run of the checker (one JVM) for all of them, then one
 * test per page so a failure names it.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditScopes } from '../support/auditScope.ts';

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

const files = auditScopes().flatMap(({ site, root, files }) => files.map((file) => ({ label: `${site.name}: ${file}`, absolute: path.join(root, file) })));

describe('the audited pages are valid HTML (Nu HTML Checker)', () => {
  const errorsByFile = new Map<string, string[]>();

  beforeAll(async () => {
    // vnu writes its JSON report to stderr, and exits 1 when it found errors.
    const report = await new Promise<string>((resolve, reject) => {
      execFile('java', [...JVM_FLAGS, '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files.map((file) => file.absolute)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, _stdout, stderr) => {
        if (error && typeof error.code === 'string') reject(new Error(`cannot run java (${error.message}): install a JRE, e.g. apt-get install -y default-jre-headless`));
        else resolve(stderr);
      });
    });
    const { messages } = JSON.parse(report) as { messages: VnuMessage[] };
    for (const { type, url, lastLine, message, extract } of messages) {
      if (type !== 'error' && type !== 'non-document-error') continue;
      const file = url ? fileURLToPath(url) : '(checker)';
      errorsByFile.set(file, [...(errorsByFile.get(file) ?? []), `line ${lastLine ?? '?'}: ${message}${extract ? ` — ${extract.trim().slice(0, 120)}` : ''}`]);
    }
  }, 300_000);

  it('the checker ran and reported nothing outside the pages', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(errorsByFile.get('(checker)') ?? []).toEqual([]);
  });

  it.for(files)('$label', ({ absolute }) => {
    const errors = errorsByFile.get(absolute) ?? [];
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
