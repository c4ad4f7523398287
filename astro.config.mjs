// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/integrations/searchIndex.ts';

// BASE_PATH lets the same site be served under a sub-path (e.g. /hengqin/) on an intranet host.
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  base,
  // SITE_URL (e.g. https://example.gov.cn/) is where the site is published; when set, hreflang
  // links are absolute, as search engines require. Without it every link stays relative.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  // OUT_DIR lets two builds (e.g. with and without BASE_PATH) sit side by side.
  outDir,
  trailingSlash: 'always',
  // Render several pages at once: a page spends part of its time waiting (hashing its inline
  // scripts for the CSP, writing its file), and others can render meanwhile. About 0.6 s
  // faster on 425 pages; the output is byte-identical to one page at a time.
  build: { format: 'directory', concurrency: 8 },
  // searchIndex() runs Pagefind over the finished build: `astro build` makes the whole site.
  integrations: [mdx(), searchIndex()],
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
