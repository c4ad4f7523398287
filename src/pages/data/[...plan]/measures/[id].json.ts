import type { APIRoute, GetStaticPaths } from 'astro';
import type { SiteMeasure } from '../../../../lib/model/siteModel.ts';
import { measureSlice } from '../../../../lib/plan/dataSlices.ts';
import { getSiteModel } from '../../../../lib/site/model.ts';
import { jsonResponse } from '../../../../lib/site/jsonResponse.ts';

/** Open data: one measure with its departments' slugs; /data/<plan>/measures/<id>.json with several plans. */
export const getStaticPaths = (async () =>
  (await getSiteModel()).measures.map((measure) => ({ params: { plan: measure.plan.segment, id: String(measure.id) }, props: { measure } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ measure: SiteMeasure }> = ({ props }) => jsonResponse(measureSlice(props.measure));
