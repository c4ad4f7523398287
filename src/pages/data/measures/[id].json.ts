import type { APIRoute, GetStaticPaths } from 'astro';
import { measureSlice } from '../../../lib/plan/dataSlices.ts';
import type { Measure } from '../../../lib/plan/schema.ts';
import { getPlan } from '../../../lib/site/getPlan.ts';
import { jsonResponse } from '../../../lib/site/jsonResponse.ts';

/** Open data: one measure with its departments' slugs. */
export const getStaticPaths = (async () =>
  (await getPlan()).measures.map((measure) => ({ params: { id: String(measure.id) }, props: { measure } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ measure: Measure }> = async ({ props }) => jsonResponse(measureSlice(props.measure, (await getPlan()).department));
