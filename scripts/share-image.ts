/**
 * node scripts/share-image.ts [--out public/share.png]
 *
 * Makes the site's share image, the picture a chat app or social site shows with a shared
 * link: the site's name and what it is for (src/lib/i18n/ui.ts), in the light scheme's colours
 * of src/styles/tokens.css, 1200×630, rendered in the system Chromium with Noto Sans CJK
 * (fonts-noto-cjk) and saved as a PNG. The PNG is kept in public/ (the build copies it): run
 * this again when the name, the tagline or the colours change, and commit the file.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { LOCALE_INFO, LOCALES } from '../src/lib/i18n/locales.ts';
import { UI } from '../src/lib/i18n/ui.ts';
import { cardColours, shareCardHtml } from '../src/lib/seo/shareCard.ts';
import { SHARE_IMAGE } from '../src/lib/seo/shareImage.ts';
import { CHROMIUM_FLAGS, chromiumPath } from '../tests/e2e/support/findChromium.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'public/share.png' } } });
const out = path.resolve(values.out!);

// 1. The card's page, from the UI strings and the tokens.
const html = shareCardHtml({
  name: UI.site.name,
  tagline: UI.site.tagline,
  editions: LOCALES.map((locale) => LOCALE_INFO[locale].name),
  colours: cardColours(readFileSync('src/styles/tokens.css', 'utf8')),
});

// 2. Rendered at exactly the image's size, one CSS pixel to one image pixel.
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out, type: 'png' });
} finally {
  await browser.close();
}
console.log(`${path.relative(process.cwd(), out)}: ${SHARE_IMAGE.width}×${SHARE_IMAGE.height}, ${(statSync(out).size / 1024).toFixed(1)} KB`);
