import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The built site the tests read: OUT_DIR, or dist/. */
export function builtRoot(): string {
  return path.resolve(process.env.OUT_DIR ?? 'dist');
}

/** Every file under `root`, as sorted '/'-separated paths relative to it. */
export function builtFiles(root: string = builtRoot()): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The site path of every built HTML page, the way a reader's browser asks for it:
 * "measures/1/index.html" → "/measures/1/", "404.html" → "/404.html". Walking the build (not a
 * list) means a page added by anyone is audited from its first build on.
 */
export function builtPages(root: string = builtRoot()): string[] {
  return builtFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(?:^|(?<=\/))index\.html$/u, '')}`);
}
