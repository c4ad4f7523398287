/**
 * Static checks over the build's files, including the code no page loads up front (lazy
 * chunks, the search bundle): nothing may reach another host, and the files hosts and
 * crawlers read are there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalUrlsInCode } from './checks/externalUrls.ts';
import { site } from '../support/browser.ts';
import { builtFiles, builtRoot } from '../support/builtSite.ts';

const root = builtRoot();
const files = builtFiles(root);
const code = files.filter((file) => /\.(?:m?js|css)$/u.test(file));

describe('the built files', () => {
  it.for(code)('%s names no other host', (file) => {
    const urls = externalUrlsInCode(readFileSync(path.join(root, file), 'utf8'));
    expect(urls, urls.join('\n')).toEqual([]);
  });

  it('include robots.txt for crawlers and _headers for hosts that read one', () => {
    expect(files).toContain('robots.txt');
    expect(files).toContain('_headers');
    expect(readFileSync(path.join(root, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*$/mu);
  });

  it('are served with the _headers security headers, as a host that reads the file would', async () => {
    const response = await fetch(site('/'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
