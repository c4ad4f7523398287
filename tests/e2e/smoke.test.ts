import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';

describe('the built site', () => {
  it('serves the home page in Chinese with the plan title, and asks for nothing from other hosts', async () => {
    const { page, externalRequests, close } = await openPage('/');
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect(await page.textContent('h1')).toContain('任务分工表');
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });
});
