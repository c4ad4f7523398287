/**
 * Where an `astro build` spent its time, read from what it prints at the default log level:
 * the content sync and type generation ("[types] Generated 1.37s"), the bundling ("[vite] ✓
 * built in 888ms", once per environment), the page rendering ("generating static routes" …
 * "✓ Completed in 2.45s."), and the search index (this site's "search index built in 0.78 s",
 * Starlight's "Finished building search index in 0.83s."). Whatever the log does not account
 * for (starting Node and Astro, collecting build info, writing the manifest) is the rest of
 * the wall time. The render phase over the page count is the per-page cost; everything else
 * is fixed, whatever the number of pages.
 */

export interface BuildPhases {
  /** Content layer sync and type generation, seconds. */
  sync: number;
  /** Vite/Rolldown bundling, all environments, seconds. */
  bundle: number;
  /** Rendering every page and endpoint, seconds. */
  render: number;
  /** The search index, seconds (0 when the build made none). */
  search: number;
}

const seconds = (value: string, unit: string) => Number(value) / (unit === 'ms' ? 1000 : 1);

/** The phases of one build's output (colour codes and timestamps allowed); throws when the output is not an Astro build's at info level. */
export function buildPhases(output: string): BuildPhases {
  const text = output.replace(/\x1b\[[0-9;]*m/gu, '');
  const sync = /\[types\] Generated ([\d.]+)(ms|s)\b/u.exec(text);
  const bundles = [...text.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)\b/gu)];
  const routes = text.indexOf('generating static routes');
  const render = routes < 0 ? null : /✓ Completed in ([\d.]+)(ms|s)\b/u.exec(text.slice(routes));
  const search = /(?:search index built in|Finished building search index in) ([\d.]+) ?(ms|s)\b/u.exec(text);
  if (!sync || bundles.length === 0 || !render) throw new Error('not the output of an astro build at the info log level: no "[types] Generated", "[vite] ✓ built in" or "generating static routes … ✓ Completed in" line');
  return {
    sync: seconds(sync[1]!, sync[2]!),
    bundle: bundles.reduce((sum, match) => sum + seconds(match[1]!, match[2]!), 0),
    render: seconds(render[1]!, render[2]!),
    search: search ? seconds(search[1]!, search[2]!) : 0,
  };
}
