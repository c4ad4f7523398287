import { describe, expect, it } from 'vitest';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { filterSummary } from '../../../src/lib/util/filterSummary.ts';

describe('filterSummary', () => {
  it('is the fold’s name alone while nothing is chosen', () => {
    expect(filterSummary(UI.filters, [])).toBe(UI.filters.label);
    expect(filterSummary(UI.filters, ['  '])).toBe(UI.filters.label);
  });

  it('says how many are chosen and what, cutting a long value short', () => {
    expect(filterSummary(UI.filters, ['法制建设组', '市级'])).toBe('筛选（已选2项：法制建设组、市级）');
    expect(filterSummary(UI.filters, ['一、加快构建国际化、法治化、市场化、便利化营商环境'])).toBe('筛选（已选1项：一、加快构建国际化、…）');
  });
});
