import { readPlan } from '../../src/lib/site/readPlan.ts';
import type { Plan } from '../../src/lib/plan/schema.ts';

let plan: Plan | undefined;

/**
 * The plan parsed from the project's own seeds (seeds/), as the build parses it: what tests
 * compare pages, downloads and keywords against. Parsed once per test file.
 */
export function realPlan(): Plan {
  plan ??= readPlan();
  return plan;
}
