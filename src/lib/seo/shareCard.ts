/**
 * The share image's page: the site's name and what it is for, in the site's own colours (the
 * light scheme of src/styles/tokens.css), at the share image's size. scripts/share-image.ts
 * renders it in Chromium and saves public/share.png; pure, so the colours and text are tested
 * without a browser.
 */
import { SHARE_IMAGE } from './shareImage.ts';

/** The colours the card uses, by their token names. */
export const CARD_TOKENS = ['--color-surface', '--color-text', '--color-muted', '--color-accent'] as const;
export type CardColours = Record<(typeof CARD_TOKENS)[number], string>;

/**
 * The light scheme's value of each card token, from the text of tokens.css: the first
 * definition of each (the dark scheme's come later, inside its media query). A token that is
 * missing throws, naming it.
 */
export function cardColours(tokensCss: string): CardColours {
  return Object.fromEntries(
    CARD_TOKENS.map((token) => {
      const value = new RegExp(`${token}:\\s*([^;]+);`, 'u').exec(tokensCss)?.[1]?.trim();
      if (!value) throw new Error(`src/styles/tokens.css: no ${token}`);
      return [token, value];
    }),
  ) as CardColours;
}

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The card as a whole HTML document, fonts named for a machine with Noto Sans CJK. */
export function shareCardHtml({ name, tagline, editions, colours }: { name: string; tagline: string; editions: readonly string[]; colours: CardColours }): string {
  const c = (token: keyof CardColours) => colours[token];
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
  html, body { margin: 0; }
  body { width: ${SHARE_IMAGE.width}px; height: ${SHARE_IMAGE.height}px; box-sizing: border-box; overflow: hidden;
    font-family: 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; background: ${c('--color-surface')}; color: ${c('--color-text')};
    border-left: 28px solid ${c('--color-accent')}; display: flex; flex-direction: column; justify-content: center; padding: 0 96px; }
  h1 { margin: 0; font-size: 80px; font-weight: 700; line-height: 1.25; letter-spacing: 0.02em; }
  p { margin: 28px 0 0; font-size: 38px; color: ${c('--color-muted')}; }
  .editions { margin-top: 64px; font-size: 30px; color: ${c('--color-text')}; border-top: 4px solid ${c('--color-accent')}; padding-top: 20px; align-self: flex-start; }
</style></head><body>
  <h1>${escape(name)}</h1>
  <p>${escape(tagline)}</p>
  <div class="editions">${editions.map(escape).join(' · ')}</div>
</body></html>`;
}
