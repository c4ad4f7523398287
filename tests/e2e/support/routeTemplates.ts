import { readdirSync } from 'node:fs';
import path from 'node:path';

/** One page template under src/pages and the built pages it makes. */
export interface RouteTemplate {
  /** The template's file, relative to src/pages, '/'-separated: "[...lang]/measures/[id].astro". */
  file: string;
  pattern: RegExp;
  /** Literal segments: a page matched by several templates belongs to the most literal one, as Astro routes it. */
  literals: number;
  /** Rest parameters ([...lang]): fewer is more specific. */
  rests: number;
}

const PAGE_FILE = /\.(?:astro|md|mdx|html)$/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Every page template of the site, found from the files under src/pages (endpoints, .ts, make
 * data files and are left out), each as the pattern of the site paths it builds: a rest
 * parameter stands for any number of segments, a parameter for one, `index` for its folder.
 * Read from the folder, not a list, so a template added by anyone is checked from its first build.
 */
export function routeTemplates(pagesDir = 'src/pages'): RouteTemplate[] {
  return readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => PAGE_FILE.test(file))
    .map((file) => file.split(path.sep).join('/'))
    .sort()
    .map((file) => {
      const segments = file.replace(PAGE_FILE, '').split('/');
      const leaf = segments.pop()!;
      let literals = 0;
      let rests = 0;
      const folder = (segment: string) => {
        if (/^\[\.\.\.\w+\]$/u.test(segment)) {
          rests += 1;
          return '(?:[^/]+/)*?';
        }
        if (/^\[\w+\]$/u.test(segment)) return '[^/]+/';
        literals += 1;
        return `${escape(segment)}/`;
      };
      const head = segments.map(folder).join('');
      // A folder's index is the folder's page; any other file is a page of its own name (a
      // folder in the directory build format, "name.html" for a page such as 404).
      const tail = leaf === 'index' ? '' : /^\[/u.test(leaf) ? folder(leaf) : (literals++, `${escape(leaf)}(?:/|\\.html)`);
      return { file, pattern: new RegExp(`^/${head}${tail}$`, 'u'), literals, rests };
    });
}

/** The template a built page comes from: of those whose pattern it fits, the most literal, then the one with fewest rest parameters. */
export function templateOf(sitePath: string, templates: readonly RouteTemplate[]): RouteTemplate | undefined {
  return templates
    .filter((template) => template.pattern.test(sitePath))
    .sort((a, b) => b.literals - a.literals || a.rests - b.rests)[0];
}
