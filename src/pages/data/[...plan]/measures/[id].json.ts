import type { APIRoute, GetStaticPaths } from 'astro';
import type { SiteMeasure } from '../../../../lib/model/siteModel.ts';
import { measureSlice } from '../../../../lib/plan/dataSlices.ts';
import { getSiteModel } from '../../../../lib/site/model.ts';
import { jsonResponse } from '../../../../lib/site/jsonResponse.ts';
import { withPlanProgress } from '../../../../lib/progress/measureRecords.ts';

/** Open data: one measure with its departments' slugs (and its status where its plan has progress); /data/<plan>/measures/<id>.json with several plans. */
export const getStaticPaths = (async () =>
  (await getSiteModel()).measures.map((measure) => ({ params: { plan: measure.plan.segment, id: String(measure.id) }, props: { measure } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ measure: SiteMeasure }> = ({ props }) => jsonResponse(withPlanProgress(measureSlice(props.measure), props.measure.plan.progress));
