import type { APIRoute } from 'astro';
import { measuresCsv } from '../../lib/plan/measuresCsv.ts';
import { measureRecord } from '../../lib/plan/openRecords.ts';
import { getSiteModel } from '../../lib/site/model.ts';

/** Open data: one row per measure, for spreadsheets. */
export const GET: APIRoute = async () =>
  new Response(measuresCsv((await getSiteModel()).measures.map(measureRecord)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
