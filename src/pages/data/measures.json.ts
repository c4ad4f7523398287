import type { APIRoute } from 'astro';
import { getPlan } from '../../lib/site/getPlan.ts';
import { jsonResponse } from '../../lib/site/jsonResponse.ts';

/** Open data: every measure, as `npm run parse` writes it. */
export const GET: APIRoute = async () => jsonResponse((await getPlan()).measures);
