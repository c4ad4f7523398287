import type { APIRoute } from 'astro';
import { assignmentRows, assignmentsCsv } from '../../lib/plan/assignments.ts';
import { getSiteModel } from '../../lib/site/model.ts';

/** Open data: the network's edges, one row per department-measure assignment. */
export const GET: APIRoute = async () =>
  new Response(assignmentsCsv(assignmentRows((await getSiteModel()).assignments)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
