import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { LOCALES } from '../../../src/lib/i18n/locales.ts';
import { toTraditional } from '../../../src/lib/i18n/toTraditional.ts';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { parseAliasTable } from '../../../src/lib/seed/index.ts';

/**
 * One word for one thing: each concept the site names has its term in the UI dictionary
 * (ui.terms), and no string of either edition says it another way.
 */
const OTHER_FORMS: Partial<Record<keyof typeof UI.terms, readonly string[]>> = {
  area: ['方面'],
  timeline: ['时间线'],
};

const decisions = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');

/** Every string of a dictionary, with where it sits. */
function strings(value: unknown, at = 'ui'): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${at}.${key}`));
  return [];
}

describe('the UI dictionary says each thing one way', () => {
  for (const locale of LOCALES) {
    const { ui, tx } = createEdition({ locale, base: '/', overrides: decisions.traditional });
    for (const [concept, forms] of Object.entries(OTHER_FORMS) as [keyof typeof UI.terms, readonly string[]][]) {
      it(`${locale}: names the ${concept} ${ui.terms[concept]} and never ${forms.join(' or ')}`, () => {
        const others = forms.map(tx);
        expect(others.every((form) => form !== ui.terms[concept])).toBe(true);
        const offenders = strings(ui).filter(([, text]) => others.some((form) => text.includes(form)));
        expect(offenders).toEqual([]);
      });
    }
  }

  it('uses the term itself in the sentences that speak of the concept', () => {
    const sentences = strings(UI).map(([, text]) => text);
    for (const concept of ['area', 'timeline'] as const) {
      expect(sentences.filter((text) => text.includes(UI.terms[concept])).length).toBeGreaterThan(1);
    }
  });

  it('converts the terms alike in the Traditional edition', () => {
    const hant = createEdition({ locale: 'zh-Hant', base: '/', overrides: decisions.traditional }).ui;
    expect(hant.terms.area).toBe(toTraditional(UI.terms.area));
    expect(hant.terms.timeline).toBe(toTraditional(UI.terms.timeline));
  });
});
