import type { Plan } from '../plan/schema.ts';

/**
 * The files a parsed plan is written to, and what each holds. `measures.json` and
 * `departments.json` are the published open data (the site serves them at /data/); the
 * others hold the rest of the plan: tasks, areas, working groups, the title.
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
 * Where `npm run parse` writes the plan files when told nowhere else: a folder to read them
 * in, or to hand them on. The build does not read it; it parses the seeds itself.
 */
export const PLAN_DIR = process.env.PLAN_DIR ?? 'src/generated';
