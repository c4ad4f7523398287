/**
 * The Starlight peer of the build benchmark: as many pages as this site, one per measure and
 * per department in each edition, the Traditional edition converted, under Starlight's i18n.
 */
import { describe, expect, it } from 'vitest';
import { starlightPeer } from '../../../scripts/bench/starlightPeer.ts';
import { toTraditional } from '../../../src/lib/i18n/toTraditional.ts';
import { readSource } from '../../../src/lib/site/readPlan.ts';

const { plan } = readSource();
const own = 2 * (plan.measures.length + plan.departments.length) + 1;
const pages = (files: Map<string, string>) => [...files.keys()].filter((file) => file.startsWith('src/content/docs/'));

describe('starlightPeer', () => {
  it('makes as many pages as asked for, its 404 page included', () => {
    for (const count of [own, own + 1, own + 40]) {
      const peer = starlightPeer(plan, toTraditional, count);
      expect(peer.pages).toBe(count);
      expect(pages(peer.files)).toHaveLength(count - 1);
    }
  });

  it('gives every measure and department a page in both editions', () => {
    const { files } = starlightPeer(plan, toTraditional, own);
    for (const prefix of ['', 'zh-hant/']) {
      for (const measure of plan.measures) expect(files.has(`src/content/docs/${prefix}measures/${measure.id}.md`)).toBe(true);
      for (const department of plan.departments) expect(files.has(`src/content/docs/${prefix}departments/${department.slug}.md`)).toBe(true);
    }
  });

  it('writes the Traditional edition in Traditional characters', () => {
    const { files } = starlightPeer(plan, toTraditional, own);
    const measure = plan.measures[0]!;
    expect(files.get(`src/content/docs/zh-hant/measures/${measure.id}.md`)).toContain(toTraditional(measure.text));
    expect(files.get(`src/content/docs/measures/${measure.id}.md`)).toContain(measure.text);
  });

  it('lists Starlight as a dependency, so Astro bundles its components', () => {
    const { files } = starlightPeer(plan, toTraditional, own);
    expect(JSON.parse(files.get('package.json')!).dependencies).toHaveProperty('@astrojs/starlight');
  });

  it('refuses a page count below what the plan needs', () => {
    expect(() => starlightPeer(plan, toTraditional, own - 1)).toThrow(/more than/u);
  });
});
