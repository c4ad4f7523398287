// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { findability } from './src/integrations/findability.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { resolveSiteAddress } from './src/lib/siteAddress.ts';
import { getSiteConfig } from './src/lib/site/siteConfig.ts';

/**
 * The public address (`url` in site.config.json, or SITE_URL for one build) and the base path
 * (BASE_PATH, or the address's own sub-path): src/lib/siteAddress.ts has the rules. With an
 * address the pages carry absolute canonical, hreflang and share URLs and a sitemap is
 * written; without one nothing the build writes names a host. A setting that is wrong stops
 * the build with one line naming it.
 */
const address = (() => {
  try {
    return resolveSiteAddress({ configUrl: getSiteConfig().url, siteUrl: process.env.SITE_URL, basePath: process.env.BASE_PATH });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
})();
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  // The base path (e.g. /hengqin/) lets the same site be served under a sub-path of a host.
  base: address.base,
  ...(address.home ? { site: address.home } : {}),
  // OUT_DIR lets two builds (e.g. with and without BASE_PATH) sit side by side.
  outDir,
  trailingSlash: 'always',
  // Render several pages at once: a page spends part of its time waiting (hashing its inline
  // scripts for the CSP, writing its file), and others can render meanwhile. About 0.6 s
  // faster on 425 pages; the output is byte-identical to one page at a time.
  build: { format: 'directory', concurrency: 8 },
  // searchIndex() runs Pagefind over the finished build: `astro build` makes the whole site;
  // findability() says whether the build has an address and, with one, writes the sitemap.
  integrations: [mdx(), searchIndex(), ...findability(address, outDir)],
  // No page may reach another host: nothing is prefetched, inlined fonts are system fonts.
  prefetch: false,
  // Shiki colours code with inline styles, which the CSP forbids; the plan has no code to colour.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page, so it holds on any static host: scripts
  // and styles only from this site or with the hash of an inline one Astro emitted; Pagefind
  // compiles its WebAssembly ('wasm-unsafe-eval'). public/_headers adds what a <meta> cannot.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // <style> and stylesheets by hash or from this site; style="" attributes (bar widths,
      // chart positions) may stay inline: they cannot run code, and default-src keeps any
      // url() in them on this site.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
