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
import { foldQuery } from './matchNames.ts';

/** Every form of a body's names a reader may type: each name and alias, both scripts, pinyin, initials. */
export function nameSearchKeys(names: readonly string[], context: KeywordContext): string[] {
  return [...new Set(names.flatMap((name) => nameVariants(name, context)))];
}

// The matching itself runs in the browser: it lives apart, so client elements import it
// from matchNames.ts without the converters. Re-exported for build-time callers.
export { matchNames, matchStrength } from './matchNames.ts';

/**
 * A body's keys as one edition ships them. On the Traditional page the characters the data
 * decisions write otherwise (税 → 稅) are folded to their Traditional form in every key, so the
 * page ships one Traditional spelling; the search page folds a typed query the same way
 * (queryFoldFor), so 市地税局 typed in Simplified still finds 市地稅局. Other Simplified
 * spellings, Traditional, pinyin and initials stay as they are.
 */
export function keysForEdition(keys: readonly string[], edition: { locale: string }, overrides: readonly { simplified: string; traditional: string }[]): string[] {
  const fold = queryFoldFor(edition, overrides);
  return [...new Set(keys.map((key) => foldQuery(key, fold)))];
}

/** The query fold (matchNames.ts) an edition's keys need: the decisions' overridden characters, on the Traditional page. */
export function queryFoldFor(edition: { locale: string }, overrides: readonly { simplified: string; traditional: string }[]): [number, number][] {
  if (edition.locale === 'zh-CN') return [];
  const pairs = new Map<number, number>();
  for (const { simplified, traditional } of overrides) {
    const from = [...simplified];
    const to = [...traditional];
    if (from.length !== to.length) continue;
    from.forEach((ch, i) => {
      if (ch !== to[i]) pairs.set(ch.codePointAt(0)!, to[i]!.codePointAt(0)!);
    });
  }
  return [...pairs];
}
