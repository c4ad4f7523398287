import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Department } from '../../src/lib/plan/schema.ts';
import { simplifiedOnlyCharacters } from '../support/simplifiedOnly.ts';
import { openPage } from './support/browser.ts';
import { builtPages, builtRoot } from './support/builtSite.ts';

const HANT = '/zh-hant/';
const BUILT = builtRoot();
const pages = builtPages().filter((p) => !p.endsWith('.html'));
const simplified = pages.filter((p) => !p.startsWith(HANT));
const traditional = pages.filter((p) => p.startsWith(HANT));
const html = (sitePath: string) => readFileSync(path.join(BUILT, sitePath, 'index.html'), 'utf8');
const switchTarget = (page: string) => /<a class="language-switch[^"]*" href="([^"]+)"/u.exec(page)?.[1];
const departments: Department[] = JSON.parse(readFileSync(path.join(BUILT, 'data/departments.json'), 'utf8'));

describe('the Traditional edition', () => {
  it('has a counterpart for every page of the Simplified edition, and no page of its own', () => {
    expect(simplified.length).toBeGreaterThan(1);
    expect(traditional.map((p) => p.slice(HANT.length - 1)).sort()).toEqual([...simplified].sort());
  });

  it('links every page to its counterpart both ways with the language switch and hreflang', () => {
    for (const page of simplified) {
      const counterpart = `${HANT.slice(0, -1)}${page}`;
      expect(switchTarget(html(page)), page).toBe(counterpart);
      expect(switchTarget(html(counterpart)), counterpart).toBe(page);
      expect(html(page), page).toContain(`<link rel="alternate" hreflang="zh-Hant" href="${counterpart}">`);
      expect(html(counterpart), counterpart).toContain(`<link rel="alternate" hreflang="zh-CN" href="${page}">`);
    }
  });

  it('declares its language as zh-Hant and the original as zh-CN', () => {
    for (const page of traditional) expect(html(page), page).toMatch(/<html lang="zh-Hant"/u);
    for (const page of simplified) expect(html(page), page).toMatch(/<html lang="zh-CN"/u);
  });

  it('says on every page that the Simplified original is authoritative', () => {
    const note = /以簡體中文原文為準/u;
    for (const page of traditional) expect(html(page), page).toMatch(note);
  });

  it('writes department names with no Simplified-only character wherever it links to a department', () => {
    const offenders: string[] = [];
    for (const page of traditional) {
      for (const [, text] of html(page).matchAll(/<a [^>]*href="\/zh-hant\/departments\/[^"]+"[^>]*>([^<]+)<\/a>/gu)) {
        if (simplifiedOnlyCharacters(text!).length > 0) offenders.push(`${page}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('shows no department’s Simplified name where its Traditional name differs', async () => {
    const { page, close } = await openPage(`${HANT}departments/`);
    try {
      const text = await page.locator('main').innerText();
      const shownSimplified = departments.filter((d) => simplifiedOnlyCharacters(d.name).length > 0 && text.includes(d.name));
      expect(shownSimplified.map((d) => d.name)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('switches between editions by clicking, keeping the reader on the same page', async () => {
    const sample = simplified.find((p) => p.startsWith('/measures/') && p !== '/measures/') ?? '/';
    const { page, close } = await openPage(sample);
    try {
      await page.click('a.language-switch');
      expect(new URL(page.url()).pathname).toBe(`${HANT.slice(0, -1)}${sample}`);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
      await page.click('a.language-switch');
      expect(new URL(page.url()).pathname).toBe(sample);
    } finally {
      await close();
    }
  });
});
