/**
 * The names of a plan's two columns of bodies, read from its 说明 (src/lib/model/planRoles.ts):
 * each side's clause opens by quoting its column, and that quote, less a bracketed qualifier,
 * is the name its pages head the column with; without one, the 2017 table's names
 * (ui.sides.column); over several plans, the names they share, else neutral ones.
 */
import { describe, expect, it } from 'vitest';
import { createEdition } from '../../../src/lib/i18n/edition.ts';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { columnOf, commonRoles, planRoles, sameRoles, txRoles, withoutColumns } from '../../../src/lib/model/planRoles.ts';
import { EMPTY_ALIAS_TABLE } from '../../../src/lib/seed/aliasTable.ts';
import { readSite } from '../../../src/lib/site/readPlan.ts';

const site = readSite('tests/fixtures/plans');
const [real, made] = site.plans.map((plan) => planRoles(plan.plan.meta.note, site.decisions)) as [ReturnType<typeof planRoles>, ReturnType<typeof planRoles>];

/** A made-up note with the 2017 note's shape and other names for its columns and roles. */
const otherNote =
  '说明：“市级责任单位（含中央、省驻珠单位）”之中，列明第一位的是统筹部门，负统筹责任，其他属于协同部门；「横琴新区责任单位」一栏中，列明第一位的是责任部门，承担落实责任，其他属于协办部门。';

describe('a plan’s column names', () => {
  it('are the quotes its note opens each side’s clause with, less a bracketed qualifier', () => {
    const roles = planRoles(otherNote, EMPTY_ALIAS_TABLE);
    expect([roles.municipal.column, roles.district.column]).toEqual(['市级责任单位', '横琴新区责任单位']);
    expect(roles.fromNote).toBe(true);
    expect(roles.municipal.leadFull).toBe('统筹部门');
  });

  it('are the real plan’s note’s own: 市支持指导部门, its （含中央或者省驻珠单位） left out', () => {
    expect(site.plans[0]!.plan.meta.note).toContain(`“${real.municipal.column}（`);
    expect([real.municipal.column, real.district.column]).toEqual([UI.sides.column.municipal, UI.sides.column.district]);
  });

  it('are read from the fixture’s made-up plan, which heads its columns otherwise', () => {
    const note = site.plans[1]!.plan.meta.note!;
    for (const side of ['municipal', 'district'] as const) {
      expect(note).toContain(`“${made[side].column}`);
      expect(made[side].column).not.toBe(UI.sides.column[side]);
    }
  });

  it('take the first quote before 第一位 that ends like a name for bodies, never a role term quoted after it', () => {
    expect(columnOf('“—”表示无，“市直单位”中，列明第一位的是“牵头单位”')).toBe('市直单位');
    expect(columnOf('‘市级机构’中列第一位的为主办')).toBe('市级机构');
    expect(columnOf('"市级部门 (含省驻珠单位)"之中，列明第一位的是牵头部门')).toBe('市级部门');
    expect(columnOf('本栏列明第一位的是“主要牵头部门”')).toBeNull();
    expect(columnOf('“市级”之中，列明第一位的是牵头部门')).toBeNull();
  });

  it('are read even where the note’s roles are not, and roles even where a clause quotes no column', () => {
    const unnamedRoles = planRoles('说明：“市级责任单位”之中，列明第一位的是牵头单位；“区级责任单位”之中，列明第一位的是责任单位。', EMPTY_ALIAS_TABLE);
    expect(unnamedRoles.fromNote).toBe(false);
    expect([unnamedRoles.municipal.column, unnamedRoles.district.column]).toEqual(['市级责任单位', '区级责任单位']);
    const unquoted = planRoles(otherNote.replace('「横琴新区责任单位」', '横琴新区一栏'), EMPTY_ALIAS_TABLE);
    expect(unquoted.fromNote).toBe(true);
    expect([unquoted.municipal.column, unquoted.district.column]).toEqual(['市级责任单位', UI.sides.column.district]);
  });

  it('fall back to the 2017 table’s names (ui.sides.column) without a note', () => {
    const roles = planRoles(null, EMPTY_ALIAS_TABLE);
    expect([roles.municipal.column, roles.district.column]).toEqual([UI.sides.column.municipal, UI.sides.column.district]);
  });

  it('pass into an edition’s script with the role words', () => {
    const { tx } = createEdition({ locale: 'zh-Hant', base: '/', overrides: site.decisions.traditional });
    const roles = txRoles(planRoles(otherNote, EMPTY_ALIAS_TABLE), tx);
    expect(roles.district.column).toBe(tx('横琴新区责任单位'));
    expect(roles.district.column).not.toBe('横琴新区责任单位');
  });

  it('stay out of a browser element’s role words (withoutColumns)', () => {
    const terms = withoutColumns(real);
    expect(Object.keys(terms.municipal)).not.toContain('column');
    expect(terms.municipal.lead).toBe(real.municipal.lead);
  });
});

describe('the column names of a page about several plans', () => {
  const other = planRoles(otherNote, EMPTY_ALIAS_TABLE);

  it('are the names every plan gives a column, even where the plans’ role words differ', () => {
    const renamed = planRoles(site.plans[1]!.plan.meta.note!.replace(/“[^”]+”/u, `“${real.municipal.column}”`), site.decisions);
    const common = commonRoles([{ roles: real }, { roles: renamed }]);
    expect(sameRoles(real, renamed)).toBe(false);
    expect(common.municipal.lead).toBe(UI.roles.neutral.municipal.lead);
    expect(common.municipal.column).toBe(real.municipal.column);
    expect(common.district.column).toBe(UI.roles.neutral.district.column);
  });

  it('are neutral where the plans head a column differently, even where they call the roles alike', () => {
    const sameWords = planRoles(site.plans[0]!.plan.meta.note!.replace(/“[^”]+”/gu, (quote, at: number) => (at < 10 ? '“市级责任单位”' : quote)), site.decisions);
    expect(sameRoles(real, sameWords)).toBe(true);
    const common = commonRoles([{ roles: real }, { roles: sameWords }]);
    expect(common.municipal.lead).toBe(real.municipal.lead);
    expect(common.municipal.column).toBe(UI.roles.neutral.municipal.column);
    expect(common.district.column).toBe(real.district.column);
    expect(commonRoles([{ roles: real }, { roles: other }]).municipal.column).toBe(UI.roles.neutral.municipal.column);
  });

  it('are the plan’s own on a one-plan site', () => {
    expect(commonRoles([{ roles: other }])).toBe(other);
  });
});
