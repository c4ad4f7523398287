import type { APIRoute, GetStaticPaths } from 'astro';
import type { SiteMeasure } from '../../../lib/model/siteModel.ts';
import { measureSlice } from '../../../lib/plan/dataSlices.ts';
import { getSiteModel } from '../../../lib/site/model.ts';
import { jsonResponse } from '../../../lib/site/jsonResponse.ts';
import { measureRecord } from '../../../lib/progress/measureRecords.ts';

/** Open data: one measure with its departments' slugs. */
export const getStaticPaths = (async () =>
  (await getSiteModel()).measures.map((measure) => ({ params: { id: String(measure.id) }, props: { measure } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ measure: SiteMeasure }> = async ({ props }) => jsonResponse(measureRecord(measureSlice(props.measure), (await getSiteModel()).progress));
