/** Short and full forms (seeds/aliases.yaml `forms`): the other ways readers write names and texts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../../src/lib/model/siteModel.ts';
import { nameHits } from '../../../src/lib/search/nameHits.ts';
import { nameForms, textForms } from '../../../src/lib/search/nameForms.ts';
import { searchKeywords } from '../../../src/lib/search/searchKeywords.ts';
import { parseAliasTable } from '../../../src/lib/seed/index.ts';
import { realPlan } from '../../support/realPlan.ts';

const decisions = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const model = buildSiteModel(realPlan(), decisions);
const keywords = searchKeywords(decisions);
const FORMS = [
  { short: '工商局', full: '工商行政管理局', why: '-' },
  { short: '仲裁委', full: '仲裁委员会', why: '-' },
  { short: '市', full: '珠海市', side: 'municipal' as const, start: true, why: '-' },
];

describe('nameForms', () => {
  it('writes a name with each form and their combinations, in both directions', () => {
    expect(nameForms('市工商局', 'municipal', FORMS).sort()).toEqual(['市工商局', '市工商行政管理局', '珠海市工商局', '珠海市工商行政管理局'].sort());
    expect(nameForms('横琴工商行政管理局', 'district', FORMS)).toContain('横琴工商局');
  });

  it('applies a form limited to the start of a name on one side there only', () => {
    expect(nameForms('横琴工商局', 'district', FORMS)).not.toContain('珠海市横琴工商局');
    expect(nameForms('人行珠海市中心支行', 'municipal', FORMS)).toEqual(['人行珠海市中心支行']);
  });

  it('leaves a short form alone where it is already part of the full one', () => {
    expect(nameForms('珠海仲裁委员会', 'municipal', FORMS)).toEqual(['珠海仲裁委员会', '珠海仲裁委']);
  });
});

describe('textForms', () => {
  it('rewrites running text with forms that are not limited to names', () => {
    expect(textForms('由市工商局牵头', FORMS)).toEqual(['由市工商行政管理局牵头']);
  });
});

describe('the decisions file’s forms', () => {
  it('each rewrite at least one name or measure text of the document', () => {
    const texts = [...model.departments.map((d) => d.name), ...model.measures.map((m) => m.text)];
    const unused = decisions.forms.filter((form) => !texts.some((text) => (form.start ? text.startsWith(form.short) || text.startsWith(form.full) : text.includes(form.short) || text.includes(form.full))));
    expect(unused).toEqual([]);
  });

  it('let every department be found by every form of its name, its own page among those found', () => {
    const misses: string[] = [];
    for (const department of model.departments) {
      for (const form of keywords.forms(department)) {
        const hits = nameHits(form, model.departments, (d) => keywords.names(d));
        if (!hits.some((hit) => hit.item === department)) misses.push(`${form} → ${hits.map((h) => h.item.name).join(' ')}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('find the body the document names in its short form when the full form is typed, and the reverse', () => {
    const withShort = decisions.forms.filter((f) => !f.start && model.departments.some((d) => d.name.includes(f.short)));
    expect(withShort.length).toBeGreaterThan(0);
    for (const form of withShort) {
      for (const department of model.departments.filter((d) => d.name.includes(form.short))) {
        const full = department.name.replace(form.short, form.full);
        expect(nameHits(full, model.departments, (d) => keywords.names(d))[0]?.item, full).toBe(department);
      }
    }
  });
});
