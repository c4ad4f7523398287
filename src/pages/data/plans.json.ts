import type { APIRoute } from 'astro';
import { planRecord } from '../../lib/plan/openRecords.ts';
import { getSiteModel } from '../../lib/site/model.ts';
import { jsonResponse } from '../../lib/site/jsonResponse.ts';

/** Open data: the site's plans, each with its slug, title, year, front page and measure count. */
export const GET: APIRoute = async () => jsonResponse((await getSiteModel()).plans.map(planRecord));
