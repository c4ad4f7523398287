import type { APIRoute } from 'astro';
import { getSiteModel } from '../../lib/site/model.ts';
import { jsonResponse } from '../../lib/site/jsonResponse.ts';
import { measureRecord } from '../../lib/progress/measureRecords.ts';

/** Open data: every measure, as `npm run parse` writes it (with `status` and `overdue` where the plan has a progress file). */
export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  return jsonResponse(model.plan.measures.map((record) => measureRecord(record, model.progress)));
};
