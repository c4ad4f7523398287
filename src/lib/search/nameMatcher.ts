/**
 * The one matcher for names typed into a box (the network's search, the timeline's
 * department box): a reader may type a part of the name, the whole name in either script,
 * full pinyin or initials, with or without spaces and capitals, as site search takes them.
 *
 * The keys are worked out at build time (pinyin needs the converter, which the browser does
 * not load) and shipped with the page; matching is pure and cheap, so it runs on every
 * keystroke in the browser: client code imports it from matchNames.ts, not from here.
 */
import type { KeywordContext } from './keywordContext.ts';
import { nameVariants } from './nameVariants.ts';
import { normalizeForSearch } from './normalizeForSearch.ts';

/** Every form of a body's names a reader may type: each name and alias, both scripts, pinyin, initials. */
export function nameSearchKeys(names: readonly string[], context: KeywordContext): string[] {
  return [...new Set(names.flatMap((name) => nameVariants(name, context)))];
}

// The matching itself runs in the browser: it lives apart, so client elements import it
// from matchNames.ts without the converters. Re-exported for build-time callers.
export { matchNames, matchStrength } from './matchNames.ts';

/**
 * A body's keys as one edition ships them. The Traditional page leaves out any key with a
 * character the data decisions write otherwise in Traditional (市地税局 beside 市地稅局): the
 * page ships one Traditional spelling of those. Other Simplified spellings stay, so a reader
 * who types Simplified on the Traditional page still finds 横琴工商局 at once; Traditional,
 * pinyin and initials always stay.
 */
export function keysForEdition(keys: readonly string[], edition: { locale: string }, overrides: readonly { simplified: string }[]): string[] {
  if (edition.locale === 'zh-CN') return [...keys];
  const replaced = overrides.map((o) => normalizeForSearch(o.simplified)).filter(Boolean);
  return keys.filter((key) => !replaced.some((part) => key.includes(part)));
}
