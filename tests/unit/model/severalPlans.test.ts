/**
 * The site model of several plans, built from the two-plan fixture (tests/fixtures/plans/: the
 * real seed and a small made-up plan sharing bodies with it), and the pure rules under it: the
 * seeds folder's layout, and each plan's role words from its 说明.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteModel, dutiesIn, measureKey, SIDES } from '../../../src/lib/model/siteModel.ts';
import { fill } from '../../../src/lib/i18n/template.ts';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { commonRoles, planRoles, type RoleWords } from '../../../src/lib/model/planRoles.ts';
import { EMPTY_ALIAS_TABLE } from '../../../src/lib/seed/aliasTable.ts';
import { planLayout, singlePlanSlug } from '../../../src/lib/seed/planLayout.ts';
import { readSite } from '../../../src/lib/site/readPlan.ts';

const site = readSite('tests/fixtures/plans');
const model = buildSiteModel(site.plans, site.decisions);

describe('the seeds folder’s layout', () => {
  it('reads Markdown files directly in the folder as one plan named after its first seed file', () => {
    expect(planLayout('seeds', [{ name: 'b.md' }, { name: 'A Plan.md' }, { name: 'aliases.yaml' }])).toEqual([{ slug: 'a-plan', dir: 'seeds', seeds: ['seeds/A Plan.md', 'seeds/b.md'] }]);
    expect(singlePlanSlug('seeds/hengqin-2017-task-allocation.md')).toBe('hengqin-2017-task-allocation');
  });

  it('reads each folder as a plan named by the folder, its seeds in name order, folders in name order', () => {
    const plans = planLayout('seeds', [{ name: 'z-2018', files: ['2.md', '1.md', 'progress.yaml'] }, { name: 'a-2017', files: ['plan.md'] }, { name: 'aliases.yaml' }]);
    expect(plans.map((p) => [p.slug, p.seeds])).toEqual([
      ['a-2017', ['seeds/a-2017/plan.md']],
      ['z-2018', ['seeds/z-2018/1.md', 'seeds/z-2018/2.md']],
    ]);
  });
});

describe('a site model of two plans', () => {
  it('holds each plan with its own measures, numbered from 1, under its own URL segment', () => {
    expect(model.several).toBe(true);
    expect(model.plans.map((p) => p.segment)).toEqual(site.plans.map((p) => p.slug));
    for (const plan of model.plans) {
      expect(plan.measures.map((m) => m.id)).toEqual(plan.measures.map((_, i) => i + 1));
      expect(plan.measures.every((m) => m.plan === plan && m.task.plan === plan)).toBe(true);
    }
    expect(new Set(model.measures.map(measureKey)).size).toBe(model.measures.length);
  });

  it('makes a body named in both plans one department, with its duties plan by plan and co-workers across them', () => {
    const both = model.departments.filter((d) => d.duties.length === 2);
    expect(both.length).toBeGreaterThan(0);
    for (const department of both) {
      expect(department.lead).toEqual(department.duties.flatMap((d) => d.lead));
      expect(department.support).toEqual(department.duties.flatMap((d) => d.support));
      for (const duty of department.duties) {
        expect(duty.lead.every((m) => m.plan === duty.plan)).toBe(true);
        expect(dutiesIn(department, duty.plan)).toBe(duty);
        expect(duty.plan.departments).toContain(department);
      }
      const partners = new Set(department.coWorkers.map((c) => c.department));
      for (const duty of department.duties) for (const c of duty.coWorkers) expect(partners.has(c.department)).toBe(true);
    }
    expect(new Set(model.departments.map((d) => d.slug)).size).toBe(model.departments.length);
  });

  it('takes the earliest year’s plan as primary unless the configuration names one', () => {
    const earliest = [...model.plans].sort((a, b) => a.meta.year - b.meta.year)[0]!;
    expect(model.primary).toBe(earliest);
    const named = buildSiteModel(site.plans, site.decisions, [], { primaryPlan: site.plans[1]!.slug });
    expect(named.primary.slug).toBe(site.plans[1]!.slug);
    expect(() => buildSiteModel(site.plans, site.decisions, [], { primaryPlan: 'no-such-plan' })).toThrow(/primaryPlan: no plan "no-such-plan"/u);
  });

  it('keeps a one-plan site’s plan without a URL segment', () => {
    const one = buildSiteModel(site.plans[0]!.plan, site.decisions);
    expect(one.several).toBe(false);
    expect(one.plans[0]!.segment).toBeUndefined();
  });
});

describe('a plan’s role words', () => {
  it('come from its own 说明, first-listed and the rest on each side, short forms from the register', () => {
    const [real, made] = model.plans;
    expect(real!.roles.district.leadFull).toBe('主要牵头落实部门');
    expect(real!.roles.district.lead).toBe(site.decisions.roles.find((r) => r.term === '主要牵头落实部门')!.short);
    expect(made!.roles.municipal.leadFull).toBe('牵头指导部门');
    expect(made!.roles.district.support).toBe('协办');
    expect(made!.roles.fromNote).toBe(true);
  });

  it('fall back to neutral words when a plan’s note names no roles', () => {
    const roles = planRoles(null, EMPTY_ALIAS_TABLE);
    expect(roles.fromNote).toBe(false);
    expect(roles.municipal.lead).toBe('列第一位');
    expect(roles.district.support).toBe('其他');
    // One word where both sides' are the same, not "第一位：列第一位或列第一位".
    expect(roles.either.lead).toBe(roles.municipal.leadEither);
  });
});

describe('the role words of a page about several plans', () => {
  it('are a one-plan site’s plan’s own', () => {
    const one = buildSiteModel(site.plans[0]!.plan, site.decisions);
    expect(one.roles).toBe(one.plans[0]!.roles);
    expect(one.roles.either.lead).toBe(fill(UI.roles.either.lead, { municipal: one.roles.municipal.leadEither, district: one.roles.district.leadEither }));
  });

  it('are the plans’ own when every plan calls the roles alike', () => {
    const [real] = model.plans;
    expect(commonRoles([real!, real!])).toBe(real!.roles);
  });

  it('are neutral, no plan’s, when the plans call the roles differently', () => {
    const [real, made] = model.plans;
    const words = (roles: RoleWords) => SIDES.flatMap((side) => [roles[side].lead, roles[side].support, roles[side].leadFull, roles[side].supportFull]);
    expect(model.roles.fromNote).toBe(false);
    expect(model.roles.municipal.lead).toBe(UI.roles.neutral.municipal.lead);
    expect(model.roles.either).toEqual(UI.roles.neutralEither);
    for (const word of [...words(real!.roles), ...words(made!.roles)]) expect(words(model.roles)).not.toContain(word);
  });
});
