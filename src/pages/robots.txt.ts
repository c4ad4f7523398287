/**
 * robots.txt: open to every crawler; with a public address it names the sitemap (absolute, as
 * the format requires), without one it names nothing. Crawlers read robots.txt only at a host's
 * root, so a site under a sub-path says so: the host's own file must carry the Sitemap line.
 */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/robotsTxt.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt({ home: site?.href ?? null, base: import.meta.env.BASE_URL }), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
