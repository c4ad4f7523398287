/**
 * Every department and every measure as readers type them, answered as the search page answers
 * them before asking Pagefind (planSearch over the page's own config, in each edition): the
 * page shows the measure a number names, then the departments the query names, then the
 * headings, in that order, ahead of anything Pagefind finds. The cases come from the data
 * (tests/support/searchCases.ts); the browser runs one of each kind through /search/.
 */
import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { searchPageConfig } from '../../../src/lib/search/searchPage.ts';
import { planSearch } from '../../../src/lib/search/searchPlan.ts';
import { EDITION_KINDS, searchCases } from '../../support/searchCases.ts';
import { realModel } from '../../support/realModel.ts';
import { realPlan } from '../../support/realPlan.ts';

const model = realModel();

describe.each(EDITION_KINDS)('the %s search page', (locale, kind) => {
  const config = searchPageConfig(model, createEdition({ locale, base: '/', overrides: model.decisions.traditional, punctuation: model.decisions.punctuation }));
  const cases = searchCases(kind, locale, realPlan(), model.decisions);

  it(`shows first what each ${kind} names, for every one the data has`, () => {
    expect(cases.length).toBeGreaterThan(0);
    const misses: string[] = [];
    for (const c of cases) {
      const plan = planSearch({ q: c.query, filters: {} }, config);
      // The page's own results, in the order it shows them, as Simplified site paths.
      const shown = [
        ...(plan.measure ? [`/measures/${plan.measure.id}/`] : []),
        ...plan.departments.map(({ department }) => `/departments/${department.slug}/`),
        ...plan.headings.map((h) => `${h.kind}:${h.key}`),
      ];
      const top = shown.slice(0, c.within);
      if (c.expected.some((page) => !top.includes(page))) misses.push(`${c.label} → ${top.join(' ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
});
