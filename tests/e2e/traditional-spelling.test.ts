import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { META_FIELDS } from '../../src/lib/search/metaFields.ts';
import { parseAliasTable } from '../../src/lib/seed/index.ts';
import { openPage } from './support/browser.ts';
import { builtPages, builtRoot } from './support/builtSite.ts';

const BUILT = builtRoot();
const decisions = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const converter = Converter({ from: 'cn', to: 'hk' });

/**
 * The characters the decisions file's Traditional overrides replace: the Simplified character
 * and whatever the converter alone would have written (税 → 税, 卫 → 衞), less the override's
 * own spelling. Any of them on a Traditional page is a string that missed the one conversion.
 */
const REPLACED = new Set(
  decisions.traditional.flatMap((o) => [...o.simplified, ...converter(o.simplified)].filter((ch) => !o.traditional.includes(ch))),
);

/**
 * Search keys: the Pagefind fields that rank matches (weight > 0) hold every form a reader may
 * type, Simplified included, and the client never shows them. Fields it shows (weight 0) and
 * filters are read like any other text.
 */
const SEARCH_KEYS = Object.values(META_FIELDS).filter((field) => field.weight > 0).map((field) => field.key);
const isSearchKey = (attributes: string) => SEARCH_KEYS.some((key) => attributes.includes(`data-pagefind-meta="${key}[`));

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Every place in a page's HTML (text, every attribute, inline scripts and JSON) where a
 * replaced character stands, except inside an element marked lang="zh-CN" (Simplified shown on
 * purpose: the language switch's 简体中文, the decisions quoted on /data/ as written) and in
 * search keys.
 */
function replacedCharacters(html: string): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => {
    for (const ch of text) if (REPLACED.has(ch)) found.push(`${ch} in ${where}: …${text.slice(Math.max(0, text.indexOf(ch) - 12), text.indexOf(ch) + 12)}…`);
  };
  const stack: { name: string; simplified: boolean }[] = [];
  const inSimplified = () => stack.some((element) => element.simplified);
  let at = 0;
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!--[\s\S]*?-->/gu)) {
    if (!inSimplified()) check(html.slice(at, tag.index), stack.at(-1)?.name ?? 'text');
    at = tag.index + tag[0].length;
    const [, closing, rawName, attributes = ''] = tag;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (closing) {
      const open = stack.findLastIndex((element) => element.name === name);
      if (open >= 0) stack.length = open;
      continue;
    }
    const simplified = /\slang="zh-CN"/u.test(attributes);
    if (!simplified && !inSimplified() && !isSearchKey(attributes)) check(attributes, `<${name}> attributes`);
    if (!VOID.has(name) && !attributes.trimEnd().endsWith('/')) stack.push({ name, simplified });
  }
  if (!inSimplified()) check(html.slice(at), 'text');
  return found;
}

const traditionalPages = builtPages().filter((p) => p.startsWith('/zh-hant/') && !p.endsWith('.html'));
const html = (sitePath: string) => readFileSync(path.join(BUILT, sitePath, 'index.html'), 'utf8');

/**
 * Local JSON files the page's client reads (named in its scripts or element config), as built
 * files. A link a reader follows to download open data (<a href="….json">) is not among them:
 * the open data is the document's Simplified text by design.
 */
function jsonFilesOf(page: string): string[] {
  const withoutLinks = html(page).replace(/<a\b[^>]*>/gu, '<a>');
  const references = withoutLinks.match(/[\w./-]+\.json\b/gu) ?? [];
  return [...new Set(references)]
    .map((ref) => path.join(BUILT, ref.startsWith('/') ? ref : path.join(page, ref)))
    .filter((file) => file.startsWith(BUILT) && existsSync(file));
}

describe('one Traditional spelling', () => {
  it('derives the characters to look for from the decisions file', () => {
    expect(decisions.traditional.length).toBeGreaterThan(0);
    expect(REPLACED.size).toBeGreaterThanOrEqual(decisions.traditional.length);
  });

  it('finds a replaced character in text, in an attribute and in inline JSON, but not inside lang="zh-CN"', () => {
    const [ch] = REPLACED;
    expect(replacedCharacters(`<p>市地${ch}局</p>`)).toHaveLength(1);
    expect(replacedCharacters(`<a title="市地${ch}局">x</a>`)).toHaveLength(1);
    expect(replacedCharacters(`<x-el data-config='{"t":"${ch}"}'></x-el>`)).toHaveLength(1);
    expect(replacedCharacters(`<script type="application/json">{"t":"${ch}"}</script>`)).toHaveLength(1);
    expect(replacedCharacters(`<p><span lang="zh-CN">${ch}<b>${ch}</b></span>稅</p>`)).toEqual([]);
  });

  it('writes no character the override table replaces anywhere in a Traditional page’s HTML, attributes, SVG titles and JSON included', () => {
    expect(traditionalPages.length).toBeGreaterThan(1);
    const offenders: Record<string, string[]> = {};
    for (const page of traditionalPages) {
      const found = replacedCharacters(html(page));
      for (const file of jsonFilesOf(page)) found.push(...replacedCharacters(readFileSync(file, 'utf8')).map((hit) => `${path.relative(BUILT, file)}: ${hit}`));
      if (found.length > 0) offenders[page] = found.slice(0, 3);
    }
    expect(offenders).toEqual({});
  });
});

describe('the Traditional font', () => {
  const FIRST_FAMILY_TRADITIONAL = /^["']?(?:PingFang (?:HK|TC)|Noto Sans (?:CJK )?(?:HK|TC)|Source Han Sans (?:HC|TC)|Microsoft JhengHei)/u;

  it('sets Traditional pages in a Traditional Chinese system font stack, TC and HK families first', async () => {
    const { page, close } = await openPage('/zh-hant/source/');
    try {
      const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(family).toMatch(FIRST_FAMILY_TRADITIONAL);
      // Still no font is downloaded: every family named is a system font.
      expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\.(?:woff2?|ttf|otf)\b/u.test(r.name)).length)).toBe(0);
    } finally {
      await close();
    }
  });

  it('keeps the Simplified pages in their Simplified font stack', async () => {
    const { page, close } = await openPage('/source/');
    try {
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(FIRST_FAMILY_TRADITIONAL);
    } finally {
      await close();
    }
  });
});
