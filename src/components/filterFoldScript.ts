/**
 * The one line of script after each filter fold (FilterFold.astro): open on a screen 40rem
 * wide or more, closed on a phone, set while the page is parsed so nothing moves when it loads.
 * The same text on every page; the layout puts its hash in the page's CSP before the head is
 * written, which a component rendered later in the body cannot.
 */
export const OPEN_ON_WIDE = "document.currentScript.previousElementSibling.open=matchMedia('(min-width: 40rem)').matches";
