import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { findChromium, INSTALL_HINT } from './findChromium.ts';

/** Flags that keep Chromium quiet on a machine with no outside network. */
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

let browser: Promise<Browser> | undefined;

/** One Chromium per test worker, started on first use. */
export function getBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
  browser ??= chromium.launch({ executablePath, args: FLAGS });
  return browser;
}

/** The local URL of a site path, e.g. site('/measures/1/'). */
export function site(path: string): string {
  return new URL(path, inject('siteOrigin')).href;
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Requests the page made to any host other than the local server. */
  externalRequests: string[];
  close: () => Promise<void>;
}

/** Opens a site path in a fresh context, recording any request that leaves the local server. */
export async function openPage(path: string, options: { javaScript?: boolean; colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<OpenPage> {
  const context = await (await getBrowser()).newContext({
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const origin = new URL(inject('siteOrigin')).origin;
  const externalRequests: string[] = [];
  page.on('request', (request) => {
    const requested = request.url();
    if (!requested.startsWith(origin) && !requested.startsWith('data:') && !requested.startsWith('blob:')) externalRequests.push(requested);
  });
  const response = await page.goto(site(path));
  if (!response) throw new Error(`no response for ${path}`);
  return { page, context, externalRequests, close: () => context.close() };
}
