import type { APIRoute, GetStaticPaths } from 'astro';
import { progressCsv, progressRows } from '../../lib/progress/index.ts';
import { PROGRESS_DATA_FILES, type ProgressDataFile } from '../../lib/progress/progressDataFiles.ts';
import { getSiteModel } from '../../lib/site/model.ts';
import { jsonResponse } from '../../lib/site/jsonResponse.ts';

/** Every plan's progress, in the plans' order; none where no plan has a progress file. */
const plansProgress = async () => (await getSiteModel()).plans.flatMap((plan) => (plan.progress ? [plan.progress] : []));

/** Open data: every report of every plan, one row each (progress.json, progress.csv); neither file where no plan has a progress file. */
export const getStaticPaths = (async () => ((await plansProgress()).length > 0 ? PROGRESS_DATA_FILES.map((file) => ({ params: { progressFile: file }, props: { file } })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ProgressDataFile }> = async ({ props }) => {
  const rows = progressRows(await plansProgress());
  return props.file === 'progress.json' ? jsonResponse(rows) : new Response(progressCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
