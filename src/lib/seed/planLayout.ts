/**
 * Which plans a seeds folder holds, from its listing: Markdown files directly in it are one
 * plan (the one-plan layout, read as one document as ever); each sub-folder is a plan of its
 * own, named by the folder (`seeds/<slug>/`, its *.md read in name order as one document).
 * The two layouts do not mix. Pure: the caller lists the folder (src/lib/site/locatePlans.ts).
 */
import { LOCALE_INFO } from '../i18n/locales.ts';
import { SITE_SEGMENTS } from '../paths.ts';
import { SeedError } from './SeedError.ts';

/** One entry of the seeds folder: a file, or a folder with the names of the files in it. */
export type SeedsEntry = { readonly name: string; readonly files?: undefined } | { readonly name: string; readonly files: readonly string[] };

/** A plan as the layout finds it: its slug, its folder and its seed files in reading order. */
export interface PlanFolder {
  readonly slug: string;
  /** The folder its seeds (and its progress file) sit in. */
  readonly dir: string;
  readonly seeds: readonly string[];
}

/** What a plan's folder name must look like: it becomes a URL segment. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/**
 * Names a plan folder may not take: with several plans a plan's pages sit under /<slug>/, beside
 * the site's sections and the Traditional edition's prefix, so a plan named like one would
 * shadow it. Taken from the URL scheme (src/lib/paths.ts).
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([...SITE_SEGMENTS, ...Object.values(LOCALE_INFO).flatMap((info) => (info.segment ? [info.segment] : []))]);

const isSeed = (name: string) => name.endsWith('.md');
const join = (dir: string, name: string) => `${dir.replace(/\/+$/u, '')}/${name}`;

/** A one-plan folder's slug: its first seed file's name, lower-case ASCII words. */
export function singlePlanSlug(firstSeed: string): string {
  const stem = firstSeed.replace(/^.*\//u, '').replace(/\.md$/u, '');
  return stem.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'plan';
}

/** The plans of a seeds folder, in name order; a layout mistake is a SeedError naming the path. */
export function planLayout(dir: string, entries: readonly SeedsEntry[]): PlanFolder[] {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rootSeeds = sorted.filter((entry) => entry.files === undefined && isSeed(entry.name));
  const folders = sorted.filter((entry): entry is SeedsEntry & { files: readonly string[] } => entry.files !== undefined);
  if (rootSeeds.length > 0) {
    const mixed = folders.find((folder) => folder.files.some(isSeed));
    if (mixed) {
      throw new SeedError(`${join(dir, mixed.name)}/`, null, `a plan folder beside seed files directly in ${dir}/ (${rootSeeds[0]!.name}): keep one plan's seeds directly in ${dir}/, or put every plan in a folder of its own`);
    }
    const seeds = rootSeeds.map((entry) => join(dir, entry.name));
    return [{ slug: singlePlanSlug(seeds[0]!), dir, seeds }];
  }
  const plans = folders.map((folder): PlanFolder => {
    const folderPath = `${join(dir, folder.name)}/`;
    if (!SLUG.test(folder.name)) throw new SeedError(folderPath, null, `"${folder.name}" cannot name a plan: a plan folder's name is its URL segment, lower-case letters a-z, digits and single hyphens`);
    if (RESERVED_SLUGS.has(folder.name)) throw new SeedError(folderPath, null, `"${folder.name}" cannot name a plan: the site's own pages use /${folder.name}/`);
    const seeds = folder.files.filter(isSeed).sort().map((name) => join(join(dir, folder.name), name));
    if (seeds.length === 0) throw new SeedError(folderPath, null, 'a plan folder with no seed (*.md) in it');
    return { slug: folder.name, dir: join(dir, folder.name), seeds };
  });
  if (plans.length === 0) throw new SeedError(`${dir}/`, null, 'no seed files (*.md) and no plan folders');
  return plans;
}
