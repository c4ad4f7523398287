/**
 * A department's duties under one plan, in a module of its own with type-only imports: browser
 * code (the timeline's lanes) calls it, and importing it from siteModel.ts would bundle the
 * model and its schemas (zod) into that page's script.
 */
import type { PlanDuties, SiteDepartment } from './siteModel.ts';

/** A department's duties under one plan (it must be named in it). */
export function dutiesIn(department: SiteDepartment, plan: { readonly slug: string }): PlanDuties {
  const duties = department.duties.find((d) => d.plan.slug === plan.slug);
  if (!duties) throw new Error(`${department.name} is not named in plan ${plan.slug}`);
  return duties;
}
