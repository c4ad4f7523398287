import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/plan/csv.ts';
import { measureRecord } from '../../lib/plan/openRecords.ts';
import { measureCsvColumns } from '../../lib/progress/measureRecords.ts';
import { getSiteModel } from '../../lib/site/model.ts';

/** Open data: one row per measure, for spreadsheets (with `status` and `overdue` where a plan has a progress file). */
export const GET: APIRoute = async () => {
  const model = await getSiteModel();
  const tracked = model.plans.some((plan) => plan.progress);
  const columns = measureCsvColumns(tracked ? (record) => model.plan(record.plan).progress?.measure(record.id) : null);
  return new Response(toCsv(columns, model.measures.map(measureRecord)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
