import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { BUILD_PLAN_DIR } from './planFiles.ts';

/**
 * Loads one of the parsed plan files (written by `npm run parse`) into a content collection.
 * Astro's own file() loader only logs a missing file; a site built without its data must fail.
 */
export function planLoader<T>(fileName: string, idOf: (item: T) => string): Loader {
  return {
    name: `plan:${fileName}`,
    load: async ({ config, store, parseData }) => {
      const url = new URL(`${BUILD_PLAN_DIR}/${fileName}`, config.root);
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(url, 'utf8'));
      } catch (error) {
        throw new Error(`${BUILD_PLAN_DIR}/${fileName}: cannot read the parsed plan (run \`npm run parse\` first): ${(error as Error).message}`);
      }
      const items = (Array.isArray(parsed) ? parsed : [parsed]) as T[];
      store.clear();
      for (const item of items) {
        const id = idOf(item);
        store.set({ id, data: await parseData({ id, data: item as Record<string, unknown> }) });
      }
    },
  };
}
