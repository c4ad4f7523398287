import { buildSiteModel, type SiteModel } from '../../src/lib/model/siteModel.ts';
import { readSource } from '../../src/lib/site/readPlan.ts';

let model: SiteModel | undefined;

/** The site model of the project's own seeds, built as the site builds it. Built once per test file. */
export function realModel(): SiteModel {
  if (!model) {
    const { plan, decisions } = readSource();
    model = buildSiteModel(plan, decisions);
  }
  return model;
}
