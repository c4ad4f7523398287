/**
 * The search regression suite: the cases in search-queries.yaml, plus cases generated from the
 * data, run through the real /search/ page in Chromium against the built site. Expected pages
 * are named by data and resolved here, so no URL or count is written by hand. The generated
 * cases the page answers itself (names, initials, forms, numbers: tests/support/searchCases.ts)
 * run here a few of a kind, and all of them in tests/unit/search/everyName.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LOCALES, pathInLocale, type Locale } from '../../src/lib/i18n/locales.ts';
import { toTraditional } from '../../src/lib/i18n/toTraditional.ts';
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { normalizeForSearch } from '../../src/lib/search/normalizeForSearch.ts';
import type { SearchState } from '../../src/lib/search/searchState.ts';
import { parseAliasTable } from '../../src/lib/seed/index.ts';
import { deadlineBin } from '../../src/lib/timeline/deadlineBin.ts';
import { builtRoot } from './support/builtSite.ts';
import { openSearch, type SearchDriver, type SearchRun } from './support/searchDriver.ts';
import { realPlan } from '../support/realPlan.ts';
import { CASE_KINDS, searchCases, type SearchCase } from '../support/searchCases.ts';

const measures: Measure[] = realPlan().measures;
const departments: Department[] = realPlan().departments;
const aliases = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
/** Names and titles that have pages of their own: a phrase inside one rightly finds that page first. */
const titles: string[] = [
  ...departments.map((d) => d.name),
  ...[...realPlan().tasks, ...realPlan().areas].map((h) => h.title),
  ...(realPlan().groups as { name: string }[]).map((g) => g.name),
];

/** Pages named by data; several keys mean the pages that fit all of them. */
interface PageRef {
  department?: string;
  departmentsContaining?: string;
  measure?: number;
  measuresContaining?: string | string[];
  measuresLedBy?: string;
  measuresSupportedBy?: string;
  measuresInTask?: number;
  measuresDue?: string;
}

interface Case {
  query: string;
  editions?: Locale[];
  filters?: SearchState['filters'];
  first?: PageRef[];
  within?: number;
  absent?: PageRef[];
  only?: PageRef[];
  phraseFirst?: boolean;
  ownTextFirst?: boolean;
}

const cases: Case[] = parse(readFileSync('tests/e2e/search-queries.yaml', 'utf8'));

function departmentNamed(name: string): Department {
  const found = departments.filter((d) => d.name === name);
  if (found.length !== 1) throw new Error(`search-queries.yaml names "${name}", which is ${found.length === 0 ? 'no' : 'more than one'} department`);
  return found[0]!;
}

/** The site paths (in an edition) of the pages a reference names. */
function resolve(ref: PageRef, edition: Locale): string[] {
  const sets: string[][] = [];
  const measurePaths = (keep: (m: Measure) => boolean) => measures.filter(keep).map((m) => `/measures/${m.id}/`);
  if (ref.department) sets.push([`/departments/${departmentNamed(ref.department).slug}/`]);
  if (ref.departmentsContaining) sets.push(departments.filter((d) => [d.name, ...d.aliases].some((n) => n.includes(ref.departmentsContaining!))).map((d) => `/departments/${d.slug}/`));
  if (ref.measure) sets.push(measurePaths((m) => m.id === ref.measure));
  if (ref.measuresContaining) sets.push(measurePaths((m) => [ref.measuresContaining!].flat().every((words) => m.text.includes(words))));
  if (ref.measuresLedBy) sets.push(measurePaths((m) => departmentNamed(ref.measuresLedBy!).lead.includes(m.id)));
  if (ref.measuresSupportedBy) sets.push(measurePaths((m) => departmentNamed(ref.measuresSupportedBy!).support.includes(m.id)));
  if (ref.measuresInTask) sets.push(measurePaths((m) => m.task.no === ref.measuresInTask));
  if (ref.measuresDue) sets.push(measurePaths((m) => deadlineBin(m.deadline).key === ref.measuresDue));
  if (sets.length === 0) throw new Error(`empty page reference ${JSON.stringify(ref)}`);
  const found = sets.reduce((a, b) => a.filter((p) => b.includes(p)));
  if (found.length === 0) throw new Error(`${JSON.stringify(ref)} names no page: fix the case`);
  return found.map((p) => pathInLocale(p, edition));
}

