/** Shared helpers for the reading-page tests: the built site's own data, and plain fetches. */
import type { Department, Measure } from '../../src/lib/plan/schema.ts';
import { site } from './support/browser.ts';

/** The two editions' path prefixes: Simplified at the root, Traditional under /zh-hant. */
export const EDITIONS = ['', '/zh-hant'] as const;

/** JSON the built site publishes under /data/. */
export async function siteData<T>(file: string): Promise<T> {
  const response = await fetch(site(`/data/${file}`));
  if (!response.ok) throw new Error(`/data/${file} answered ${response.status}`);
  return (await response.json()) as T;
}

export const measuresJson = () => siteData<Measure[]>('measures.json');
export const departmentsJson = () => siteData<Department[]>('departments.json');

/** Every href in a page's HTML, resolved against the page's URL. */
export function hrefsIn(html: string, pageUrl: string): URL[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gu)].map((match) => new URL(match[1]!.replaceAll('&amp;', '&'), pageUrl));
}
