import { toTraditional, type TraditionalOverride } from '../i18n/toTraditional.ts';
// Taiwan forms: readers type 群 and 稅 where the Hong Kong list writes 羣 and 税.
import { toTaiwanForms as toTaiwan } from '../i18n/traditionalConverters.ts';

/**
 * The Traditional spellings a reader may type for a Simplified text: the site's own Traditional
 * edition (Hong Kong forms with the alias table's overrides) and the Taiwan forms, without
 * repeats. Both are indexed, so 區黨群工作部 and 區黨羣工作部 both find the department.
 */
export function traditionalVariants(simplified: string, overrides: readonly TraditionalOverride[] = []): string[] {
  return [...new Set([toTraditional(simplified, overrides), toTaiwan(simplified)])];
}
