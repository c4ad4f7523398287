import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardColours, CARD_TOKENS, shareCardHtml } from '../../../src/lib/seo/shareCard.ts';
import { SHARE_IMAGE } from '../../../src/lib/seo/shareImage.ts';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');

describe('the share image', () => {
  it('is a PNG of the size the pages declare, small enough for a chat preview', () => {
    const png = readFileSync('public/share.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
    // Chat apps fetch it for every preview; a flat card needs no more than this.
    expect(png.length).toBeLessThan(100 * 1024);
  });

  it('takes the light scheme colours from tokens.css, not the dark ones', () => {
    const colours = cardColours(tokens);
    expect(Object.keys(colours)).toEqual([...CARD_TOKENS]);
    const light = tokens.slice(0, tokens.indexOf('prefers-color-scheme: dark'));
    for (const [token, value] of Object.entries(colours)) expect(light).toContain(`${token}: ${value};`);
  });

  it('says which token is missing', () => {
    expect(() => cardColours(':root { --color-text: #000; }')).toThrow('src/styles/tokens.css: no --color-surface');
  });

  it('sets the name and tagline as text, escaped, at the image size', () => {
    const html = shareCardHtml({ name: '站名<b>', tagline: '一行', editions: ['简体中文', '繁體中文'], colours: cardColours(tokens) });
    expect(html).toContain('<h1>站名&lt;b&gt;</h1>');
    expect(html).toContain(`width: ${SHARE_IMAGE.width}px; height: ${SHARE_IMAGE.height}px`);
    expect(html).toContain('简体中文 · 繁體中文');
  });
});
