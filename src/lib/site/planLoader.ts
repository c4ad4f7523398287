import type { Loader } from 'astro/loaders';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ProgressFile } from '../progress/parseProgress.ts';
import { locatePlans, readPlanProgress } from './progressFiles.ts';
import { readSource, seedSource, sourceVersion, type ParsedSource } from './readPlan.ts';

/** One plan's progress as the `progress` collection holds it: null while the plan has no progress file. */
export interface LoadedProgress {
  readonly plan: string;
  readonly progress: ProgressFile | null;
}

/** The parsed seeds, and each plan's progress file (progress.yaml beside its seed) read against its plan. */
export interface LoadedSource extends ParsedSource {
  readonly progress: readonly LoadedProgress[];
}

/**
 * The plan, parsed once for all collections: each collection's loader asks, the first parses,
 * the others get the same plan while the seed files are unchanged (in `astro dev`, saving a
 * seed changes their version and the next load parses again).
 */
let parsed: { version: string; source: LoadedSource } | undefined;

/** A progress file's part of the version: its time, or that there is none (adding one reloads too). */
const progressVersion = (file: string) => `${file}@${existsSync(file) ? statSync(file).mtimeMs : 'none'}`;

function currentSource(): LoadedSource {
  const source = seedSource();
  const located = locatePlans();
  const version = [sourceVersion(source), ...located.map((plan) => progressVersion(plan.progressPath))].join('|');
  if (parsed?.version !== version) {
    const read = readSource(source);
    // A progress file is checked against the plan it reports on: a problem stops the build with FILE:LINE, like a seed's.
    const progress = located.map((plan) => ({ plan: plan.slug, progress: readPlanProgress(plan, read.plan) }));
    parsed = { version, source: { ...read, progress } };
  }
  return parsed.source;
}

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
export function planLoader<T>(part: string, select: (parsed: LoadedSource) => T | T[], idOf: (item: T) => string): Loader {
  return {
    name: `plan:${part}`,
    load: async ({ store, parseData, watcher, logger }) => {
      const sync = async () => {
        const selected = select(currentSource());
        const items = Array.isArray(selected) ? selected : [selected];
        store.clear();
        for (const item of items) {
          const id = idOf(item);
          store.set({ id, data: await parseData({ id, data: item as Record<string, unknown> }) });
        }
      };
      await sync();
      // In `astro dev`, a saved seed, alias table or progress file reloads the collection. A
      // file saved with a mistake logs its FILE:LINE message and the last good plan stays on screen.
      if (!watcher) return;
      const source = seedSource();
      const progressFiles = locatePlans().map((plan) => plan.progressPath);
      const watched = new Set([...source.seeds, source.aliases, ...progressFiles].map((file) => path.resolve(file)));
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
