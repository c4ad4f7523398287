import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { keysForEdition, nameSearchKeys } from '../../../src/lib/search/nameMatcher.ts';
import { keywordContext } from '../../../src/lib/search/keywordContext.ts';
import { matchNames } from '../../../src/lib/search/matchNames.ts';
import { realModel } from '../../support/realModel.ts';

const model = realModel();
const context = keywordContext(model.decisions);
const overrides = model.decisions.traditional;
const traditional = createEdition({ locale: 'zh-Hant', base: '/', overrides });
const simplified = createEdition({ locale: 'zh-CN', base: '/', overrides });
// A body whose name holds a character the decisions write otherwise in Traditional (税 → 稅).
const overridden = model.departments.find((d) => overrides.some((o) => d.name.includes(o.simplified)));

describe('keysForEdition', () => {
  it('keeps every key on the Simplified page', () => {
    const d = model.departments[0]!;
    const keys = nameSearchKeys([d.name], context);
    expect(keysForEdition(keys, simplified, overrides)).toEqual(keys);
  });

  it.runIf(overridden)("ships no key with a character the decisions replace on the Traditional page, yet still matches its Traditional name, pinyin and initials", () => {
    const d = overridden!;
    const keys = keysForEdition(nameSearchKeys([d.name], context), traditional, overrides);
    for (const o of overrides) for (const key of keys) expect(key).not.toContain(o.simplified);
    const items = [{ keys }];
    expect(matchNames(traditional.tx(d.name), items, (i) => i.keys)).toHaveLength(1);
    expect(matchNames(d.slug.replaceAll('-', ''), items, (i) => i.keys)).toHaveLength(1);
    expect(matchNames(d.slug.split('-').map((s) => s[0]).join(''), items, (i) => i.keys)).toHaveLength(1);
  });
});
