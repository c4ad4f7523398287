import type { Loader } from 'astro/loaders';
import path from 'node:path';
import type { ProgressFile } from '../progress/parseProgress.ts';
import { readSite, sourceVersion, type ParsedSite } from './readPlan.ts';

/** One plan's progress as the `progress` collection holds it: null while the plan has no progress file. */
export interface LoadedProgress {
  readonly plan: string;
  readonly progress: ProgressFile | null;
}

/**
 * The plans, parsed once for all collections: each collection's loader asks, the first parses,
 * the others get the same plans while the seed files are unchanged (in `astro dev`, saving a
 * seed changes their version and the next load parses again).
 */
let parsed: { version: string; site: ParsedSite } | undefined;

function currentSite(): ParsedSite {
  if (parsed && parsed.version === sourceVersion(parsed.site.files)) return parsed.site;
  const site = readSite();
  parsed = { version: sourceVersion(site.files), site };
  return site;
}

/** The id of a plan's record in a collection: "<plan slug>/<the record's own id>" (model.ts splits it). */
export const planEntryId = (plan: string, id: string) => `${plan}/${id}`;

type Watcher = NonNullable<Parameters<Loader['load']>[0]['watcher']>;
const listeners = new Map<string, { watcher: Watcher; onChange: (changed: string) => void }>();
/** The seed problem last logged in `astro dev`. */
let reported: string | undefined;

/**
 * Loads one part of the plan into a content collection, straight from the seeds: the content
 * layer is where the build parses them (seed → parser → plan → collections), so `astro build`
 * and `astro dev` need no step before them. A seed problem stops the build with the parser's
 * FILE:LINE message, before anything is written to the output folder.
 */
export function planLoader<T>(part: string, select: (parsed: ParsedSite) => { id: string; item: T }[]): Loader {
  return {
    name: `plan:${part}`,
    load: async ({ store, parseData, watcher, logger }) => {
      const sync = async () => {
        const items = select(currentSite());
        store.clear();
        for (const { id, item } of items) {
          store.set({ id, data: await parseData({ id, data: item as Record<string, unknown> }) });
        }
      };
      await sync();
      // In `astro dev`, a saved seed, alias table or progress file reloads the collection. A
      // file saved with a mistake logs its FILE:LINE message and the last good plan stays on screen.
      if (!watcher) return;
      const watched = new Set(currentSite().files.map((file) => path.resolve(file)));
      const onChange = (changed: string) => {
        if (!watched.has(path.resolve(changed))) return;
        sync().then(
          () => (reported = undefined),
          (error: unknown) => {
            // Every collection parses the same broken seed: say it once.
            const message = error instanceof Error ? error.message : String(error);
            if (message !== reported) logger.error(message);
            reported = message;
          },
        );
      };
      // Astro calls load() again when the content config changes: one listener per collection.
      const previous = listeners.get(part);
      for (const event of ['change', 'add', 'unlink'] as const) previous?.watcher.off(event, previous.onChange);
      listeners.set(part, { watcher, onChange });
      watcher.add([...watched]);
      watcher.on('change', onChange);
      // A progress file may be added or removed while the server runs: that changes the site too.
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
