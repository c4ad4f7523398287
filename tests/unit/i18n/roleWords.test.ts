import { describe, expect, it } from 'vitest';
import { UI } from '../../../src/lib/i18n/ui.ts';
import { SIDES } from '../../../src/lib/model/siteModel.ts';
import { realRoles } from '../../support/realRoles.ts';

/**
 * No UI string names a role or a column itself: each plan's 说明 has its own words for the body
 * listed first on a side and the rest, and its own names for the two columns (it quotes them:
 * src/lib/model/planRoles.ts), so a string that states a role or names a column takes the page's
 * plan's words in a slot. Checked with the real plan's words, which the strings said before
 * there were several plans: every form of them (the note's term, the short form, the form a
 * two-sided label uses) and its columns' names (市支持指导部门, 横琴新区牵头配合部门). Only the
 * fallback names, ui.sides.column, may hold them: they are the 2017 table's, for a plan whose note
 * quotes none.
 */
/** Every string of a dictionary, with where it sits. */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${at}.${key}`));
  return [];
}

const roles = realRoles();
const words = [...new Set(SIDES.flatMap((side) => [roles[side].lead, roles[side].support, roles[side].leadEither, roles[side].supportEither, roles[side].leadFull, roles[side].supportFull]))];
const columns = SIDES.map((side) => roles[side].column);

describe('the UI dictionary’s role words', () => {
  const checked = strings(UI, 'ui').filter(([at]) => !at.startsWith('ui.sides.column.'));

  it('are none of its own: every string that states a role takes the plan’s word in a slot', () => {
    expect(checked.length).toBeGreaterThan(100);
    expect(checked.filter(([, text]) => words.some((word) => text.includes(word))).map(([at]) => at)).toEqual([]);
  });

  it('name no column: every string that names one takes the plan’s name in a slot (ui.sides.column is only the fallback)', () => {
    expect(checked.filter(([, text]) => columns.some((column) => text.includes(column))).map(([at]) => at)).toEqual([]);
    expect(columns).toEqual(SIDES.map((side) => UI.sides.column[side]));
  });
});
