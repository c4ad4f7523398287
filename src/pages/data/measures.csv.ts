import type { APIRoute } from 'astro';
import { measuresCsv } from '../../lib/plan/measuresCsv.ts';
import { getPlan } from '../../lib/site/getPlan.ts';

/** Open data: one row per measure, for spreadsheets. */
export const GET: APIRoute = async () =>
  new Response(measuresCsv((await getPlan()).measures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
