import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/lib/i18n/toTraditional.ts';
import type { Measure } from '../../src/lib/plan/schema.ts';
import { parseAliasTable } from '../../src/lib/seed/index.ts';
import { getBrowser, openPage, site } from './support/browser.ts';
import { builtPages, builtRoot } from './support/builtSite.ts';

const BUILT = builtRoot();
const EDITIONS = ['/', '/zh-hant/'] as const;
const pages = builtPages();
const html = (sitePath: string) => readFileSync(path.join(BUILT, sitePath, sitePath.endsWith('.html') ? '' : 'index.html'), 'utf8');
const measures: Measure[] = JSON.parse(readFileSync(path.join(BUILT, 'data/measures.json'), 'utf8'));
const decisions = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
const unescape = (text: string) => text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
const ids = (page: string) => new Set([...html(page).matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]));

/** The non-empty cells of a seed's table row, as the Markdown writes them. */
function seedCells(file: string, line: number): string[] {
  const row = readFileSync(file, 'utf8').split('\n')[line - 1] ?? '';
  return row.trim().replace(/^\||\|$/gu, '').split('|').map((cell) => cell.trim()).filter(Boolean);
}

/** The non-empty cells of a measure's row on a source page. */
function shownCells(page: string, id: number): string[] {
  const row = new RegExp(`<tr id="m-${id}"[^>]*>([\\s\\S]*?)</tr>`, 'u').exec(html(page))?.[1] ?? '';
  return [...row.matchAll(/<span class="cell"[^>]*>([^<]*)<\/span>/gu)].map((m) => unescape(m[1]!)).filter(Boolean);
}

describe('the source page', () => {
  it('exists in both editions', () => {
    for (const edition of EDITIONS) expect(pages, edition).toContain(`${edition}source/`);
  });

  it('shows every measure’s row with each cell exactly as the seed writes it, ASCII punctuation included', () => {
    expect(measures.length).toBeGreaterThan(0);
    for (const m of measures) expect(shownCells('/source/', m.id), `measure ${m.id}`).toEqual(seedCells(m.source.file, m.source.line));
  });

  it('shows the Traditional edition the same cells, converted and not re-punctuated', () => {
    for (const m of measures) {
      expect(shownCells('/zh-hant/source/', m.id), `measure ${m.id}`).toEqual(seedCells(m.source.file, m.source.line).map((cell) => toTraditional(cell, decisions.traditional)));
    }
  });

  it('shows the document’s title and note before its tables', () => {
    const page = html('/source/');
    const firstTable = page.indexOf('<table');
    const seed = readFileSync(measures[0]!.source.file, 'utf8');
    const preamble = seed.slice(0, seed.indexOf('\n|')).split('\n').map((line) => line.trim()).filter(Boolean);
    expect(preamble.length).toBeGreaterThan(0);
    for (const line of preamble) expect(page.slice(0, firstTable), line).toContain(line);
  });

  it('highlights the row a reader arrives at from a measure page', async () => {
    const [first, second] = measures;
    const { page, close } = await openPage(`/source/#m-${second!.id}`);
    try {
      const background = (id: number) => page.locator(`#m-${id}`).evaluate((row) => getComputedStyle(row).backgroundColor);
      expect(await background(second!.id)).not.toBe(await background(first!.id));
      expect(await page.locator(`#m-${second!.id}`).isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it('reads on a 360 px phone without the page scrolling sideways, in both editions', async () => {
    for (const edition of EDITIONS) {
      const { page, close } = await openPage(`${edition}source/`, { width: 360 });
      try {
        const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(scroll, edition).toBeLessThanOrEqual(client!);
      } finally {
        await close();
      }
    }
  });
});

describe('the way from a measure to its source', () => {
  it('is a link on every measure page to an anchor that exists on the source page of the same edition', () => {
    for (const edition of EDITIONS) {
      const anchors = ids(`${edition}source/`);
      const missing: string[] = [];
      for (const m of measures) {
        const page = `${edition}measures/${m.id}/`;
        const targets = [...html(page).matchAll(/href="([^"]*\/source\/)#([^"]+)"/gu)];
        if (targets.length === 0) missing.push(`${page}: no link to the source page`);
        for (const [, target, anchor] of targets) {
          if (target !== `${edition}source/`) missing.push(`${page}: links to ${target}`);
          if (!anchors.has(anchor)) missing.push(`${page}: #${anchor} is not on ${edition}source/`);
        }
      }
      expect(missing).toEqual([]);
    }
  });

  it('shows no internal file path on any page a reader reads: no built page outside /data/ contains "seeds/"', () => {
    const readerPages = pages.filter((p) => !/^\/(?:zh-hant\/)?data\//u.test(p));
    expect(readerPages.length).toBeGreaterThan(0);
    expect(readerPages.filter((p) => html(p).includes('seeds/'))).toEqual([]);
  });
});

describe('the citation line', () => {
  const sample = `/measures/${measures[0]!.id}/`;

  it('names the document, the measure and the page’s address', () => {
    const page = html(sample);
    const line = /<p class="line"[^>]*>([\s\S]*?)<\/p>/u.exec(page)?.[1]?.replace(/<[^>]+>/gu, '') ?? '';
    expect(line).toContain(`第${measures[0]!.id}项措施`);
    expect(line).toContain(sample);
  });

  it('offers a copy button that stays disabled without JavaScript, the address left as selectable text', async () => {
    const { page, close } = await openPage(sample, { javaScript: false });
    try {
      expect(await page.locator('copy-link button').isDisabled()).toBe(true);
      expect(await page.locator('.citation .url').innerText()).toContain(sample);
    } finally {
      await close();
    }
  });

  it('copies the page’s address when the button is pressed', async () => {
    const context = await (await getBrowser()).newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.goto(site(sample));
      await page.locator('copy-link button:enabled').click();
      await expect.poll(() => page.locator('copy-link [role="status"]').innerText()).not.toBe('');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(sample);
    } finally {
      await context.close();
    }
  });
});
