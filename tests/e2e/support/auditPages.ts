import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspProblems, type PageScripts } from '../../../src/lib/audit/cspProblems.ts';
import { isExternal } from '../../../src/lib/audit/externalUrls.ts';
import { getBrowser, site } from './browser.ts';
import { builtPages } from './builtSite.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** One line per axe violation: rule, impact, what it asks, and where (first few elements). */
function describeViolations(violations: AxeViolation[]): string[] {
  return violations.map(({ id, impact, help, nodes }) =>
    `${id} (${impact}): ${help} — ${nodes.length}× e.g. ${nodes.slice(0, 3).map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

/**
 * Everything in the page that makes the browser fetch something (scripts, styles, icons,
 * images, media, frames, forms), as written, after its own scripts ran. Links the reader
 * follows (<a>, rel=alternate/canonical) are not requests and are left out.
 */
function resourceReferences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const refs: string[] = [];
    const attr = (selector: string, name: string) =>
      document.querySelectorAll(selector).forEach((el) => {
        const value = el.getAttribute(name);
        if (value) refs.push(value);
      });
    attr('[src]', 'src');
    attr('link[href]:not([rel~="alternate"]):not([rel~="canonical"])', 'href');
    attr('[poster]', 'poster');
    attr('object[data]', 'data');
    attr('form[action]', 'action');
    attr('image[href], use[href], feImage[href]', 'href');
    document.querySelectorAll('[srcset]').forEach((el) => {
      for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) refs.push(candidate.trim().split(/\s+/u)[0] ?? '');
    });
    document.querySelectorAll('[style]').forEach((el) => {
      for (const match of (el.getAttribute('style') ?? '').matchAll(/url\(\s*['"]?([^'")]+)/gu)) refs.push(match[1] ?? '');
    });
    return refs.filter(Boolean);
  });
}

function pageScripts(page: Page): Promise<PageScripts> {
  return page.evaluate(() => ({
    policy: document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? null,
    inlineScripts: [...document.querySelectorAll('script:not([src])')].map((s) => ({ type: s.getAttribute('type') ?? '', text: s.textContent ?? '' })),
  }));
}

/**
 * Audits every page of the build in one colour scheme, one test per page, in one browser
 * context (fast: one page navigates from URL to URL). Each test opens the page with its
 * scripts and asserts: no axe-core violation, no console error (a CSP violation shows up as
 * one), no request to another host. In the light scheme it also checks the page's CSP
 * <meta> covers its inline scripts, and that no element references another host.
 */
export function auditEveryPage(colorScheme: 'light' | 'dark'): void {
  const pages = builtPages();

  describe(`every built page, ${colorScheme} scheme`, () => {
    let context: BrowserContext;
    let page: Page;
    let consoleErrors: string[] = [];
    let externalRequests: string[] = [];

    beforeAll(async () => {
      context = await (await getBrowser()).newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      // Injected before the page's own scripts, outside its CSP (init scripts are exempt).
      await context.addInitScript({ content: AXE_SOURCE });
      page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        if (isExternal(request.url(), page.url() === 'about:blank' ? site('/') : page.url())) externalRequests.push(request.url());
      });
    });

    afterAll(async () => {
      await context?.close();
    });

    it('finds pages to audit in the build', () => {
      expect(pages).toContain('/');
    });

    it.for(pages)('%s', async (path) => {
      consoleErrors = [];
      externalRequests = [];
      const response = await page.goto(site(path), { waitUntil: 'load' });
      expect(response?.status(), 'HTTP status').toBe(200);

      const axe = (await page.evaluate(() =>
        (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
          resultTypes: ['violations'],
        }),
      )) as { violations: AxeViolation[] };
      const problems = describeViolations(axe.violations).map((line) => `axe: ${line}`);
      if (colorScheme === 'light') {
        problems.push(...cspProblems(await pageScripts(page)).map((line) => `csp: ${line}`));
        problems.push(...(await resourceReferences(page)).filter((ref) => isExternal(ref, page.url())).map((ref) => `references another host: ${ref}`));
      }
      problems.push(...externalRequests.map((url) => `requested from another host: ${url}`));
      problems.push(...consoleErrors.map((text) => `console error: ${text.length > 240 ? `${text.slice(0, 240)}…` : text}`));
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
}
