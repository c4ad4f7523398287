import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { cspProblems, type PageScripts } from '../audit/checks/cspProblems.ts';
import { isExternal } from '../audit/checks/externalUrls.ts';
import { getBrowser, site } from './browser.ts';
import { auditScopes } from './auditScope.ts';

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
 * How many pages are audited at once (AUDIT_TABS): one per core. The browser's renderers do
 * the work (axe-core), so more tabs than cores only queue inside Chromium and stretch every
 * page's wait.
 */
const TABS = Number(process.env['AUDIT_TABS'] ?? availableParallelism());

/**
 * How long one page's audit may take before it fails: axe over the largest pages (/network/,
 * /source/, /timeline/: thousands of elements) took over a minute with one core busy and the
 * machine's load average at 40-50; three minutes still catches a page that never settles.
 */
const PAGE_AUDIT_TIMEOUT = 180_000;

type Scheme = 'light' | 'dark';

/** One tab of the audit's context, with what its current page logged and requested. */
interface Tab {
  page: Page;
  consoleErrors: string[];
  externalRequests: string[];
}

async function openTab(context: BrowserContext, home: string): Promise<Tab> {
  const page = await context.newPage();
  const tab: Tab = { page, consoleErrors: [], externalRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') tab.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => tab.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (isExternal(request.url(), page.url() === 'about:blank' ? home : page.url())) tab.externalRequests.push(request.url());
  });
  return tab;
}

/**
 * A few tabs shared by the page tests: a test takes a free tab (or waits for one), audits its
 * page there and hands the tab back. A tab whose test threw is closed, not reused.
 */
function tabPool(context: () => BrowserContext, home: string) {
  const idle: Tab[] = [];
  const waiting: (() => void)[] = [];
  let open = 0;
  const take = (): Promise<Tab> => {
    const free = idle.pop();
    if (free) return Promise.resolve(free);
    if (open >= TABS) return new Promise((resolve, reject) => waiting.push(() => take().then(resolve, reject)));
    open += 1;
    return openTab(context(), home).catch((error: unknown) => {
      open -= 1;
      throw error;
    });
  };
  const give = (tab: Tab, healthy: boolean) => {
    if (healthy) idle.push(tab);
    else {
      open -= 1;
      void tab.page.close().catch(() => undefined);
    }
    waiting.shift()?.();
  };
  return async <T>(use: (tab: Tab) => Promise<T>): Promise<T> => {
    const tab = await take();
    let healthy = false;
    try {
      const result = await use(tab);
      healthy = true;
      return result;
    } finally {
      give(tab, healthy);
    }
  };
}

/** Whether the page holds a script the browser runs (not data such as JSON). */
function runsScripts(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.scripts].some((script) => /^(?:|module|(?:text|application)\/(?:java|ecma)script)$/iu.test(script.type.trim())),
  );
}

/**
 * The axe-core rules whose outcome depends on colours: all a switch of colour scheme can change
 * in a page whose markup stays the same. The sample checks only these in the dark scheme (the
 * light audit has checked every rule on the same markup); the whole-site audit checks all.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** axe-core's violations on the page as it is now, one line each: every rule, or only `rules`. */
async function axeProblems(page: Page, rules?: readonly string[]): Promise<string[]> {
  const { violations } = (await page.evaluate(
    (rules) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, {
        resultTypes: ['violations'],
        ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
      }),
    rules ? [...rules] : undefined,
  )) as { violations: AxeViolation[] };
  return describeViolations(violations).map((line) => `axe: ${line}`);
}

/** What the tab's page logged as an error or asked of another host since the tab was last cleared. */
function tabProblems(tab: Tab): string[] {
  return [
    ...tab.externalRequests.map((url) => `requested from another host: ${url}`),
    ...tab.consoleErrors.map((text) => `console error: ${text.length > 240 ? `${text.slice(0, 240)}…` : text}`),
  ];
}

const clear = (tab: Tab) => {
  tab.consoleErrors = [];
  tab.externalRequests = [];
};

/** Opens a site path in the tab in one colour scheme and checks it answers 200. */
async function load(tab: Tab, url: string, colorScheme: Scheme): Promise<string[]> {
  clear(tab);
  await tab.page.emulateMedia({ colorScheme });
  const response = await tab.page.goto(url, { waitUntil: 'load' });
  return response?.status() === 200 ? [] : [`HTTP status ${response?.status() ?? 'none'}`];
}

/**
 * Audits every page of the build, one test per page, in the light and in the dark colour
 * scheme. Each test opens the page with its scripts and asserts, in each scheme: no axe-core
 * violation, no console error (a CSP violation shows up as one), no request to another host;
 * in the light scheme also that the page's CSP <meta> covers its inline scripts and that no
 * element references another host. In the dark scheme the sample runs only axe's colour rules
 * (COLOUR_RULES: the markup is the light audit's); the whole-site audit runs every rule.
 *
 * Where the time goes is axe-core (about two thirds of a page's CPU), so the rest is kept
 * lean: the pages share one browser context (its cache, and axe injected once, as an init
 * script) and a few tabs, so several pages are audited at once; and a page that runs no
 * script is loaded once: after the light audit the tab switches to the dark scheme, which
 * for HTML and CSS alone re-renders exactly as a load in the dark scheme would (animations
 * the switch starts are waited for). A page with scripts is loaded again in the dark scheme,
 * since a script could read the scheme when the page loads.
 */
export function auditEveryPage(): void {
  for (const scope of auditScopes()) auditSite(scope.site.name, scope.pages, scope.every);
}

function auditSite(name: string, pages: string[], every: boolean): void {
  describe.concurrent(`${every ? 'every page' : 'a sample of every route'} of the ${name} site, in the light and the dark scheme`, { timeout: PAGE_AUDIT_TIMEOUT }, () => {
    let context: BrowserContext;
    const withTab = tabPool(() => context, site('/', name));

    beforeAll(async () => {
      context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 900 } });
      // Injected before the page's own scripts, outside its CSP (init scripts are exempt).
      await context.addInitScript({ content: AXE_SOURCE });
    });

    afterAll(async () => {
      await context?.close();
    });

    it('finds pages to audit in the build', ({ expect }) => {
      expect(pages).toContain('/');
    });

    it.for(pages)('%s', async (path, { expect }) => {
      const problems = await withTab(async (tab) => {
        const { page } = tab;
        const url = site(path, name);
        const light = await load(tab, url, 'light');
        light.push(...(await axeProblems(page)));
        light.push(...cspProblems(await pageScripts(page)).map((line) => `csp: ${line}`));
        light.push(...(await resourceReferences(page)).filter((ref) => isExternal(ref, page.url())).map((ref) => `references another host: ${ref}`));
        light.push(...tabProblems(tab));

        let dark: string[];
        if (await runsScripts(page)) dark = await load(tab, url, 'dark');
        else {
          clear(tab);
          dark = [];
          await page.emulateMedia({ colorScheme: 'dark' });
          await page.evaluate(() =>
            Promise.all(document.getAnimations().filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime)).map((animation) => animation.finished)),
          );
        }
        dark.push(...(await axeProblems(page, every ? undefined : COLOUR_RULES)));
        dark.push(...tabProblems(tab));
        return [...light.map((line) => `light scheme, ${line}`), ...dark.map((line) => `dark scheme, ${line}`)];
      });
      expect(problems, problems.join('\n')).toEqual([]);
    });
  });
}
