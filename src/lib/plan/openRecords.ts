/**
 * The records the open-data files publish, from the model: a measure's parsed record with its
 * plan's slug and its page's address; a department's with its page's address and its duties
 * plan by plan. Addresses are site paths of the Simplified edition ("/measures/12/", with
 * several plans "/<plan>/measures/12/"), without the base path the site is served under.
 */
import { measureKey, type SiteDepartment, type SiteMeasure, type SiteModel, type SitePlan } from '../model/siteModel.ts';
import { sitePaths } from '../paths.ts';
import type { Department, Measure } from './schema.ts';

/** A measure as published: the parsed record, its plan and its page. */
export type MeasureRecord = Measure & {
  /** The slug of the plan it belongs to (its id is a number within that plan). */
  plan: string;
  /** Its page, as a site path of the Simplified edition. */
  url: string;
};

/** A department as published: the parsed record, its page, and its duties plan by plan. */
export type DepartmentRecord = Omit<Department, 'lead' | 'support'> & {
  /**
   * The measures it leads and supports: ids for a one-plan site; with several plans the
   * measures' site-wide keys, "<plan>/<id>" (each plan's ids are in `duties`).
   */
  lead: (number | string)[];
  support: (number | string)[];
  /** Its page, as a site path of the Simplified edition. */
  url: string;
  /** Plan by plan: the ids of the measures it leads and supports in that plan. */
  duties: { plan: string; lead: number[]; support: number[] }[];
};

/** A plan as /data/plans.json lists it. */
export interface PlanRecord {
  slug: string;
  title: string;
  year: number;
  /** Its front page, as a site path of the Simplified edition. */
  url: string;
  /** How many measures it holds. */
  measures: number;
}

export function measureRecord(measure: SiteMeasure): MeasureRecord {
  return { ...measure.record, plan: measure.plan.slug, url: sitePaths.measure(measure.plan, measure.id) };
}

export function departmentRecord(department: SiteDepartment, model: Pick<SiteModel, 'several'>): DepartmentRecord {
  const ids = (measures: readonly SiteMeasure[]) => (model.several ? measures.map(measureKey) : measures.map((m) => m.id));
  return {
    slug: department.slug,
    name: department.name,
    side: department.side,
    aliases: [...department.aliases],
    lead: ids(department.lead),
    support: ids(department.support),
    url: sitePaths.department(department.slug),
    duties: department.duties.map((d) => ({ plan: d.plan.slug, lead: d.lead.map((m) => m.id), support: d.support.map((m) => m.id) })),
  };
}

export function planRecord(plan: SitePlan): PlanRecord {
  return { slug: plan.slug, title: plan.meta.title, year: plan.meta.year, url: sitePaths.plan(plan), measures: plan.measures.length };
}
