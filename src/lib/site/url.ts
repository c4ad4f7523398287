/**
 * A site-internal URL under Astro's `base`, so the site works when served from a sub-path
 * (BASE_PATH=/hengqin/). Every internal link goes through here.
 */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/u, '');
  return `${base}/${path.replace(/^\//u, '')}`;
}
