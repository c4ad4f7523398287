import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_FLAGS, chromiumPath } from './findChromium.ts';
import { serveStatic } from './staticServer.ts';
import { SITES, siteRoot } from './sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local server of each built site (tests/e2e/support/sites.ts), by name, e.g. { site: 'http://127.0.0.1:43123' }. */
    siteOrigins: Record<string, string>;
    /** WebSocket endpoint of the one Chromium every test file drives (see getBrowser). */
    browserEndpoint: string;
  }
}

/**
 * Once per run: serves every registered site that is built (`npm test` builds them all first;
 * after a plain `npm run build` only the real site is there), each on a port of its own under
 * its base, and starts one Chromium that every test file connects to, so no file pays for a
 * browser start.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const main = siteRoot('site');
  if (!existsSync(path.join(main, 'index.html'))) throw new Error(`${path.relative('.', main)}/ has no built site: run \`npm run build\` first (npm test does).`);
  const built = SITES.filter((site) => existsSync(path.join(siteRoot(site.name), 'index.html')));
  const [servers, browser] = await Promise.all([
    Promise.all(built.map((site) => serveStatic(siteRoot(site.name), site.base))),
    chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS }),
  ]);
  project.provide('siteOrigins', Object.fromEntries(built.map((site, i) => [site.name, servers[i]!.origin])));
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await Promise.all([...servers.map((server) => server.close()), browser.close()]);
  };
}
