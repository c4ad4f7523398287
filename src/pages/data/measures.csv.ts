import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/plan/csv.ts';
import { measureCsvColumns } from '../../lib/progress/measureRecords.ts';
import { getSiteModel } from '../../lib/site/model.ts';

/** Open data: one row per measure, for spreadsheets (with `status` and `overdue` where the plan has a progress file). */
export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  return new Response(toCsv(measureCsvColumns(model.progress), model.plan.measures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