const resolveAll = (refs: PageRef[], edition: Locale) => [...new Set(refs.flatMap((ref) => resolve(ref, edition)))];

/**
 * A built page's main text as the index reads it, for phrase checks: without the hidden search
 * metadata, and without drawings (Pagefind does not read SVG text, so a name that is only a
 * label in a chart is not page text).
 */
const pageTexts = new Map<string, string>();
function mainText(sitePath: string): string {
  let text = pageTexts.get(sitePath);
  if (text === undefined) {
    const html = readFileSync(path.join(builtRoot(), sitePath, 'index.html'), 'utf8');
    const main = /<main[\s\S]*?<\/main>/u.exec(html)?.[0] ?? '';
    text = normalizeForSearch(
      main
        .replace(/<div hidden[^>]*>[\s\S]*?<\/div>/gu, '')
        .replace(/<(script|style|svg)[\s\S]*?<\/\1>/gu, '')
        .replace(/<[^>]+>/gu, ''),
    );
    pageTexts.set(sitePath, text);
  }
  return text;
}

/**
 * A built page's own content as the index reads it: its main text without what it marks
 * data-pagefind-ignore (lists of other measures, navigation, the hidden search metadata),
 * scripts, styles and drawings. Read in the browser, which parses the HTML as Pagefind does.
 */
const ownTexts = new Map<string, string>();
async function ownText(page: Page, sitePath: string): Promise<string> {
  let text = ownTexts.get(sitePath);
  if (text === undefined) {
    const html = readFileSync(path.join(builtRoot(), sitePath, 'index.html'), 'utf8');
    text = normalizeForSearch(
      await page.evaluate((html) => {
        const main = new DOMParser().parseFromString(html, 'text/html').querySelector('main')!;
        for (const element of main.querySelectorAll('[data-pagefind-ignore], script, style, svg')) element.remove();
        return main.textContent ?? '';
      }, html),
    );
    ownTexts.set(sitePath, text);
  }
  return text;
}

/** What is wrong with a run against a case, or [] when it holds. */
async function problems(c: Case, run: SearchRun, edition: Locale, page: Page): Promise<string[]> {
  const shown = [...run.results, ...run.partial];
  const found: string[] = [];
  if (c.first) {
    const expected = resolveAll(c.first, edition);
    const top = shown.slice(0, c.within ?? expected.length);
    const missing = expected.filter((p) => !top.includes(p));
    if (missing.length > 0) found.push(`not among the first ${top.length}: ${missing.join(' ')}; shown first: ${shown.slice(0, 5).join(' ')}`);
  }
  if (c.absent) {
    const present = resolveAll(c.absent, edition).filter((p) => shown.includes(p));
    if (present.length > 0) found.push(`should be absent: ${present.join(' ')}`);
  }
  if (c.only) {
    const expected = resolveAll(c.only, edition).sort();
    const got = [...shown].sort();
    if (JSON.stringify(expected) !== JSON.stringify(got)) found.push(`expected exactly ${expected.join(' ')}; got ${got.join(' ')}`);
  }
  if (c.phraseFirst) {
    const phrase = normalizeForSearch(c.query);
    const has = shown.map((p) => mainText(p).includes(phrase));
    const firstWithout = has.indexOf(false);
    const lastWith = has.lastIndexOf(true);
    if (firstWithout >= 0 && lastWith > firstWithout) found.push(`${shown[lastWith]} has "${c.query}" but comes after ${shown[firstWithout]}, which does not`);
  }
  if (c.ownTextFirst) {
    const phrase = normalizeForSearch(edition === 'zh-Hant' ? toTraditional(c.query, aliases.traditional) : c.query);
    const own = await Promise.all(shown.map((p) => ownText(page, p)));
    const has = own.map((text) => text.includes(phrase));
    const firstWithout = has.indexOf(false);
    const lastWith = has.lastIndexOf(true);
    if (firstWithout >= 0 && lastWith > firstWithout) found.push(`${shown[lastWith]} has "${c.query}" in its own content but comes after ${shown[firstWithout]}, which only refers to it`);
    if (!has[0]) found.push(`the first result ${shown[0]} does not have "${c.query}" in its own content`);
  }
  return found;
}

/**
 * A phrase of a measure's text that no other measure's text has, nor any name or title with a
 * page of its own: the middle-most such run of Chinese characters.
 */
