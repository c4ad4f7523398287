import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { siteRoot } from './sites.ts';

/** The output folder of a site the tests read (tests/e2e/support/sites.ts): the real site, OUT_DIR or dist/, by default. */
export function builtRoot(name = 'site'): string {
  return siteRoot(name);
}

/** Every file under `root`, as sorted '/'-separated paths relative to it. */
export function builtFiles(root: string = builtRoot()): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** "measures/1/index.html" → "/measures/1/", "404.html" → "/404.html": the path a reader's browser asks for. */
export function pageOfFile(file: string): string {
  return `/${file.replace(/(?:^|(?<=\/))index\.html$/u, '')}`;
}

/**
 * The site path of every built HTML page, the way a reader's browser asks for it. Walking the
 * build (not a list) means a page added by anyone is audited from its first build on.
 */
export function builtPages(root: string = builtRoot()): string[] {
  return builtFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map(pageOfFile);
}

/** Where tests/e2e/support/buildSite.ts records which route made which page of a build (outside the build: it is not published). */
export function routeMapFile(outDir: string): string {
  return path.resolve('node_modules/.cache/site-routes', `${path.basename(path.resolve(outDir))}.json`);
}

/** Each route pattern of a build with the HTML files it made, or null when the build was not made by buildSite.ts. */
export function builtRoutes(root: string = builtRoot()): Record<string, string[]> | null {
  const file = routeMapFile(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>) : null;
}
