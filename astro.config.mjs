// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// BASE_PATH lets the same site be served under a sub-path (e.g. /hengqin/) on an intranet host.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  // OUT_DIR lets two builds (e.g. with and without BASE_PATH) sit side by side.
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // No page may reach another host: nothing is prefetched, inlined fonts are system fonts.
  prefetch: false,
});
