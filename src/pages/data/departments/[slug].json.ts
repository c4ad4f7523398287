import type { APIRoute, GetStaticPaths } from 'astro';
import { departmentSlice } from '../../../lib/plan/dataSlices.ts';
import type { Department } from '../../../lib/plan/schema.ts';
import { getPlan } from '../../../lib/site/getPlan.ts';
import { jsonResponse } from '../../../lib/site/jsonResponse.ts';

/** Open data: one department with the full text of its measures. */
export const getStaticPaths = (async () =>
  (await getPlan()).departments.map((department) => ({ params: { slug: department.slug }, props: { department } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ department: Department }> = async ({ props }) => {
  const { measure } = await getPlan();
  return jsonResponse(departmentSlice(props.department, measure));
};
