import type { APIRoute, GetStaticPaths } from 'astro';
import { progressCsv, progressRows } from '../../lib/progress/index.ts';
import { PROGRESS_DATA_FILES, type ProgressDataFile } from '../../lib/progress/progressDataFiles.ts';
import { getSiteModel } from '../../lib/site/model.ts';
import { jsonResponse } from '../../lib/site/jsonResponse.ts';

/** Open data: every report, one row each (progress.json, progress.csv); neither file where the plan has no progress file. */
export const getStaticPaths = (async () => {
  const { progress } = await getSiteModel();
  return progress ? PROGRESS_DATA_FILES.map((file) => ({ params: { progressFile: file }, props: { file } })) : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ProgressDataFile }> = async ({ props }) => {
  const { progress } = await getSiteModel();
  const rows = progressRows(progress ? [progress] : []);
  return props.file === 'progress.json' ? jsonResponse(rows) : new Response(progressCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
