/**
 * The site's search index: one Pagefind index per edition, written into the built site at
 * /pagefind/ and /zh-hant/pagefind/. Run at the end of `astro build` (src/integrations/
 * searchIndex.ts), so a build is complete, search included, whichever way it is started.
 *
 * Why two indexes rather than Pagefind's multilingual mode keyed on <html lang>: each edition
 * must search only its own pages, and both must be cut into words as Chinese (`zh`); forcing
 * the language per index says both plainly, where the multilingual mode would file pages
 * under "zh-cn" and "zh-hant". Each page already carries the other script's keywords
 * (SearchMeta), so a Simplified query finds pages in the Traditional edition and vice versa.
 *
 * Why the command-line binary rather than Pagefind's Node API: the binary reads the pages
 * itself, on several threads, where the Node API takes each page's HTML through one pipe. On
 * this site both editions take about 1 s side by side, where the Node API took 3 s.
 *
 * Result URLs are stored as site paths ("/measures/1/"); the browser adds the base path
 * (loadPagefind's baseUrl), so the same index works under any BASE_PATH.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { LOCALES, pathInLocale, type Locale } from '../i18n/locales.ts';
import { pagefindBinary } from './pagefindBinary.ts';
import { searchIndexFor, searchIndexGlob } from '../search/searchIndexFor.ts';

/** Pagefind's own UI bundles: the site has its own search page, so these are never loaded. */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\./u;

/**
 * Indexes the site built in `outDir`; returns a line per edition saying what went in. Throws
 * if Pagefind fails, or indexes other pages than searchIndexFor says are searchable.
 */
export async function buildSearchIndex(outDir: string): Promise<string[]> {
  const binary = pagefindBinary();
  const segments = await planSegments(outDir);

  // Which built page goes into which edition's index, by the rule the glob spells for Pagefind.
  const expected = new Map<Locale, number>(LOCALES.map((locale) => [locale, 0]));
  for (const sitePath of await builtPages(outDir)) {
    const locale = searchIndexFor(sitePath, segments);
    if (locale) expected.set(locale, expected.get(locale)! + 1);
  }

  // The editions' indexes are independent: build them side by side, one Pagefind each.
  return Promise.all(
    LOCALES.map(async (locale) => {
      const bundle = path.join(outDir, pathInLocale('/pagefind', locale));
      const args = ['--site', outDir, '--glob', searchIndexGlob(locale, segments), '--force-language', 'zh', '--output-path', bundle];
      const log = await promisify(execFile)(binary, args).then(
        ({ stdout, stderr }) => `${stdout}${stderr}`,
        (error: { stdout?: string; stderr?: string }) => {
          throw new Error(`Pagefind failed on the ${locale} pages:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
        },
      );
      // A page Pagefind skipped (no data-pagefind-body) or a glob that drifted from searchIndexFor.
      const indexed = Number(/Indexed (\d+) pages?/u.exec(log)?.[1] ?? 0);
      if (indexed !== expected.get(locale)) {
        throw new Error(`Pagefind indexed ${indexed} ${locale} pages, but ${expected.get(locale)} should be searchable:\n${log}`);
      }
      for (const name of await readdir(bundle)) if (UNUSED.test(name)) await rm(path.join(bundle, name));
      return `indexed ${indexed} ${locale} pages into ${path.relative(process.cwd(), bundle)}/`;
    }),
  );
}

/**
 * The plans' URL segments, from the /data/plans.json the build wrote: none for a one-plan site
 * (its pages keep the site's own paths), each plan's first path segment with several.
 */
async function planSegments(outDir: string): Promise<string[]> {
  const plans = JSON.parse(await readFile(path.join(outDir, 'data', 'plans.json'), 'utf8')) as { url: string }[];
  return plans.length > 1 ? plans.map((plan) => plan.url.split('/')[1] ?? '') : [];
}

/** The site path of every built page: "/measures/1/" for dist/measures/1/index.html. */
async function builtPages(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${path.relative(dir, e.parentPath).split(path.sep).join('/')}/`.replace(/^\/+/u, '/'));
}
