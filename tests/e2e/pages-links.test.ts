import { describe, expect, it } from 'vitest';
import { openPage, site } from './support/browser.ts';
import { departmentsJson, EDITIONS, hrefsIn, measuresJson } from './pagesSupport.ts';
import { realPlan } from '../support/realPlan.ts';

const origin = () => new URL(site('/')).origin;

/** Fetches a site URL; for HTML, also its text, so a #fragment can be checked against its ids. */
async function resolve(target: URL): Promise<{ status: number; html: string | null }> {
  const response = await fetch(new URL(target.pathname, origin()));
  const isHtml = response.headers.get('content-type')?.startsWith('text/html') ?? false;
  return {
    status: response.status,
    html: isHtml ? await response.text() : (await response.arrayBuffer(), null),
  };
}

describe('internal links', () => {
  it('on the home page, every index page and a sample of detail pages, all resolve in both editions', { timeout: 180_000 }, async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const sample = [
      '/',
      '/measures/',
      '/departments/',
      '/tasks/',
      '/groups/',
      `/measures/${measures[0]!.id}/`,
      `/measures/${measures.at(-1)!.id}/`,
      `/departments/${departments[0]!.slug}/`,
      `/departments/${departments.at(-1)!.slug}/`,
      `/tasks/${measures[0]!.task.no}/`,
      `/areas/${measures[0]!.area.no}/`,
      `/groups/${realPlan().groups[0]!.slug}/`,
      '/network/',
      `/network/tasks/${measures[0]!.task.no}/`,
    ];
    const checked = new Map<string, { status: number; html: string | null }>();
    const broken: string[] = [];
    const { page, externalRequests, close } = await openPage('/');
    try {
      for (const path of EDITIONS.flatMap((edition) => sample.map((p) => `${edition}${p}`))) {
        await page.goto(site(path));
        // Read the attribute: an SVG link's .href is an SVGAnimatedString, not a URL.
        const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
        expect(externalRequests).toEqual([]);
        for (const href of hrefs) {
          const target = new URL(href);
          if (target.origin !== origin()) {
            broken.push(`${path} links off-site to ${href}`);
            continue;
          }
          if (!checked.has(target.pathname)) checked.set(target.pathname, await resolve(target));
          const { status, html } = checked.get(target.pathname)!;
          if (status !== 200) broken.push(`${path} → ${target.pathname} (${status})`);
          else if (target.hash && html !== null && !html.includes(`id="${decodeURIComponent(target.hash.slice(1))}"`)) {
            broken.push(`${path} → ${target.pathname}${target.hash} (no such id)`);
          }
        }
      }
    } finally {
      await close();
    }
    expect(broken).toEqual([]);
    expect(checked.size).toBeGreaterThan(sample.length);
  });

  it('reach every measure and every department page from / in both editions, and each page has its own title and description', async () => {
    const [measures, departments] = await Promise.all([measuresJson(), departmentsJson()]);
    const seen = new Map<string, { title: string; description: string }>();
    const queue = ['/'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      const response = await fetch(site(path));
      const html = await response.text();
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      seen.set(path, {
        title: /<title>([^<]*)<\/title>/u.exec(html)?.[1] ?? '',
        description: /<meta name="description" content="([^"]*)"/u.exec(html)?.[1] ?? '',
      });
      for (const target of hrefsIn(html, site(path))) {
        const next = target.pathname;
        if (target.origin === origin() && next.endsWith('/') && !seen.has(next)) queue.push(next);
      }
    }
    for (const edition of EDITIONS) {
      for (const m of measures) expect(seen.has(`${edition}/measures/${m.id}/`), `${edition}/measures/${m.id}/`).toBe(true);
      for (const d of departments) expect(seen.has(`${edition}/departments/${d.slug}/`), `${edition}/departments/${d.slug}/`).toBe(true);
    }
    const pages = [...seen.values()];
    expect(pages.every((p) => p.title !== '' && p.description !== '')).toBe(true);
    expect(new Set(pages.map((p) => p.title)).size).toBe(pages.length);
  });
});
