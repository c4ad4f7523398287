import type { APIRoute } from 'astro';
import { getSiteModel } from '../../lib/site/model.ts';
import { jsonResponse } from '../../lib/site/jsonResponse.ts';

/** Open data: every department with the measures it leads and supports (ids), as `npm run parse` writes it. */
export const GET: APIRoute = async () => jsonResponse((await getSiteModel()).plan.departments);
