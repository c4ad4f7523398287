import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath } from './findChromium.ts';
import { siteBuild } from './sites.ts';

let browser: Promise<Browser> | undefined;

/**
 * The browser the tests drive. Under vitest's e2e project that is the one Chromium
 * globalSetup started for the whole run, reached over its WebSocket: every test file
 * connects to it (cheap) instead of starting its own (a second or more of CPU each).
 * Elsewhere (a script, a project without that globalSetup) a Chromium of its own.
 */
export function getBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  browser ??= endpoint ? chromium.connect(endpoint) : chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  return browser;
}

/**
 * The local URL of a site path on a built site (tests/e2e/support/sites.ts), e.g.
 * site('/measures/1/') on the real site, site('/network/', 'fixture'). The path is taken
 * inside the site's base: site('/search/', 'sub') is /hengqin/search/.
 */
export function site(path: string, name = 'site'): string {
  const origin = inject('siteOrigins')[name];
  if (!origin) throw new Error(`the site "${name}" is not built: npm test builds every site of tests/e2e/support/sites.ts`);
  return new URL(`${siteBuild(name).base}${path.replace(/^\//u, '')}`, origin).href;
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Requests the page made to any host other than the local server. */
  externalRequests: string[];
  close: () => Promise<void>;
}

/** Opens a site path in a fresh context, recording any request that leaves the local server. */
export async function openPage(path: string, options: { javaScript?: boolean; colorScheme?: 'light' | 'dark'; width?: number; site?: string } = {}): Promise<OpenPage> {
  const context = await (await getBrowser()).newContext({
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const origin = new URL(site('/', options.site)).origin;
  const externalRequests: string[] = [];
  page.on('request', (request) => {
    const requested = request.url();
    if (!requested.startsWith(origin) && !requested.startsWith('data:') && !requested.startsWith('blob:')) externalRequests.push(requested);
  });
  const response = await page.goto(site(path, options.site));
  if (!response) throw new Error(`no response for ${path}`);
  return { page, context, externalRequests, close: () => context.close() };
}
