import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspProblems, directive } from '../../e2e/audit/checks/cspProblems.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inline = 'console.log(1)';

describe('cspProblems', () => {
  it('accepts a page whose every inline script is hashed in script-src', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha256(inline)}; style-src 'self'`;
    expect(cspProblems({ policy, inlineScripts: [{ type: 'module', text: inline }] })).toEqual([]);
  });

  it('reports a page with no policy at all', () => {
    expect(cspProblems({ policy: null, inlineScripts: [] })).toEqual(['no Content-Security-Policy <meta>']);
  });

  it('reports an inline script whose hash the policy lacks', () => {
    const problems = cspProblems({ policy: "script-src 'self'", inlineScripts: [{ type: '', text: inline }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('inline script without a hash');
  });

  it("reports 'unsafe-inline' and 'unsafe-eval' for scripts", () => {
    expect(cspProblems({ policy: "script-src 'self' 'unsafe-inline' 'unsafe-eval'", inlineScripts: [] })).toEqual([
      "script-src allows 'unsafe-inline'",
      "script-src allows 'unsafe-eval'",
    ]);
  });

  it('reads script-src-elem before script-src, and default-src when neither is given', () => {
    const policy = `default-src 'self'; script-src-elem 'self' ${sha256(inline)}`;
    expect(cspProblems({ policy, inlineScripts: [{ type: '', text: inline }] })).toEqual([]);
    expect(cspProblems({ policy: "default-src 'self'", inlineScripts: [{ type: '', text: inline }] })).toHaveLength(1);
  });

  it('ignores JSON data blocks, which the browser never runs', () => {
    expect(cspProblems({ policy: "script-src 'self'", inlineScripts: [{ type: 'application/json', text: '{}' }] })).toEqual([]);
  });
});

describe('directive', () => {
  it('returns the sources of a directive, or null when the policy lacks it', () => {
    expect(directive("default-src 'self'; img-src 'self' data:", 'img-src')).toEqual(["'self'", 'data:']);
    expect(directive("default-src 'self'", 'script-src')).toBeNull();
  });
});
