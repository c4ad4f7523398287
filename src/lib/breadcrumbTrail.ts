/**
 * A page's breadcrumb trail: home first, then the steps the page names, the last being the
 * page itself (no href). One trail feeds both the visible breadcrumb
 * (src/components/Breadcrumb.astro) and its structured data (BreadcrumbList), so the two
 * never disagree.
 */
export interface Crumb {
  label: string;
  /** The step's URL (paths.*); absent for the current page. */
  href?: string;
}

/** The whole trail: `home` (the edition's home page), then the page's steps. */
export function breadcrumbTrail(items: readonly Crumb[], home: { label: string; href: string }): Crumb[] {
  return [home, ...items];
}
