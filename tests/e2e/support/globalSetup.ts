import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local server that serves dist/, e.g. http://127.0.0.1:43123. */
    siteOrigin: string;
  }
}

/** Serves the built site (dist/, or OUT_DIR) for the browser tests; `npm test` builds it first. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = path.resolve(process.env.OUT_DIR ?? 'dist');
  if (!existsSync(path.join(root, 'index.html'))) throw new Error('dist/ has no built site: run `npm run build` first (npm test does).');
  const server = await serveStatic(root);
  project.provide('siteOrigin', server.origin);
  return server.close;
}
