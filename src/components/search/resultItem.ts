import type { ExcerptPiece } from '../../lib/search/highlightExcerpt.ts';
import type { MatchTier } from '../../lib/search/matchTier.ts';

/** A result as the search page lists it. */
export interface Shown {
  href: string;
  title: string;
  kind: 'measure' | 'department' | 'task' | 'area' | 'group' | undefined;
  facts?: string | undefined;
  excerpt?: ExcerptPiece[] | null | undefined;
  /** How Pagefind's result matches the query (matchTier); none for what the page found itself. */
  tier?: MatchTier;
}

/**
 * One result's list item: its title as a link, what kind of page it is, the excerpt with the
 * query marked, and its facts. Built from text nodes only, so nothing in the index can become
 * markup.
 */
export function resultItem(shown: Shown, kinds: Record<NonNullable<Shown['kind']>, string>): HTMLLIElement {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) =>
    Object.assign(document.createElement(tag), { className, ...(text === undefined ? {} : { textContent: text }) });
  const item = document.createElement('li');
  const heading = document.createElement('p');
  heading.append(Object.assign(element('a', 'result-title', shown.title), { href: shown.href }));
  if (shown.kind) heading.append(element('span', 'kind', kinds[shown.kind]));
  item.append(heading);
  if (shown.excerpt) {
    const excerpt = element('p', 'excerpt');
    excerpt.append(...shown.excerpt.map((piece) => (piece.mark ? element('mark', '', piece.text) : document.createTextNode(piece.text))));
    item.append(excerpt);
  }
  if (shown.facts) item.append(element('p', 'facts', shown.facts));
  return item;
}
