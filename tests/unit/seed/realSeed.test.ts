/**
 * Invariants on the real seed(s): seeds/*.md with seeds/aliases.yaml. Expected values are read
 * from the seed text here, independently of the parser, not typed in.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAliasTable } from '../../../src/lib/seed/aliasTable.ts';
import { parsePlan } from '../../../src/lib/seed/parsePlan.ts';
import { readProjectFile, ROOT } from './helpers.ts';

const seeds = readdirSync(path.join(ROOT, 'seeds'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ file: `seeds/${name}`, text: readProjectFile(`seeds/${name}`) }));
const aliases = parseAliasTable(readProjectFile('seeds/aliases.yaml'), 'seeds/aliases.yaml');
const plan = parsePlan(seeds, aliases);

/** Every table row of the seeds whose cells include a numbered measure ("12. …"), read naively. */
const numberedRows = seeds.flatMap(({ file, text }) =>
  text.split('\n').flatMap((line, i) => {
    if (!line.startsWith('|')) return [];
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const numbered = cells.map((cell) => /^(\d+)\s*[.．]/u.exec(cell)).find(Boolean);
    if (!numbered) return [];
    const deadline = cells.filter(Boolean).at(-1) ?? '';
    return [{ file, line: i + 1, id: Number(numbered[1]), deadline: deadline.replace(/\s+/gu, '') }];
  }),
);

/** Distinct ordinals of cells that open like a task ("一、") or an area ("(一)", "（一）"). */
const ordinalsIn = (pattern: RegExp) =>
  new Set(
    seeds.flatMap(({ text }) =>
      text.split('\n').filter((line) => line.startsWith('|'))
        .flatMap((line) => line.split('|').flatMap((cell) => pattern.exec(cell.trim().replace(/\s+/gu, ''))?.[1] ?? [])),
    ),
  );
const taskOrdinals = ordinalsIn(/^([一二三四五六七八九十]+)、/u);
const areaOrdinals = ordinalsIn(/^[(（]([一二三四五六七八九十]+)[)）]/u);

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const sides = ['municipal', 'district'] as const;

describe('the real seed', () => {
  it('has measures 1..N without gaps, where N is the number of numbered rows in the seed text', () => {
    expect(numberedRows.length).toBeGreaterThan(0);
    expect(plan.measures.map((measure) => measure.id)).toEqual(oneTo(numberedRows.length));
    expect(numberedRows.map((row) => row.id).sort((a, b) => a - b)).toEqual(oneTo(numberedRows.length));
  });

  it("points each measure's source at the seed line that holds its number", () => {
    const seedText = new Map(seeds.map(({ file, text }) => [file, text.split('\n')]));
    for (const measure of plan.measures) {
      const line = seedText.get(measure.source.file)?.[measure.source.line - 1] ?? '';
      expect(line, `measure ${measure.id}`).toMatch(new RegExp(`\\|\\s*${measure.id}\\s*[.．]`, 'u'));
    }
  });

  it('gives every measure a lead on both sides', () => {
    for (const measure of plan.measures) {
      expect(measure.municipal[0], `measure ${measure.id} municipal lead`).toBeTruthy();
      expect(measure.district[0], `measure ${measure.id} district lead`).toBeTruthy();
    }
  });

  it("keeps every seed deadline label (spaces removed) as its measure's label", () => {
    const byId = new Map(plan.measures.map((measure) => [measure.id, measure]));
    for (const row of numberedRows) expect(byId.get(row.id)?.deadline.label, `measure ${row.id}`).toBe(row.deadline);
  });

  it("agrees exactly between each department's lead/support lists and the measures", () => {
    for (const department of plan.departments) {
      const listed = plan.measures.map((measure) => ({ id: measure.id, at: measure[department.side].indexOf(department.name) }));
      expect(department.lead, department.name).toEqual(listed.filter(({ at }) => at === 0).map(({ id }) => id));
      expect(department.support, department.name).toEqual(listed.filter(({ at }) => at > 0).map(({ id }) => id));
    }
  });

  it('lists every department named in a measure among the departments, and no department no measure names', () => {
    const departments = new Set(plan.departments.map((department) => `${department.side}:${department.name}`));
    const named = new Set(plan.measures.flatMap((measure) => sides.flatMap((side) => measure[side].map((name) => `${side}:${name}`))));
    expect([...named].filter((key) => !departments.has(key))).toEqual([]);
    expect([...departments].filter((key) => !named.has(key))).toEqual([]);
  });

  it('has no department name with white space, and none that the alias table merges away', () => {
    expect(plan.departments.filter((department) => /\s/u.test(department.name))).toEqual([]);
    const mergedAway = new Set(aliases.aliases.flatMap((alias) => alias.also.map((name) => `${alias.side}:${name}`)));
    expect(plan.departments.filter((department) => mergedAway.has(`${department.side}:${department.name}`))).toEqual([]);
  });

  it('gives every department its own slug', () => {
    const slugs = plan.departments.map((department) => department.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('numbers the areas 1..K, K being the distinct (一)… ordinals in the seed, and tasks likewise', () => {
    expect(plan.areas.map((area) => area.no)).toEqual(oneTo(areaOrdinals.size));
    expect(plan.tasks.map((task) => task.no)).toEqual(oneTo(taskOrdinals.size));
  });

  it('puts each area under one task: every measure in an area has that task', () => {
    const taskNos = new Set(plan.tasks.map((task) => task.no));
    for (const area of plan.areas) {
      expect(taskNos.has(area.task), `area ${area.no}`).toBe(true);
      const tasksOfArea = new Set(plan.measures.filter((measure) => measure.area.no === area.no).map((measure) => measure.task.no));
      expect([...tasksOfArea], `area ${area.no}`).toEqual([area.task]);
    }
  });

  it("reads the plan's year from the title", () => {
    const title = seeds[0]!.text.split('\n').find((line) => /^\d{4}年/u.test(line.trim()))!.trim();
    expect(plan.meta.title).toBe(title);
    expect(plan.meta.year).toBe(Number(title.slice(0, 4)));
  });
});
