/**
 * The network's search box over every department: the keys the drawing carries (siteNetwork's
 * searchKeys in the edition's spellings, as NetworkGraph.astro hands them to the element) and
 * the element's matcher (searchNodes). The browser types a few departments' initials into the
 * real drawing (tests/e2e/network.test.ts); here every department's, in both editions.
 */
import { describe, expect, it } from 'vitest';
import { nodeKey } from '../../../src/lib/graph/nodeKey.ts';
import { searchNodes, viewModelOf } from '../../../src/lib/graph/networkView.ts';
import { siteNetwork } from '../../../src/lib/graph/siteNetwork.ts';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { LOCALES } from '../../../src/lib/i18n/locales.ts';
import { keysForEdition } from '../../../src/lib/search/nameMatcher.ts';
import { pinyinSyllables } from '../../../src/lib/seed/slugify.ts';
import { realModel } from '../../support/realModel.ts';

const model = realModel();
const { graph, searchKeys } = siteNetwork(model.plans[0]!, model.decisions);
const overrides = model.decisions.traditional;

describe.each(LOCALES)('the network search in the %s edition', (locale) => {
  const edition = createEdition({ locale, base: '/', overrides, punctuation: model.decisions.punctuation });
  const view = viewModelOf(graph, (slug) => keysForEdition(searchKeys.get(slug) ?? [], edition, overrides));
  const entries = view.departments.map((d) => ({ key: d.key, keys: d.names }));
  const everyNode = new Set(entries.map((e) => e.key));

  it("finds every department by its pinyin initials", () => {
    expect(model.departments.length).toBeGreaterThan(0);
    const misses = model.departments
      .map((d) => ({ d, initials: pinyinSyllables(d.name, model.decisions.readings).map((s) => s[0]).join('') }))
      .filter(({ d, initials }) => !searchNodes(initials, entries, everyNode).includes(nodeKey.department(d.slug)))
      .map(({ d, initials }) => `${initials} for ${d.slug}`);
    expect(misses).toEqual([]);
  });
});
