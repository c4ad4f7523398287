import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_FLAGS, chromiumPath } from './browser.ts';
import { builtRoot } from './builtSite.ts';
import { serveStatic } from './staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local server that serves dist/, e.g. http://127.0.0.1:43123. */
    siteOrigin: string;
    /** WebSocket endpoint of the one Chromium every test file drives (see getBrowser). */
    browserEndpoint: string;
  }
}

/**
 * Once per run: serves the built site (dist/, or OUT_DIR; `npm test` builds it first) and
 * starts one Chromium that every test file connects to, so no file pays for a browser start.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = builtRoot();
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${path.relative('.', root)}/ has no built site: run \`npm run build\` first (npm test does).`);
  const [server, browser] = await Promise.all([serveStatic(root), chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })]);
  project.provide('siteOrigin', server.origin);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await Promise.all([server.close(), browser.close()]);
  };
}
