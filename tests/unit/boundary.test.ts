import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/lib/i18n/ui.ts';

/**
 * The runtime boundary: everything under src/lib/ is pure TypeScript that the browser can
 * import, except src/lib/site/, the one place that reads files, the environment, Astro's
 * virtual modules or Node's built-ins (the content loader, the site model's reader, the
 * Pagefind binary, the edition's base path).
 */
const LIB = 'src/lib';
const IO_PLACE = path.join(LIB, 'site');
const IO = [/from ['"]node:/u, /from ['"]astro:/u, /import\.meta\.env/u, /process\.env/u, /from ['"](?:fs|path|child_process|os)['"]/u];

/** A file's code without its comments, which may well name what the code must not do. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/^\s*\/\/.*$/gmu, '');
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('the runtime boundary', () => {
  it('keeps file, environment and Astro access inside src/lib/site/', () => {
    const offenders = sources(LIB)
      .filter((file) => !file.startsWith(IO_PLACE + path.sep))
      .flatMap((file) => {
        const text = code(file);
        return IO.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern.source}`);
      });
    expect(offenders).toEqual([]);
  });

  it('keeps the importer (src/lib/import/) pure over what the reader libraries give it: pdfjs, exceljs, zip and XML are read in src/lib/site/import/', () => {
    const readers = /from ['"](?:pdfjs-dist[^'"]*|exceljs|fflate|fast-xml-parser|cfb|docx|mammoth)['"]/u;
    expect(sources(path.join(LIB, 'site', 'import')).filter((file) => readers.test(code(file))).length).toBeGreaterThan(0);
    expect(sources(path.join(LIB, 'import')).filter((file) => readers.test(code(file)))).toEqual([]);
  });

  it('keeps components and layouts from reading collections or the old plan readers', () => {
    const dirs = ['src/components', 'src/layouts'];
    const files = dirs.flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .map((name) => path.join(dir, name))
        .filter((file) => /\.(astro|ts)$/u.test(file)),
    );
    const offenders = files.filter((file) => /astro:content|getPlan|getNetwork|getSiteModel|getSiteNetwork/u.test(code(file)));
    expect(offenders).toEqual([]);
  });

  it('has no internal URL written by hand outside the paths module', () => {
    const routes = /[`'"]\/(?:measures|departments|tasks|areas|groups|network|timeline|deadlines|search|source|about)\/(?:\$\{|[a-z0-9]|[`'"])/u;
    const files = ['src/components', 'src/layouts', 'src/pages', 'src/lib'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .map((name) => path.join(dir, name))
        .filter((file) => /\.(astro|ts)$/u.test(file) && file !== path.join(LIB, 'paths.ts')),
    );
    const offenders = files.filter((file) => routes.test(code(file)));
    expect(offenders).toEqual([]);
  });
});

describe('the UI dictionary', () => {
  it('holds templates only, never functions, so data cannot pass through the interface words', () => {
    const functions: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (typeof value === 'function') functions.push(at);
      else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${at}.${key}`);
    };
    walk(UI, 'UI');
    expect(functions).toEqual([]);
  });
});
