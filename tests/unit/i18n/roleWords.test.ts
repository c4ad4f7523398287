import { describe, expect, it } from 'vitest';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { SIDES } from '../../../src/lib/model/siteModel.ts';
import { realRoles } from '../../support/realRoles.ts';

/**
 * No UI string names a role itself: each plan's 说明 has its own words for the body listed first
 * on a side and the rest (src/lib/model/planRoles.ts), so a string that states a role takes the
 * page's plan's words in a slot. Checked with the real plan's words, which the strings said
 * before there were several plans: every form of them (the note's term, the short form, the form
 * a two-sided label uses), once the tables' column heads (市支持指导部门, 横琴新区牵头配合部门),
 * which are names and not roles, are taken out of each string.
 */
/** Every string of a dictionary, with where it sits. */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${at}.${key}`));
  return [];
}

const roles = realRoles();
const words = [...new Set(SIDES.flatMap((side) => [roles[side].lead, roles[side].support, roles[side].leadEither, roles[side].supportEither, roles[side].leadFull, roles[side].supportFull]))];
const heads = Object.values(UI.sides.column);

describe('the UI dictionary’s role words', () => {
  it('are none of its own: every string that states a role takes the plan’s word in a slot', () => {
    const checked = Object.entries(UI)
      .filter(([section]) => section !== 'sides')
      .flatMap(([section, value]) => strings(value, `ui.${section}`));
    expect(checked.length).toBeGreaterThan(100);
    const offenders = checked
      .map(([at, text]) => [at, heads.reduce((left, head) => left.split(head).join('·'), text)] as const)
      .filter(([, text]) => words.some((word) => text.includes(word)))
      .map(([at]) => at);
    expect(offenders).toEqual([]);
  });
});
