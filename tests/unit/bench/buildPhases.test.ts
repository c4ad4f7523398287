import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../../scripts/bench/buildPhases.ts';

// Trimmed from real output: this site's build, and the Starlight peer's.
const SITE = `23:17:14 [content] Syncing content
23:17:14 [types] Generated 1.37s
23:17:14 [build] ✓ Completed in 1.46s.
23:17:15 [vite] ✓ built in 888ms
23:17:15 [vite] ✓ built in 128ms
 generating static routes
23:17:15   ├─ /measures/1/index.html (+12ms)
23:17:18 ✓ Completed in 2.45s.
23:17:18 [build] ✓ Completed in 3.53s.
23:17:18 [search-index] search index built in 0.78 s
23:17:18 [build] 429 page(s) built in 5.77s`;
const PEER = `\x1b[2m23:20:26\x1b[22m [types] Generated 1.51s
23:20:27 [vite] ✓ built in 1.05s
23:20:27 [vite] ✓ built in 112ms
 generating static routes
23:20:30 ✓ Completed in 2.82s.
23:20:30 [build] ✓ Completed in 4.04s.
23:20:30 [starlight:pagefind] Finished building search index in 0.83s.`;

describe('buildPhases', () => {
  it("reads this site's sync, bundling, rendering and search index from its build output", () => {
    const phases = buildPhases(SITE);
    expect(phases.sync).toBe(1.37);
    expect(phases.bundle).toBeCloseTo(1.016, 3);
    expect(phases.render).toBe(2.45);
    expect(phases.search).toBe(0.78);
  });

  it("reads the Starlight peer's, colour codes and its own search-index line included", () => {
    expect(buildPhases(PEER)).toEqual({ sync: 1.51, bundle: 1.05 + 0.112, render: 2.82, search: 0.83 });
  });

  it('takes the rendering time after "generating static routes", not the earlier "Completed" of collecting build info', () => {
    expect(buildPhases(SITE).render).not.toBe(1.46);
  });

  it('refuses output without the phase lines (a --silent build)', () => {
    expect(() => buildPhases('23:17:18 [build] Complete!')).toThrow(/info log level/u);
  });
});
