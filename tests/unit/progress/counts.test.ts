/** Counts of what became of a set of measures, and the sentence in the plan's role words, in both editions. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import { UI } from '../../../src/lib/i18n/ui.ts';
import type { SiteMeasure } from '../../../src/lib/model/siteModel.ts';
import { parseAliasTable } from '../../../src/lib/seed/index.ts';
import { countProgress, countProgressBy, departmentProgress, progressSummary } from '../../../src/lib/progress/progressCounts.ts';
import { fixtureProgress, planIn } from './fixture.ts';
import { realRoles } from '../../support/realRoles.ts';

const edition = (locale: Locale) => createEdition({ locale, base: '/', overrides: planIn().decisions.traditional });

describe('countProgress', () => {
  it('counts each measure under its status, and overdue ones again under 逾期', () => {
    const counts = countProgress(fixtureProgress().measures);
    const all = fixtureProgress().measures;
    expect(counts.total).toBe(all.length);
    expect(counts.byStatus.unreported).toBe(all.filter((m) => m.status === null).length);
    expect(counts.overdue).toBe(all.filter((m) => m.overdue).length);
    expect(Object.values(counts.byStatus).reduce((a, b) => a + b, 0)).toBe(all.length);
  });

  it('says each measure once in the parts, overdue ones under 逾期, so the parts add up to the total', () => {
    const counts = countProgress(fixtureProgress().measures);
    expect(counts.parts.reduce((sum, part) => sum + part.count, 0)).toBe(counts.total);
    expect(counts.parts.every((part) => part.count > 0)).toBe(true);
    expect(counts.parts.at(-1)).toEqual({ key: 'overdue', count: counts.overdue });
  });
});

describe('a department\'s summary', () => {
  const { model } = planIn();
  const progress = fixtureProgress();
  const of = (slug: string) => departmentProgress(model.department(slug), (m) => progress.measure(m.id));

  it('reads as the issue words it, in the role words given: 牵头 6 项：已完成 1，已调整 1，推进中 1，逾期 3', () => {
    const { lead, support } = of('qu-jia-ju');
    expect(progressSummary(lead, realRoles().district.lead, UI.progress)).toBe('牵头 6 项：已完成 1，已调整 1，推进中 1，逾期 3');
    expect(progressSummary(support, realRoles().district.support, UI.progress)).toBe('配合 3 项：推进中 1，未报告 2');
  });

  it('takes the other side\'s role words as given, never 牵头 for a municipal body', () => {
    const { lead } = of('shi-jia-ju');
    expect(progressSummary(lead, realRoles().municipal.lead, UI.progress)).toBe('主要支持指导 6 项：已完成 1，已调整 1，推进中 1，逾期 3');
  });

  it('reads in Traditional with the edition\'s words and the plan\'s role words converted', () => {
    const hant = edition('zh-Hant').ui;
    expect(progressSummary(of('qu-jia-ju').lead, realRoles(edition('zh-Hant')).district.lead, hant.progress)).toBe('牽頭 6 項：已完成 1，已調整 1，推進中 1，逾期 3');
  });
});

describe('countProgressBy', () => {
  const { model } = planIn();
  const progress = fixtureProgress();

  it('counts by task and by working group, groups in the plan\'s order, every measure in one group', () => {
    const byTask = (m: SiteMeasure): unknown => m.task;
    const byGroup = (m: SiteMeasure): unknown => m.group;
    for (const keyOf of [byTask, byGroup]) {
      const groups = countProgressBy(model.measures, keyOf, (m) => progress.measure(m.id));
      expect(groups.map((g) => g.key)).toEqual([...new Set(model.measures.map(keyOf))]);
      expect(groups.reduce((sum, g) => sum + g.counts.total, 0)).toBe(model.measures.length);
      for (const { key, counts } of groups) expect(counts.overdue).toBe(model.measures.filter((m) => keyOf(m) === key && progress.measure(m.id).overdue).length);
    }
  });
});

describe('the status words in Traditional', () => {
  it('come out of the edition\'s normal conversion as 未啟動, 推進中, 已完成, 已調整, 未報告 and 逾期', () => {
    expect(edition('zh-Hant').ui.progress.status).toEqual({ notStarted: '未啟動', inProgress: '推進中', done: '已完成', adjusted: '已調整', unreported: '未報告', overdue: '逾期' });
  });

  it('are the same with the real decisions file as with the fixture\'s', () => {
    const real = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
    expect(createEdition({ locale: 'zh-Hant', base: '/', overrides: real.traditional }).ui.progress.status).toEqual(edition('zh-Hant').ui.progress.status);
  });
});
