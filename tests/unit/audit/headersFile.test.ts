import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directive } from '../../e2e/audit/checks/cspProblems.ts';
import { headersFor, parseHeadersFile } from '../../e2e/audit/checks/headersFile.ts';

const sample = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'none'

/pagefind/*
  Cache-Control: public, max-age=60
`;

describe('parseHeadersFile and headersFor', () => {
  it('reads blocks of indented headers under path patterns', () => {
    expect(parseHeadersFile(sample)).toEqual([
      { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff'], ['Content-Security-Policy', "frame-ancestors 'none'"]] },
      { pattern: '/pagefind/*', headers: [['Cache-Control', 'public, max-age=60']] },
    ]);
  });

  it('gives a path the headers of every pattern it matches', () => {
    const rules = parseHeadersFile(sample);
    expect(Object.keys(headersFor(rules, '/measures/1/'))).toEqual(['X-Content-Type-Options', 'Content-Security-Policy']);
    expect(headersFor(rules, '/pagefind/pagefind.js')['Cache-Control']).toBe('public, max-age=60');
  });

  it('rejects a header line with no path above it', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY')).toThrow(/line 1/u);
  });
});

describe('public/_headers', () => {
  const headers = headersFor(parseHeadersFile(readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8')), '/any/page/');

  it('sends the security headers a static host can add to every page', () => {
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeTruthy();
    expect(headers['Permissions-Policy']).toContain('camera=()');
    expect(directive(headers['Content-Security-Policy'] ?? '', 'frame-ancestors')).toEqual(["'none'"]);
  });

  it('leaves scripts and styles to the per-page <meta> policy, whose hashes it cannot know', () => {
    const policy = headers['Content-Security-Policy'] ?? '';
    for (const name of ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem']) expect(directive(policy, name)).toBeNull();
  });
});