function distinctivePhrase(measure: Measure): string {
  const others = [...measures.filter((m) => m.id !== measure.id).map((m) => m.text), ...titles];
  const runs = measure.text.match(/\p{Script=Han}+/gu) ?? [];
  for (const length of [6, 8, 10, 14]) {
    const windows = runs.flatMap((run) => Array.from({ length: Math.max(0, run.length - length + 1) }, (_, i) => run.slice(i, i + length)));
    const byMiddle = windows.map((w, i) => ({ w, d: Math.abs(i - windows.length / 2) })).sort((a, b) => a.d - b.d);
    const unique = byMiddle.find(({ w }) => others.every((t) => !t.includes(w)));
    if (unique) return unique.w;
  }
  return measure.text;
}

/** A search with every result shown: "more" pressed until nothing is left. */
async function everyResult(search: SearchDriver, query: string, filters: SearchState['filters'] = {}): Promise<SearchRun> {
  await search.run(query, filters);
  return search.page.evaluate(async () => {
    const more = document.querySelector<HTMLButtonElement>('[data-more]')!;
    const count = () => document.querySelectorAll('[data-results] li').length;
    while (!more.hidden) {
      const before = count();
      more.click();
      await new Promise<void>((resolve) => {
        const wait = () => (count() > before || more.hidden ? resolve() : requestAnimationFrame(wait));
        wait();
      });
    }
    const paths = (selector: string) => [...document.querySelectorAll<HTMLAnchorElement>(`${selector} a.result-title`)].map((a) => new URL(a.href).pathname);
    return { results: paths('[data-list]'), partial: paths('[data-partial-list]'), mentions: 0, status: document.querySelector('[data-status]')!.textContent ?? '' };
  });
}

/**
 * The cases of a kind the browser runs: the first, the last (for full names, the last
 * department's Traditional spelling), and the one that asks most of the page (the most pages
 * that must come first, then the longest query: a long ordinal such as 第八十四项).
 */
function sampleCases(cases: SearchCase[]): SearchCase[] {
  const hardest = [...cases].sort((a, b) => b.within - a.within || b.query.length - a.query.length)[0];
  return [...new Set([cases[0], hardest, cases.at(-1)])].filter((c): c is SearchCase => c !== undefined);
}

describe.each(LOCALES)('search in the %s edition', (edition) => {
  let search: SearchDriver;
  beforeAll(async () => {
    search = await openSearch(edition);
  });
  afterAll(() => search.close());

  const here = (p: string) => pathInLocale(p, edition);

  for (const c of cases.filter((c) => (c.editions ?? LOCALES).includes(edition))) {
    const filters = Object.entries(c.filters ?? {}).map(([k, v]) => `${k}=${v}`).join(' ');
    it(`answers “${c.query}”${filters ? ` with ${filters}` : ''} as search-queries.yaml says`, async () => {
      const run = c.only ? await everyResult(search, c.query, c.filters) : await search.run(c.query, c.filters);
      expect(await problems(c, run, edition, search.page)).toEqual([]);
    });
  }

  // Every department and measure by name, initials, forms and number is answered by the page
  // itself (planSearch) and checked case by case in tests/unit/search/everyName.test.ts; here
  // a few cases of each kind go through the real page, ahead of Pagefind's results.
  it.each(CASE_KINDS)('shows first what a %s names (a few cases of the kind; every case in the unit tests)', async (kind) => {
    const cases = sampleCases(searchCases(kind, edition, realPlan(), aliases));
    expect(cases.length).toBeGreaterThan(0);
    const misses: string[] = [];
    for (const c of cases) {
      const { results } = await search.run(c.query);
      const top = results.slice(0, c.within);
      if (c.expected.some((p) => !top.includes(here(p)))) misses.push(`${c.label} → ${top.join(' ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });

  it('finds every measure by a phrase only its text has, with its page first', { timeout: 300_000 }, async () => {
    const misses: string[] = [];
    for (const measure of measures) {
      const phrase = distinctivePhrase(measure);
      const query = edition === 'zh-CN' ? phrase : toTraditional(phrase, aliases.traditional);
      const { results } = await search.run(query);
      if (results[0] !== here(`/measures/${measure.id}/`)) misses.push(`${query} (measure ${measure.id}) → ${results.slice(0, 3).join(' ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
});
