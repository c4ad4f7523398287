/**
 * Provenance on a built site: the fixture site's seed was imported from a Word file
 * (tests/fixtures/site/plan.docx), so its /source/ names that file and each row's place in it,
 * /about/ names it, /data/ lists it with size and SHA-256, and the file itself is published
 * byte for byte. The real site's seed was typed from the PDF and names no original: none of
 * this appears there. What to expect comes from the fixture's seed as the build reads it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/lib/i18n/ui.ts';
import { LOCALES } from '../../src/lib/i18n/locales.ts';
import { filePaths, inLocale, sitePaths } from '../../src/lib/paths.ts';
import { originText } from '../../src/lib/plan/originText.ts';
import { readSource, seedSource } from '../../src/lib/site/readPlan.ts';
import { siteBuild } from './support/sites.ts';
import { builtRoot } from './support/builtSite.ts';

/** The one plan of a one-plan site: its pages keep the site's own paths. */
const ONE = { segment: undefined };

const fixture = readSource(seedSource(siteBuild('fixture').env['SEEDS_DIR']));
const [original] = fixture.plan.meta.originals;
const page = (site: string, sitePath: string) => readFileSync(path.join(builtRoot(site), sitePath, 'index.html'), 'utf8');

describe('a site built from an imported seed', () => {
  it('has an original to show (the fixture seed names one)', () => {
    expect(original).toBeDefined();
  });

  it('publishes the original byte for byte at its /data/ path, matching the size and SHA-256 the seed records', () => {
    const published = readFileSync(path.join(builtRoot('fixture'), decodeURIComponent(filePaths.original(ONE, original!.file))));
    expect({ bytes: published.length, sha256: createHash('sha256').update(published).digest('hex') }).toEqual({ bytes: original!.bytes, sha256: original!.sha256 });
  });

  it.each(LOCALES)('names the original, with its SHA-256, on /source/, /about/ and /data/ (%s)', (locale) => {
    for (const sitePath of [sitePaths.source(ONE), sitePaths.about(), sitePaths.data()]) {
      const html = page('fixture', inLocale(sitePath, locale));
      expect(html, sitePath).toContain(`href="${filePaths.original(ONE, original!.file)}"`);
      expect(html, sitePath).toContain(original!.sha256);
    }
  });

  it('shows on /source/ where every imported row stands in the original', () => {
    const html = page('fixture', sitePaths.source(ONE));
    const rows = fixture.documents.flatMap((document) => document.tables.flatMap((table) => table.rows));
    expect(rows.length).toBeGreaterThan(0);
    const missing = rows.filter((row) => !row.origin || !html.includes(`>${originText(row.origin, UI.trust.original)}<`)).map((row) => row.line);
    expect(missing).toEqual([]);
  });
});

describe('a site built from a seed typed by hand', () => {
  it('names no original and publishes none', () => {
    expect(page('site', sitePaths.source(ONE))).not.toContain('class="from-original"');
    expect(page('site', sitePaths.about())).not.toContain(UI.trust.original.about);
    expect(existsSync(path.join(builtRoot('site'), 'data/originals'))).toBe(false);
  });
});
