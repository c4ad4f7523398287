import type { TraditionalOverride } from './toTraditional.ts';

/**
 * Words of the site's own interface that Hong Kong and Macau say differently, not only write
 * in other characters. opencc's Hong Kong variant converts characters, so "搜索" would stay
 * "搜索" where a Macau reader expects "搜尋" (gov.mo's search box). Applied to UI strings
 * only, never to the plan's text, whose wording is the document's; the alias table's
 * overrides (seeds/aliases.yaml) apply to both.
 */
export const TRADITIONAL_UI_WORDS: readonly TraditionalOverride[] = [
  { simplified: '搜索', traditional: '搜尋' },
  { simplified: '鼠标', traditional: '滑鼠' },
  { simplified: '链接', traditional: '連結' },
  { simplified: '基本信息', traditional: '基本資料' },
];
