/**
 * The search cases generated from the data: every department by its full name (both scripts),
 * by its pinyin initials, by the full forms of its name, every shared part of a name, every
 * measure by its number. What the search page answers for these comes from the page itself
 * (lib/search/searchPlan.ts, before Pagefind is asked), so the unit tests run every case
 * through planSearch (tests/unit/search/everyName.test.ts) and the browser tests run one case
 * of each kind through the real /search/ page (tests/e2e/search-regression.test.ts).
 *
 * A case names the pages (site paths, Simplified edition) that must come first: `expected`
 * among the first `within` results.
 */
import { LOCALES, type Locale } from '../../src/lib/i18n/locales.ts';
import { toTraditional } from '../../src/lib/i18n/toTraditional.ts';
import { chineseOrdinal } from '../../src/lib/plan/chineseOrdinal.ts';
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { traditionalVariants } from '../../src/lib/search/traditionalVariants.ts';
import type { AliasTable } from '../../src/lib/seed/aliasTable.ts';
import { pinyinSyllables } from '../../src/lib/seed/slugify.ts';

export interface SearchCase {
  query: string;
  /** The pages that must come first, in any order. */
  expected: string[];
  /** How many first results they must be among (at least expected.length). */
  within: number;
  /** What the query is, for a failure message: "区工商局", "hqgsj (横琴工商局)". */
  label: string;
}

export type CaseKind = 'full name' | 'initials' | 'measure number' | 'full form' | 'shared part';
export const CASE_KINDS: readonly CaseKind[] = ['full name', 'initials', 'measure number', 'full form', 'shared part'];

const departmentPage = (d: Department) => `/departments/${d.slug}/`;

/** Every generated case of a kind, as typed in an edition. */
export function searchCases(kind: CaseKind, edition: Locale, plan: { departments: readonly Department[]; measures: readonly Measure[] }, aliases: AliasTable): SearchCase[] {
  const { departments, measures } = plan;
  const initialsOf = (name: string) => pinyinSyllables(name, aliases.readings).map((s) => s[0]).join('');
  const one = (query: string, page: string, label = query): SearchCase => ({ query, expected: [page], within: 1, label });
  switch (kind) {
    // Every department by its full name, in Simplified and in Traditional: its own page first.
    case 'full name':
      return departments.flatMap((d) => [d.name, ...traditionalVariants(d.name, aliases.traditional)].map((query) => one(query, departmentPage(d))));
    // Every department by its pinyin initials: among the departments that share them, first.
    case 'initials':
      return departments.map((d) => {
        const initials = initialsOf(d.name);
        const sharing = departments.filter((other) => initialsOf(other.name) === initials).length;
        return { query: initials, expected: [departmentPage(d)], within: sharing, label: `${initials} (${d.name})` };
      });
    // Every measure typed by its number, as 12, 第12项 and 第十二项: straight to it.
    case 'measure number':
      return measures.flatMap((m) =>
        [String(m.id), `第${m.id}项`, `第${chineseOrdinal(m.id)}项`].map((query) => one(edition === 'zh-CN' ? query : toTraditional(query, aliases.traditional), `/measures/${m.id}/`)),
      );
    // Every department by the full forms of its name (seeds/aliases.yaml forms): its own page first.
    case 'full form':
      return departments.flatMap((d) =>
        aliases.forms
          .filter((f) => (!f.side || f.side === d.side) && (f.start ? d.name.startsWith(f.short) : d.name.includes(f.short)))
          .map((f) => (f.start ? `${f.full}${d.name.slice(f.short.length)}` : d.name.replace(f.short, f.full)))
          // Another department may have that very name (横琴工商局 is 区工商局 written with 横琴): then it is first.
          .filter((full) => !departments.some((other) => other !== d && other.name === full))
          .map((full) => one(full, departmentPage(d), `${full} (${d.name})`)),
      );
    // Each part of a name that several departments share (the name without the side's prefix:
    // 工商局, 商务局…): all of them first.
    case 'shared part': {
      const cores = [...new Set(departments.map((d) => d.name.replace(/^(?:市|区|横琴|珠海)/u, '')))];
      return cores
        .map((core) => ({ core, sharing: departments.filter((d) => d.name.includes(core)) }))
        .filter(({ core, sharing }) => core.length >= 2 && sharing.length >= 2)
        .map(({ core, sharing }) => ({ query: core, expected: sharing.map(departmentPage), within: sharing.length, label: core }));
    }
  }
}

/** Each edition with every kind: the matrix both test files walk. */
export const EDITION_KINDS = LOCALES.flatMap((edition) => CASE_KINDS.map((kind) => [edition, kind] as const));
