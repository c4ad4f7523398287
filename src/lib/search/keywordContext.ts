import type { TraditionalOverride } from '../i18n/toTraditional.ts';
import type { AliasTable, NameForm } from '../seed/aliasTable.ts';
import type { Reading } from '../seed/slugify.ts';

/** The alias table's decisions that keyword generation needs: pinyin readings and Traditional overrides. */
export interface KeywordContext {
  /** Words the pinyin converter misreads in body names (人行 = ren hang). */
  readings: readonly Reading[];
  /** Words the Traditional converter must write otherwise (税 → 稅). */
  overrides: readonly TraditionalOverride[];
  /** Short and full forms readers type for the same words (工商局 ↔ 工商行政管理局). */
  forms?: readonly NameForm[];
}

/** The keyword context from a parsed alias table. */
export function keywordContext(table: Pick<AliasTable, 'readings' | 'traditional'> & Partial<Pick<AliasTable, 'forms'>>): KeywordContext {
  return { readings: table.readings, overrides: table.traditional, forms: table.forms ?? [] };
}
