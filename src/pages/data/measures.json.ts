import type { APIRoute } from 'astro';
import { measureRecord } from '../../lib/plan/openRecords.ts';
import { withPlanProgress } from '../../lib/progress/measureRecords.ts';
import { getSiteModel } from '../../lib/site/model.ts';
import { jsonResponse } from '../../lib/site/jsonResponse.ts';

/** Open data: every measure, as `npm run parse` writes it, with its plan and its page (and `status` and `overdue` where its plan has a progress file). */
export const GET: APIRoute = async () => jsonResponse((await getSiteModel()).measures.map((measure) => withPlanProgress(measureRecord(measure), measure.plan.progress)));
