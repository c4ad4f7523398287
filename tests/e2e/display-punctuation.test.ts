import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAliasTable } from '../../src/lib/seed/index.ts';
import { builtPages, builtRoot } from './support/builtSite.ts';

const BUILT = builtRoot();
const decisions = parseAliasTable(readFileSync('seeds/aliases.yaml', 'utf8'), 'seeds/aliases.yaml');
/** The ASCII marks the decisions file sets full-width on reading pages. */
const ASCII = new Set([...(decisions.punctuation?.marks ?? []).map((m) => m.ascii), ...(decisions.punctuation?.brackets ?? []).flatMap((b) => [b.open, b.close])]);
const HAN = /\p{Script=Han}/u;

/** A page's visible text: scripts, styles and tags removed, entities for the marks decoded. */
const textOf = (html: string) =>
  html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gu, ' ').replace(/<[^>]+>/gu, ' ').replace(/&#39;/gu, "'").replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');

/** Each ASCII mark of the decisions file that stands between two Chinese characters, with its neighbours. */
function asciiBetweenChinese(text: string): string[] {
  const chars = [...text];
  return chars.flatMap((ch, i) => (ASCII.has(ch) && HAN.test(chars[i - 1] ?? '') && HAN.test(chars[i + 1] ?? '') ? [chars.slice(Math.max(0, i - 6), i + 7).join('')] : []));
}

describe('display punctuation on the reading pages', () => {
  const readingPages = builtPages().filter((p) => !p.endsWith('.html') && !/^\/(?:zh-hant\/)?(?:source|data)\//u.test(p));

  it('is a decision with its reason in the decisions file', () => {
    expect(ASCII.size).toBeGreaterThan(0);
    expect(decisions.punctuation?.why).toBeTruthy();
  });

  it('shows no ASCII comma, semicolon, colon or bracket between Chinese characters on any reading page, in either edition', () => {
    expect(readingPages.length).toBeGreaterThan(1);
    const offenders: Record<string, string[]> = {};
    for (const page of readingPages) {
      const found = asciiBetweenChinese(textOf(readFileSync(path.join(BUILT, page, 'index.html'), 'utf8')));
      if (found.length > 0) offenders[page] = found.slice(0, 2);
    }
    expect(offenders).toEqual({});
  });

  it('leaves the seed’s ASCII marks on the source page, as the seed has them', () => {
    expect(asciiBetweenChinese(textOf(readFileSync(path.join(BUILT, 'source/index.html'), 'utf8'))).length).toBeGreaterThan(0);
  });
});
