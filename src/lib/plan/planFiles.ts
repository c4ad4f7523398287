import type { Plan } from './schema.ts';

/**
 * The files a parsed plan is written to, and what each holds. `measures.json` and
 * `departments.json` are the published open data; the others feed the content collections.
 */
export function planFiles(plan: Plan): Record<string, unknown> {
  return {
    'measures.json': plan.measures,
    'departments.json': plan.departments,
    'tasks.json': plan.tasks,
    'areas.json': plan.areas,
    'groups.json': plan.groups,
    'plan.json': plan.meta,
  };
}

/**
 * The folder the build parses the seeds into; Astro's content collections read from here.
 * PLAN_DIR moves it (relative to the project root, or absolute), so a benchmark can build
 * synthetic data without touching the real plan in src/generated.
 */
export const BUILD_PLAN_DIR = process.env.PLAN_DIR ?? 'src/generated';
