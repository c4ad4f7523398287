/**
 * Absolute URLs that name XML namespaces or DTDs: identifiers inside D3 and SVG code, never
 * fetched by a browser.
 */
const IDENTIFIERS = [
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
  'http://www.w3.org/1998/Math/MathML',
];

/**
 * Host names reserved for examples (RFC 2606, RFC 6761): code uses them as a dummy base to
 * parse relative URLs (Pagefind does, with https://example.com); nothing can be fetched there.
 */
const RESERVED_HOST = /^(?:(?:[\w-]+\.)*example\.(?:com|net|org)|(?:[\w-]+\.)*(?:example|invalid|test|localhost))$/iu;

/**
 * Absolute http(s) URLs written in script or style text (a bundle, a stylesheet), other than
 * namespace identifiers and reserved example hosts: each is a request to another host the
 * code could make.
 */
export function externalUrlsInCode(text: string): string[] {
  const found = text.match(/\bhttps?:\/\/[^\s"'`()<>\\]+/giu) ?? [];
  return [...new Set(found)].filter((url) => {
    if (IDENTIFIERS.some((identifier) => url === identifier || url.startsWith(`${identifier}/`))) return false;
    const host = /^https?:\/\/([^/:?#$]+)/iu.exec(url)?.[1] ?? '';
    return !RESERVED_HOST.test(host);
  });
}

/**
 * Whether `reference` (as written in a page at `pageUrl`) leaves the page's own host. data:,
 * blob: and about: references stay in the page.
 */
export function isExternal(reference: string, pageUrl: string): boolean {
  const resolved = URL.parse(reference.trim(), pageUrl);
  if (!resolved) return false;
  if (['data:', 'blob:', 'about:', 'javascript:'].includes(resolved.protocol)) return false;
  return resolved.origin !== new URL(pageUrl).origin;
}

/** The absolute http(s) URLs in some text, each once, in the order they first appear. */
function absoluteUrls(text: string): string[] {
  return [...new Set(text.match(/\bhttps?:\/\/[^\s"'`()<>\\]+/giu) ?? [])];
}

/**
 * The URLs a built file names a host with, for a build that has no public address and so
 * must name none. Allowed, and so left out:
 * - namespace identifiers (the SVG namespace of an inline drawing), which nothing fetches;
 * - in script and style code (`code`), also reserved example hosts (externalUrlsInCode);
 * - `links`: the outside documents the publisher chose to link to (site.config.json's
 *   licence and publisher URLs), but only as the href of an <a>: a link a reader follows,
 *   never something a page loads or gives as an address of its own (canonical, og:url,
 *   structured data, a sitemap entry), and never in another kind of file.
 * Protocol-relative references in an attribute (`href="//host/…"`) name a host too.
 */
export function hostUrlsInText(text: string, { code, links }: { code: boolean; links: readonly string[] }): string[] {
  if (code) return externalUrlsInCode(text);
  const allowed = new Set(links);
  const outsideLinks = text.replace(/(<a\b[^>]*?\shref=)(["'])(.*?)\2/giu, (whole, start: string, quote: string, href: string) =>
    allowed.has(href) ? `${start}${quote}${quote}` : whole,
  );
  const identifiers = (url: string) => IDENTIFIERS.some((identifier) => url === identifier || url.startsWith(`${identifier}/`));
  const protocolRelative = [...outsideLinks.matchAll(/\s(?:href|src|action|content|poster)=["'](\/\/[^/"'][^"']*)/giu)].map((match) => match[1]!);
  return [...absoluteUrls(outsideLinks).filter((url) => !identifiers(url)), ...protocolRelative];
}
