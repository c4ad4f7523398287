import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/site/buildSearchIndex.ts';

/**
 * Indexes the built site for search as the last step of `astro build`: the index is part of
 * the site, so a build that cannot index it fails.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        for (const line of await buildSearchIndex(fileURLToPath(dir))) logger.info(line);
        logger.info(`search index built in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
