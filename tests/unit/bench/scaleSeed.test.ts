/**
 * The synthetic seeds of the growth benchmark: the real seed scaled up must still parse, with
 * exactly `factor` times the measures and departments, and with every defect still in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyMarker, scaleAliasTable, scaleSeed } from '../../../scripts/bench/scaleSeed.ts';
import { parseAliasTable } from '../../../src/lib/seed/aliasTable.ts';
import { parsePlan } from '../../../src/lib/seed/parsePlan.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const seeds = readdirSync(path.join(ROOT, 'seeds'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ file: `seeds/${name}`, text: read(`seeds/${name}`) }));
const aliases = parseAliasTable(read('seeds/aliases.yaml'), 'seeds/aliases.yaml');
const real = parsePlan(seeds, aliases);

const scaled = (factor: number) =>
  parsePlan(
    seeds.map(({ file, text }) => ({ file, text: scaleSeed(text, factor, real.measures.length) })),
    scaleAliasTable(aliases, factor),
  );

describe('scaleSeed', () => {
  it('returns the seed unchanged at factor 1', () => {
    for (const { text } of seeds) expect(scaleSeed(text, 1, real.measures.length)).toBe(text);
  });

  it('gives a seed the real parser reads, with three times the measures and departments at factor 3', () => {
    const plan = scaled(3);
    expect(plan.measures).toHaveLength(3 * real.measures.length);
    expect(plan.departments).toHaveLength(3 * real.departments.length);
    expect(plan.tasks).toEqual(real.tasks);
    expect(plan.areas).toEqual(real.areas);
  });

  it('copies a measure into the same area with its text, group and deadline, and its bodies renamed', () => {
    const plan = scaled(3);
    const n = real.measures.length;
    for (const original of real.measures) {
      const copy = plan.measures.find((m) => m.id === 2 * n + original.id)!;
      expect(copy.text).toBe(original.text);
      expect(copy.area).toEqual(original.area);
      expect(copy.group).toBe(original.group);
      expect(copy.deadline).toEqual(original.deadline);
      expect(copy.district).toEqual(original.district.map((name) => `${copyMarker(2)}${name}`));
    }
  });

  it('keeps the wrap spaces of the real rows, so "8 月底" and split names reach the parser in every copy', () => {
    const text = seeds.map((seed) => scaleSeed(seed.text, 2, real.measures.length)).join('\n');
    const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
    const original = seeds.map((seed) => seed.text).join('\n');
    expect(count(original, '8 月底')).toBeGreaterThan(0);
    expect(count(text, '8 月底')).toBe(2 * count(original, '8 月底'));
    // A name a wrap cut in two ("横琴国际知识产权 交易中心") is copied cut the same way.
    const cuts = real.departments.flatMap(({ name }) =>
      [...name].slice(1).map((_, i) => [name.slice(0, i + 1), name.slice(i + 1)] as const)
        .filter(([head, tail]) => original.includes(`${head} ${tail}`)),
    );
    expect(cuts.length).toBeGreaterThan(0);
    for (const [head, tail] of cuts) expect(text).toContain(`${copyMarker(1)}${head} ${tail}`);
  });

  it('merges the aliases of every copy of a body, as in the real seed', () => {
    const plan = scaled(2);
    for (const alias of aliases.aliases) {
      const merged = plan.departments.find((d) => d.side === alias.side && d.name === `${copyMarker(1)}${alias.name}`);
      expect(merged?.aliases).toEqual(alias.also.map((name) => `${copyMarker(1)}${name}`));
    }
  });
});

describe('copyMarker', () => {
  it('numbers copies from 二号 upward, in numerals the plan itself would write', () => {
    expect([1, 9, 10, 19, 29].map(copyMarker)).toEqual(['二号', '十号', '十一号', '二十号', '三十号']);
  });
});
