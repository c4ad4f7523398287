/**
 * JavaScript a built page loads, gzipped, against a budget:
 *
 *   OUT_DIR=dist node scripts/js-budget.ts /timeline/ 40
 *
 *   1. read the page's HTML from the build
 *   2. collect its module scripts (src) and inline scripts
 *   3. follow each module's static imports (what the browser fetches before running it;
 *      dynamic import() loads later, on demand, and is listed but not counted)
 *   4. gzip each file at level 9, print a table and the total; exit 1 over budget
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const [page = '/', budgetKb = '40'] = process.argv.slice(2);
const root = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/u, '/');
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

// 1. The page: a directory URL is its index.html.
const htmlFile = path.join(root, page.replace(/^\/+/u, ''), page.endsWith('/') ? 'index.html' : '');
if (!existsSync(htmlFile)) throw new Error(`${htmlFile} does not exist: build first (OUT_DIR=${process.env.OUT_DIR ?? 'dist'})`);
const html = readFileSync(htmlFile, 'utf8');

/** A site URL ("/hengqin/_astro/x.js") as a file in the build. */
const fileOf = (src: string) => path.join(root, src.startsWith(base) ? src.slice(base.length) : src.replace(/^\/+/u, ''));

// 2. Scripts in the HTML.
const rows: { name: string; bytes: number; gzip: number; counted: boolean }[] = [];
const queue = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gu)].map((m) => fileOf(m[1]!));
for (const [index, inline] of [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].entries()) {
  const text = inline[1]!;
  if (text.trim() && !/type="application\/(?:ld\+)?json"/u.test(inline[0])) rows.push({ name: `(inline #${index + 1})`, bytes: text.length, gzip: gz(text), counted: true });
}

// 3. Static imports, breadth first, each file once; dynamic imports only noted.
const seen = new Set<string>();
const lazy = new Set<string>();
while (queue.length > 0) {
  const file = queue.shift()!;
  if (seen.has(file)) continue;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  rows.push({ name: path.relative(root, file), bytes: Buffer.byteLength(text), gzip: gz(text), counted: true });
  const resolve = (spec: string) => (spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : fileOf(spec));
  for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["'`]([^"'`]+)["'`]/gu)) queue.push(resolve(m[1]!));
  for (const m of text.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/gu)) lazy.add(resolve(m[1]!));
}
for (const file of lazy) {
  if (seen.has(file) || !existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  rows.push({ name: `${path.relative(root, file)} (loaded on demand)`, bytes: Buffer.byteLength(text), gzip: gz(text), counted: false });
}

// 4. Report.
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const row of rows) console.log(`${kb(row.gzip).padStart(9)} gz  ${kb(row.bytes).padStart(9)} raw  ${row.name}`);
const total = rows.filter((r) => r.counted).reduce((sum, r) => sum + r.gzip, 0);
const limit = Number(budgetKb) * 1024;
console.log(`${page}: ${kb(total)} gzipped JavaScript at load, budget ${kb(limit)}: ${total <= limit ? 'within' : 'OVER'}`);
process.exit(total <= limit ? 0 : 1);
