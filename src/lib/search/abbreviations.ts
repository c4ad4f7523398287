/**
 * Short forms readers type for long terms in the plan's text. A text with the full form is
 * also indexed as written with the short one, so 跨境电商 finds 跨境电子商务. Only standard
 * abbreviations, each of which can only mean its full form here.
 */
export const ABBREVIATIONS: readonly { full: string; short: string }[] = [
  // The everyday word: 跨境电商 is what news and readers write for 跨境电子商务.
  { full: '电子商务', short: '电商' },
  // The plan writes 自贸试验区 and 自由贸易试验区; readers write 自贸区.
  { full: '自由贸易试验区', short: '自贸区' },
  { full: '自贸试验区', short: '自贸区' },
];
