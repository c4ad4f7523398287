import type { APIRoute } from 'astro';
import { measureRecord } from '../../lib/plan/openRecords.ts';
import { getSiteModel } from '../../lib/site/model.ts';
import { jsonResponse } from '../../lib/site/jsonResponse.ts';

/** Open data: every measure, as `npm run parse` writes it, with its plan and its page. */
export const GET: APIRoute = async () => jsonResponse((await getSiteModel()).measures.map(measureRecord));
