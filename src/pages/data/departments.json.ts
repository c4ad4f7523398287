import type { APIRoute } from 'astro';
import { departmentRecord } from '../../lib/plan/openRecords.ts';
import { getSiteModel } from '../../lib/site/model.ts';
import { jsonResponse } from '../../lib/site/jsonResponse.ts';

/** Open data: every department with the measures it leads and supports, its page, its duties plan by plan. */
export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  return jsonResponse(model.departments.map((department) => departmentRecord(department, model)));
};
