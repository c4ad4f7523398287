/**
 * Which pages `npm test` audits: a sample that still covers everything a page can hold. A
 * page's markup comes from its route's template and its data, so every route is audited in
 * every edition, on its first page (the one readers meet first in lists) and on its largest
 * (the longest measure, the department with the most duties, the biggest network, the
 * fullest deadline month: whatever the data makes longest, found by size, not by name). A
 * built page that no route claims (a map older than the build) is audited too, so nothing new
 * escapes. `npm run audit` audits every page.
 */

/** An HTML file of the build, relative to its root, with its size in bytes. */
export interface BuiltHtml {
  file: string;
  bytes: number;
}

/**
 * The edition a built file belongs to: its first folder when that is an edition's segment
 * ("zh-hant/…"), otherwise the root edition.
 */
function editionOf(file: string, segments: readonly string[]): string {
  const first = file.split('/')[0] ?? '';
  return segments.includes(first) ? first : '';
}

/**
 * Which pages of a route and edition the sample takes: its first and its largest; or, where a
 * site's big pages are another site's again (the two-plan site holds the real plan, which the
 * real site's sample audits), its smallest: the smallest of its shallowest pages (the site's
 * home, where one route makes it and the plans' front pages) and the smallest of all.
 */
export type SamplePick = 'first and largest' | 'smallest';

/**
 * The files to audit, sorted: for each route and edition the pages `pick` says, and every page
 * no route claims. `routes` maps each route to the files it made; `segments` are the editions'
 * folder names (e.g. ["zh-hant"]).
 */
export function auditSample(pages: readonly BuiltHtml[], routes: Readonly<Record<string, readonly string[]>>, segments: readonly string[], options: { pick?: SamplePick } = {}): string[] {
  const { pick = 'first and largest' } = options;
  const bytes = new Map(pages.map((page) => [page.file, page.bytes]));
  const chosen = new Set<string>();
  const claimed = new Set<string>();
  for (const files of Object.values(routes)) {
    const built = files.filter((file) => bytes.has(file));
    built.forEach((file) => claimed.add(file));
    for (const group of Map.groupBy(built, (file) => editionOf(file, segments)).values()) {
      // Shallowest first, then by name: a route's first page is the one readers meet first (the
      // site's home before a plan's front page, where one route makes both).
      const depth = (file: string) => file.split('/').length;
      const sorted = [...group].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
      const size = (file: string) => bytes.get(file)!;
      const largest = (files: readonly string[]) => files.reduce((biggest, file) => (size(file) > size(biggest) ? file : biggest));
      const smallest = (files: readonly string[]) => files.reduce((least, file) => (size(file) < size(least) ? file : least));
      if (pick === 'first and largest') {
        chosen.add(sorted[0]!);
        chosen.add(largest(sorted));
      } else {
        chosen.add(smallest(sorted.filter((file) => depth(file) === depth(sorted[0]!))));
        chosen.add(smallest(sorted));
      }
    }
  }
  for (const { file } of pages) if (!claimed.has(file)) chosen.add(file);
  return [...chosen].sort();
}
