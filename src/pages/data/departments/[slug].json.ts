import type { APIRoute, GetStaticPaths } from 'astro';
import type { SiteDepartment } from '../../../lib/model/siteModel.ts';
import { departmentSlice } from '../../../lib/plan/dataSlices.ts';
import { getSiteModel } from '../../../lib/site/model.ts';
import { jsonResponse } from '../../../lib/site/jsonResponse.ts';

/** Open data: one department with the full text of its measures. */
export const getStaticPaths = (async () =>
  (await getSiteModel()).departments.map((department) => ({ params: { slug: department.slug }, props: { department } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ department: SiteDepartment }> = async ({ props }) => jsonResponse(departmentSlice(props.department, await getSiteModel()));
