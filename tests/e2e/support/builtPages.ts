import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The folder the site was built into (the same one globalSetup serves). */
export const BUILT = path.resolve(process.env.OUT_DIR ?? 'dist');

/** Site paths of every built HTML page, e.g. "/measures/1/", "/zh-hant/", "/404.html". */
export function builtPagePaths(): string[] {
  return (readdirSync(BUILT, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/u, ''))
    .sort();
}
