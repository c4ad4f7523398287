import type { APIRoute } from 'astro';
import { assignments, assignmentsCsv } from '../../lib/plan/assignments.ts';
import { getPlan } from '../../lib/site/getPlan.ts';

/** Open data: the network's edges, one row per department-measure assignment. */
export const GET: APIRoute = async () => {
  const { measures, departments } = await getPlan();
  return new Response(assignmentsCsv(assignments(measures, departments)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
