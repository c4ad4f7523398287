/**
 * npm run build runs this after `astro build`: one Pagefind index per edition, written into
 * the built site (OUT_DIR, default dist/) at /pagefind/ and /zh-hant/pagefind/.
 *
 * Why two indexes rather than Pagefind's multilingual mode keyed on <html lang>: each edition
 * must search only its own pages, and both must be cut into words as Chinese (`zh`); forcing
 * the language per index says both plainly, where the multilingual mode would file pages
 * under "zh-cn" and "zh-hant". Each page already carries the other script's keywords
 * (SearchMeta), so a Simplified query finds pages in the Traditional edition and vice versa.
 *
 * Result URLs are written whole, with BASE_PATH, so the browser needs no base URL setting.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES, pathInLocale, type Locale } from '../src/lib/i18n/locales.ts';
import { searchIndexFor } from '../src/lib/search/searchIndexFor.ts';

const OUT_DIR = process.env.OUT_DIR ?? 'dist';
const BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');

/** Pagefind's own UI bundles: the site has its own search page, so these are never loaded. */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./u;

async function main(): Promise<void> {
  // 1. The extended Pagefind build is the one that cuts Chinese into words; the plain build
  //    would index each run of Chinese text as one word. Check with a sentence it must cut.
  const probe = await newIndex();
  const { file } = await probe.addHTMLFile({ url: '/', content: '<html lang="zh"><body><p>这是一段简单的测试文本</p></body></html>' });
  if (!file || file.uniqueWords < 3) throw new Error('Pagefind did not segment Chinese: the extended build (pagefind_extended) is needed');
  await probe.deleteIndex();

  // 2. Which built page goes into which edition's index (searchIndexFor says why some are left out).
  const pages = new Map<Locale, string[]>(LOCALES.map((locale) => [locale, []]));
  for (const file of await htmlFiles(OUT_DIR)) {
    const sitePath = `/${path.relative(OUT_DIR, file).split(path.sep).join('/')}`.replace(/index\.html$/u, '');
    const locale = searchIndexFor(sitePath);
    if (locale) pages.get(locale)!.push(sitePath);
  }

  // 3. Index each edition and write its bundle; a page that fails to index fails the build.
  for (const [locale, paths] of pages) {
    if (paths.length === 0) throw new Error(`no ${locale} pages to index in ${OUT_DIR}/`);
    const index = await newIndex();
    for (const sitePath of paths.sort()) {
      const content = await readFile(path.join(OUT_DIR, sitePath, 'index.html'), 'utf8');
      const { errors } = await index.addHTMLFile({ url: `${BASE}${sitePath.slice(1)}`, content });
      if (errors.length > 0) throw new Error(`${sitePath}: ${errors.join('; ')}`);
    }
    const bundle = path.join(OUT_DIR, pathInLocale('/pagefind', locale));
    const { errors } = await index.writeFiles({ outputPath: bundle });
    if (errors.length > 0) throw new Error(`${bundle}: ${errors.join('; ')}`);
    for (const name of await readdir(bundle)) if (UNUSED.test(name)) await rm(path.join(bundle, name));
    console.log(`search: indexed ${paths.length} ${locale} pages into ${bundle}/`);
  }
  await pagefind.close();
}

/** A new index that reads pages as Chinese, whatever their <html lang>. */
async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  return index;
}

/** Every index.html under a folder. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name === 'index.html').map((e) => path.join(e.parentPath, e.name));
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await pagefind.close();
  process.exitCode = 1;
});
