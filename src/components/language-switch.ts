/**
 * Keeps the page's state across the switch to the other script: a page whose state lives in
 * its URL (a search query, a network focus, a timeline filter) carries its query and #hash
 * into the other edition, where the same parameters mean the same thing (slugs are shared).
 * Imported only by pages with such state, so reading pages stay free of JavaScript; without
 * it the switch still leads to the same page in the other script.
 */
function keepState(link: HTMLAnchorElement): void {
  const target = new URL(link.href, location.href);
  target.search = location.search;
  target.hash = location.hash;
  link.href = target.href;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.language-switch')) {
  // The query changes while the reader works (history.replaceState): read it when they leave.
  for (const event of ['pointerdown', 'focus', 'click'] as const) link.addEventListener(event, () => keepState(link));
}
