import type { APIRoute } from 'astro';
import { getPlan } from '../../lib/site/getPlan.ts';
import { jsonResponse } from '../../lib/site/jsonResponse.ts';

/** Open data: every department with the measures it leads and supports. */
export const GET: APIRoute = async () => jsonResponse((await getPlan()).departments);
